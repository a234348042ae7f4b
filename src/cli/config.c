/* .plangraph.yml (see config.h): a YAML mapping whose keys are `check`'s
 * long options (params: a mapping of query parameters), read with libyaml's
 * document loader. Paths in the file are relative to the file's folder.
 * Every error names the file, line and column, with the line and a caret. */
#define _XOPEN_SOURCE 700 /* realpath */
#include <stdarg.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <yaml.h>

#include "cli/config.h"

#define CONFIG_NAME ".plangraph.yml"

typedef enum { K_VALUE, K_PATH, K_FLAG, K_LIST, K_PATHS, K_PARAMS, K_WAIVERS } key_kind;

/* The keys, which are the options they set (params sets --param). */
static const struct {
  const char *key;
  key_kind kind;
} keys[] = {
    {"queries", K_PATHS},     {"no-builtin", K_FLAG}, {"only", K_LIST},
    {"skip", K_LIST},         {"params", K_PARAMS},   {"format", K_VALUE},
    {"output", K_PATH},       {"junit", K_PATH},      {"sarif", K_PATH},
    {"sarif-unknown", K_VALUE}, {"repo-root", K_PATH}, {"tf-dir", K_PATH},
    {"fail-on", K_VALUE},     {"soft-fail", K_FLAG},  {"verbose", K_FLAG},
    {"timeout", K_VALUE},     {"jobs", K_VALUE},      {"waivers", K_WAIVERS},
    {"baseline", K_PATH},
};

typedef struct reader {
  cli_config *c;
  yaml_document_t *doc;
  const char *text;   /* the file, for snippets */
  char *dir;          /* the file's folder, for relative paths */
} reader;

/* Prints FILE:LINE:COL: error: ... with the line and a caret. */
static int out_of_memory(void) {
  cli_print_diags_rc(NULL, PG_ERR_NOMEM, "reading the configuration file");
  return EXIT_BAD;
}

__attribute__((format(printf, 4, 5))) static int fail_at(const reader *r, unsigned line,
                                                         unsigned col, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  pg_diags *d = NULL;
  if (pg_diags_new(&d) != PG_OK) return out_of_memory();
  pg_diags_add(d, PG_SEV_ERROR, r->c->path, line, col, NULL, "%s", msg);
  const char *p = r->text;
  for (unsigned l = 1; p && l < line; l++) p = (p = strchr(p, '\n')) ? p + 1 : NULL;
  if (p && line) {
    size_t n = strcspn(p, "\r\n");
    char *snip = malloc(2 * n + col + 16);
    if (snip) {
      snprintf(snip, n + 6, "    %.*s", (int)n, p);
      size_t k = strlen(snip);
      snip[k++] = '\n';
      for (unsigned i = 0; i < col + 3; i++) snip[k++] = ' ';
      strcpy(snip + k, "^");
      pg_diags_set_snippet(d, snip);
      free(snip);
    }
  }
  cli_print_diags(d);
  pg_diags_free(d);
  return EXIT_BAD;
}

static int fail_node(const reader *r, const yaml_node_t *n, const char *what) {
  return fail_at(r, (unsigned)n->start_mark.line + 1, (unsigned)n->start_mark.column + 1, "%s",
                 what);
}

static int add(reader *r, const char *option, char *value, const yaml_node_t *at) {
  if (!value) return fail_node(r, at, "out of memory");
  if (r->c->n == CLI_CONFIG_MAX) {
    free(value);
    return fail_node(r, at, "too many settings");
  }
  cli_setting *s = &r->c->set[r->c->n++];
  *s = (cli_setting){option, value, (unsigned)at->start_mark.line + 1,
                     (unsigned)at->start_mark.column + 1, NULL};
  size_t n = strlen(r->c->path) + 32;
  if ((s->where = malloc(n))) snprintf(s->where, n, "%s:%u:%u", r->c->path, s->line, s->col);
  return s->where ? EXIT_OK : fail_node(r, at, "out of memory");
}

static char *scalar(const yaml_node_t *n) {
  return n && n->type == YAML_SCALAR_NODE ? (char *)n->data.scalar.value : NULL;
}

static char *resolve(const reader *r, const char *path) {
  if (path[0] == '/' || strcmp(r->dir, ".") == 0) return strdup(path);
  size_t n = strlen(r->dir) + strlen(path) + 2;
  char *out = malloc(n);
  if (out) snprintf(out, n, "%s/%s", r->dir, path);
  return out;
}

/* A scalar, or a sequence of scalars joined with commas. */
/* Whether v is a value or a list of values (what joined() reads). */
static int value_or_list(const reader *r, yaml_node_t *v) {
  if (scalar(v)) return 1;
  if (v->type != YAML_SEQUENCE_NODE) return 0;
  for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++)
    if (!scalar(yaml_document_get_node(r->doc, *it))) return 0;
  return 1;
}

/* A value, or a list's values joined with commas; malloc'd, NULL when out
 * of memory (v is value_or_list). */
static char *joined(const reader *r, yaml_node_t *v) {
  if (scalar(v)) return strdup(scalar(v));
  size_t len = 1;
  yaml_node_item_t *it;
  for (it = v->data.sequence.items.start; it < v->data.sequence.items.top; it++)
    len += strlen(scalar(yaml_document_get_node(r->doc, *it))) + 1;
  char *out = calloc(1, len);
  for (it = v->data.sequence.items.start; out && it < v->data.sequence.items.top; it++) {
    if (*out) strcat(out, ",");
    strcat(out, scalar(yaml_document_get_node(r->doc, *it)));
  }
  return out;
}

static int read_params(reader *r, yaml_node_t *v) {
  if (v->type != YAML_MAPPING_NODE)
    return fail_node(r, v, "params wants a mapping of query parameters (NAME: VALUE)");
  for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
    yaml_node_t *k = yaml_document_get_node(r->doc, p->key);
    yaml_node_t *val = yaml_document_get_node(r->doc, p->value);
    char *name = scalar(k);
    if (!name || !value_or_list(r, val))
      return fail_node(r, name ? val : k, "a parameter wants a value or a list of values");
    char *text = joined(r, val);
    if (!text) return fail_node(r, val, "out of memory");
    size_t n = strlen(name) + strlen(text) + 2;
    char *kv = malloc(n);
    if (kv) snprintf(kv, n, "%s=%s", name, text);
    free(text);
    if (add(r, "param", kv, val) != EXIT_OK) return EXIT_BAD;
  }
  return EXIT_OK;
}

static int read_flag(reader *r, const char *key, yaml_node_t *v) {
  const char *s = scalar(v);
  if (s && (strcmp(s, "true") == 0 || strcmp(s, "yes") == 0 || strcmp(s, "on") == 0))
    return add(r, key, strdup("1"), v);
  if (s && (strcmp(s, "false") == 0 || strcmp(s, "no") == 0 || strcmp(s, "off") == 0))
    return EXIT_OK;
  return fail_node(r, v, "wants true or false");
}

static int read_paths(reader *r, const char *key, yaml_node_t *v) {
  if (scalar(v)) return add(r, key, resolve(r, scalar(v)), v);
  if (v->type != YAML_SEQUENCE_NODE) return fail_node(r, v, "wants a path or a list of paths");
  for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top;
       it++) {
    yaml_node_t *e = yaml_document_get_node(r->doc, *it);
    if (!scalar(e)) return fail_node(r, e, "wants a path");
    if (add(r, key, resolve(r, scalar(e)), e) != EXIT_OK) return EXIT_BAD;
  }
  return EXIT_OK;
}

/* ---- waivers ---------------------------------------------------------------- */

static int is_date(const char *s) {
  static const char shape[] = "dddd-dd-dd";
  for (size_t i = 0; i < sizeof shape - 1; i++)
    if (!s[i] || (shape[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != '-')) return 0;
  return s[sizeof shape - 1] == '\0';
}

/* One waiver's field into *out (malloc'd); the keys it may have. */
static int waiver_field(reader *r, pg_waiver *w, yaml_node_t *k, yaml_node_t *v) {
  const char *key = scalar(k), *val = scalar(v);
  const char **out = NULL;
  if (!key) return fail_node(r, k, "a waiver's keys are query, address, reason, owner, "
                                   "ticket and expires");
  if (strcmp(key, "query") == 0) out = &w->query;
  else if (strcmp(key, "address") == 0) out = &w->address;
  else if (strcmp(key, "reason") == 0) out = &w->reason;
  else if (strcmp(key, "owner") == 0 || strcmp(key, "ticket") == 0) out = &w->owner;
  else if (strcmp(key, "expires") == 0) out = &w->expires;
  else
    return fail_at(r, (unsigned)k->start_mark.line + 1, (unsigned)k->start_mark.column + 1,
                   "unknown waiver key '%s' (query, address, reason, owner, ticket, expires)",
                   key);
  if (!val || !*val) return fail_node(r, v, "wants a value");
  if (out == &w->expires && !is_date(val)) return fail_node(r, v, "wants a date, YYYY-MM-DD");
  free((char *)*out);
  *out = strdup(val);
  return *out ? EXIT_OK : fail_node(r, v, "out of memory");
}

static int read_waiver(reader *r, yaml_node_t *v) {
  cli_config *c = r->c;
  if (v->type != YAML_MAPPING_NODE)
    return fail_node(r, v, "a waiver wants query, address and reason (and owner, expires)");
  if (c->n_waivers == c->cap_waivers) {
    size_t cap = c->cap_waivers ? 2 * c->cap_waivers : 8;
    pg_waiver *ws = realloc(c->waivers, cap * sizeof *ws);
    if (ws) c->waivers = ws;
    char **wh = ws ? realloc(c->waiver_where, cap * sizeof *wh) : NULL;
    if (wh) c->waiver_where = wh;
    if (!ws || !wh) return fail_node(r, v, "out of memory");
    c->cap_waivers = cap;
  }
  pg_waiver *w = &c->waivers[c->n_waivers];
  memset(w, 0, sizeof *w);
  size_t n = strlen(c->path) + 32;
  char *where = malloc(n);
  if (where)
    snprintf(where, n, "%s:%u:%u", c->path, (unsigned)v->start_mark.line + 1,
             (unsigned)v->start_mark.column + 1);
  c->waiver_where[c->n_waivers++] = where;
  for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++)
    if (waiver_field(r, w, yaml_document_get_node(r->doc, p->key),
                     yaml_document_get_node(r->doc, p->value)) != EXIT_OK)
      return EXIT_BAD;
  if (!w->query || !w->address || !w->reason)
    return fail_node(r, v, "a waiver needs query, address and reason");
  return EXIT_OK;
}

static int read_waivers(reader *r, yaml_node_t *v) {
  if (v->type != YAML_SEQUENCE_NODE) return fail_node(r, v, "waivers wants a list of waivers");
  for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top;
       it++)
    if (read_waiver(r, yaml_document_get_node(r->doc, *it)) != EXIT_OK) return EXIT_BAD;
  return EXIT_OK;
}

static int read_key(reader *r, yaml_node_t *k, yaml_node_t *v) {
  const char *name = scalar(k);
  size_t i = 0, n = sizeof keys / sizeof *keys;
  while (name && i < n && strcmp(keys[i].key, name) != 0) i++;
  if (!name || i == n)
    return fail_at(r, (unsigned)k->start_mark.line + 1, (unsigned)k->start_mark.column + 1,
                   "unknown setting '%s' (settings are check's options: queries, only, skip, "
                   "params, fail-on, soft-fail, format, output, junit, sarif, ...)",
                   name ? name : "?");
  const char *key = keys[i].key;
  switch (keys[i].kind) {
  case K_PARAMS: return read_params(r, v);
  case K_WAIVERS: return read_waivers(r, v);
  case K_FLAG: return read_flag(r, key, v);
  case K_PATHS: return read_paths(r, key, v);
  case K_LIST:
    if (!value_or_list(r, v)) return fail_node(r, v, "wants a value or a list of values");
    return add(r, key, joined(r, v), v);   /* add says out of memory for NULL */
  default:
    if (!scalar(v) || !*scalar(v)) return fail_node(r, v, "wants a value");
    return add(r, key, keys[i].kind == K_PATH ? resolve(r, scalar(v)) : strdup(scalar(v)), v);
  }
}

static int read_document(reader *r, yaml_parser_t *p) {
  yaml_document_t doc;
  if (!yaml_parser_load(p, &doc)) {
    /* libyaml names every problem but running out of memory. */
    if (p->error == YAML_MEMORY_ERROR || !p->problem) return out_of_memory();
    return fail_at(r, (unsigned)p->problem_mark.line + 1, (unsigned)p->problem_mark.column + 1,
                   "%s%s%s", p->problem ? p->problem : "not YAML", p->context ? " " : "",
                   p->context ? p->context : "");
  }
  r->doc = &doc;
  yaml_node_t *root = yaml_document_get_root_node(&doc);
  int rc = EXIT_OK;
  if (root && root->type != YAML_MAPPING_NODE)
    rc = fail_node(r, root, "wants a mapping of settings (KEY: VALUE)");
  for (yaml_node_pair_t *pr = root && rc == EXIT_OK ? root->data.mapping.pairs.start : NULL;
       pr && rc == EXIT_OK && pr < root->data.mapping.pairs.top; pr++)
    rc = read_key(r, yaml_document_get_node(&doc, pr->key),
                  yaml_document_get_node(&doc, pr->value));
  yaml_document_delete(&doc);
  r->doc = NULL;
  return rc;
}

/* ---- finding and reading ------------------------------------------------- */

static int exists(const char *path) {
  struct stat st;
  return stat(path, &st) == 0;
}

/* The first .plangraph.yml from plan's folder upward, stopping at the
 * folder that holds .git, into *out (malloc'd; NULL when there is none).
 * EXIT_OK, or EXIT_BAD when out of memory (said). */
static int find_upward(const char *plan, char **out) {
  *out = NULL;
  char dir[4096];
  const char *slash = plan && strcmp(plan, "-") != 0 ? strrchr(plan, '/') : NULL;
  if (!slash) snprintf(dir, sizeof dir, ".");
  else snprintf(dir, sizeof dir, "%.*s", slash == plan ? 1 : (int)(slash - plan), plan);
  for (int up = 0; up < 64; up++) {
    char probe[4200];
    snprintf(probe, sizeof probe, "%s/" CONFIG_NAME, dir);
    if (exists(probe)) {
      *out = strdup(probe[0] == '.' && probe[1] == '/' ? probe + 2 : probe);
      return *out ? EXIT_OK : out_of_memory();
    }
    snprintf(probe, sizeof probe, "%s/.git", dir);
    errno = 0;
    char *real = realpath(dir, NULL);
    if (!real && errno == ENOMEM) return out_of_memory();
    int top = exists(probe) || !real || strcmp(real, "/") == 0;
    free(real);
    if (top || strlen(dir) + 4 >= sizeof dir) break;
    strcat(dir, "/..");
  }
  return EXIT_OK;
}

int cli_config_load(cli_config *c, const char *explicit_path, const char *plan) {
  memset(c, 0, sizeof *c);
  const char *env = getenv("PLANGRAPH_CONFIG");
  /* A configuration named but not copied must not be dropped silently. */
  if (explicit_path || (env && *env)) {
    if (!(c->path = strdup(explicit_path ? explicit_path : env))) return out_of_memory();
  } else if (find_upward(plan, &c->path) != EXIT_OK) {
    return EXIT_BAD;
  }
  if (!c->path) return EXIT_OK;
  char *text = NULL;
  size_t len = 0;
  pg_diags *d = NULL;
  pg_read_options ro = {1u << 20, 0, PG_LIMIT_NONE, "a configuration file"};
  int rc = pg_diags_new(&d) == PG_OK ? pg_read_file(&text, &len, c->path, &ro, d) : PG_ERR_NOMEM;
  cli_print_diags(d);
  pg_diags_free(d);
  if (rc != PG_OK) return EXIT_BAD;
  reader r = {c, NULL, text, strdup(c->path)};
  char *slash = r.dir ? strrchr(r.dir, '/') : NULL;
  if (slash) *slash = '\0';
  else if (r.dir) strcpy(r.dir, ".");
  yaml_parser_t p;
  rc = r.dir && yaml_parser_initialize(&p) ? EXIT_OK : out_of_memory();
  if (rc == EXIT_OK) {
    yaml_parser_set_input_string(&p, (const unsigned char *)text, len);
    rc = read_document(&r, &p);
    yaml_parser_delete(&p);
  }
  free(r.dir);
  free(text);
  return rc;
}

void cli_config_free(cli_config *c) {
  for (size_t i = 0; i < c->n; i++) {
    free(c->set[i].value);
    free(c->set[i].where);
  }
  for (size_t i = 0; i < c->n_waivers; i++) {
    pg_waiver *w = &c->waivers[i];
    free((char *)w->query);
    free((char *)w->address);
    free((char *)w->reason);
    free((char *)w->owner);
    free((char *)w->expires);
    free(c->waiver_where[i]);
  }
  free(c->waivers);
  free(c->waiver_where);
  free(c->path);
  memset(c, 0, sizeof *c);
}

const cli_setting *cli_config_find(const cli_config *c, const char *option) {
  const cli_setting *found = NULL;
  for (size_t i = 0; i < c->n; i++)
    if (strcmp(c->set[i].option, option) == 0) found = &c->set[i];
  return found;
}

int cli_config_apply(const cli_config *c, cli_args *a) {
  size_t front = 0;
  for (size_t i = 0; i < c->n; i++) {
    const cli_setting *s = &c->set[i];
    int idx = cli_option_index(a->cmd, s->option);
    if (idx < 0) continue;
    const cli_option *o = a->cmd->options[idx];
    if (strcmp(s->option, "queries") == 0 || strcmp(s->option, "param") == 0) {
      if (a->nall == CLI_MAX_VALUES) return cli_usage_error(a->cmd, "too many options");
      memmove(&a->all[front + 1], &a->all[front], (a->nall - front) * sizeof *a->all);
      memmove(&a->all_index[front + 1], &a->all_index[front],
              (a->nall - front) * sizeof *a->all_index);
      memmove(&a->all_from_config[front + 1], &a->all_from_config[front],
              (a->nall - front) * sizeof *a->all_from_config);
      memmove(&a->all_where[front + 1], &a->all_where[front],
              (a->nall - front) * sizeof *a->all_where);
      a->all_from_config[front] = 1;
      a->all_where[front] = s->where;
      a->all[front] = s->value;
      a->all_index[front++] = idx;
      a->nall++;
      a->given[idx]++;
    } else if (!a->given[idx]) {
      a->value[idx] = o->arg ? s->value : NULL;
      a->given[idx] = 1;
    }
  }
  return EXIT_OK;
}
