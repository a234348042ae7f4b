/* Local values resolved through `terraform graph -type=plan` (see
 * locals.h). The DOT is a transitive reduction, so a local's direct edges
 * are the resources it reads unless one of them depends on another: then
 * only the dependent one shows. Resolution walks from the local through
 * locals, variables and outputs and stops at the first resource with an
 * instance in the plan; a resource with none (count = 0, an empty for_each)
 * cannot be where the value comes from, so the walk goes through it to
 * what the reduction may have hidden behind it (`try(a[0].id, b[0].id)`
 * with no `a`).
 *
 * A local reference that stays unresolved makes its holder's attribute an
 * open reference (graph/open_refs.c), so a query cannot rule out an edge
 * the local may hide, unless the attribute's planned value is known or the
 * plan resolved another reference of the same attribute, or the attribute
 * names objects of one kind (one, or a list) and the local's module
 * instance makes exactly one of that kind (modunique.h). */
#include "resolve/locals.h"

#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/vec.h"
#include "plan/address.h"
#include "resolve/idattrs.h"
#include "resolve/instindex.h"
#include "resolve/marks.h"
#include "resolve/modvars.h"
#include "resolve/modunique.h"
#include "resolve/unresolved.h"

struct local_ref {
  pg_node_id from;
  pg_edge_kind kind;
  const char *label;      /* interned, or NULL */
  const char *local;      /* configuration address of the local, interned */
  const char *inst;       /* module instance of the expression, interned */
  const char *reference;  /* as terraform wrote it, interned */
  /* The first local of the top-level reference that met this one, when
   * its locals alone left it counted unresolved (locals_group); else
   * NO_GROUP. */
  size_t group;
  int resolved, linked;   /* a DOT said what the local reads; it reads a resource of the plan */
  int part;               /* it names a part of the local (local.X["k"], each.value.X) */
  int counted;            /* its group was recounted: once, though two DOTs may be walked */
};

#define NO_GROUP ((size_t)-1)

int locals_note(build *b, pg_node_id from, pg_edge_kind kind, const char *label,
                const char *module, const char *inst, const char *name,
                const char *reference, int part) {
  char buf[1024];
  strbuf s;
  sb_init(&s, buf, sizeof buf);
  sb_add(&s, module);
  sb_dot(&s);
  sb_add(&s, "local.");
  sb_add(&s, name);
  if (VEC_RESERVE(b->locals, b->cap_locals, b->n_locals + 1) < 0) return PG_ERR_NOMEM;
  local_ref *r = &b->locals[b->n_locals];
  *r = (local_ref){from, kind, label, g_intern(b->g, buf, s.len), inst,
                   g_intern_cstr(b->g, reference), NO_GROUP, 0, 0, part, 0};
  if (!r->local || !r->reference) return PG_ERR_NOMEM;
  b->n_locals++;
  return PG_OK;
}

/* marks_visit callback: stops at the first unknown mark. */
static int any_mark(void *ctx, const marks_leaf *leaf) {
  (void)ctx;
  (void)leaf;
  return 1;
}

/* Whether marks m, below path (dot-separated member names; a list of
 * blocks is stepped into element by element), hold an unknown. */
static int marks_unknown_at(jslice m, const char *path, unsigned depth) {
  if (!m.p || depth > 16) return 0;
  if (marks_all(m)) return 1;
  if (js_slice_kind(m) == JS_ARRAY) {
    marks_iter mi;
    marks_iter_init(&mi, m);
    for (jslice e = marks_iter_next(&mi); e.p; e = marks_iter_next(&mi))
      if (marks_unknown_at(e, path, depth + 1)) return 1;
    return 0;
  }
  if (!*path) return marks_visit(m, (jslice){NULL, 0}, SIZE_MAX, any_mark, NULL) == 1;
  char key[256];
  size_t len = strcspn(path, ".");
  if (len >= sizeof key) return 1;
  memcpy(key, path, len);
  key[len] = '\0';
  return marks_unknown_at(marks_member(m, key), path[len] ? path + len + 1 : "", depth + 1);
}

/* Whether the planned value at the label's path holds an unknown: a known
 * value (null included) says what it names by itself. The path is followed
 * down, so that a block with one computed member (a Lambda's vpc_config,
 * whose vpc_id AWS computes) leaves its known subnet_ids known. */
static int value_unknown(const node *n, const char *label) {
  return marks_unknown_at(n->unknown, label, 0);
}

static int by_holder(const void *a, const void *b) {
  const open_ref *x = a, *y = b;
  if (x->node != y->node) return x->node < y->node ? -1 : 1;
  return x->label < y->label ? -1 : x->label > y->label;
}

/* Whether the plan resolved another reference of the same attribute:
 * then those are what it names, and the local beside them is most often
 * the condition that picks between them (`local.create ? x : null`). */
static int resolved_elsewhere(const open_ref *linked, size_t n, pg_node_id from, const char *label) {
  open_ref key = {from, label};
  return bsearch(&key, linked, n, sizeof *linked, by_holder) != NULL;
}

typedef struct reader {
  const char *local, *inst; /* interned */
  pg_node_id node;
} reader;

/* What module_object looks objects up in, each made on first need. */
typedef struct local_objects {
  modunique *unique;
  reader *readers; /* data sources' local references, by (local, inst, node) */
  size_t n_readers;
  int have_readers;
} local_objects;

static int reader_order(const reader *a, const reader *b) {
  if (a->local != b->local) return (uintptr_t)a->local < (uintptr_t)b->local ? -1 : 1;
  if (a->inst != b->inst) return (uintptr_t)a->inst < (uintptr_t)b->inst ? -1 : 1;
  return 0;
}

static int by_reader(const void *x, const void *y) {
  const reader *a = x, *b = y;
  int c = reader_order(a, b);
  return c ? c : a->node < b->node ? -1 : a->node > b->node;
}

/* The data sources of r's module instance that read r's local, sorted by
 * id, into *out (malloc'd, may be NULL when none): 0, or -1 out of memory. */
static int local_readers(build *b, local_objects *o, const local_ref *r, pg_node_id **out,
                         size_t *n) {
  *out = NULL;
  *n = 0;
  if (!o->have_readers) {
    o->readers = malloc((b->n_locals ? b->n_locals : 1) * sizeof *o->readers);
    if (!o->readers) return -1;
    for (size_t i = 0; i < b->n_locals; i++)
      if (b->g->nodes[b->locals[i].from].kind == PG_NODE_DATA)
        o->readers[o->n_readers++] = (reader){b->locals[i].local, b->locals[i].inst, b->locals[i].from};
    qsort(o->readers, o->n_readers, sizeof *o->readers, by_reader);
    o->have_readers = 1;
  }
  reader key = {r->local, r->inst, 0};
  size_t lo = 0, hi = o->n_readers;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (reader_order(&o->readers[mid], &key) < 0) lo = mid + 1; else hi = mid;
  }
  size_t end = lo;
  while (end < o->n_readers && reader_order(&o->readers[end], &key) == 0) end++;
  if (end == lo) return 0;
  if (!(*out = malloc((end - lo) * sizeof **out))) return -1;
  for (size_t i = lo; i < end; i++) (*out)[(*n)++] = o->readers[i].node;
  return 0;
}

/* Links r's holder to the one object of its attribute's kind that the
 * local's module instance makes (modunique.h), made on first need in
 * *objects: 1 when it did (or the plan holds no object of that kind, so
 * there is nothing to link), 0 when the local stays open, -1 out of
 * memory. A list of ids (security_group_ids) is read the same way: the
 * "create one, or take the caller's" modules write
 * concat(var.security_group_ids, [aws_security_group.this[0].id]), and with
 * no argument of that kind passed in, the module's one object is all the
 * list can hold. An attribute that any kind may give (bucket) has no kind
 * to look for. Data sources of the instance that read the same local
 * (`data "aws_vpc"` with `id = local.vpc_id`, to read back the VPC the
 * local names) are that object, not one more it may be. */
static int module_object(build *b, local_objects *o, const local_ref *r) {
  pg_graph *g = b->g;
  const id_attr *a = id_attr_of(g->nodes[r->from].type, r->label);
  if (!a || !a->words[0]) return 0;
  if (!o->unique && !(o->unique = modunique_new(g))) return -1;
  pg_node_id t = modunique_find(o->unique, r->inst, a);
  if (t == MODUNIQUE_OPEN) {
    pg_node_id *skip;
    size_t n_skip;
    if (local_readers(b, o, r, &skip, &n_skip) < 0) return -1;
    if (n_skip) t = modunique_find_except(o->unique, r->inst, a, skip, n_skip);
    free(skip);
  }
  if (t == MODUNIQUE_NONE) return 1; /* names nothing the plan holds */
  if (t < 0 || t == r->from) return 0;
  return g_add_edge(g, r->from, t, r->kind, r->label) < 0 ? -1 : 1;
}

/* Whether edge e gives its attribute an object of the kind the attribute
 * names (any object, for an attribute of no kind). A module input built
 * as an object (`a = {vpc_id = ..., route_table_id = ...}`) gives every
 * field the references of all of them: a route's route_table_id read from
 * var.a.route_table_id gets the VPC of the vpc_id field, which resolves no
 * route table the local beside it leaves open. */
static int of_attribute_kind(const pg_graph *g, const edge *e) {
  const node *t = &g->nodes[e->to];
  const id_attr *a = id_attr_of(g->nodes[e->from].type, e->label);
  return !a || !a->words[0] || (t->kind != PG_NODE_RESOURCE && t->kind != PG_NODE_DATA) ||
         !t->type || id_attr_is_kind(t->type, a);
}

/* (holder, label) of every reference edge so far to an object of its
 * attribute's kind, sorted, for resolved_elsewhere; NULL when out of
 * memory. */
static open_ref *linked_index(const pg_graph *g, size_t *n) {
  open_ref *linked = malloc((g->n_edges ? g->n_edges : 1) * sizeof *linked);
  if (!linked) return NULL;
  *n = 0;
  for (size_t i = 0; i < g->n_edges; i++)
    if (g->edges[i].kind == PG_EDGE_REFERENCE && g->edges[i].label &&
        of_attribute_kind(g, &g->edges[i]))
      linked[(*n)++] = (open_ref){g->edges[i].from, g->edges[i].label};
  qsort(linked, *n, sizeof *linked, by_holder);
  return linked;
}

/* Whether r's attribute is one that an unresolved local leaves open: its
 * planned value unknown and no other reference of it resolved by the plan.
 * locals_finish opens such attributes; resolve_one links loose sources
 * only for them. */
static int attribute_open(const build *b, const local_ref *r, const open_ref *linked,
                          size_t n_linked) {
  return r->kind == PG_EDGE_REFERENCE && r->label &&
         value_unknown(&b->g->nodes[r->from], r->label) &&
         !resolved_elsewhere(linked, n_linked, r->from, r->label);
}

int locals_finish(build *b) {
  pg_graph *g = b->g;
  if (!b->n_locals) return PG_OK;
  size_t n = 0;
  open_ref *linked = linked_index(g, &n);
  if (!linked) return PG_ERR_NOMEM;
  int rc = PG_OK;
  local_objects objects = {NULL, NULL, 0, 0};
  const local_ref *last = NULL;
  for (size_t i = 0; rc == PG_OK && i < b->n_locals; i++) {
    const local_ref *r = &b->locals[i];
    if (r->resolved || r->kind != PG_EDGE_REFERENCE || !r->label) continue;
    /* A holder's references come together: one decision per attribute. */
    if (last && last->from == r->from && last->label == r->label) continue;
    last = r;
    if (!attribute_open(b, r, linked, n)) continue;
    int found = module_object(b, &objects, r);
    rc = found < 0 ? PG_ERR_NOMEM : found ? PG_OK : g_add_open(g, r->from, r->label);
  }
  modunique_free(objects.unique);
  free(objects.readers);
  free(linked);
  return rc;
}

void locals_release(build *b) {
  free(b->locals);
  b->locals = NULL;
  b->n_locals = b->cap_locals = 0;
}

/* A resource a local's value may come from. A loose one is reached only
 * through a module's close node: the local reads some output of that
 * module, which terraform's graph does not name, so it may be any
 * resource behind any output. */
typedef struct source { int32_t node, loose; } source;  /* a DOT node */

/* The resources each local's value comes from, computed once per local:
 * cand[first[v] .. first[v] + count[v]) for DOT node v. */
typedef struct sources {
  const tfdot *d;
  const pg_graph *g;
  int32_t *first, *count;   /* per DOT node; first -1: not computed */
  source *cand; size_t n_cand, cap_cand;
  uint32_t *seen, stamp;    /* visit stamps per DOT node */
  int32_t *queue;
  int32_t *modules; size_t n_modules;  /* close nodes met, walked last */
  int loose;                /* walking from them */
  inst_index insts;         /* the candidates' instances by module instance */
} sources;

static int sources_init(sources *s, const pg_graph *g, const tfdot *d) {
  size_t n = d->n_nodes ? d->n_nodes : 1;
  memset(s, 0, sizeof *s);
  s->d = d, s->g = g;
  inst_index_init(&s->insts, g);
  s->first = malloc(n * sizeof *s->first);
  s->count = calloc(n, sizeof *s->count);
  s->seen = calloc(n, sizeof *s->seen);
  s->queue = malloc(n * sizeof *s->queue);
  s->modules = malloc(n * sizeof *s->modules);
  if (!s->first || !s->count || !s->seen || !s->queue || !s->modules) return PG_ERR_NOMEM;
  for (size_t i = 0; i < d->n_nodes; i++) s->first[i] = -1;
  return PG_OK;
}

static void sources_release(sources *s) {
  free(s->first);
  free(s->count);
  free(s->cand);
  free(s->seen);
  free(s->queue);
  free(s->modules);
  inst_index_release(&s->insts);
}

/* Reaches DOT node w on the walk from local v: a resource with an
 * instance in the plan is a candidate of v and ends the walk there; a
 * module's close node waits until the rest is walked (what the local
 * names itself is not loose); anything else is walked through. */
static int visit(sources *s, int32_t v, int32_t w, size_t *tail) {
  if (s->seen[w] == s->stamp) return PG_OK;
  s->seen[w] = s->stamp;
  const tfdot_node *wn = &s->d->nodes[w];
  if (wn->kind == TFDOT_MODULE && !s->loose) {
    s->modules[s->n_modules++] = w;
    return PG_OK;
  }
  if (wn->kind != TFDOT_RESOURCE || pg_graph_first_of_config(s->g, wn->addr) < 0) {
    s->queue[(*tail)++] = w;
    return PG_OK;
  }
  if (VEC_RESERVE(s->cand, s->cap_cand, s->n_cand + 1) < 0) return PG_ERR_NOMEM;
  s->cand[s->n_cand++] = (source){w, s->loose};
  s->count[v]++;
  return PG_OK;
}

/* The DOT name of what reference r (a reference plan JSON lists), read in
 * the configuration module at `scope`, depends on (tfdot_reference); 0
 * when r names none, -1 out of memory. */
static int dot_name(const char *scope, const char *r, strbuf *out) {
  addr_steps st;
  int parsed = addr_parse(r, strlen(r), &st);
  if (parsed < 0) return parsed == ADDR_NOMEM ? -1 : 0;
  tfdot_word words[4];
  size_t n = 0;
  for (size_t i = 0; i < st.count && n < 4; i++)
    if (st.steps[i].kind == STEP_NAME) words[n++] = (tfdot_word){st.steps[i].name, st.steps[i].len};
  tfdot_kind kind;
  int named = tfdot_reference(scope, words, n, 0, out, &kind);
  addr_steps_free(&st);
  return named;
}

/* A called module's input, walked through the call's argument as the plan
 * records it. terraform graph reduces edges through the call's own nodes
 * (`module.M (expand)`, which wait for its count, for_each and
 * depends_on), and those are not kept here: an input whose argument names
 * a resource that the call's depends_on also reaches shows no edge to it
 * (the secondary of a global cluster, called with depends_on = [the
 * primary's module] and the primary's subnet group as its own). */
static int visit_argument(sources *s, int32_t v, int32_t u, size_t *tail) {
  const char *addr = s->d->nodes[u].addr, *at = NULL;
  for (const char *p = strstr(addr, ".var."); p; p = strstr(p + 1, ".var.")) at = p;
  if (!at || strncmp(addr, "module.", 7) != 0) return PG_OK;
  char *module = malloc((size_t)(at - addr) + 1);
  if (!module) return PG_ERR_NOMEM;
  memcpy(module, addr, (size_t)(at - addr));
  module[at - addr] = '\0';
  modvar mv;
  modvar_lookup(s->g, config_module(s->g, module), at + 5, &mv);
  free(module);
  json_t *refs = mv.kind == MODVAR_ARGUMENT ? json_object_get(mv.expr, "references") : NULL;
  strbuf name = SB_GROWING;
  int rc = PG_OK;
  size_t i;
  json_t *ref;
  json_array_foreach(refs, i, ref) {
    const char *r = json_string_value(ref);
    int named = r ? dot_name(mv.scope->address, r, &name) : 0;
    if (named < 0) {
      rc = PG_ERR_NOMEM;
      break;
    }
    if (named == 0) continue;
    const str_entry *e = strtab_find(&s->g->strs, name.buf, name.len);
    int32_t w = e ? tfdot_find(s->d, e->str) : -1;
    if (w >= 0 && (rc = visit(s, v, w, tail)) != PG_OK) break;
  }
  sb_release(&name);
  return rc;
}

/* Breadth-first from local v; fills its candidate range. */
static int sources_of(sources *s, int32_t v) {
  if (s->first[v] >= 0) return PG_OK;
  const tfdot *d = s->d;
  s->first[v] = (int32_t)s->n_cand;
  s->stamp++;
  s->loose = 0;
  s->n_modules = 0;
  size_t head = 0, tail = 0;
  s->queue[tail++] = v;
  s->seen[v] = s->stamp;
  for (;;) {
    while (head < tail) {
      int32_t u = s->queue[head++];
      for (size_t i = d->out_start[u]; i < d->out_start[u + 1]; i++)
        if (visit(s, v, d->out_to[i], &tail) != PG_OK) return PG_ERR_NOMEM;
      if (d->nodes[u].kind == TFDOT_VAR && visit_argument(s, v, u, &tail) != PG_OK)
        return PG_ERR_NOMEM;
    }
    if (s->loose || !s->n_modules) return PG_OK;
    s->loose = 1;
    for (size_t i = 0; i < s->n_modules; i++) s->queue[tail++] = s->modules[i];
  }
}

/* Links r's holder to the instances of resource `target` (a configuration
 * address, interned) that sit in the local's module instance, as far as
 * the two addresses share modules. Returns how many edges name it, or -1. */
static long link_instances(build *b, sources *s, const local_ref *r, const char *target) {
  size_t depth = addr_common_module_depth(r->local, target);
  size_t sp = addr_instance_prefix(r->inst, depth);
  const pg_node_id *ids;
  size_t n;
  if (sp == SIZE_MAX || inst_index_find(&s->insts, target, depth, r->inst, sp, &ids, &n) != PG_OK)
    return -1;
  long linked = 0;
  for (size_t i = 0; i < n; i++) {
    if (ids[i] == r->from) continue;
    if (g_add_edge(b->g, r->from, ids[i], r->kind, r->label) < 0) return -1;
    linked++;
  }
  return linked;
}

/* Data sources whose values name no object an attribute of a kind could
 * hold (a region, an account, a partition, zone names): read by a local,
 * they pick or build a key (`local.nets[data.aws_region.x.name]`), never
 * the id it holds. */
static const char *const key_sources[] = {
    "aws_region", "aws_regions", "aws_caller_identity", "aws_partition",
    "aws_availability_zones", "aws_availability_zone"};

/* Whether resource `target` (a configuration address) is one of them
 * (each type is a data source's only: no managed resource shares it). */
static int key_source(const pg_graph *g, const char *target) {
  pg_node_id t = pg_graph_first_of_config(g, target);
  if (t < 0) return 0;
  for (size_t i = 0; i < sizeof key_sources / sizeof *key_sources; i++)
    if (g->nodes[t].type && strcmp(g->nodes[t].type, key_sources[i]) == 0) return 1;
  return 0;
}

/* Length of the module part of a configuration address ("module.a.module.b"
 * of "module.a.module.b.aws_subnet.x"; 0 at the root). */
static size_t module_part(const char *addr) {
  const char *p = addr, *end = addr;
  while (strncmp(p, "module.", 7) == 0) {
    const char *dot = strchr(p + 7, '.');
    if (!dot) break;
    end = dot;
    p = dot + 1;
  }
  return (size_t)(end - addr);
}

/* The output of module `addr[0..len)` that a reference (its steps, ref)
 * names after its local (local.nets[k].public_subnets: the first name
 * after local.nets that is an output of the module), as a DOT node; -1
 * for none. */
static int32_t named_output(const sources *s, const addr_steps *ref, const char *addr, size_t len) {
  char buf[512];
  strbuf name;
  sb_init(&name, buf, sizeof buf);
  int32_t found = -1;
  size_t names = 0;
  for (size_t i = 0; i < ref->count && found == -1; i++) {
    if (ref->steps[i].kind != STEP_NAME || ++names <= 2) continue;
    name.len = 0;
    sb_addn(&name, addr, len);
    sb_add(&name, ".output.");
    sb_addn(&name, ref->steps[i].name, ref->steps[i].len);
    if (name.full) break;
    const str_entry *e = strtab_find(&s->g->strs, name.buf, name.len);
    int32_t w = e ? tfdot_find(s->d, e->str) : -1;
    if (w >= 0 && s->d->nodes[w].kind == TFDOT_OUTPUT) found = w;
  }
  return found;
}

/* Marks (s->seen, a fresh stamp) what output `out` reads: the walk of
 * sources_of, from one output. Returns 0, or 1 when it meets a module's
 * close node, whose outputs it cannot tell apart. */
static int walk_output(sources *s, int32_t out) {
  const tfdot *d = s->d;
  size_t head = 0, tail = 0;
  s->stamp++;
  s->seen[out] = s->stamp;
  s->queue[tail++] = out;
  while (head < tail) {
    int32_t u = s->queue[head++];
    for (size_t i = d->out_start[u]; i < d->out_start[u + 1]; i++) {
      int32_t w = d->out_to[i];
      if (s->seen[w] == s->stamp) continue;
      s->seen[w] = s->stamp;
      if (d->nodes[w].kind == TFDOT_MODULE) return 1;
      if (d->nodes[w].kind != TFDOT_RESOURCE || pg_graph_first_of_config(s->g, d->nodes[w].addr) < 0)
        s->queue[tail++] = w;
    }
  }
  return 0;
}

/* Whether loose candidate c of r may be what r reads: r names no output
 * of c's module after its local, or that output leads to c (or to a
 * module, past which it cannot tell). A local that holds whole modules
 * (local.nets[k], each a module) is read one output at a time:
 * `local.net.public_subnets` reads the public subnets, not the private
 * ones beside them. ref: the reference's steps, read once per
 * reference. *last and *open keep the last output walked. */
static int names_candidate(sources *s, const addr_steps *ref, const source *c, int32_t *last,
                           int *open) {
  const char *addr = s->d->nodes[c->node].addr;
  size_t len = module_part(addr);
  if (len == 0) return 1;
  int32_t out = named_output(s, ref, addr, len);
  if (out < 0) return 1;
  if (out != *last) {
    *open = walk_output(s, out);
    *last = out;
  }
  return *open || s->seen[c->node] == s->stamp;
}

/* Links r's holder to the loose candidates of local v (see source) whose
 * type is of the kind its attribute names, and that the output r names
 * may read (names_candidate), marking the edges ambiguous when they are
 * several. A loose candidate of another type gives nothing: the DOT is a
 * transitive reduction, so what the local reads may sit behind it (a
 * module's subnets behind its security group), and an attribute of no
 * kind cannot be told from the rest of the module's outputs. Returns how
 * many instances it linked, or -1. */
static long link_loose(build *b, sources *s, int32_t v, const local_ref *r) {
  pg_graph *g = b->g;
  const id_attr *a = id_attr_of(g->nodes[r->from].type, r->label);
  if (!a || !a->words[0]) return 0;
  addr_steps ref;
  int parsed = addr_parse(r->reference, strlen(r->reference), &ref);
  if (parsed == ADDR_NOMEM) return -1;
  if (parsed < 0) ref.count = 0;  /* names no output: every candidate may be read */
  size_t first = g->n_edges;
  long n = 0;
  int32_t last = -1;
  int open = 0;
  for (int32_t i = 0; i < s->count[v]; i++) {
    const source *c = &s->cand[s->first[v] + i];
    const char *addr = s->d->nodes[c->node].addr;
    pg_node_id t = pg_graph_first_of_config(g, addr);
    if (!c->loose || t < 0 || !g->nodes[t].type || !id_attr_is_kind(g->nodes[t].type, a)) continue;
    if (!names_candidate(s, &ref, c, &last, &open)) continue;
    long k = link_instances(b, s, r, addr);
    if (k < 0) {
      n = -1;
      break;
    }
    n += k;
  }
  if (parsed >= 0) addr_steps_free(&ref);
  if (n < 0) return -1;
  if (n > 1)
    for (size_t e = first; e < g->n_edges; e++) g->edges[e].ambiguous = 1;
  return n;
}

/* Whether r's attribute names one object (vpc_id) and the edges
 * [first, n_edges) it got lead to several of that kind: the local is a
 * map or list of them (one VPC per region), of which the attribute holds
 * one that the DOT does not name. */
static int one_of_several(const pg_graph *g, const local_ref *r, size_t first) {
  const id_attr *a = id_attr_of(g->nodes[r->from].type, r->label);
  if (!a || a->one != ONE || !a->words[0]) return 0;
  pg_node_id one = -1;
  for (size_t e = first; e < g->n_edges; e++) {
    pg_node_id t = g->edges[e].to;
    if (g->edges[e].from != r->from || !g->nodes[t].type || !id_attr_is_kind(g->nodes[t].type, a))
      continue;
    if (one >= 0 && t != one) return 1;
    one = t;
  }
  return 0;
}

/* Whether the edges [first, n_edges) from `from` lead to two instances of
 * one resource (link_instances adds a resource's instances one after
 * another). */
static int several_instances(const pg_graph *g, pg_node_id from, size_t first) {
  pg_node_id last = -1;
  for (size_t e = first; e < g->n_edges; e++) {
    if (g->edges[e].from != from) continue;
    pg_node_id t = g->edges[e].to;
    if (last >= 0 && t != last && g->nodes[t].config_address &&
        g->nodes[t].config_address == g->nodes[last].config_address)
      return 1;
    last = t;
  }
  return 0;
}

/* The service part of a resource type: "aws_kms_" of aws_kms_replica_key
 * (its length; 0 for a type of fewer parts). */
static size_t service_len(const char *type) {
  const char *u = strchr(type, '_');
  u = u ? strchr(u + 1, '_') : NULL;
  return u ? (size_t)(u - type) + 1 : 0;
}

/* Whether resource `addr` (a configuration address) may be what the
 * attribute holds beside the local's own resource `like`: one of the kind
 * attribute a names, or, for an attribute of no kind (kms_key_arn), one of
 * like's service (aws_kms_key beside aws_kms_replica_key). */
static int hidden_kind(const pg_graph *g, const char *addr, const id_attr *a, const char *like) {
  pg_node_id t = pg_graph_first_of_config(g, addr);
  const char *type = t >= 0 ? g->nodes[t].type : NULL;
  if (!type) return 0;
  if (a && a->words[0]) return id_attr_is_kind(type, a);
  size_t n = service_len(like);
  return n && strncmp(type, like, n) == 0;
}

/* A part of a local (a map of one key per region, read as
 * local.keys["eu-west-1"]) names one of what the local reads. The DOT, a
 * transitive reduction, drops the local's edge to a resource that another
 * of them depends on: of { aws_kms_key.p.arn, aws_kms_replica_key.dr.arn }
 * it shows the replica alone, which depends on its primary. Links r's
 * holder to the resources of the kind behind each of the local's own
 * (through values and resources of that kind), which the local may read
 * as well. Returns how many instances it linked, or -1. */
static long link_hidden(build *b, sources *s, int32_t v, const local_ref *r) {
  const pg_graph *g = b->g;
  if (!r->part) return 0;
  const id_attr *a = id_attr_of(g->nodes[r->from].type, r->label);
  const tfdot *d = s->d;
  long n = 0;
  for (int32_t i = 0; i < s->count[v]; i++) {
    const source *c = &s->cand[s->first[v] + i];
    pg_node_id own = pg_graph_first_of_config(g, d->nodes[c->node].addr);
    if (c->loose || own < 0 || !g->nodes[own].type) continue;
    const char *like = g->nodes[own].type;
    if (!hidden_kind(g, d->nodes[c->node].addr, a, like)) continue;
    size_t head = 0, tail = 0;
    s->stamp++;
    s->seen[c->node] = s->stamp;
    s->queue[tail++] = c->node;
    while (head < tail) {
      int32_t u = s->queue[head++];
      for (size_t j = d->out_start[u]; j < d->out_start[u + 1]; j++) {
        int32_t w = d->out_to[j];
        if (s->seen[w] == s->stamp) continue;
        s->seen[w] = s->stamp;
        const tfdot_node *wn = &d->nodes[w];
        if (wn->kind == TFDOT_MODULE) continue;
        if (wn->kind == TFDOT_RESOURCE) {
          if (!hidden_kind(g, wn->addr, a, like)) continue;
          long k = link_instances(b, s, r, wn->addr);
          if (k < 0) return -1;
          n += k;
        }
        s->queue[tail++] = w;
      }
    }
  }
  return n;
}

static int resolve_one(build *b, sources *s, local_ref *r, const open_ref *linked_refs,
                       size_t n_linked) {
  if (r->resolved) return PG_OK;  /* by an earlier DOT */
  int32_t v = tfdot_find(s->d, r->local);
  if (v < 0) return PG_OK;
  if (sources_of(s, v) != PG_OK) return PG_ERR_NOMEM;
  long linked = 0, loose = 0, direct = 0, keys = 0;
  size_t first = b->g->n_edges;
  for (int32_t i = 0; i < s->count[v]; i++) {
    const source *c = &s->cand[s->first[v] + i];
    if (c->loose) loose++;
    else direct++, keys += key_source(b->g, s->d->nodes[c->node].addr);
  }
  /* What the local reads outside whole modules are key sources only (a
   * data.aws_region whose name picks one of a map of modules:
   * `local.nets[data.aws_region.x.name].vpc.id`): they give the key, never
   * the value, which is among the modules' outputs. Those of the
   * attribute's kind are linked (link_loose: none for an attribute of no
   * kind, kms_key_id); where none is, the local stays open rather than
   * name a region as a key. */
  int keys_only = loose && direct && keys == direct;
  if (keys_only) {
    if (attribute_open(b, r, linked_refs, n_linked) && (linked = link_loose(b, s, v, r)) < 0)
      return PG_ERR_NOMEM;
    if (linked == 0) return PG_OK;
  }
  for (int32_t i = 0; i < s->count[v] && !keys_only; i++) {
    const source *c = &s->cand[s->first[v] + i];
    if (c->loose) continue;
    long n = link_instances(b, s, r, s->d->nodes[c->node].addr);
    if (n < 0) return PG_ERR_NOMEM;
    linked += n;
  }
  long hidden = linked > 0 && !keys_only ? link_hidden(b, s, v, r) : 0;
  if (hidden < 0) return PG_ERR_NOMEM;
  linked += hidden;
  if (loose && linked == 0 && attribute_open(b, r, linked_refs, n_linked)) {
    linked = link_loose(b, s, v, r);
    if (linked < 0) return PG_ERR_NOMEM;
    /* Some output of a module, none of which the attribute's kind picks
     * out, and nothing else: the local stays open. */
    if (linked == 0) return PG_OK;
  }
  /* A part of a local (a map of one VPC per region, read as
   * local.vpcs["a"].id, lookup(local.vpcs, "a").id or as a for_each
   * entry's each.value.vpc_id) is one of the things the local reads, and
   * the DOT does not say which: where they are of two regions, that
   * decides a region (id_attr_mark_regions), and where they are instances
   * of one resource (the DOT names aws_s3_bucket.dst, the entry
   * dst["app"]), so does the instance. */
  id_attr_mark_regions(b->g, r->from, r->label, first);
  if (hidden > 0 || (r->part && several_instances(b->g, r->from, first)) || one_of_several(b->g, r, first))
    g_mark_ambiguous(b->g, r->from, first);
  /* The DOT describes the local: what it names is known now, even when
   * that is no resource at all (a constant, or variables only). */
  r->resolved = 1;
  r->linked = linked > 0;
  return unresolved_mark_resolved(b, r->from, r->label, r->reference);
}

void locals_group(build *b, size_t first) {
  for (size_t i = first; i < b->n_locals; i++) b->locals[i].group = first;
}

/* A top-level reference whose locals are all resolved now is resolved: it
 * moves from the unresolved count to the resolved one when its locals
 * read a resource, else it only leaves the unresolved count (it names
 * constants or variables: nothing to link, nothing missing). */
static void recount_groups(build *b) {
  for (size_t i = 0; i < b->n_locals;) {
    size_t group = b->locals[i].group, end = i + 1;
    while (end < b->n_locals && group != NO_GROUP && b->locals[end].group == group) end++;
    int all = group != NO_GROUP, linked = 0;
    for (size_t j = i; j < end; j++) {
      all &= b->locals[j].resolved;
      linked |= b->locals[j].linked;
    }
    if (all && !b->locals[i].counted) {
      b->g->refs_unresolved--;
      if (linked) b->g->refs_resolved++;
      b->locals[i].counted = 1;
    }
    i = end;
  }
}

int locals_resolve(build *b, const tfdot *d) {
  if (!d->values || !b->n_locals) return PG_OK;
  sources s;
  int rc = sources_init(&s, b->g, d);
  /* The plan's own reference edges, before any local adds one. */
  size_t n_linked = 0;
  open_ref *linked = rc == PG_OK ? linked_index(b->g, &n_linked) : NULL;
  if (rc == PG_OK && !linked) rc = PG_ERR_NOMEM;
  for (size_t i = 0; rc == PG_OK && i < b->n_locals; i++)
    rc = resolve_one(b, &s, &b->locals[i], linked, n_linked);
  free(linked);
  sources_release(&s);
  if (rc == PG_OK) recount_groups(b);
  if (rc == PG_OK) unresolved_drop_resolved(b);
  return rc;
}
