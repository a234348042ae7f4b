/* Query sets: the queries a check runs, from the built-in table compiled
 * from queries/NAME.pgq, from files and folders, narrowed by id lists and
 * given parameter values as text. */
#include "query/queryset.h"
#include "base/input.h"
#include "base/vec.h"
#include "query/param.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

int pg_query_set_new(pg_query_set **out) {
  *out = calloc(1, sizeof **out);
  return *out ? PG_OK : PG_ERR_NOMEM;
}

void pg_query_set_free(pg_query_set *set) {
  if (!set) return;
  for (size_t i = 0; i < set->n; i++) qquery_free(set->items[i]);
  free(set->items);
  free(set);
}

size_t pg_query_set_count(const pg_query_set *set) { return set ? set->n : 0; }

static int set_push(pg_query_set *set, qquery *q) {
  return VEC_PUSH(set->items, set->n, set->cap, q) < 0 ? PG_ERR_NOMEM : PG_OK;
}

/* Adds a compiled query, unless its id is taken; frees it on failure. */
static int add_query(pg_query_set *set, qquery *q, pg_diags *diags) {
  int rc;
  for (size_t i = 0; i < set->n; i++)
    if (strcmp(set->items[i]->id, q->id) == 0) {
      q_error(diags, q->file, q->src, q->src_len, q->start, q->start + 5,
              "query id '%s' is already defined in %s", q->id, set->items[i]->file);
      qquery_free(q);
      return PG_ERR_PARSE;
    }
  rc = set_push(set, q);
  if (rc != PG_OK) qquery_free(q);
  return rc;
}

int pg_query_set_add_text(pg_query_set *set, const char *name, const char *text,
                          size_t len, pg_diags *diags) {
  qquery *q;
  int rc = qquery_parse(&q, name, text, len, 0, &qimport_files, diags);
  return rc == PG_OK ? add_query(set, q, diags) : rc;
}

void pg_query_set_input_wait(pg_query_set *set, double seconds) {
  set->input_wait = seconds;
}

int pg_query_set_add_builtin(pg_query_set *set, pg_diags *diags) {
  int status = PG_OK;
  for (size_t i = 0; i < pg_builtin_queries_count; i++) {
    const pg_builtin_query *b = &pg_builtin_queries[i];
    qquery *q;
    int rc = qquery_parse_static(&q, b->name, b->text, b->len, &qimport_files, diags);
    if (rc == PG_OK) rc = add_query(set, q, diags);
    if (rc == PG_ERR_NOMEM) return rc;
    if (rc != PG_OK) status = rc;
  }
  return status;
}

/* Query files share the plan reader's handling of FIFOs, devices and
 * folders; their size limit is the parser's. */
static int read_file(const pg_query_set *set, const char *path, char **text, size_t *len,
                     pg_diags *diags) {
  double wait = set->input_wait > 0 ? set->input_wait : PG_DEFAULT_INPUT_WAIT;
  input_limits lim = {PG_MAX_QUERY_BYTES, PG_LIMIT_QUERY_BYTES, wait, "a .pgq query file"};
  return input_read(path, path, &lim, text, len, diags);
}

static int add_file(pg_query_set *set, const char *path, pg_diags *diags) {
  char *text;
  size_t len;
  int rc = read_file(set, path, &text, &len, diags);
  if (rc != PG_OK) return rc;
  rc = pg_query_set_add_text(set, path, text, len, diags);
  free(text);
  return rc;
}

/* A file of a query folder: read from its resolved path once it is known
 * to be a regular file inside the folder; diagnostics name it as listed. */
static int add_folder_file(pg_query_set *set, const char *folder, const char *path,
                           pg_diags *diags) {
  char *real, *text;
  size_t len;
  int rc = qfile_inside(folder, path, &real, diags);
  if (rc != PG_OK) return rc;
  double wait = set->input_wait > 0 ? set->input_wait : PG_DEFAULT_INPUT_WAIT;
  input_limits lim = {PG_MAX_QUERY_BYTES, PG_LIMIT_QUERY_BYTES, wait, "a .pgq query file"};
  rc = input_read(real, path, &lim, &text, &len, diags);
  free(real);
  if (rc != PG_OK) return rc;
  rc = pg_query_set_add_text(set, path, text, len, diags);
  free(text);
  return rc;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

static int add_folder(pg_query_set *set, const char *path, pg_diags *diags) {
  DIR *d = opendir(path);
  if (!d) {
    pg_diags_add(diags, PG_SEV_ERROR, path, 0, 0, NULL, "cannot open folder: %s",
                 strerror(errno));
    return PG_ERR_IO;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  int status = PG_OK;
  struct dirent *e;
  while ((e = readdir(d))) {
    size_t l = strlen(e->d_name);
    if (l < 5 || strcmp(e->d_name + l - 4, ".pgq") != 0 || e->d_name[0] == '.') continue;
    if (VEC_RESERVE(names, cap, n + 1) < 0) {
      status = PG_ERR_NOMEM;
      break;
    }
    size_t pl = strlen(path) + l + 2;
    if (!(names[n] = malloc(pl))) {
      status = PG_ERR_NOMEM;
      break;
    }
    snprintf(names[n++], pl, "%s/%s", path, e->d_name);
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, by_name);
  for (size_t i = 0; i < n; i++) {
    if (status == PG_OK || status == PG_ERR_PARSE) {
      int rc = add_folder_file(set, path, names[i], diags);
      if (rc != PG_OK) status = rc;
    }
    free(names[i]);
  }
  free(names);
  return status;
}

int pg_query_set_add_path(pg_query_set *set, const char *path, pg_diags *diags) {
  struct stat st;
  if (stat(path, &st) != 0) {
    pg_diags_add(diags, PG_SEV_ERROR, path, 0, 0, NULL, "cannot open: %s", strerror(errno));
    return PG_ERR_IO;
  }
  return S_ISDIR(st.st_mode) ? add_folder(set, path, diags) : add_file(set, path, diags);
}

/* Each comma-separated id must name a query; marks[i] is set for matches. */
static int mark_ids(pg_query_set *set, const char *list, pg_arg arg,
                    unsigned char *marks, pg_diags *diags) {
  int status = PG_OK;
  const char *p = list;
  while (*p) {
    const char *comma = strchr(p, ',');
    size_t len = comma ? (size_t)(comma - p) : strlen(p);
    while (len && *p == ' ') p++, len--;
    while (len && p[len - 1] == ' ') len--;
    int found = 0;
    for (size_t i = 0; i < set->n; i++)
      if (strlen(set->items[i]->id) == len && memcmp(set->items[i]->id, p, len) == 0)
        marks[i] = found = 1;
    if (len && !found) {
      pg_diags_add(diags, PG_SEV_ERROR, NULL, 0, 0, NULL,
                   "no query has the id '%.*s'", (int)len, p);
      pg_diags_set_arg(diags, arg, NULL);
      status = PG_ERR_NOT_FOUND;
    }
    if (!comma) break;
    p = comma + 1;
  }
  return status;
}

int pg_query_set_select(pg_query_set *set, const char *only, const char *skip,
                        pg_diags *diags) {
  unsigned char *keep = calloc(set->n + 1, 1), *drop = calloc(set->n + 1, 1);
  int status = keep && drop ? PG_OK : PG_ERR_NOMEM;
  if (status == PG_OK && only) status = mark_ids(set, only, PG_ARG_ONLY_UNKNOWN, keep, diags);
  if (status == PG_OK && skip) status = mark_ids(set, skip, PG_ARG_SKIP_UNKNOWN, drop, diags);
  if (status == PG_OK) {
    size_t k = 0;
    for (size_t i = 0; i < set->n; i++) {
      if ((only && !keep[i]) || drop[i]) qquery_free(set->items[i]);
      else set->items[k++] = set->items[i];
    }
    set->n = k;
  }
  free(keep);
  free(drop);
  return status;
}

/* PG_OK when text is a value of type t (param.c parses it into scratch
 * memory; the query parses it again, into its own, when it runs). */
static int value_status(qparam_type t, const char *text) {
  arena scratch;
  qvalue v;
  arena_init(&scratch);
  int rc = qparam_parse(t, text, &scratch, &v);
  arena_release(&scratch);
  return rc;
}

int pg_query_set_param(pg_query_set *set, const char *key, const char *value,
                       pg_diags *diags) {
  int declared = 0;
  for (size_t i = 0; i < set->n; i++) {
    qquery *q = set->items[i];
    for (size_t j = 0; j < q->n_params; j++) {
      qparam *p = &q->params[j];
      if (strcmp(p->name, key) != 0) continue;
      declared = 1;
      int fits = value_status(p->type, value);
      if (fits == PG_ERR_NOMEM) return PG_ERR_NOMEM;
      if (fits != PG_OK) {
        pg_diags_add(diags, PG_SEV_ERROR, NULL, 0, 0, NULL,
                     "parameter %s=%s: query %s wants a %s%s", key, value, q->id,
                     qparam_type_name(p->type),
                     p->type >= PT_LIST_STRING ? " (comma-separated)" : "");
        pg_diags_set_arg(diags, PG_ARG_PARAM_VALUE, key);
        return PG_ERR_PARSE;
      }
      p->set_text = arena_strndup(&q->mem, value, strlen(value));
      if (!p->set_text) return PG_ERR_NOMEM;
    }
  }
  if (!declared) {
    pg_diags_add(diags, PG_SEV_ERROR, NULL, 0, 0, NULL,
                 "parameter %s: no query in use declares a parameter '%s'", key, key);
    pg_diags_set_arg(diags, PG_ARG_PARAM_UNKNOWN, key);
    return PG_ERR_NOT_FOUND;
  }
  return PG_OK;
}

int pg_query_set_info(const pg_query_set *set, size_t i, pg_query_info *out) {
  if (!set || i >= set->n) return PG_ERR_NOT_FOUND;
  const qquery *q = set->items[i];
  out->id = q->id;
  out->title = q->title;
  out->severity = qseverity_name(q->severity);
  out->description = q->description;
  out->skip_reason = q->skip_reason;
  out->file = q->file;
  out->n_params = q->n_params;
  return PG_OK;
}

int pg_query_set_param_info(const pg_query_set *set, size_t i, size_t j,
                            pg_param_info *out) {
  if (!set || i >= set->n || j >= set->items[i]->n_params) return PG_ERR_NOT_FOUND;
  const qquery *q = set->items[i];
  const qparam *p = &q->params[j];
  out->name = p->name;
  out->type = qparam_type_name(p->type);
  out->default_text = p->default_text;
  out->value_text = p->set_text;
  return PG_OK;
}
