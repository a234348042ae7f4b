/* terraform graph: reads the DOT that `terraform graph` prints (the
 * resource-only form of terraform >= 1.7, and the older form with
 * "[root] ... (expand)" node names) and adds its resource-to-resource edges,
 * which see through local values, as depends_on edges labelled "tf-graph"
 * wherever the plan gave no edge between the two instances. */
#include "graph/graph_impl.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan/address.h"

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

/* Turns a DOT node name into a config address, or returns 0 when the node
 * is not a resource (providers, variables, locals, outputs, meta nodes). */
static int normalise(char *name) {
  if (strncmp(name, "[root] ", 7) == 0) memmove(name, name + 7, strlen(name + 7) + 1);
  char *paren = strstr(name, " (");
  if (paren) *paren = '\0';
  addr_steps st;
  if (addr_parse(name, strlen(name), &st) < 0) return 0;
  size_t i = 0;
  while (i + 1 < st.count && step_is(&st.steps[i], "module")) i += 2;
  int ok = 0;
  if (i < st.count) {
    const addr_step *s = &st.steps[i];
    if (step_is(s, "data")) ok = st.count == i + 3;
    else if (!step_is(s, "var") && !step_is(s, "local") && !step_is(s, "output") &&
             !step_is(s, "provider") && !step_is(s, "module") && !step_is(s, "root"))
      ok = st.count == i + 2;
  }
  for (size_t j = 0; j < st.count; j++)
    if (st.steps[j].kind != STEP_NAME) ok = 0;
  addr_steps_free(&st);
  return ok;
}

static size_t common_depth(const char *a, const char *b) {
  size_t d = 0;
  const char *pa = a, *pb = b;
  while (strncmp(pa, "module.", 7) == 0 && strncmp(pb, "module.", 7) == 0) {
    const char *ea = strchr(pa + 7, '.'), *eb = strchr(pb + 7, '.');
    if (!ea || !eb || ea - pa != eb - pb || strncmp(pa, pb, (size_t)(ea - pa)) != 0)
      break;
    d++;
    pa = ea + 1;
    pb = eb + 1;
  }
  return d;
}

/* The first `depth` module instances of an instance address. */
static size_t instance_prefix(const char *inst, size_t depth) {
  if (!depth) return 0;
  addr_steps st;
  if (addr_parse(inst, strlen(inst), &st) < 0) return 0;
  size_t seen = 0, end = 0;
  for (size_t i = 0; i + 1 < st.count && seen < depth; i++) {
    if (!step_is(&st.steps[i], "module") || st.steps[i + 1].kind != STEP_NAME) continue;
    seen++;
    end = st.steps[i + 1].end;
    if (i + 2 < st.count && st.steps[i + 2].kind != STEP_NAME) end = st.steps[i + 2].end;
  }
  addr_steps_free(&st);
  return end;
}

static int link_config(build *b, reach *have, const char *from, const char *to) {
  pg_graph *g = b->g;
  size_t depth = common_depth(from, to);
  const char *label = g_intern_cstr(g, "tf-graph");
  if (!label) return PG_ERR_NOMEM;
  for (pg_node_id s = pg_graph_first_of_config(g, from); s >= 0; s = g->nodes[s].next_config) {
    const char *smod = g->nodes[s].module;
    size_t sp = instance_prefix(smod, depth);
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
      size_t tp = instance_prefix(tmod, depth);
      if (sp != tp || strncmp(smod, tmod, sp) != 0) continue;
      int rc = g_add_edge(g, s, t, PG_EDGE_DEPENDS_ON, label);
      if (rc < 0) return PG_ERR_NOMEM;
      if (rc > 0) g->tf_graph_added++;
    }
  }
  return PG_OK;
}

/* Reads the next quoted DOT id starting at or after *p; unescapes \". */
static int next_quoted(const char **p, char *out, size_t cap) {
  const char *q = strchr(*p, '"');
  if (!q) return 0;
  q++;
  size_t o = 0;
  while (*q && *q != '"') {
    if (*q == '\\' && q[1]) q++;
    if (o + 1 < cap) out[o++] = *q;
    q++;
  }
  if (*q != '"') return 0;
  out[o] = '\0';
  *p = q + 1;
  return 1;
}

int tfgraph_apply(build *b, const char *path) {
  pg_graph *g = b->g;
  FILE *f = fopen(path, "r");
  if (!f) {
    pg_diags_add(b->diags, PG_SEV_ERROR, path, 0, 0, NULL, "cannot open: %s",
                 strerror(errno));
    return PG_ERR_IO;
  }
  /* Reachability is taken over the plan's own edges: edges added here do
   * not hide one another. */
  reach have;
  int rc = reach_init(&have, g) == 0 ? PG_OK : PG_ERR_NOMEM;
  char line[8192], from[4096], to[4096];
  unsigned lineno = 0, edges = 0;
  while (rc == PG_OK && fgets(line, sizeof line, f)) {
    lineno++;
    const char *arrow = strstr(line, "->");
    if (!arrow) continue;
    const char *p = line;
    if (!next_quoted(&p, from, sizeof from) || p > arrow) continue;
    p = arrow + 2;
    if (!next_quoted(&p, to, sizeof to)) continue;
    edges++;
    if (!normalise(from) || !normalise(to)) continue;
    rc = link_config(b, &have, from, to);
  }
  int bad = !feof(f) && rc == PG_OK;
  fclose(f);
  reach_free(&have);
  if (bad) {
    pg_diags_add(b->diags, PG_SEV_ERROR, path, lineno, 0, NULL, "read error");
    return PG_ERR_IO;
  }
  if (rc == PG_OK && edges == 0)
    pg_diags_add(b->diags, PG_SEV_WARNING, path, 0, 0, NULL,
                 "no edges found: is this the output of `terraform graph`?");
  return rc;
}
