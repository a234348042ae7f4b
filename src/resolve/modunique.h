/* The one object of a kind that a module instance makes. Plan JSON does not
 * describe local values, so without `terraform graph` an attribute such as
 * a subnet's `vpc_id = local.vpc_id` (terraform-aws-modules/vpc), or a list
 * of ids such as `vpc_security_group_ids = local.security_group_ids`, leads
 * nowhere. Its value is known only after apply, so it is the id of an
 * object the plan makes or reads; when the local's module instance (with
 * its children) makes exactly one object of the attribute's kind (one
 * aws_vpc, one aws_security_group), none of its resources names an object
 * of that kind outside it, and its call passes in no argument named for
 * that kind (vpc_id, hub_vpc_id) that can carry one, that object is the
 * only one the local can give: the "create one, or take the caller's"
 * modules make theirs when they create it, and have none when they take
 * the caller's. And where the plan holds no object of the kind at all
 * (no parameter group: aurora's `local.db_parameter_group_name` is null),
 * the attribute names none of the plan's. */
#ifndef PG_MODUNIQUE_H
#define PG_MODUNIQUE_H

#include "graph/graph_impl.h"
#include "resolve/idattrs.h"

typedef struct modunique modunique;

/* An index of g's resources and data sources by module instance, or NULL
 * when out of memory. The graph may gain edges while it is in use, not
 * nodes. */
modunique *modunique_new(const pg_graph *g);
void modunique_free(modunique *m);

/* No object of the kind in the whole plan: the local names none of it
 * (an unknown name of an object the plan does not hold, or none at all). */
#define MODUNIQUE_NONE (-2)
/* Several, one taken from outside too, or none here but some elsewhere:
 * the local may name any of them. */
#define MODUNIQUE_OPEN (-1)

/* The one present resource or data source of a's kind (a type that ends in one of its words:
 * aws_vpc, aws_default_vpc for "vpc") in module instance inst ("" for the
 * root) and its children, or MODUNIQUE_NONE or MODUNIQUE_OPEN. */
pg_node_id modunique_find(modunique *m, const char *inst, const id_attr *a);

/* modunique_find, not counting the n_skip nodes of skip (sorted by id):
 * data sources that read back the object the local names (`data "aws_vpc"`
 * with `id = local.vpc_id`) are that object, not another one it may be.
 * Not kept: each caller's skip differs. */
pg_node_id modunique_find_except(modunique *m, const char *inst, const id_attr *a,
                                 const pg_node_id *skip, size_t n_skip);

#endif
