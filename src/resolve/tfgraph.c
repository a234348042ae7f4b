/* terraform graph: applies the DOT that `terraform graph` prints (read by
 * tfdot.c). Its resource-to-resource edges, which see through local
 * values, become depends_on edges labelled "tf-graph" wherever the plan
 * gave no path between the two instances (in the `-type=plan` form, so do
 * the paths from a resource through value nodes to another); the local
 * values of that form resolve the plan's references to locals
 * (locals.c). */
#include "graph/graph_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan/address.h"
#include "resolve/locals.h"
#include "resolve/srcdot.h"
#include "resolve/tfdot.h"

/* Dependency reachability over the edges built so far (reference, value,
 * depends_on and module edges; provider and region edges lead to no
 * resource). terraform graph prints a transitive reduction, so an edge it
 * prints is "in the graph" when a path exists, not only a direct edge. */
typedef struct reach {
  const pg_graph *g;
  size_t *start;         /* out-edge CSR of the graph so far */
  pg_edge_id *ids;
  uint32_t *seen;        /* visit stamp per node */
  pg_node_id *queue;
  uint32_t stamp;
  pg_node_id source;     /* node whose reachable set is stamped, or -1 */
} reach;

static int reach_init(reach *r, const pg_graph *g) {
  size_t n = g->n_nodes;
  memset(r, 0, sizeof *r);
  r->g = g;
  r->source = -1;
  r->seen = calloc(n ? n : 1, sizeof *r->seen);
  r->queue = malloc((n ? n : 1) * sizeof *r->queue);
  if (!r->seen || !r->queue) return -1;
  return g_csr(g, 0, &r->start, &r->ids) == PG_OK ? 0 : -1;
}

static void reach_free(reach *r) {
  free(r->start);
  free(r->ids);
  free(r->seen);
  free(r->queue);
}

/* Stamps every node reachable from s (once per source). */
static void reach_from(reach *r, pg_node_id s) {
  if (r->source == s) return;
  r->source = s;
  r->stamp++;
  size_t head = 0, tail = 0;
  r->queue[tail++] = s;
  r->seen[s] = r->stamp;
  while (head < tail) {
    pg_node_id v = r->queue[head++];
    for (size_t i = r->start[v]; i < r->start[v + 1]; i++) {
      pg_node_id w = r->g->edges[r->ids[i]].to;
      if (r->seen[w] == r->stamp) continue;
      r->seen[w] = r->stamp;
      r->queue[tail++] = w;
    }
  }
}

static int link_config(build *b, reach *have, const char *from, const char *to) {
  pg_graph *g = b->g;
  size_t depth = addr_common_module_depth(from, to);
  const char *label = g_intern_cstr(g, "tf-graph");
  if (!label) return PG_ERR_NOMEM;
  for (pg_node_id s = pg_graph_first_of_config(g, from); s >= 0; s = g->nodes[s].next_config) {
    const char *smod = g->nodes[s].module;
    size_t sp = addr_instance_prefix(smod, depth);
    if (sp == SIZE_MAX) return PG_ERR_NOMEM;
    reach_from(have, s);
    /* The plan may already link s to one instance of `to` (more precisely
     * than terraform's config-level edge): then nothing is missing. */
    int linked = 0;
    for (pg_node_id t = pg_graph_first_of_config(g, to); t >= 0 && !linked;
         t = g->nodes[t].next_config)
      linked = have->seen[t] == have->stamp;
    if (linked) continue;
    for (pg_node_id t = pg_graph_first_of_config(g, to); t >= 0; t = g->nodes[t].next_config) {
      const char *tmod = g->nodes[t].module;
      size_t tp = addr_instance_prefix(tmod, depth);
      if (tp == SIZE_MAX) return PG_ERR_NOMEM;
      if (sp != tp || strncmp(smod, tmod, sp) != 0) continue;
      int rc = g_add_edge(g, s, t, PG_EDGE_DEPENDS_ON, label);
      if (rc < 0) return PG_ERR_NOMEM;
      if (rc > 0) g->tf_graph_added++;
    }
  }
  return PG_OK;
}

/* The resources resource node f depends on through value nodes (local
 * values, module inputs and outputs) of the `-type=plan` form, which the
 * default form collapses into resource-to-resource edges: linked as those
 * are, so that both forms give the same dependencies. A reference written
 * in a `dynamic` block leaves nothing in plan JSON, and this is where such
 * a block's resources show (a service's security groups through a local,
 * a distribution's origins through a module input). A module's close node
 * stands for every output of the module, so the walk does not pass it. */
static int link_through_values(build *b, reach *have, const tfdot *dot, int32_t f,
                               uint32_t *seen, uint32_t stamp, int32_t *queue) {
  size_t head = 0, tail = 0;
  for (size_t i = dot->out_start[f]; i < dot->out_start[f + 1]; i++) {
    int32_t w = dot->out_to[i];
    tfdot_kind k = dot->nodes[w].kind;
    if ((k == TFDOT_LOCAL || k == TFDOT_VAR || k == TFDOT_OUTPUT) && seen[w] != stamp) {
      seen[w] = stamp;
      queue[tail++] = w;
    }
  }
  int rc = PG_OK;
  while (head < tail && rc == PG_OK) {
    int32_t v = queue[head++];
    for (size_t i = dot->out_start[v]; i < dot->out_start[v + 1] && rc == PG_OK; i++) {
      int32_t w = dot->out_to[i];
      tfdot_kind k = dot->nodes[w].kind;
      if (seen[w] == stamp || k == TFDOT_MODULE) continue;
      seen[w] = stamp;
      if (k == TFDOT_RESOURCE) rc = link_config(b, have, dot->nodes[f].addr, dot->nodes[w].addr);
      else queue[tail++] = w;
    }
  }
  return rc;
}

static int link_value_paths(build *b, reach *have, const tfdot *dot) {
  if (!dot->values) return PG_OK;
  uint32_t *seen = calloc(dot->n_nodes ? dot->n_nodes : 1, sizeof *seen);
  int32_t *queue = malloc((dot->n_nodes ? dot->n_nodes : 1) * sizeof *queue);
  int rc = seen && queue ? PG_OK : PG_ERR_NOMEM;
  for (size_t f = 0; rc == PG_OK && f < dot->n_nodes; f++)
    if (dot->nodes[f].kind == TFDOT_RESOURCE)
      rc = link_through_values(b, have, dot, (int32_t)f, seen, (uint32_t)f + 1, queue);
  free(seen);
  free(queue);
  return rc;
}

int tfgraph_apply(build *b, const char *path, const input_limits *lim) {
  tfdot dot;
  int rc = tfdot_read(b, path, lim, &dot);
  /* Reachability is taken over the plan's own edges: edges added here do
   * not hide one another. */
  reach have;
  memset(&have, 0, sizeof have);
  if (rc == PG_OK && reach_init(&have, b->g) != 0) rc = PG_ERR_NOMEM;
  for (size_t i = 0; rc == PG_OK && i < dot.n_edges; i++) {
    const tfdot_node *f = &dot.nodes[dot.edges[i].from], *t = &dot.nodes[dot.edges[i].to];
    if (f->kind == TFDOT_RESOURCE && t->kind == TFDOT_RESOURCE)
      rc = link_config(b, &have, f->addr, t->addr);
  }
  if (rc == PG_OK) rc = link_value_paths(b, &have, &dot);
  reach_free(&have);
  /* Locals after the resource edges: they add labelled edges that the
   * reachability above must not count. */
  if (rc == PG_OK && dot.values) b->g->tf_graph_locals = 1;
  /* The sources' text first: terraform's DOT is a transitive reduction,
   * which hides a resource a local reads when another it reads depends on
   * it; what the text does not tell, the DOT may. */
  if (rc == PG_OK) rc = srcdot_resolve(b);
  if (rc == PG_OK) rc = locals_resolve(b, &dot);
  if (rc == PG_OK && dot.arrows == 0)
    pg_diags_add(b->diags, PG_SEV_WARNING, strcmp(path, "-") == 0 ? "<stdin>" : path, 0, 0, NULL,
                 "no edges found: is this the output of `terraform graph`?");
  tfdot_release(&dot);
  return rc;
}
