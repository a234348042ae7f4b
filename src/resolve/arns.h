/* ARN keys (arns.c): a literal ARN and a planned resource's identifying
 * attributes reduced to one comparable key, so that an ARN written as text
 * (a peer stack's `arn:aws:rds:us-east-1:ACCOUNT:db:orders`) names the
 * planned resource it identifies (the aws_db_instance in us-east-1 whose
 * identifier is "orders") before AWS has made its ARN. */
#ifndef PG_ARNS_H
#define PG_ARNS_H

#include <stddef.h>

#include "graph/graph_impl.h"

/* Longest key either function writes, with its NUL. */
#define ARNS_KEY_MAX 512

/* The key of an ARN (raw JSON string text, escapes not allowed) into
 * out[ARNS_KEY_MAX]: its length, or 0 when the text is not the ARN of a
 * service and resource kind that arns.c knows. Partition and account are
 * left out: a plan rarely knows its account, and identifiers are unique
 * per region (buckets per partition) in practice. */
size_t arns_of_text(const char *s, size_t n, char *out);

/* The key the ARN of node n would have, from its known identifying
 * attribute and its known region; 0 when its type is not one arns.c knows,
 * the attribute is unknown or not a string, or a regional resource's
 * region is not known. */
size_t arns_of_node(const pg_graph *g, const node *n, char *out);

/* Whether resources of type name another resource by `arn` (an event
 * target's bus, queue or function): that arn is not theirs, so it tells
 * nothing of their region and is a reference, not an identity. */
int arns_foreign(const char *type);

#endif
