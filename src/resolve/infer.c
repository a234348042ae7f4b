/* Regions from evidence: decides the regions that the configuration left
 * unknown (a provider region set from a local, or from the environment),
 * from facts the plan records, never from a guess.
 *
 * Nodes that must share one region are joined into groups: a resource with
 * the provider configuration it is made by (unless it sets its own region),
 * provider configurations that set neither region nor profile (they all take
 * the one region of the environment), and two resources tied by a reference
 * that only works within a region (a subnet's vpc_id, a listener's
 * load_balancer_arn). A group's facts are the regions its members' values
 * show (evidence.c) and the regions its members' configuration gives. When
 * every fact names the same region, each member whose region was unknown
 * takes it, with the fact that decided it as the reason; when facts
 * disagree, they stay unknown with both facts in the reason. A region the
 * configuration gives is never changed, unless it was read from the
 * sources' text and data its provider configuration read while planning
 * contradicts it (settle_providers): the sources were edited since the
 * plan, or the text misread. */
#include "resolve/idattrs.h"
#include "resolve/regions.h"
#include "resolve/secrets.h"
#include "base/vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Global services whose resources associate with any region's objects. */
static const char *const untied_type_prefixes[] = {
    "aws_route53", "aws_cloudfront", "aws_globalaccelerator", "aws_iam", NULL};

typedef struct group {
  region_fact first;    /* the first fact met; region NULL when none */
  region_fact clash;    /* the first fact that disagrees with it */
  const char *tie;      /* a same-region reference label inside, or NULL */
  int open;             /* a member's region is unknown */
} group;

/* A tie that reaches a configuration of unknown region straight from a
 * node of known region: the nearest fact, which the reason names. */
typedef struct tie_hint {
  pg_node_id known;     /* the end whose region is known, or -1 */
  pg_node_id near;      /* the other end */
  const char *label;    /* the reference's label */
} tie_hint;

/* Two configurations the plan puts a copy and its source on
 * (find_apart()). */
typedef struct apart_pair {
  pg_node_id a, b;      /* owners, a < b */
} apart_pair;

typedef struct infer {
  pg_graph *g;
  int32_t *up;          /* union-find parent, by node id */
  group *grp;           /* by node id; meaningful at roots */
  tie_hint *hint;       /* by owner node id (see owner()) */
  apart_pair *apart;    /* sorted, for bsearch (duplicates harmless) */
  size_t n_apart, cap_apart;
  unsigned char *apart_all; /* by owner node id: apart from every other */
} infer;

static int placed_kind(pg_node_kind k) {
  return k == PG_NODE_RESOURCE || k == PG_NODE_DATA || k == PG_NODE_PROVIDER;
}

/* Open: a region that evidence may decide. A node of a provider with no
 * regions (regions.c) has none to decide. */
static int unknown(const pg_graph *g, const node *n) {
  return n->region == g->str_unknown && !n->regionless;
}

static int own_region_arg(const node *n) {
  return region_argument_expr(n) != NULL;
}

/* The configuration a node's region follows: its provider, or itself. */
static pg_node_id owner(const pg_graph *g, pg_node_id v) {
  const node *n = &g->nodes[v];
  return n->kind != PG_NODE_PROVIDER && n->provider >= 0 && !own_region_arg(n) ? n->provider
                                                                             : v;
}

/* ---- groups -------------------------------------------------------------- */

static int32_t root(infer *in, int32_t v) {
  while (in->up[v] != v) {
    in->up[v] = in->up[in->up[v]];
    v = in->up[v];
  }
  return v;
}

/* The lower id stays the root, so groups do not depend on edge order. */
static void join(infer *in, int32_t a, int32_t b) {
  a = root(in, a);
  b = root(in, b);
  if (a == b) return;
  if (b < a) {
    int32_t t = a;
    a = b;
    b = t;
  }
  in->up[b] = a;
  if (!in->grp[a].tie) in->grp[a].tie = in->grp[b].tie;
}

/* A configuration that sets neither region (or sets it to null) nor
 * profile, or none at all: its region comes from the environment, the
 * same for all of them. A
 * module's provider entry with no arguments is a proxy for what the caller
 * passes, not an empty configuration. */
static int from_environment(const pg_graph *g, const node *p) {
  json_t *pc = json_object_get(json_object_get(g->configuration, "provider_config"),
                               p->config_address);
  if (!pc) return 1;
  json_t *ex = json_object_get(pc, "expressions");
  if (!ex) return !json_object_get(pc, "module_address");
  return (!json_object_get(ex, "region") || p->region_from_env) && !json_object_get(ex, "profile");
}

/* Each provider taking its region from the environment joins the first
 * such provider of its type (types are interned, and few: a short list). */
static int join_environment(infer *in) {
  pg_graph *g = in->g;
  int32_t *first = NULL;
  size_t n_first = 0, cap_first = 0;
  for (size_t i = 0; i < g->n_nodes; i++) {
    const node *p = &g->nodes[i];
    if (p->kind != PG_NODE_PROVIDER || !from_environment(g, p)) continue;
    size_t k = 0;
    while (k < n_first && g->nodes[first[k]].type != p->type) k++;
    if (k < n_first) {
      join(in, (int32_t)i, first[k]);
    } else if (VEC_PUSH(first, n_first, cap_first, (int32_t)i) < 0) {
      free(first);
      return PG_ERR_NOMEM;
    }
  }
  free(first);
  return PG_OK;
}


static int untied_type(const node *n) {
  for (size_t i = 0; untied_type_prefixes[i]; i++)
    if (strncmp(n->type, untied_type_prefixes[i], strlen(untied_type_prefixes[i])) == 0)
      return 1;
  return 0;
}

/* ---- configurations apart ------------------------------------------------ */

static apart_pair pair_of(const pg_graph *g, pg_node_id x, pg_node_id y) {
  pg_node_id a = owner(g, x), b = owner(g, y);
  return a < b ? (apart_pair){a, b} : (apart_pair){b, a};
}

static int pair_cmp(const void *x, const void *y) {
  const apart_pair *p = x, *q = y;
  if (p->a != q->a) return p->a < q->a ? -1 : 1;
  return p->b < q->b ? -1 : p->b > q->b;
}

/* Whether p (of two owners) is apart: listed, or one of its
 * configurations is apart from every other. */
static int is_apart(const infer *in, apart_pair p) {
  if (p.a == p.b) return 0;
  if (in->apart_all[p.a] || in->apart_all[p.b]) return 1;
  return in->n_apart && bsearch(&p, in->apart, in->n_apart, sizeof *in->apart, pair_cmp);
}

/* The pairs of configurations that a copy and its source are made on (a
 * DR read replica on `aws.dr`, its primary on the default provider; an
 * Aurora global database's secondary and the global cluster): a second
 * configuration is there to put the copy in a second region, so no other
 * reference between the two (the replica naming the primary's security
 * group, which may be the very defect) says they are one. A copy whose
 * source the plan cannot name (`replicate_source_db = local.primary_arn`:
 * an open reference) sets its configuration apart from every other. */
static int find_apart(infer *in) {
  pg_graph *g = in->g;
  for (size_t i = 0; i < g->n_edges; i++) {
    const edge *e = &g->edges[i];
    const node *a = &g->nodes[e->from];
    if (e->kind != PG_EDGE_REFERENCE || !placed_kind(a->kind) || a->kind == PG_NODE_PROVIDER ||
        !placed_kind(g->nodes[e->to].kind) || !id_attr_apart(a->type, e->label))
      continue;
    apart_pair p = pair_of(g, e->from, e->to);
    if (p.a != p.b && VEC_PUSH(in->apart, in->n_apart, in->cap_apart, p) < 0)
      return PG_ERR_NOMEM;
  }
  if (in->n_apart) qsort(in->apart, in->n_apart, sizeof *in->apart, pair_cmp);
  for (size_t i = 0; i < g->n_open; i++) {
    const node *a = &g->nodes[g->open[i].node];
    if (placed_kind(a->kind) && a->kind != PG_NODE_PROVIDER && a->type &&
        id_attr_apart(a->type, g->open[i].label))
      in->apart_all[owner(g, g->open[i].node)] = 1;
  }
  return PG_OK;
}

/* Both ends are resources of the same provider kind (a random_pet that
 * names a bucket is in no region), not of two configurations apart. */
static int tied(const infer *in, const edge *e) {
  const pg_graph *g = in->g;
  /* An edge to one of several objects (ambiguous) ties to none of them. */
  if ((e->kind != PG_EDGE_REFERENCE && e->kind != PG_EDGE_VALUE) || e->ambiguous) return 0;
  const node *a = &g->nodes[e->from], *b = &g->nodes[e->to];
  if (a->kind == PG_NODE_PROVIDER || !placed_kind(a->kind) || !placed_kind(b->kind) ||
      b->kind == PG_NODE_PROVIDER)
    return 0;
  if (a->provider < 0 || b->provider < 0 || untied_type(a) || untied_type(b) ||
      a->regionless || b->regionless)
    return 0;
  if (g->nodes[a->provider].type != g->nodes[b->provider].type) return 0;
  if (!id_attr_ties(a->type, e->label)) return 0;
  return !is_apart(in, pair_of(g, e->from, e->to));
}

static void note_hint(infer *in, const edge *e, pg_node_id near, pg_node_id known) {
  pg_graph *g = in->g;
  pg_node_id o = owner(g, near);
  if (unknown(g, &g->nodes[known]) || !unknown(g, &g->nodes[o]) || in->hint[o].label) return;
  in->hint[o] = (tie_hint){known, near, e->label};
}

static int join_all(infer *in) {
  pg_graph *g = in->g;
  for (size_t i = 0; i < g->n_nodes; i++) {
    const node *n = &g->nodes[i];
    if (n->kind != PG_NODE_PROVIDER && n->provider >= 0 && !own_region_arg(n))
      join(in, (int32_t)i, n->provider);
  }
  if (join_environment(in) != PG_OK || find_apart(in) != PG_OK) return PG_ERR_NOMEM;
  for (size_t i = 0; i < g->n_edges; i++) {
    const edge *e = &g->edges[i];
    if (!tied(in, e)) continue;
    int32_t a = root(in, e->from);
    if (!in->grp[a].tie) in->grp[a].tie = e->label;
    join(in, e->from, e->to);
    note_hint(in, e, e->from, e->to);
    note_hint(in, e, e->to, e->from);
  }
  return PG_OK;
}

/* ---- facts --------------------------------------------------------------- */

/* A shown fact outranks assumed ones (regions.h): a subnet's zone says
 * where its provider is, and an alarm action of another region there is
 * the alarm's defect, not a doubt about the region. */
static int add_fact(void *ctx, const region_fact *f) {
  group *gr = ctx;
  if (!gr->first.region || (gr->first.assumed && !f->assumed)) {
    gr->first = *f;
    gr->clash = (region_fact){0};
  } else if (f->assumed && !gr->first.assumed) {
    return PG_OK;
  } else if (gr->first.region != f->region && !gr->clash.region) {
    gr->clash = *f;
  }
  return PG_OK;
}

/* A fact one node shows about another's region: to that node's group
 * (gather_facts asks only about nodes whose group is open). */
static int add_fact_about(void *ctx, const region_fact *f) {
  infer *in = ctx;
  return add_fact(&in->grp[root(in, (int32_t)f->about)], f);
}

static int gather_facts(infer *in) {
  pg_graph *g = in->g;
  int any_open = 0;
  for (size_t i = 0; i < g->n_nodes; i++)
    if (placed_kind(g->nodes[i].kind) && unknown(g, &g->nodes[i])) {
      in->grp[root(in, (int32_t)i)].open = 1;
      any_open = 1;
    }
  for (size_t i = 0; i < g->n_nodes; i++) {
    const node *n = &g->nodes[i];
    if (!placed_kind(n->kind) || n->regionless) continue;
    group *gr = &in->grp[root(in, (int32_t)i)];
    if (!gr->open) continue;
    if (!unknown(g, n)) {
      region_fact f = {n->region, (pg_node_id)i, NULL, (pg_node_id)i, NULL};
      add_fact(gr, &f);
    } else if (n->kind != PG_NODE_PROVIDER && !n->region_secret) {
      int rc = evidence_scan(g, (pg_node_id)i, add_fact, gr);
      if (rc != PG_OK) return rc;
    }
  }
  /* What nodes say of the region of others, where that region is open:
   * nothing to read in a plan whose regions are all known. */
  for (size_t i = 0; any_open && i < g->n_edges; i++) {
    if (!in->grp[root(in, (int32_t)g->edges[i].to)].open) continue;
    int rc = evidence_scan_edge(g, (pg_edge_id)i, add_fact_about, in);
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

/* ---- decisions ----------------------------------------------------------- */

static void say_fact(const pg_graph *g, const region_fact *f, char *buf, size_t cap) {
  const node *n = &g->nodes[f->node];
  if (f->what)
    snprintf(buf, cap, "%s from %s %s", f->region, n->address, f->what);
  else
    snprintf(buf, cap, "%s as %s, whose configuration places it there", f->region,
             n->address);
}

/* How the fact reaches node v when it is about another configuration: a
 * tie straight to a node of known region is named as the deciding fact.
 * Returns the label of the same-region reference it came over, or NULL. */
static const char *say_via(infer *in, pg_node_id v, const group *gr, region_fact *f, char *buf,
                           size_t cap) {
  pg_graph *g = in->g;
  pg_node_id a = owner(g, v), b = owner(g, gr->first.about);
  const node *pa = &g->nodes[a], *pb = &g->nodes[b];
  const tie_hint *h = &in->hint[a];
  buf[0] = '\0';
  if (a == b) return NULL;
  if (h->label) {
    *f = (region_fact){gr->first.region, h->known, NULL, h->known, NULL};
    snprintf(buf, cap, ", tied to it by the %s reference between it and %s", h->label,
             g->nodes[h->near].address);
    return h->label;
  }
  if (pa->kind == PG_NODE_PROVIDER && pb->kind == PG_NODE_PROVIDER &&
      from_environment(g, pa) && from_environment(g, pb)) {
    snprintf(buf, cap, " (provider configurations that set neither region nor "
                       "profile share the environment's region)");
    return NULL;
  }
  if (gr->tie) snprintf(buf, cap, " (tied to it by same-region references such as %s)", gr->tie);
  return gr->tie;
}

static int decide(infer *in, pg_node_id v, const group *gr) {
  pg_graph *g = in->g;
  node *n = &g->nodes[v];
  char how[1536], one[640], two[640], through[600];
  const char *old = n->region_source ? n->region_source : "";
  if (gr->clash.region) {
    say_fact(g, &gr->first, one, sizeof one);
    say_fact(g, &gr->clash, two, sizeof two);
    snprintf(how, sizeof how, "the evidence disagrees: %s, but %s; %s", one, two, old);
    n->region_source = g_intern_cstr(g, how);
    return n->region_source ? PG_OK : PG_ERR_NOMEM;
  }
  region_fact f = gr->first;
  n->region_tie = say_via(in, v, gr, &f, through, sizeof through);
  /* A region taken from what the configuration asks of it (an alarm's
   * action) is assumed right, as one taken over a same-region reference
   * is: the queries that judge that attribute cannot judge it by it. */
  if (!n->region_tie && gr->first.assumed) n->region_tie = gr->first.assumed;
  say_fact(g, &f, one, sizeof one);
  snprintf(how, sizeof how, "region %s%s; %s", one, through, old);
  n->region = gr->first.region;
  n->region_source = g_intern_cstr(g, how);
  if (!n->region_source) return PG_ERR_NOMEM;
  /* A resource that follows its provider says so through the provider's
   * region edge, as regions.c draws them. */
  if (n->kind != PG_NODE_PROVIDER && owner(g, v) != v) return PG_OK;
  pg_node_id rn = region_node(g, gr->first.region);
  return rn >= 0 && g_add_edge(g, v, rn, PG_EDGE_REGION, NULL) >= 0 ? PG_OK : PG_ERR_NOMEM;
}

/* Providers first, so that their resources can take their reason as it is. */
static int decide_all(infer *in) {
  pg_graph *g = in->g;
  size_t count = g->n_nodes;
  for (int pass = 0; pass < 2; pass++) {
    for (size_t i = 0; i < count; i++) {
      node *n = &g->nodes[i];
      /* A region from a sensitive value stays unknown: inferring it would
       * print the secret. */
      if (!placed_kind(n->kind) || (n->kind == PG_NODE_PROVIDER) != (pass == 0) ||
          !unknown(g, n) || n->region_secret)
        continue;
      group *gr = &in->grp[root(in, (int32_t)i)];
      if (!gr->first.region) continue;
      pg_node_id o = owner(g, (pg_node_id)i);
      if (pass == 1 && o != (pg_node_id)i && !unknown(g, &g->nodes[o])) {
        n->region = g->nodes[o].region;
        n->region_source = g->nodes[o].region_source;
        n->region_tie = g->nodes[o].region_tie;
        continue;
      }
      int rc = decide(in, (pg_node_id)i, gr);
      if (rc != PG_OK) return rc;
    }
  }
  return PG_OK;
}

/* ---- data read while planning ------------------------------------------ */

/* The first fact a data source shows about its own region that is not
 * want: data is read while planning, by the provider configuration it
 * names, so that fact is the configuration's region. */
typedef struct contrary {
  pg_node_id data;
  const char *want;
  region_fact f;
  int found;
} contrary;

static int contrary_fact(void *ctx, const region_fact *f) {
  contrary *c = ctx;
  if (!c->found && f->about == c->data && f->region != c->want) {
    c->f = *f;
    c->found = 1;
  }
  return PG_OK;
}

/* Provider pid's region, which data read with it contradicts (fact f),
 * was misread on the way from the configuration (a default the variable's
 * type adds, which plan JSON does not record; sources edited since the
 * plan): it and what follows it are unknown again, for the evidence to
 * decide, and the reason says so. */
static int unsettle(pg_graph *g, pg_node_id pid, const region_fact *f) {
  node *p = &g->nodes[pid];
  char how[1536], fact[640];
  say_fact(g, f, fact, sizeof fact);
  snprintf(how, sizeof how, "not %s, which %s read while planning contradicts (%s); %s",
           p->region, g->nodes[f->node].address, fact, p->region_source ? p->region_source : "");
  const char *old = p->region, *why = g_intern_cstr(g, how);
  if (!why) return PG_ERR_NOMEM;
  p->region = g->str_unknown;
  p->region_source = why;
  for (size_t i = 0; i < g->n_nodes; i++) {
    node *n = &g->nodes[i];
    if ((pg_node_id)i == pid || !placed_kind(n->kind) || owner(g, (pg_node_id)i) != pid ||
        n->region != old)
      continue;
    n->region = g->str_unknown;
    n->region_source = why;
    n->region_tie = NULL;
  }
  return PG_OK;
}

/* A provider configuration's region read from the sources' text against
 * the data read with it, then the region edge of each such configuration
 * whose region stands. */
static int settle_providers(pg_graph *g) {
  for (size_t i = 0; i < g->n_nodes; i++) {
    const node *d = &g->nodes[i];
    if (d->kind != PG_NODE_DATA || d->regionless || d->provider < 0 ||
        owner(g, (pg_node_id)i) == (pg_node_id)i)
      continue;
    const node *p = &g->nodes[d->provider];
    if (unknown(g, p) || p->region_secret || p->regionless || !p->region_written) continue;
    contrary c = {(pg_node_id)i, p->region, {0}, 0};
    int rc = evidence_scan(g, (pg_node_id)i, contrary_fact, &c);
    if (rc == PG_OK && c.found) rc = unsettle(g, d->provider, &c.f);
    if (rc != PG_OK) return rc;
  }
  size_t count = g->n_nodes;  /* region_node may add nodes */
  for (size_t i = 0; i < count; i++) {
    const node *p = &g->nodes[i];
    if (p->kind != PG_NODE_PROVIDER || !p->region_written || unknown(g, p) || p->regionless ||
        p->region_secret)
      continue;
    pg_node_id rn = region_node(g, p->region);
    if (rn < 0 || g_add_edge(g, (pg_node_id)i, rn, PG_EDGE_REGION, NULL) < 0) return PG_ERR_NOMEM;
  }
  return PG_OK;
}

/* The last line of defence, once the secrets are known: a region or a
 * reason that holds one (a value the marks did not lead to) is replaced by
 * an unknown region from a sensitive value. */
static int mask_secret_regions(pg_graph *g) {
  for (size_t i = 0; i < g->n_nodes; i++) {
    node *n = &g->nodes[i];
    if (!placed_kind(n->kind)) continue;
    int in_region = g_holds_secret(g, n->region, strlen(n->region));
    int in_how = n->region_source && g_holds_secret(g, n->region_source,
                                                    strlen(n->region_source));
    if (!in_region && !in_how) continue;
    n->region = g->str_unknown;
    n->region_secret = 1;
    n->region_source = g_intern_cstr(g, "the region comes from a sensitive value");
    if (!n->region_source) return PG_ERR_NOMEM;
  }
  return PG_OK;
}

int regions_infer(build *b) {
  pg_graph *g = b->g;
  int any = 0;
  if (mask_secret_regions(g) != PG_OK) return PG_ERR_NOMEM;
  int rc0 = settle_providers(g);
  if (rc0 != PG_OK) return rc0;
  for (size_t i = 0; i < g->n_nodes && !any; i++)
    any = placed_kind(g->nodes[i].kind) && unknown(g, &g->nodes[i]);
  if (!any) return PG_OK;
  infer in = {.g = g, .up = malloc(g->n_nodes * sizeof *in.up),
              .grp = calloc(g->n_nodes, sizeof *in.grp),
              .hint = calloc(g->n_nodes, sizeof *in.hint),
              .apart_all = calloc(g->n_nodes, 1)};
  int rc = in.up && in.grp && in.hint && in.apart_all ? PG_OK : PG_ERR_NOMEM;
  for (size_t i = 0; rc == PG_OK && i < g->n_nodes; i++) in.up[i] = (int32_t)i;
  if (rc == PG_OK) {
    rc = join_all(&in);
    if (rc == PG_OK) rc = gather_facts(&in);
  }
  if (rc == PG_OK) rc = decide_all(&in);
  free(in.up);
  free(in.grp);
  free(in.hint);
  free(in.apart);
  free(in.apart_all);
  return rc;
}
