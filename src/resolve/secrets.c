/* Secrets: every string the plan marks sensitive anywhere (a resource's
 * sensitive_values or before/after_sensitive marks, a variable declared
 * sensitive), gathered at load. Terraform marks a value where it is set,
 * not where the provider copies it: aws tags marked with sensitive() reach
 * tags_all unmarked, and a secret can be spliced into a longer string. So a
 * string that contains one of these is treated as sensitive wherever it
 * appears, the way CI systems mask known secrets in logs. */
#include "resolve/secrets.h"
#include "base/bytes.h"
#include "graph/graph_impl.h"

#include <stdlib.h>
#include <string.h>

/* Shorter sensitive strings ("app", "true") would hide unrelated values. */
#define MIN_SECRET_LEN 6

/* Adds s; duplicates are dropped once all are in (secrets_collect). */
static int add_secret(pg_graph *g, const char *s) {
  size_t n = strlen(s);
  if (n < MIN_SECRET_LEN) return PG_OK;
  if (g->n_secrets == g->cap_secrets) {
    size_t ncap = g->cap_secrets ? g->cap_secrets * 2 : 16;
    pg_secret *nv = realloc(g->secrets, ncap * sizeof *nv);
    if (!nv) return PG_ERR_NOMEM;
    g->secrets = nv;
    g->cap_secrets = ncap;
  }
  const char *copy = g_intern_cstr(g, s);
  if (!copy) return PG_ERR_NOMEM;
  g->secrets[g->n_secrets++] = (pg_secret){copy, n};
  return PG_OK;
}

static int by_text(const void *a, const void *b) {
  return strcmp(((const pg_secret *)a)->text, ((const pg_secret *)b)->text);
}

/* Sorts and drops repeats: a secret set once and copied to many places
 * would otherwise be searched for once per copy. */
static void dedup(pg_graph *g) {
  if (g->n_secrets < 2) return;
  qsort(g->secrets, g->n_secrets, sizeof *g->secrets, by_text);
  size_t k = 1;
  for (size_t i = 1; i < g->n_secrets; i++)
    if (strcmp(g->secrets[i].text, g->secrets[k - 1].text) != 0) g->secrets[k++] = g->secrets[i];
  g->n_secrets = k;
}

/* Every string inside v (a value wholly marked sensitive). */
static int add_all_strings(pg_graph *g, json_t *v, unsigned depth) {
  if (depth > JS_MAX_DEPTH) return PG_OK;
  if (json_is_string(v)) return add_secret(g, json_string_value(v));
  const char *k;
  size_t i;
  json_t *x;
  int rc = PG_OK;
  if (json_is_object(v))
    json_object_foreach(v, k, x) if (rc == PG_OK) rc = add_all_strings(g, x, depth + 1);
  if (json_is_array(v))
    json_array_foreach(v, i, x) if (rc == PG_OK) rc = add_all_strings(g, x, depth + 1);
  return rc;
}

/* The strings of v under true marks in sens (the parallel mark structure). */
static int add_marked(pg_graph *g, json_t *v, json_t *sens, unsigned depth) {
  if (json_is_true(sens)) return add_all_strings(g, v, depth);
  if (depth > JS_MAX_DEPTH) return PG_OK;
  const char *k;
  size_t i;
  json_t *x;
  int rc = PG_OK;
  if (json_is_object(sens) && json_is_object(v))
    json_object_foreach(sens, k, x) if (rc == PG_OK)
      rc = add_marked(g, json_object_get(v, k), x, depth + 1);
  if (json_is_array(sens) && json_is_array(v))
    json_array_foreach(sens, i, x) if (rc == PG_OK)
      rc = add_marked(g, json_array_get(v, i), x, depth + 1);
  return rc;
}

static json_t *parse(jslice s) {
  return s.p && s.n ? json_loadb(s.p, s.n, JSON_DECODE_ANY | JSON_ALLOW_NUL, NULL) : NULL;
}

static int node_secrets(pg_graph *g, const node *n) {
  /* Most resources mark nothing ({"tags": {}} or false): without a true
   * in the marks, skip them unparsed. */
  if (!n->sensitive.p || !bytes_contain(n->sensitive.p, n->sensitive.n, "true", 4)) return PG_OK;
  json_t *v = parse(n->values), *s = parse(n->sensitive);
  int rc = add_marked(g, v, s, 0);
  json_decref(v);
  json_decref(s);
  return rc;
}

static int variable_secrets(pg_graph *g) {
  json_t *decl = json_object_get(json_object_get(g->configuration, "root_module"), "variables");
  const char *name;
  json_t *d;
  int rc = PG_OK;
  json_object_foreach(decl, name, d) {
    if (rc != PG_OK || !json_is_true(json_object_get(d, "sensitive"))) continue;
    json_t *value = json_object_get(json_object_get(g->variables, name), "value");
    rc = add_all_strings(g, value, 0);
  }
  return rc;
}

int secrets_collect(build *b) {
  pg_graph *g = b->g;
  int rc = variable_secrets(g);
  for (size_t i = 0; rc == PG_OK && i < g->n_nodes; i++) {
    const node *n = &g->nodes[i];
    if (n->kind == PG_NODE_RESOURCE || n->kind == PG_NODE_DATA) rc = node_secrets(g, n);
  }
  dedup(g);
  return rc;
}

int g_holds_secret(const pg_graph *g, const char *s, size_t n) {
  if (n < MIN_SECRET_LEN) return 0;
  for (size_t i = 0; i < g->n_secrets; i++)
    if (bytes_contain(s, n, g->secrets[i].text, g->secrets[i].len)) return 1;
  return 0;
}
