/* The one object of a kind that a module instance makes (see
 * modunique.h): resources and data sources sorted by module instance
 * address, so that an instance and its children are one run of them. */
#include "resolve/modunique.h"

#include "base/hash.h"
#include "base/vec.h"
#include "plan/address.h"
#include "resolve/modvars.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* An answer already found, for (module instance, kind); inst NULL holds
 * whether the plan has an object of the kind at all. */
typedef struct answer {
  const char *inst; /* interned; NULL for the whole plan */
  const id_attr *a;
  pg_node_id found;
} answer;

typedef struct entry {
  const char *module; /* module instance address */
  pg_node_id id;
} entry;

struct modunique {
  const pg_graph *g;
  entry *by_module; /* resources and data sources, by module address */
  size_t n;
  /* The targets of each node's reference edges (when made):
   * refs_to[refs_start[v] .. refs_start[v + 1]). */
  size_t *refs_start;
  pg_node_id *refs_to;
  /* Answers in the order found, looked up by (inst, a) in the project's
   * hash set: each is worked out once, however holders and kinds
   * interleave. */
  answer *answers;
  size_t n_answers, cap_answers;
  idset answer_ids;
};

static int by_module(const void *x, const void *y) {
  const entry *a = x, *b = y;
  int c = strcmp(a->module, b->module);
  if (c) return c;
  return a->id < b->id ? -1 : a->id > b->id;
}

modunique *modunique_new(const pg_graph *g) {
  modunique *m = calloc(1, sizeof *m);
  if (!m) return NULL;
  m->g = g;
  idset_init(&m->answer_ids);
  m->by_module = malloc((g->n_nodes ? g->n_nodes : 1) * sizeof *m->by_module);
  if (!m->by_module) {
    free(m);
    return NULL;
  }
  for (size_t i = 0; i < g->n_nodes; i++)
    if (g->nodes[i].kind == PG_NODE_RESOURCE || g->nodes[i].kind == PG_NODE_DATA)
      m->by_module[m->n++] = (entry){g->nodes[i].module, (pg_node_id)i};
  qsort(m->by_module, m->n, sizeof *m->by_module, by_module);
  m->refs_start = calloc(g->n_nodes + 1, sizeof *m->refs_start);
  m->refs_to = malloc((g->n_edges ? g->n_edges : 1) * sizeof *m->refs_to);
  if (!m->refs_start || !m->refs_to) {
    modunique_free(m);
    return NULL;
  }
  for (size_t i = 0; i < g->n_edges; i++)
    if (g->edges[i].kind == PG_EDGE_REFERENCE) m->refs_start[g->edges[i].from + 1]++;
  for (size_t v = 0; v < g->n_nodes; v++) m->refs_start[v + 1] += m->refs_start[v];
  size_t *fill = malloc((g->n_nodes ? g->n_nodes : 1) * sizeof *fill);
  if (!fill) {
    modunique_free(m);
    return NULL;
  }
  memcpy(fill, m->refs_start, g->n_nodes * sizeof *fill);
  for (size_t i = 0; i < g->n_edges; i++)
    if (g->edges[i].kind == PG_EDGE_REFERENCE)
      m->refs_to[fill[g->edges[i].from]++] = g->edges[i].to;
  free(fill);
  return m;
}

void modunique_free(modunique *m) {
  if (!m) return;
  free(m->by_module);
  free(m->refs_start);
  free(m->refs_to);
  free(m->answers);
  idset_release(&m->answer_ids);
  free(m);
}

/* Whether module instance address mod is inst or one of its children. */
static int within(const char *mod, const char *inst, size_t len) {
  return strncmp(mod, inst, len) == 0 && (mod[len] == '\0' || mod[len] == '.' || len == 0);
}

/* The first of the sorted nodes whose module address is not below inst. */
static size_t lower_bound(const modunique *m, const char *inst) {
  size_t lo = 0, hi = m->n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(m->by_module[mid].module, inst) < 0)
      lo = mid + 1;
    else
      hi = mid;
  }
  return lo;
}

/* Whether a node of inst (or its children), the sorted nodes from first,
 * refers to one of a's kind elsewhere: the instance takes such objects
 * from outside too. */
static int takes_from_outside(const modunique *m, size_t first, const char *inst, size_t len,
                              const id_attr *a) {
  const pg_graph *g = m->g;
  for (size_t i = first; i < m->n; i++) {
    const node *n = &g->nodes[m->by_module[i].id];
    if (strncmp(n->module, inst, len) != 0) break;
    if (!within(n->module, inst, len)) continue;
    pg_node_id v = m->by_module[i].id;
    for (size_t j = m->refs_start[v]; j < m->refs_start[v + 1]; j++) {
      const node *to = &g->nodes[m->refs_to[j]];
      if ((to->kind == PG_NODE_RESOURCE || to->kind == PG_NODE_DATA) && id_attr_is_kind(to->type, a) &&
          !within(to->module, inst, len))
        return 1;
    }
  }
  return 0;
}

/* Whether a and b name objects of one kind (vpc_id and hub_vpc_id). */
static int same_kind(const id_attr *a, const id_attr *b) {
  return a->words[0] && b->words[0] && strcmp(a->words[0], b->words[0]) == 0;
}

/* Whether argument expression expr ({constant_value} or {references}),
 * read in module scope, can carry an object of the plan: it refers to
 * something other than count, each, path, terraform and input variables
 * that are unset or root inputs (constants the plan records), following
 * the variables it does refer to up their calls. */
static int carries(const pg_graph *g, const cfg_module *scope, json_t *expr, unsigned depth) {
  json_t *refs = json_object_get(expr, "references");
  if (!json_array_size(refs)) return 0;
  if (depth > 8) return 1;
  size_t i;
  json_t *v;
  json_array_foreach(refs, i, v) {
    const char *r = json_string_value(v);
    if (!r) continue;
    static const char *const inert[] = {"count.", "each.", "path.", "terraform."};
    int skip = 0;
    for (size_t k = 0; k < sizeof inert / sizeof *inert; k++)
      skip |= strncmp(r, inert[k], strlen(inert[k])) == 0;
    if (skip) continue;
    if (strncmp(r, "var.", 4) != 0) return 1;
    char name[256];
    size_t len = strcspn(r + 4, ".[");
    if (len >= sizeof name) return 1;
    memcpy(name, r + 4, len);
    name[len] = '\0';
    modvar mv;
    modvar_lookup(g, scope, name, &mv);
    if (mv.kind == MODVAR_ARGUMENT && carries(g, mv.scope, mv.expr, depth + 1)) return 1;
  }
  return 0;
}

static size_t config_depth(const cfg_module *cm) {
  size_t d = 0;
  for (; cm && cm->parent; cm = cm->parent) d++;
  return d;
}

/* The configuration module of instance inst (len bytes), read through the
 * first node, from first, that sits in inst or one of its children: a
 * module that only calls others (terraform-aws-rds's own, whose resources
 * are all in its submodules) has no node of its own. A child's module is
 * climbed to inst's depth. NULL when no node is there, or out of memory. */
static const cfg_module *instance_config(const modunique *m, size_t first, const char *inst,
                                         size_t len) {
  const node *n = NULL;
  for (size_t i = first; i < m->n && !n; i++) {
    const node *c = &m->g->nodes[m->by_module[i].id];
    if (strncmp(c->module, inst, len) != 0) break;
    if (within(c->module, inst, len)) n = c;
  }
  const cfg_module *cm = n ? n->cfg : NULL;
  while (cm && cm->parent) {
    size_t prefix = addr_instance_prefix(n->module, config_depth(cm));
    if (prefix == SIZE_MAX) return NULL;
    if (prefix <= len) break;
    cm = cm->parent;
  }
  return cm;
}

/* Whether the call of module instance inst passes in an argument whose
 * name says it holds an object of a's kind (vpc_id, hub_vpc_id) and whose
 * expression can carry one (not a literal name): a local may read that as
 * well. A reference to it through another local is no edge, so
 * takes_from_outside cannot see it. With no node in inst or its children
 * to read it through, the call counts as passing one. */
static int call_passes_kind(const modunique *m, size_t first, const char *inst, const id_attr *a) {
  if (!*inst) return 0; /* the root module has no call */
  const cfg_module *cm = instance_config(m, first, inst, strlen(inst));
  if (!cm || !cm->parent) return 1;
  json_t *args = json_object_get(cm->call, "expressions");
  const char *name;
  json_t *v;
  json_object_foreach(args, name, v) {
    const id_attr *k = id_attr_kind_of(NULL, name);
    if (k && same_kind(k, a) && carries(m->g, cm->parent, v, 0)) return 1;
  }
  return 0;
}

static uint64_t answer_hash(const char *inst, const id_attr *a) {
  return hash_word(hash_word(HASH_FNV_OFFSET, (uint64_t)(uintptr_t)inst), (uint64_t)(uintptr_t)a);
}

static int answer_eq(const void *ctx, int32_t id, const void *probe) {
  const answer *have = &((const modunique *)ctx)->answers[id], *want = probe;
  return have->inst == want->inst && have->a == want->a;
}

/* The answer for (inst, a), or NULL. */
static const answer *answer_find(const modunique *m, const char *inst, const id_attr *a) {
  answer probe = {inst, a, -1};
  int32_t id = idset_find(&m->answer_ids, answer_hash(inst, a), &probe, answer_eq, m);
  return id >= 0 ? &m->answers[id] : NULL;
}

/* Keeps an answer not kept yet; out of memory, it is only not kept (it is
 * worked out again when asked again). */
static void answer_put(modunique *m, const char *inst, const id_attr *a, pg_node_id found) {
  if (m->n_answers >= INT32_MAX ||
      VEC_PUSH(m->answers, m->n_answers, m->cap_answers, ((answer){inst, a, found})) < 0)
    return;
  if (idset_add(&m->answer_ids, answer_hash(inst, a), (int32_t)(m->n_answers - 1)) < 0)
    m->n_answers--;
}

/* Whether the plan holds a present resource or data source of a's kind
 * anywhere (worked out once a kind). */
static int kind_in_plan(modunique *m, const id_attr *a) {
  const answer *e = answer_find(m, NULL, a);
  if (e) return e->found;
  int any = 0;
  for (size_t i = 0; i < m->n && !any; i++) {
    const node *n = &m->g->nodes[m->by_module[i].id];
    any = pg_action_present(n->action) && id_attr_is_kind(n->type, a);
  }
  answer_put(m, NULL, a, any);
  return any;
}

static int by_id(const void *x, const void *y) {
  pg_node_id a = *(const pg_node_id *)x, b = *(const pg_node_id *)y;
  return a < b ? -1 : a > b;
}

/* find_uncached leaves out the n_skip nodes of skip (sorted by id). */
static pg_node_id find_uncached(modunique *m, const char *inst, const id_attr *a,
                                const pg_node_id *skip, size_t n_skip) {
  const pg_graph *g = m->g;
  size_t len = strlen(inst), first = lower_bound(m, inst);
  pg_node_id found = -1;
  for (size_t i = first; i < m->n; i++) {
    const node *n = &g->nodes[m->by_module[i].id];
    if (strncmp(n->module, inst, len) != 0) break;
    if (!within(n->module, inst, len) || !pg_action_present(n->action) || !id_attr_is_kind(n->type, a))
      continue;
    if (n_skip && bsearch(&m->by_module[i].id, skip, n_skip, sizeof *skip, by_id)) continue;
    if (found >= 0) return MODUNIQUE_OPEN;
    found = m->by_module[i].id;
  }
  if (found < 0) return kind_in_plan(m, a) ? MODUNIQUE_OPEN : MODUNIQUE_NONE;
  if (call_passes_kind(m, first, inst, a) || takes_from_outside(m, first, inst, len, a))
    return MODUNIQUE_OPEN;
  return found;
}

pg_node_id modunique_find(modunique *m, const char *inst, const id_attr *a) {
  const answer *e = answer_find(m, inst, a);
  if (e) return e->found;
  pg_node_id found = find_uncached(m, inst, a, NULL, 0);
  answer_put(m, inst, a, found);
  return found;
}

pg_node_id modunique_find_except(modunique *m, const char *inst, const id_attr *a,
                                 const pg_node_id *skip, size_t n_skip) {
  return find_uncached(m, inst, a, skip, n_skip);
}
