/* Source locations: the .tf file and line of each resource, data, module
 * and provider block, for findings that point at the code. The root module is
 * the directory the caller names; a module call's directory is its local
 * source (./ or ../) under its parent's, or the directory that
 * `terraform init` recorded in .terraform/modules/modules.json. A block
 * that cannot be found has no location, which is normal (no sources, a
 * registry module never fetched): the stage never fails but for memory. */
#include "graph/graph_impl.h"
#include "plan/tfscan.h"
#include "base/vec.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define SOURCE_MAX_BYTES (64u << 20)   /* a .tf file larger is skipped */

typedef struct loc {
  char *config_address;  /* malloc'd */
  const char *file;      /* interned */
  unsigned line;
  const char *ignores;   /* interned plangraph:ignore= directives, or NULL */
  size_t order;          /* first found wins among equal addresses */
  /* A provider's region, a module argument's or an output's value, as
   * written (interned), or NULL; "" when too long to keep. */
  const char *expr;
  unsigned expr_line;
  int override;          /* from an override file (override.tf, *_override.tf) */
} loc;

struct source_scan {
  pg_graph *g;
  const char *root;      /* interned root directory */
  json_t *manifest;      /* modules.json, or NULL */
  loc *locs;
  size_t n, cap;
  int status;
  /* while scanning one file: */
  const cfg_module *m;
  const char *file;
  int override;
};
typedef struct source_scan locate;

/* ---- paths ----------------------------------------------------------------- */

/* dir joined with rel, "." and ".." folded lexically; malloc'd. An
 * absolute rel stands alone. */
static char *path_join(const char *dir, const char *rel) {
  size_t n = strlen(dir) + strlen(rel) + 3;
  char *in = malloc(n), *out = malloc(n);
  if (!in || !out) {
    free(in);
    free(out);
    return NULL;
  }
  snprintf(in, n, "%s%s%s", rel[0] == '/' ? "" : dir, rel[0] == '/' ? "" : "/", rel);
  size_t o = 0, keep = in[0] == '/'; /* components we may not fold away */
  if (keep) out[o++] = '/';
  size_t base = o;
  char *save = NULL;
  for (char *seg = strtok_r(in, "/", &save); seg; seg = strtok_r(NULL, "/", &save)) {
    if (strcmp(seg, ".") == 0) continue;
    if (strcmp(seg, "..") == 0 && o > base) {
      char *last = out + o;
      while (last > out + base && last[-1] != '/') last--;
      if (strcmp(last, "..") != 0) {
        o = (size_t)(last - out);
        if (o > base) o--;
        out[o] = '\0';
        continue;
      }
    }
    if (o > base) out[o++] = '/';
    size_t l = strlen(seg);
    memcpy(out + o, seg, l);
    o += l;
    out[o] = '\0';
  }
  if (o == 0) out[o++] = '.';
  out[o] = '\0';
  free(in);
  return out;
}

static int is_local_source(const char *s) {
  return strncmp(s, "./", 2) == 0 || strncmp(s, "../", 3) == 0 || strcmp(s, ".") == 0 ||
         strcmp(s, "..") == 0;
}

/* The module's key in modules.json: call names from the root, by dots. */
static void manifest_key(const cfg_module *m, char *out, size_t cap) {
  if (!m->parent || !m->parent->parent) {
    snprintf(out, cap, "%s", m->call_name ? m->call_name : "");
    return;
  }
  manifest_key(m->parent, out, cap);
  size_t l = strlen(out);
  snprintf(out + l, cap - l, ".%s", m->call_name);
}

static char *manifest_dir(const locate *lc, const cfg_module *m) {
  json_t *mods = json_object_get(lc->manifest, "Modules"), *e;
  char key[1024];
  size_t i;
  manifest_key(m, key, sizeof key);
  json_array_foreach(mods, i, e) {
    const char *k = json_string_value(json_object_get(e, "Key"));
    const char *d = json_string_value(json_object_get(e, "Dir"));
    if (k && d && strcmp(k, key) == 0) return path_join(lc->root, d);
  }
  return NULL;
}

/* The directory of module m, or NULL when it cannot be known. */
static const char *module_dir(locate *lc, cfg_module *m) {
  if (m->dir_done) return m->dir;
  m->dir_done = 1;
  if (!m->parent) return m->dir = lc->root;
  const char *pdir = module_dir(lc, m->parent);
  const char *src = json_string_value(json_object_get(m->call, "source"));
  char *d = NULL;
  if (pdir && src && is_local_source(src)) {
    if (!(d = path_join(pdir, src))) lc->status = PG_ERR_NOMEM;
  } else if (lc->manifest) d = manifest_dir(lc, m);
  if (d) {
    m->dir = g_intern_cstr(lc->g, d);
    if (!m->dir) lc->status = PG_ERR_NOMEM;
  }
  free(d);
  return m->dir;
}

/* ---- scanning -------------------------------------------------------------- */

static int on_header(void *ctx, const tfscan_header *h) {
  locate *lc = ctx;
  const char *pre = lc->m->address, *type = h->type, *name = h->name, *kind = h->kind;
  size_t n = strlen(pre) + (type ? strlen(type) : 0) + strlen(name) + 24;
  /* A provider configuration is keyed as plan JSON's provider_config keys
   * it: "aws", "aws.west", "module.net:aws.west". */
  int provider = strcmp(kind, "provider") == 0;
  loc l = {malloc(n), lc->file, h->line, h->ignores ? g_intern_cstr(lc->g, h->ignores) : NULL,
           lc->n, h->expr ? g_intern_cstr(lc->g, h->expr) : NULL, h->expr_line,
           lc->override};
  if (!l.config_address || (h->ignores && !l.ignores) || (h->expr && !l.expr)) {
    free(l.config_address);
    return lc->status = PG_ERR_NOMEM;
  }
  if (provider)
    snprintf(l.config_address, n, "%s%s%s%s%s", pre, *pre ? ":" : "", type, *name ? "." : "",
             name);
  else if (strcmp(kind, "module") == 0)
    snprintf(l.config_address, n, "%s%smodule.%s", pre, *pre ? "." : "", name);
  else if (strcmp(kind, "argument") == 0)  /* sources_expr's keys */
    snprintf(l.config_address, n, "%s%smodule.%s#%s", pre, *pre ? "." : "", type, name);
  else if (strcmp(kind, "output") == 0)
    snprintf(l.config_address, n, "%s#output.%s", pre, name);
  else if (strcmp(kind, "local") == 0)
    snprintf(l.config_address, n, "%s#local.%s", pre, name);
  else
    snprintf(l.config_address, n, "%s%s%s%s.%s", pre, *pre ? "." : "",
             strcmp(kind, "data") == 0 ? "data." : "", type, name);
  if (VEC_PUSH(lc->locs, lc->n, lc->cap, l) < 0) {
    free(l.config_address);
    return lc->status = PG_ERR_NOMEM;
  }
  return 0;
}

/* A file's text, or NULL: unreadable, too big, or out of memory (*nomem). */
static char *read_small(const char *path, size_t *len, int *nomem) {
  FILE *f = fopen(path, "rb");
  if (!f) {
    *nomem = errno == ENOMEM;
    return NULL;
  }
  char *buf = NULL;
  size_t cap = 0, n = 0;
  for (;;) {
    if (n + 4096 + 1 > cap) {
      if (cap >= SOURCE_MAX_BYTES) break;
      char *nb = realloc(buf, cap = cap ? cap * 2 : 8192);
      if (!nb) {
        *nomem = 1;
        break;
      }
      buf = nb;
    }
    size_t got = fread(buf + n, 1, cap - n - 1, f);
    n += got;
    if (got == 0) {
      if (feof(f) && !ferror(f)) {
        fclose(f);
        buf[n] = '\0';
        *len = n;
        return buf;
      }
      break;
    }
  }
  fclose(f);
  free(buf);
  return NULL;
}

static int ends_with(const char *s, const char *suffix) {
  size_t a = strlen(s), b = strlen(suffix);
  return a >= b && strcmp(s + a - b, suffix) == 0;
}

static int by_name(const void *a, const void *b) {
  return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Terraform's override files, whose arguments replace those of the block
 * they name, after every other file is read. */
static int is_override(const char *name) {
  return strcmp(name, "override.tf") == 0 || strcmp(name, "override.tf.json") == 0 ||
         ends_with(name, "_override.tf") || ends_with(name, "_override.tf.json");
}

static void scan_file(locate *lc, const char *dir, const char *name) {
  lc->override = is_override(name);
  char *path = path_join(dir, name);
  size_t len = 0;
  int nomem = 0;
  char *text = path ? read_small(path, &len, &nomem) : NULL;
  lc->file = text ? g_intern_cstr(lc->g, path) : NULL;
  if (!path || nomem || (text && !lc->file)) lc->status = PG_ERR_NOMEM;
  if (lc->file && ends_with(name, ".json")) tfscan_json(text, len, on_header, lc);
  else if (lc->file) tfscan_hcl(text, len, on_header, lc);
  free(text);
  free(path);
}

/* Every .tf and .tf.json file of module m's directory, by name. */
static void scan_module(locate *lc, cfg_module *m) {
  const char *dir = module_dir(lc, m);
  errno = 0;
  DIR *d = dir ? opendir(dir) : NULL;
  if (!d) {
    if (errno == ENOMEM) lc->status = PG_ERR_NOMEM;  /* not a missing folder */
    return;
  }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while (lc->status == PG_OK && (e = readdir(d))) {
    if (e->d_name[0] == '.' || !(ends_with(e->d_name, ".tf") || ends_with(e->d_name, ".tf.json")))
      continue;
    char *copy = strdup(e->d_name);
    if (!copy || VEC_PUSH(names, n, cap, copy) < 0) {
      free(copy);
      lc->status = PG_ERR_NOMEM;
    }
  }
  closedir(d);
  if (n) qsort(names, n, sizeof *names, by_name);
  lc->m = m;
  for (size_t i = 0; i < n; i++) {
    if (lc->status == PG_OK) scan_file(lc, dir, names[i]);
    free(names[i]);
  }
  free(names);
}

/* ---- attaching ------------------------------------------------------------- */

static int loc_cmp(const void *a, const void *b) {
  const loc *x = a, *y = b;
  int c = strcmp(x->config_address, y->config_address);
  return c ? c : x->order < y->order ? -1 : x->order > y->order;
}

static int loc_key_cmp(const void *key, const void *elem) {
  return strcmp(key, ((const loc *)elem)->config_address);
}

/* The first loc of address key, or NULL. */
static const loc *find_loc(const locate *lc, const char *key) {
  if (lc->n == 0) return NULL;  /* bsearch wants an array */
  const loc *l = bsearch(key, lc->locs, lc->n, sizeof *lc->locs, loc_key_cmp);
  /* The first of equal addresses: bsearch may land on any. */
  while (l && l > lc->locs && strcmp(l[-1].config_address, key) == 0) l--;
  return l;
}

static json_t *load_manifest(const char *root) {
  char *p = path_join(root, ".terraform/modules/modules.json");
  json_t *j = p ? json_load_file(p, 0, NULL) : NULL;
  free(p);
  return j;
}

int sources_scan(build *b, const char *dir) {
  locate *lc = calloc(1, sizeof *lc);
  if (!lc) return PG_ERR_NOMEM;
  b->scan = lc;
  lc->g = b->g;
  lc->status = PG_OK;
  char *root = path_join(".", dir);
  lc->root = root ? g_intern_cstr(b->g, root) : NULL;
  free(root);
  if (!lc->root) return PG_ERR_NOMEM;
  lc->manifest = load_manifest(lc->root);
  for (cfg_module *m = b->g->cfg_all; m && lc->status == PG_OK; m = m->next)
    scan_module(lc, m);
  if (lc->status == PG_OK && lc->n) qsort(lc->locs, lc->n, sizeof *lc->locs, loc_cmp);
  return lc->status;
}

const char *sources_relative(const build *b, const char *file) {
  const locate *lc = b->scan;
  size_t n = lc && lc->root ? strlen(lc->root) : 0;
  if (n && strncmp(file, lc->root, n) == 0 && file[n] == '/') return file + n + 1;
  return file;
}

/* What a block's override files set last wins over its own. */
const char *sources_expr(const build *b, const char *key, const char **file, unsigned *line) {
  const locate *lc = b->scan;
  const loc *first = lc ? find_loc(lc, key) : NULL, *won = NULL;
  for (const loc *l = first; l && l < lc->locs + lc->n && strcmp(l->config_address, key) == 0;
       l++)
    if (l->expr && (!won || l->override)) won = l;
  if (!won) return NULL;
  *file = won->file;
  *line = won->expr_line;
  return won->expr;
}

int sources_found(const build *b) { return b->scan && b->scan->n > 0; }

int sources_each_keyed(const build *b, const char *prefix, sources_keyed_fn fn, void *ctx) {
  const locate *lc = b->scan;
  if (!lc) return 0;
  size_t lo = 0, hi = lc->n, n = strlen(prefix);
  while (lo < hi) {  /* the first key not below prefix */
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(lc->locs[mid].config_address, prefix) < 0) lo = mid + 1;
    else hi = mid;
  }
  for (size_t i = lo; i < lc->n && strncmp(lc->locs[i].config_address, prefix, n) == 0; i++) {
    const loc *l = &lc->locs[i];
    int rc = l->expr ? fn(ctx, l->config_address, l->expr) : 0;
    if (rc) return rc;
  }
  return 0;
}

typedef struct text_only {
  sources_expr_fn fn;
  void *ctx;
} text_only;

static int pass_text(void *ctx, const char *key, const char *text) {
  (void)key;
  const text_only *t = ctx;
  return t->fn(t->ctx, text);
}

int sources_each_expr(const build *b, const char *prefix, sources_expr_fn fn, void *ctx) {
  text_only t = {fn, ctx};
  return sources_each_keyed(b, prefix, pass_text, &t);
}

int sources_locate(build *b) {
  const locate *lc = b->scan;
  if (!lc) return PG_OK;
  pg_graph *g = b->g;
  for (size_t i = 0; i < g->n_nodes; i++) {
    node *nd = &g->nodes[i];
    if (!nd->config_address || (nd->kind != PG_NODE_RESOURCE && nd->kind != PG_NODE_DATA &&
                                nd->kind != PG_NODE_MODULE && nd->kind != PG_NODE_PROVIDER))
      continue;
    const loc *l = find_loc(lc, nd->config_address);
    if (l) {
      nd->src_file = l->file;
      nd->src_line = l->line;
      nd->src_ignores = l->ignores;
    }
  }
  return PG_OK;
}

void sources_scan_free(build *b) {
  locate *lc = b->scan;
  if (!lc) return;
  for (size_t i = 0; i < lc->n; i++) free(lc->locs[i].config_address);
  free(lc->locs);
  json_decref(lc->manifest);
  free(lc);
  b->scan = NULL;
}
