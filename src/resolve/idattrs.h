/* Attributes that hold the id of another AWS object (vpc_id, subnet_ids,
 * load_balancer_arn...): one table for what kind of object each names
 * (plausible.c keeps a reference only to what can give that id) and for
 * whether AWS resolves it in the caller's region (infer.c ties the two
 * ends' regions). */
#ifndef PG_IDATTRS_H
#define PG_IDATTRS_H

/* Where an attribute ties regions: at the top of a resource, and nested
 * in a block (vpc_config.subnet_ids). A nested `bucket` or `vpc_id` may be
 * a replica's destination or a zone's association: no tie there.
 * TIE_APART: the attribute joins a copy to its source (a read replica's
 * replicate_source_db), which two provider configurations make only to
 * put them in two regions. */
enum { TIE_TOP = 1, TIE_NESTED = 2, TIE_APART = 4 };

/* Whether the attribute names one object of the kind its words say
 * (vpc_id), or MANY: a list of them (subnet_ids), or a name any kind may
 * give (bucket). */
#include "graph/graph_impl.h"

enum { ONE = 1, MANY = 0 };

typedef struct id_attr {
  const char *attr;      /* the name; "*x" for every name ending in x */
  /* The type words of what it names (a type names it when its words,
   * split at '_', hold these in a row, the last maybe plural); none: any
   * kind may give it (a bucket name, a cluster identifier). */
  const char *words[3];
  unsigned tie;          /* TIE_TOP | TIE_NESTED */
  /* The type words its holder must have, for a name too common to be an
   * id elsewhere (an event target's `rule`); NULL: any holder. */
  const char *holder;
  unsigned one;          /* ONE or MANY */
} id_attr;

/* Whether type holds the words w ('_'-joined) in a row, the last one maybe
 * plural (data "aws_subnets" lists subnets). */
int type_has_words(const char *type, const char *w);
/* Whether type is an object of a's kind: it ends in "_" + one of a's
 * words (aws_vpc and aws_default_vpc for "vpc"; not aws_db_subnet_group
 * for "subnet"). */
int id_attr_is_kind(const char *type, const id_attr *a);
/* The entry for an edge label (by its last segment) of a resource of type
 * holder_type, or NULL. */
const id_attr *id_attr_of(const char *holder_type, const char *label);
/* The same, where a name that ends in "_" + an entry's name is of that
 * entry's kind too (source_security_group_id names a security group,
 * peer_vpc_id a VPC): for what an attribute can name, never for ties
 * (peer_vpc_id names a VPC of another region). */
const id_attr *id_attr_kind_of(const char *holder_type, const char *label);
/* Whether a reference under label, from a resource of type holder_type,
 * ties its ends to one region. */
int id_attr_ties(const char *holder_type, const char *label);
/* Whether a reference under label, from a resource of type holder_type,
 * joins a copy to its source (TIE_APART). */
int id_attr_apart(const char *holder_type, const char *label);

/* Whether the edges [first, n_edges) that leave `from` under `label` lead
 * to objects of two known regions or more, counting only those of the
 * kind the attribute names when it names one (a subnet in a rule map is
 * no source_security_group_id). */
int id_attr_spans_regions(const pg_graph *g, pg_node_id from, const char *label, size_t first);
/* Marks those edges ambiguous where they do: a part of what plan JSON
 * gives whole (var.X[0], local.m["dr"], lookup(module.x.m, "dr"), of a map
 * of one entry per region) is one of them, since no attribute names
 * objects of two regions at once and is created. */
void id_attr_mark_regions(pg_graph *g, pg_node_id from, const char *label, size_t first);

/* Whether those edges lead to two objects or more (of the attribute's
 * kind, when it names one). */
int id_attr_several(const pg_graph *g, pg_node_id from, const char *label, size_t first);
/* Marks the edges of a reference to a module output ambiguous where they
 * span regions (id_attr_mark_regions), and, for a part of the output
 * (module.vpc.subnet_ids["public"], module.hc.ids[0]), where they lead to
 * several objects: plan JSON gives the output's references, not which of
 * them the part holds, so each is one the part may hold (the public
 * subnets, not the private ones the same map holds; one check of a
 * counted module's list, not both). */
void id_attr_mark_output(pg_graph *g, pg_node_id from, const char *label, size_t first, int part);

#endif
