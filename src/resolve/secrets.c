/* Secrets: every string the plan marks sensitive anywhere (a resource's
 * sensitive_values or before/after_sensitive marks, a variable declared
 * sensitive), gathered at load. Terraform marks a value where it is set,
 * not where the provider copies it: aws tags marked with sensitive() reach
 * tags_all unmarked, and a secret can be spliced into a longer string. So a
 * string that contains one of these is treated as sensitive wherever it
 * appears, the way CI systems mask known secrets in logs. */
#include "resolve/secrets.h"
#include "base/vec.h"
#include "base/bytes.h"
#include "base/strbuf.h"
#include "base/strtab.h"
#include "resolve/marks.h"
#include "resolve/regionname.h"
#include "graph/graph_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Shorter sensitive strings ("app", "true") would hide unrelated values. */
#define MIN_SECRET_LEN 6

/* Adds s, marked sensitive at origin (interned); duplicates are dropped
 * once all are in (secrets_collect). A region name is no secret by its
 * text: it is public, and it is where every resource is. The AWS provider
 * marks every aws_ssm_parameter's value sensitive (String ones too), so a
 * parameter that stores "us-east-1" would otherwise hide the region of
 * every resource there and stop every query over regions. The value
 * itself stays hidden by its mark, and a region read from a sensitive
 * place (a sensitive variable, a marked region argument) stays unknown
 * (regions.c). */
static int add_secret(pg_graph *g, const char *s, const char *origin) {
  size_t n = strlen(s);
  if (n < MIN_SECRET_LEN || region_name_is(s, n)) return PG_OK;
  if (VEC_RESERVE(g->secrets, g->cap_secrets, g->n_secrets + 1) < 0) return PG_ERR_NOMEM;
  const char *copy = g_intern_cstr(g, s);
  if (!copy) return PG_ERR_NOMEM;
  g->secrets[g->n_secrets++] = (pg_secret){copy, n, origin};
  return PG_OK;
}

/* By text; a secret set in several places keeps one origin, a variable's
 * before the resources it reaches (what its author named), then the
 * first by name, so that messages do not depend on the sort. */
static int by_text(const void *a, const void *b) {
  const pg_secret *x = a, *y = b;
  int c = strcmp(x->text, y->text);
  if (c) return c;
  int xv = strncmp(x->origin, "var.", 4) == 0, yv = strncmp(y->origin, "var.", 4) == 0;
  if (xv != yv) return yv - xv;
  return strcmp(x->origin, y->origin);
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

/* Every string inside v (a sensitive variable's value, named origin). */
static int add_all_strings(pg_graph *g, json_t *v, const char *origin, unsigned depth) {
  if (depth > JS_MAX_DEPTH) return PG_OK;
  if (json_is_string(v)) return add_secret(g, json_string_value(v), origin);
  const char *k;
  size_t i;
  json_t *x;
  int rc = PG_OK;
  if (json_is_object(v))
    json_object_foreach(v, k, x) if (rc == PG_OK) rc = add_all_strings(g, x, origin, depth + 1);
  if (json_is_array(v))
    json_array_foreach(v, i, x) if (rc == PG_OK) rc = add_all_strings(g, x, origin, depth + 1);
  return rc;
}

/* A resource's sensitive mark being read: where it is, as text, is made
 * for its first secret only (most marks hold none: a number, a flag, a
 * short string). */
typedef struct mark_walk {
  pg_graph *g;
  const node *n;
  const marks_leaf *leaf;
  const char *origin;   /* NULL until a secret needs it */
} mark_walk;

/* "ADDRESS.key[0].key", the position of a sensitive mark (interned), or
 * NULL out of memory. Keys are decoded; a long path is cut. */
static const char *mark_origin(pg_graph *g, const node *n, const marks_leaf *leaf) {
  strbuf b = SB_GROWING;
  sb_add(&b, n->address);
  for (size_t i = 0; i < leaf->depth && b.len < 400; i++) {
    const marks_step *st = &leaf->path[i];
    if (!st->key.p) {
      char idx[32];
      snprintf(idx, sizeof idx, "[%zu]", st->index);
      sb_add(&b, idx);
      continue;
    }
    char key[128];
    size_t kl = js_decoded_len(st->key);
    sb_add(&b, ".");
    if (kl < sizeof key) {
      js_decode(st->key, key);
      sb_addn(&b, key, kl);
    } else {
      sb_add(&b, "...");
    }
  }
  const char *origin = b.full ? NULL : g_intern(g, b.buf ? b.buf : "", b.len);
  sb_release(&b);
  return origin;
}

/* Every string inside the value the scanner stands at (a value wholly
 * marked sensitive), decoded. */
static int add_scanned_strings(mark_walk *w, jscan *s) {
  js_iter it;
  jslice raw;
  int rc = PG_OK;
  switch (js_peek_kind(s)) {
  case JS_STRING: {
    if (js_string(s, &raw) < 0 || js_decoded_len(raw) < MIN_SECRET_LEN) return PG_OK;
    if (!w->origin && !(w->origin = mark_origin(w->g, w->n, w->leaf))) return PG_ERR_NOMEM;
    char *text = malloc(js_decoded_len(raw) + 1);
    if (!text) return PG_ERR_NOMEM;
    js_decode(raw, text);
    rc = add_secret(w->g, text, w->origin);
    free(text);
    return rc;
  }
  case JS_OBJECT:
    js_obj_open(s, &it);
    while (rc == PG_OK && js_obj_next(s, &it, &raw) == 1) rc = add_scanned_strings(w, s);
    return rc;
  case JS_ARRAY:
    js_arr_open(s, &it);
    while (rc == PG_OK && js_arr_next(s, &it) == 1) rc = add_scanned_strings(w, s);
    return rc;
  default:
    js_skip(s, NULL);
    return PG_OK;
  }
}

/* marks_visit callback (ctx: the node): the strings of the values at a
 * sensitive mark. */
static int add_marked(void *ctx, const marks_leaf *leaf) {
  if (!leaf->value.n) return PG_OK;
  mark_walk w = {((mark_walk *)ctx)->g, ((mark_walk *)ctx)->n, leaf, NULL};
  jscan s;
  js_init(&s, leaf->value.p, 0, leaf->value.n);
  return add_scanned_strings(&w, &s);
}

static int node_secrets(pg_graph *g, const node *n) {
  /* Most resources mark nothing ({"tags": {}} or false): without a true
   * in the marks, skip them unwalked. */
  if (!n->sensitive.p || !bytes_contain(n->sensitive.p, n->sensitive.n, "true", 4)) return PG_OK;
  mark_walk w = {g, n, NULL, NULL};
  return marks_visit(n->sensitive, n->values, JS_MAX_DEPTH, add_marked, &w);
}

/* Instance keys, decoded, in keys (a string table over a scratch arena):
 * terraform refuses a sensitive value as a for_each argument, so a
 * sensitive variable's string that keys an instance went through
 * nonsensitive() (its author made it public), and terraform prints it in
 * every address of that instance. */

/* The string keys of a module instance address (module.a["x"].module.b["y"]);
 * a key holding an escape is left out (its secret stays a secret). */
static int module_keys(strtab *keys, const char *module) {
  for (const char *p = module ? strstr(module, "[\"") : NULL; p; p = strstr(p, "[\"")) {
    const char *start = p + 2, *end = strchr(start, '"');
    if (!end) break;
    if (end[1] == ']' && !memchr(start, '\\', (size_t)(end - start)) &&
        !strtab_intern(keys, start, (size_t)(end - start)))
      return PG_ERR_NOMEM;
    p = end + 1;
  }
  return PG_OK;
}

static int instance_keys(const pg_graph *g, strtab *keys) {
  int rc = PG_OK;
  const char *last_module = NULL;
  for (size_t i = 0; rc == PG_OK && i < g->n_nodes; i++) {
    const node *n = &g->nodes[i];
    if (n->kind != PG_NODE_RESOURCE && n->kind != PG_NODE_DATA) continue;
    if (n->index_string && !strtab_intern(keys, n->index_string, strlen(n->index_string)))
      rc = PG_ERR_NOMEM;
    /* Interned: a module's resources mostly follow one another. */
    if (rc == PG_OK && n->module && n->module != last_module) rc = module_keys(keys, n->module);
    last_module = n->module;
  }
  return rc;
}

/* The strings of the variables declared sensitive, but for instance keys. */
static int variable_secrets(pg_graph *g) {
  json_t *decl = json_object_get(json_object_get(g->configuration, "root_module"), "variables");
  const char *name;
  json_t *d;
  int rc = PG_OK;
  size_t first = g->n_secrets;
  json_object_foreach(decl, name, d) {
    if (rc != PG_OK || !json_is_true(json_object_get(d, "sensitive"))) continue;
    json_t *value = json_object_get(json_object_get(g->variables, name), "value");
    char origin[300];
    snprintf(origin, sizeof origin, "var.%.280s", name);
    const char *interned = g_intern_cstr(g, origin);
    rc = interned ? add_all_strings(g, value, interned, 0) : PG_ERR_NOMEM;
  }
  if (rc != PG_OK || g->n_secrets == first) return rc;
  arena scratch;
  arena_init(&scratch);
  strtab keys;
  rc = strtab_init(&keys, &scratch) == 0 ? instance_keys(g, &keys) : PG_ERR_NOMEM;
  size_t kept = first;
  for (size_t i = first; rc == PG_OK && i < g->n_secrets; i++)
    if (!strtab_find(&keys, g->secrets[i].text, g->secrets[i].len))
      g->secrets[kept++] = g->secrets[i];
  if (rc == PG_OK) g->n_secrets = kept;
  strtab_release(&keys);
  arena_release(&scratch);
  return rc;
}

/* Drops the secrets whose text is in an address of the plan: an address
 * is configuration (a block's type and name, a module call's name, an
 * instance key), which terraform prints in every plan, never a value; a
 * database whose user name "postgres" is marked sensitive is still
 * aws_db_instance.postgres, and every report names it. */
static void drop_address_words(pg_graph *g) {
  size_t kept = 0;
  for (size_t i = 0; i < g->n_secrets; i++) {
    const pg_secret *sc = &g->secrets[i];
    int in_address = 0;
    for (size_t k = 0; k < g->n_nodes && !in_address; k++) {
      const char *a = g->nodes[k].address;
      in_address = a && bytes_contain(a, strlen(a), sc->text, sc->len);
    }
    if (!in_address) g->secrets[kept++] = *sc;
  }
  g->n_secrets = kept;
}

int secrets_collect(build *b) {
  pg_graph *g = b->g;
  int rc = variable_secrets(g);
  for (size_t i = 0; rc == PG_OK && i < g->n_nodes; i++) {
    const node *n = &g->nodes[i];
    if (n->kind == PG_NODE_RESOURCE || n->kind == PG_NODE_DATA) rc = node_secrets(g, n);
  }
  dedup(g);
  if (rc == PG_OK) drop_address_words(g);
  return rc;
}

int g_holds_secret(const pg_graph *g, const char *s, size_t n) {
  if (n < MIN_SECRET_LEN) return 0;
  for (size_t i = 0; i < g->n_secrets; i++)
    if (bytes_contain(s, n, g->secrets[i].text, g->secrets[i].len)) return 1;
  return 0;
}
