/* The id attribute table (see idattrs.h). */
#include "resolve/idattrs.h"

#include <string.h>

static const id_attr id_attrs[] = {
    {"vpc_id", {"vpc"}, TIE_TOP, NULL, ONE},
    /* A peering connection's accepter VPC, often of another region. */
    {"peer_vpc_id", {"vpc"}, TIE_APART, NULL, ONE},
    {"subnet_id", {"subnet"}, TIE_TOP | TIE_NESTED, NULL, ONE},
    {"subnet_ids", {"subnet"}, TIE_TOP | TIE_NESTED, NULL, MANY},
    {"subnets", {"subnet"}, TIE_TOP, NULL, MANY},
    {"vpc_zone_identifier", {"subnet"}, 0, NULL, MANY},
    {"security_groups", {"security_group"}, TIE_TOP, NULL, MANY},
    {"security_group_id", {"security_group"}, TIE_TOP, NULL, ONE},
    {"security_group_ids", {"security_group"}, TIE_TOP | TIE_NESTED, NULL, MANY},
    {"vpc_security_group_ids", {"security_group"}, TIE_TOP, NULL, MANY},
    {"db_subnet_group_name", {"db_subnet_group"}, TIE_TOP, NULL, ONE},
    /* ElastiCache, Redshift (cluster_subnet_group_name), DAX, MemoryDB. */
    {"*subnet_group_name", {"subnet_group"}, TIE_TOP, NULL, ONE},
    {"target_group_arn", {"target_group"}, TIE_TOP | TIE_NESTED, NULL, ONE},
    {"target_group_arns", {"target_group"}, 0, NULL, MANY},
    {"load_balancer_arn", {"lb", "alb", "elb"}, TIE_TOP, NULL, ONE},
    {"listener_arn", {"listener"}, TIE_TOP, NULL, ONE},
    {"bucket", {NULL}, TIE_TOP, NULL, MANY},
    {"route_table_id", {"route_table"}, TIE_TOP, NULL, ONE},
    {"cluster_identifier", {NULL}, TIE_TOP, NULL, MANY},
    /* A read replica's source: an instance, or for an Aurora replica a
     * cluster or an instance; often in another region, so no tie. */
    {"replicate_source_db", {"db_instance"}, TIE_APART, NULL, ONE},
    {"replication_source_identifier", {"rds_cluster", "db_instance"}, TIE_APART, NULL, ONE},
    /* A global database's member and the global cluster it joins (Aurora,
     * DocumentDB, Neptune): a secondary's configuration is the DR
     * region's. */
    {"global_cluster_identifier", {"global_cluster"}, TIE_APART, NULL, ONE},
    /* An ElastiCache replication group joining a global datastore, and a
     * multi-region key's replica naming its primary: copies too. */
    {"global_replication_group_id", {"global_replication_group"}, TIE_APART, NULL, ONE},
    {"primary_key_arn", {"kms_key"}, TIE_APART, NULL, ONE},
    {"nat_gateway_id", {"nat_gateway"}, TIE_TOP, NULL, ONE},
    {"network_interface_id", {"network_interface"}, TIE_TOP, NULL, ONE},
    {"allocation_id", {"eip"}, TIE_TOP, NULL, ONE},
    {"*parameter_group_name", {"parameter_group"}, 0, NULL, ONE},
    {"option_group_name", {"option_group"}, 0, NULL, ONE},
    /* An EventBridge rule lives on a bus of its region; a target on its
     * rule (by name: the rule's region is the target's). */
    {"event_bus_name", {"event_bus"}, TIE_TOP, NULL, ONE},
    {"rule", {"event_rule"}, TIE_TOP, "event_target", ONE},
};

int type_has_words(const char *type, const char *w) {
  size_t n = strlen(w);
  for (const char *p = type; (p = strstr(p, w)) != NULL; p++) {
    const char *end = p + n + (p[n] == 's');
    if ((p == type || p[-1] == '_') && (*end == '\0' || *end == '_')) return 1;
  }
  return 0;
}

int id_attr_is_kind(const char *type, const id_attr *a) {
  size_t tn = strlen(type);
  for (size_t i = 0; i < sizeof a->words / sizeof a->words[0] && a->words[i]; i++) {
    size_t wn = strlen(a->words[i]);
    if (tn > wn && type[tn - wn - 1] == '_' && strcmp(type + tn - wn, a->words[i]) == 0) return 1;
  }
  return 0;
}

static const char *leaf_of(const char *label) {
  const char *dot = strrchr(label, '.');
  return dot ? dot + 1 : label;
}

/* Whether leaf (n bytes) is a's name; with prefixed, also a name ending
 * in "_" + it. */
static int names_match(const char *leaf, size_t n, const char *a, int prefixed) {
  if (a[0] == '*') { /* every name ending in the rest */
    size_t m = strlen(a + 1);
    return n >= m && strcmp(leaf + n - m, a + 1) == 0;
  }
  if (strcmp(leaf, a) == 0) return 1;
  size_t m = strlen(a);
  return prefixed && n > m + 1 && leaf[n - m - 1] == '_' && strcmp(leaf + n - m, a) == 0;
}

static const id_attr *lookup(const char *holder_type, const char *label, int prefixed) {
  if (!label) return NULL;
  const char *leaf = leaf_of(label);
  size_t n = strlen(leaf);
  for (size_t i = 0; i < sizeof id_attrs / sizeof *id_attrs; i++) {
    const id_attr *a = &id_attrs[i];
    if (!names_match(leaf, n, a->attr, prefixed)) continue;
    if (a->holder && !(holder_type && type_has_words(holder_type, a->holder))) continue;
    return a;
  }
  return NULL;
}

const id_attr *id_attr_of(const char *holder_type, const char *label) {
  return lookup(holder_type, label, 0);
}

const id_attr *id_attr_kind_of(const char *holder_type, const char *label) {
  return lookup(holder_type, label, 1);
}

int id_attr_ties(const char *holder_type, const char *label) {
  const id_attr *a = id_attr_of(holder_type, label);
  if (!a) return 0;
  return (a->tie & (strchr(label, '.') ? TIE_NESTED : TIE_TOP)) != 0;
}

int id_attr_apart(const char *holder_type, const char *label) {
  const id_attr *a = id_attr_of(holder_type, label);
  return a && (a->tie & TIE_APART) && !strchr(label, '.');
}

int id_attr_spans_regions(const pg_graph *g, pg_node_id from, const char *label, size_t first) {
  const id_attr *a = id_attr_kind_of(g->nodes[from].type, label);
  const char *one = NULL;
  for (size_t e = first; e < g->n_edges; e++) {
    const node *t = &g->nodes[g->edges[e].to];
    if (g->edges[e].from != from || !t->region || t->region == g->str_unknown) continue;
    if (a && a->words[0] && !(t->type && id_attr_is_kind(t->type, a))) continue;
    if (one && t->region != one) return 1;
    one = t->region;
  }
  return 0;
}

void id_attr_mark_regions(pg_graph *g, pg_node_id from, const char *label, size_t first) {
  if (id_attr_spans_regions(g, from, label, first)) g_mark_ambiguous(g, from, first);
}

static int of_attr_kind(const pg_graph *g, pg_node_id to, const void *attr) {
  const char *type = g->nodes[to].type;
  return type && id_attr_is_kind(type, attr);
}

int id_attr_several(const pg_graph *g, pg_node_id from, const char *label, size_t first) {
  const id_attr *a = id_attr_kind_of(g->nodes[from].type, label);
  return g_several_targets(g, from, first, a && a->words[0] ? of_attr_kind : NULL, a);
}

void id_attr_mark_output(pg_graph *g, pg_node_id from, const char *label, size_t first, int part) {
  if ((part && id_attr_several(g, from, label, first)) || id_attr_spans_regions(g, from, label, first))
    g_mark_ambiguous(g, from, first);
}
