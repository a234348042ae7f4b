/* Graph store: node and edge arrays, interning, the look-up indexes, CSR
 * adjacency, the igraph topology, and the read-only public accessors. */
#include "graph/graph_impl.h"
#include "base/vec.h"
#include "base/input.h"
#include "base/pos.h"
#include "graph/ig_guard.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- interning ---------------------------------------------------------- */

const char *g_intern(pg_graph *g, const char *s, size_t len) {
  str_entry *e = strtab_intern(&g->strs, s, len);
  return e ? e->str : NULL;
}

const char *g_intern_cstr(pg_graph *g, const char *s) {
  return s ? g_intern(g, s, strlen(s)) : NULL;
}

const char *g_intern_slice(pg_graph *g, jslice raw) {
  if (!memchr(raw.p, '\\', raw.n)) return g_intern(g, raw.p, raw.n);
  size_t n = js_decoded_len(raw);
  char *tmp = malloc(n + 1);
  if (!tmp) return NULL;
  js_decode(raw, tmp);
  const char *r = g_intern(g, tmp, n);
  free(tmp);
  return r;
}

/* ---- nodes and edges ---------------------------------------------------- */

/* Debug builds start the arrays tiny so that they move often and the
 * sanitizers catch any pointer kept across a growth. */
#ifdef PG_ARENA_DEBUG
#define FIRST_NODES 2
#define FIRST_EDGES 2
#else
#define FIRST_NODES 256
#define FIRST_EDGES 1024
#endif

pg_node_id g_add_node(pg_graph *g, pg_node_kind kind, const char *address) {
  if (g->n_nodes >= INT32_MAX - 1 || g->n_nodes >= g->max_nodes) {
    g->over_node_limit = 1;
    return -1;
  }
  if (VEC_RESERVE_FIRST(g->nodes, g->cap_nodes, g->n_nodes + 1, FIRST_NODES) < 0) return -1;
  pg_node_id id = (pg_node_id)g->n_nodes++;
  node *n = &g->nodes[id];
  memset(n, 0, sizeof *n);
  n->kind = kind;
  n->address = address;
  n->provider = n->parent = -1;
  n->next_type = n->next_region = n->next_config = n->next_base = -1;
  n->region = g->str_unknown;
  n->module = "";
  str_entry *e = strtab_find(&g->strs, address, strlen(address));
  if (e && e->node < 0) e->node = id;
  return id;
}

/* The edge set's key is the whole edge; labels are interned, so their
 * pointers stand for them. */
static uint64_t edge_key_hash(pg_node_id from, pg_node_id to, pg_edge_kind kind,
                              const char *label) {
  uint64_t h = hash_word(HASH_FNV_OFFSET, (uint32_t)from);
  h = hash_word(h, (uint32_t)to);
  h = hash_word(h, (uint64_t)kind);
  return hash_word(h, (uint64_t)(uintptr_t)label);
}

static int edge_id_eq(const void *ctx, int32_t id, const void *probe) {
  const edge *e = &((const pg_graph *)ctx)->edges[id], *p = probe;
  return e->from == p->from && e->to == p->to && e->kind == p->kind && e->label == p->label;
}

/* Adds an edge unless the same (from, to, kind, label) exists. Returns 1
 * when added, 0 when it existed, -1 when out of memory. */
int g_add_edge(pg_graph *g, pg_node_id from, pg_node_id to, pg_edge_kind kind,
               const char *label) {
  if (from < 0 || to < 0 || from == to) return 0;
  edge key = {from, to, kind, label, 0};
  uint64_t h = edge_key_hash(from, to, kind, label);
  if (idset_find(&g->edge_set, h, &key, edge_id_eq, g) >= 0) return 0;
  if (g->n_edges >= INT32_MAX - 1) return -1;
  if (VEC_RESERVE_FIRST(g->edges, g->cap_edges, g->n_edges + 1, FIRST_EDGES) < 0) return -1;
  g->edges[g->n_edges] = key;
  if (idset_add(&g->edge_set, h, (int32_t)g->n_edges) < 0) return -1;
  g->n_edges++;
  return 1;
}

/* Marks the edges [first, n_edges) that leave `from` ambiguous. */
void g_mark_ambiguous(pg_graph *g, pg_node_id from, size_t first) {
  for (size_t e = first; e < g->n_edges; e++)
    if (g->edges[e].from == from) g->edges[e].ambiguous = 1;
}

int g_several_targets(const pg_graph *g, pg_node_id from, size_t first, g_target_filter keep,
                      const void *ctx) {
  pg_node_id one = -1;
  for (size_t e = first; e < g->n_edges; e++) {
    if (g->edges[e].from != from || (keep && !keep(g, g->edges[e].to, ctx))) continue;
    if (one >= 0 && g->edges[e].to != one) return 1;
    one = g->edges[e].to;
  }
  return 0;
}


/* ---- indexes ------------------------------------------------------------ */

/* The base address of an instance: where it lives plus what it is,
 * without its own key. */
static char *base_of(const node *n) {
  const char *mod = n->module ? n->module : "";
  const char *what = n->kind == PG_NODE_MODULE ? "module." : n->kind == PG_NODE_DATA ? "data." : "";
  size_t len = strlen(mod) + strlen(what) + strlen(n->type) + strlen(n->name) + 4;
  char *s = malloc(len);
  if (!s) return NULL;
  if (n->kind == PG_NODE_MODULE)
    snprintf(s, len, "%s%s%s%s", mod, *mod ? "." : "", what, n->name);
  else
    snprintf(s, len, "%s%s%s%s.%s", mod, *mod ? "." : "", what, n->type, n->name);
  return s;
}

int g_index_configs(pg_graph *g) {
  for (size_t i = g->n_nodes; i-- > 0;) {
    node *n = &g->nodes[i];
    if (!n->config_address) continue;
    str_entry *e = strtab_intern(&g->strs, n->config_address,
                                 strlen(n->config_address));
    if (!e) return PG_ERR_NOMEM;
    n->next_config = e->first_config;
    e->first_config = (pg_node_id)i;
    if (n->kind != PG_NODE_RESOURCE && n->kind != PG_NODE_DATA && n->kind != PG_NODE_MODULE)
      continue;
    char *base = base_of(n);
    str_entry *b = base ? strtab_intern(&g->strs, base, strlen(base)) : NULL;
    free(base);
    if (!b) return PG_ERR_NOMEM;
    n->next_base = b->first_base;
    b->first_base = (pg_node_id)i;
  }
  return PG_OK;
}

pg_node_id g_first_of_base(const pg_graph *g, const char *base) {
  const str_entry *e = strtab_find(&g->strs, base, strlen(base));
  return e ? e->first_base : -1;
}

static int index_types_regions(pg_graph *g) {
  for (size_t i = g->n_nodes; i-- > 0;) {
    node *n = &g->nodes[i];
    if (n->kind != PG_NODE_RESOURCE && n->kind != PG_NODE_DATA) continue;
    str_entry *t = strtab_intern(&g->strs, n->type, strlen(n->type));
    str_entry *r = strtab_intern(&g->strs, n->region, strlen(n->region));
    if (!t || !r) return PG_ERR_NOMEM;
    n->next_type = t->first_type;
    t->first_type = (pg_node_id)i;
    n->next_region = r->first_region;
    r->first_region = (pg_node_id)i;
  }
  return PG_OK;
}

static int cmp_str(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int collect_regions(pg_graph *g) {
  size_t n = 0;
  for (size_t i = 0; i < g->n_nodes; i++)
    if (g->nodes[i].kind == PG_NODE_REGION) n++;
  g->regions = arena_alloc(&g->arena, (n ? n : 1) * sizeof *g->regions);
  if (!g->regions) return PG_ERR_NOMEM;
  for (size_t i = 0; i < g->n_nodes; i++)
    if (g->nodes[i].kind == PG_NODE_REGION)
      g->regions[g->n_regions++] = g->nodes[i].name;
  qsort(g->regions, g->n_regions, sizeof *g->regions, cmp_str);
  return PG_OK;
}

int g_csr(const pg_graph *g, int by_target, size_t **start_out, pg_edge_id **ids_out) {
  size_t nn = g->n_nodes, ne = g->n_edges;
  size_t *start = calloc(nn + 1, sizeof *start);
  size_t *fill = calloc(nn + 1, sizeof *fill);
  pg_edge_id *ids = malloc((ne ? ne : 1) * sizeof *ids);
  if (!start || !fill || !ids) {
    free(start);
    free(fill);
    free(ids);
    return PG_ERR_NOMEM;
  }
  for (size_t i = 0; i < ne; i++)
    start[(by_target ? g->edges[i].to : g->edges[i].from) + 1]++;
  for (size_t i = 0; i < nn; i++) start[i + 1] += start[i];
  for (size_t i = 0; i < ne; i++) {
    pg_node_id v = by_target ? g->edges[i].to : g->edges[i].from;
    ids[start[v] + fill[v]++] = (pg_edge_id)i;
  }
  free(fill);
  *start_out = start;
  *ids_out = ids;
  return PG_OK;
}

static int build_csr(pg_graph *g) {
  int rc = g_csr(g, 0, &g->out_start, &g->out_ids);
  return rc == PG_OK ? g_csr(g, 1, &g->in_start, &g->in_ids) : rc;
}

static int build_igraph(pg_graph *g) {
  igraph_vector_int_t ev;
  if (igraph_vector_int_init(&ev, (igraph_integer_t)(2 * g->n_edges)))
    return PG_ERR_NOMEM;
  for (size_t i = 0; i < g->n_edges; i++) {
    VECTOR(ev)[2 * i] = g->edges[i].from;
    VECTOR(ev)[2 * i + 1] = g->edges[i].to;
  }
  igraph_error_t rc = igraph_create(&g->ig, &ev, (igraph_integer_t)g->n_nodes,
                                    IGRAPH_DIRECTED);
  igraph_vector_int_destroy(&ev);
  if (rc == IGRAPH_ENOMEM) return PG_ERR_NOMEM;
  if (rc != IGRAPH_SUCCESS) return PG_ERR_INTERNAL;
  g->ig_ready = 1;
  return PG_OK;
}

int g_finish(build *b) {
  pg_graph *g = b->g;
  int rc;
  if ((rc = index_types_regions(g)) != PG_OK) return rc;
  if ((rc = collect_regions(g)) != PG_OK) return rc;
  if ((rc = build_csr(g)) != PG_OK) return rc;
  if ((rc = g_index_open(g)) != PG_OK) return rc;
  idset_release(&g->edge_set);
  return build_igraph(g);
}

/* ---- diagnostics -------------------------------------------------------- */

int b_error_at(build *b, int status, size_t offset, const char *path,
               const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  unsigned line = 0, col = 0;
  if (offset != (size_t)-1 && b->g->text) pos_line_col(b->g->text, b->g->text_len, offset, &line, &col);
  pg_diags_add(b->diags, PG_SEV_ERROR, b->g->source, line, col, path, "%s", msg);
  return status;
}

int b_warn(build *b, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  pg_diags_add(b->diags, PG_SEV_WARNING, b->g->source, 0, 0, NULL, "%s", msg);
  return PG_OK;
}

int b_key_once(build *b, const jscan *s, jslice key, const char *const *names,
               unsigned *seen, const char *path) {
  for (unsigned i = 0; names[i]; i++) {
    if (!js_raw_eq(key, names[i])) continue;
    if (*seen & (1u << i))
      return b_error_at(b, PG_ERR_PARSE, (size_t)(key.p - 1 - s->buf), path,
                        "duplicate key \"%s\"; a plan never repeats one, and which copy "
                        "counts is ambiguous", names[i]);
    *seen |= 1u << i;
    return PG_OK;
  }
  return PG_OK;
}

int b_scan_error(build *b, const jscan *s, const char *path) {
  return b_error_at(b, PG_ERR_PARSE, s->err_pos, path, "%s", s->err);
}

/* ---- public accessors --------------------------------------------------- */

void pg_graph_free(pg_graph *g) {
  if (!g) return;
  if (g->ig_ready) igraph_destroy(&g->ig);
  json_decref(g->configuration);
  json_decref(g->variables);
  free(g->nodes);
  free(g->edges);
  idset_release(&g->edge_set);
  free(g->holders);
  free(g->secrets);
  free(g->unresolved);
  g_free_open(g);
  free(g->out_start);
  free(g->in_start);
  free(g->out_ids);
  free(g->in_ids);
  input_release(g->text, g->text_mapped);
  strtab_release(&g->strs);
  arena_release(&g->arena);
  free(g);
}

const char *pg_graph_terraform_version(const pg_graph *g) { return g->terraform_version; }
const char *pg_graph_format_version(const pg_graph *g) { return g->format_version; }
const char *pg_graph_source(const pg_graph *g) { return g->source; }
size_t pg_graph_node_count(const pg_graph *g) { return g->n_nodes; }
size_t pg_graph_edge_count(const pg_graph *g) { return g->n_edges; }

int pg_graph_node(const pg_graph *g, pg_node_id id, pg_node_info *out) {
  if (id < 0 || (size_t)id >= g->n_nodes) return PG_ERR_NOT_FOUND;
  const node *n = &g->nodes[id];
  out->kind = n->kind;
  out->address = n->address;
  out->type = n->type;
  out->name = n->name;
  out->module = n->module;
  out->index_kind = n->index_kind;
  out->index_number = n->index_number;
  out->index_string = n->index_string;
  out->config_address = n->config_address;
  out->provider = n->provider;
  out->region = n->region;
  out->region_source = n->region_source;
  out->region_sensitive = n->region_secret;
  out->region_by_provider = n->region_by_provider;
  out->region_tie = n->region_tie;
  out->regionless = n->regionless;
  out->action = n->action;
  out->file = n->src_file;
  out->line = n->src_line;
  out->ignores = n->src_ignores;
  return PG_OK;
}

int pg_graph_edge(const pg_graph *g, pg_edge_id id, pg_edge_info *out) {
  if (id < 0 || (size_t)id >= g->n_edges) return PG_ERR_NOT_FOUND;
  const edge *e = &g->edges[id];
  *out = (pg_edge_info){e->from, e->to, e->kind, e->label, e->ambiguous};
  return PG_OK;
}

pg_node_id pg_graph_find(const pg_graph *g, const char *address) {
  if (!address) return -1;
  const str_entry *e = strtab_find(&g->strs, address, strlen(address));
  return e ? e->node : -1;
}

pg_node_id pg_graph_first_of_type(const pg_graph *g, const char *type) {
  const str_entry *e = type ? strtab_find(&g->strs, type, strlen(type)) : NULL;
  return e ? e->first_type : -1;
}

pg_node_id pg_graph_next_of_type(const pg_graph *g, pg_node_id id) {
  return id >= 0 && (size_t)id < g->n_nodes ? g->nodes[id].next_type : -1;
}

pg_node_id pg_graph_first_in_region(const pg_graph *g, const char *region) {
  const str_entry *e = region ? strtab_find(&g->strs, region, strlen(region)) : NULL;
  return e ? e->first_region : -1;
}

pg_node_id pg_graph_next_in_region(const pg_graph *g, pg_node_id id) {
  return id >= 0 && (size_t)id < g->n_nodes ? g->nodes[id].next_region : -1;
}

pg_node_id pg_graph_first_of_config(const pg_graph *g, const char *config_address) {
  const str_entry *e = config_address
      ? strtab_find(&g->strs, config_address, strlen(config_address)) : NULL;
  return e ? e->first_config : -1;
}

pg_node_id pg_graph_next_of_config(const pg_graph *g, pg_node_id id) {
  return id >= 0 && (size_t)id < g->n_nodes ? g->nodes[id].next_config : -1;
}

size_t pg_graph_out_edges(const pg_graph *g, pg_node_id id, const pg_edge_id **ids) {
  if (id < 0 || (size_t)id >= g->n_nodes || !g->out_start) {
    *ids = NULL;
    return 0;
  }
  *ids = g->out_ids + g->out_start[id];
  return g->out_start[id + 1] - g->out_start[id];
}

size_t pg_graph_in_edges(const pg_graph *g, pg_node_id id, const pg_edge_id **ids) {
  if (id < 0 || (size_t)id >= g->n_nodes || !g->in_start) {
    *ids = NULL;
    return 0;
  }
  *ids = g->in_ids + g->in_start[id];
  return g->in_start[id + 1] - g->in_start[id];
}

size_t pg_graph_region_count(const pg_graph *g) { return g->n_regions; }
const char *pg_graph_region_name(const pg_graph *g, size_t i) {
  return i < g->n_regions ? g->regions[i] : NULL;
}

size_t pg_graph_unresolved_count(const pg_graph *g) { return g->n_unresolved; }
const pg_unresolved *pg_graph_unresolved_get(const pg_graph *g, size_t i) {
  return i < g->n_unresolved ? &g->unresolved[i] : NULL;
}

void pg_graph_reference_counts(const pg_graph *g, size_t *resolved,
                               size_t *unresolved) {
  *resolved = g->refs_resolved;
  *unresolved = g->refs_unresolved;
}

size_t pg_graph_tf_graph_added(const pg_graph *g) { return g->tf_graph_added; }
int pg_graph_tf_graph_locals(const pg_graph *g) { return g->tf_graph_locals; }
size_t pg_graph_deposed_skipped(const pg_graph *g) { return g->deposed; }

void pg_graph_timings(const pg_graph *g, double *load_seconds, double *build_seconds) {
  *load_seconds = g->load_seconds;
  *build_seconds = g->build_seconds;
}

int pg_graph_shortest_path(const pg_graph *g, pg_node_id from, pg_node_id to,
                           pg_node_id **nodes, pg_edge_id **edges, size_t *len) {
  *nodes = NULL;
  *edges = NULL;
  *len = 0;
  if (from < 0 || to < 0 || (size_t)from >= g->n_nodes ||
      (size_t)to >= g->n_nodes || !g->ig_ready)
    return PG_ERR_NOT_FOUND;
  igraph_vector_int_t vs, es;
  if (igraph_vector_int_init(&vs, 0)) return PG_ERR_NOMEM;
  if (igraph_vector_int_init(&es, 0)) {
    igraph_vector_int_destroy(&vs);
    return PG_ERR_NOMEM;
  }
  int rc = PG_OK;
  ig_guard saved = ig_guard_enter();
  igraph_error_t found = igraph_get_shortest_path(&g->ig, &vs, &es, from, to, IGRAPH_OUT);
  ig_guard_leave(saved);
  if (found != IGRAPH_SUCCESS) {
    rc = PG_ERR_INTERNAL;
    goto cleanup;
  }
  size_t nv = (size_t)igraph_vector_int_size(&vs);
  if (nv == 0) {
    rc = PG_ERR_NOT_FOUND;
    goto cleanup;
  }
  *nodes = malloc(nv * sizeof **nodes);
  *edges = malloc((nv > 1 ? nv - 1 : 1) * sizeof **edges);
  if (!*nodes || !*edges) {
    free(*nodes);
    free(*edges);
    *nodes = NULL;
    *edges = NULL;
    rc = PG_ERR_NOMEM;
    goto cleanup;
  }
  for (size_t i = 0; i < nv; i++) (*nodes)[i] = (pg_node_id)VECTOR(vs)[i];
  for (size_t i = 0; i + 1 < nv; i++) (*edges)[i] = (pg_edge_id)VECTOR(es)[i];
  *len = nv - 1;
cleanup:
  igraph_vector_int_destroy(&vs);
  igraph_vector_int_destroy(&es);
  return rc;
}

/* ---- configuration expressions ------------------------------------------ */

/* Calls visit on each expression of a configuration's `expressions` at
 * path: an argument's name, or a dotted path through the nested blocks
 * written out ("rule.apply_server_side_encryption_by_default.
 * kms_master_key_id"), in every instance of a block in the order written
 * unless a component of digits picks one. Stops at visit's first nonzero
 * answer and returns it; 0 when none gave one. Plan JSON keeps a block
 * written out as a list of objects, one per instance. */
typedef int (*expr_visit)(json_t *expression, void *arg);

static int visit_expressions(json_t *at, const char *path, expr_visit visit, void *arg) {
  const char *dot = strchr(path, '.');
  size_t len = dot ? (size_t)(dot - path) : strlen(path);
  char name[256];
  if (len == 0 || len >= sizeof name) return 0;
  memcpy(name, path, len);
  name[len] = '\0';
  if (json_is_array(at)) {
    if (strspn(name, "0123456789") == len) {
      json_t *one = json_array_get(at, strtoul(name, NULL, 10));
      return one && dot ? visit_expressions(one, dot + 1, visit, arg) : one ? visit(one, arg) : 0;
    }
    size_t i;
    json_t *block;
    json_array_foreach(at, i, block) {
      int r = visit_expressions(block, path, visit, arg);
      if (r) return r;
    }
    return 0;
  }
  json_t *member = json_object_get(at, name);
  if (!member) return 0;
  return dot ? visit_expressions(member, dot + 1, visit, arg) : visit(member, arg);
}

static json_t *node_expressions(const pg_graph *g, pg_node_id id) {
  if (id < 0 || (size_t)id >= g->n_nodes || !g->nodes[id].config) return NULL;
  return json_object_get(g->nodes[id].config, "expressions");
}

static int expression_found(json_t *expression, void *arg) {
  (void)expression;
  (void)arg;
  return 1;
}

int pg_graph_node_sets(const pg_graph *g, pg_node_id id, const char *name) {
  if (id < 0 || (size_t)id >= g->n_nodes || !g->nodes[id].config) return -1;
  return visit_expressions(node_expressions(g, id), name, expression_found, NULL);
}

int pg_graph_node_setting(const pg_graph *g, pg_node_id id, const char *name, char **out) {
  *out = NULL;
  if (id < 0 || (size_t)id >= g->n_nodes || !g->nodes[id].config) return PG_ERR_NOT_FOUND;
  json_t *ex = json_object_get(json_object_get(g->nodes[id].config, "expressions"), name);
  const char *module = g->nodes[id].module ? g->nodes[id].module : "";
  json_t *doc = ex ? json_pack("{s:s, s:O}", "module", module, "expression", ex) : json_null();
  *out = doc ? json_dumps(doc, JSON_COMPACT | JSON_SORT_KEYS | JSON_ENCODE_ANY) : NULL;
  json_decref(doc);
  return *out ? PG_OK : PG_ERR_NOMEM;
}

const char *pg_graph_node_provisioner(const pg_graph *g, pg_node_id id, size_t i) {
  if (id < 0 || (size_t)id >= g->n_nodes || !g->nodes[id].config) return NULL;
  json_t *p = json_array_get(json_object_get(g->nodes[id].config, "provisioners"), i);
  return json_string_value(json_object_get(p, "type"));
}

/* Reference `skip` of the expressions visited, counted across them. */
typedef struct nth_reference {
  size_t skip;
  const char *found;
} nth_reference;

static int reference_found(json_t *expression, void *arg) {
  nth_reference *want = arg;
  json_t *refs = json_object_get(expression, "references");
  size_t n = json_array_size(refs);
  if (want->skip >= n) {
    want->skip -= n;
    return 0;
  }
  want->found = json_string_value(json_array_get(refs, want->skip));
  return want->found != NULL;
}

const char *pg_graph_node_reference(const pg_graph *g, pg_node_id id, const char *name,
                                    size_t i) {
  nth_reference want = {i, NULL};
  json_t *ex = node_expressions(g, id);
  if (ex) visit_expressions(ex, name, reference_found, &want);
  return want.found;
}

int pg_graph_node_values(const pg_graph *g, pg_node_id id, pg_values_text *out) {
  memset(out, 0, sizeof *out);
  if (id < 0 || (size_t)id >= g->n_nodes) return PG_ERR_NOT_FOUND;
  const node *n = &g->nodes[id];
  out->values = n->values.p;
  out->values_len = n->values.n;
  out->unknown = n->unknown.p;
  out->unknown_len = n->unknown.n;
  out->sensitive = n->sensitive.p;
  out->sensitive_len = n->sensitive.n;
  return PG_OK;
}

const char *pg_node_kind_name(pg_node_kind k) {
  static const char *names[] = {"resource", "data", "provider", "region", "module"};
  return (unsigned)k < 5 ? names[k] : "?";
}

const char *pg_edge_kind_name(pg_edge_kind k) {
  static const char *names[] = {"reference", "value", "depends_on",
                                "provider", "region", "module"};
  return (unsigned)k < 6 ? names[k] : "?";
}

const char *pg_action_name(pg_action a) {
  static const char *names[] = {NULL, "create", "update", "delete", "replace",
                                "no-op", "read", "forget"};
  return (unsigned)a < 8 ? names[a] : NULL;
}

int pg_action_present(pg_action a) { return a != PG_ACTION_DELETE && a != PG_ACTION_FORGET; }
