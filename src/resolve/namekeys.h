/* Name keys (namekeys.c): an attribute that names another resource by the
 * identifier its configuration gives it, not by a reference. A member of
 * a global database written `global_cluster_identifier = "orders"` next to
 * an aws_rds_global_cluster whose global_cluster_identifier is "orders"
 * joins that cluster at apply, but plan JSON holds no reference between
 * them, and the global cluster's id is known only after apply. Both sides
 * reduce to one key, compared by values.c as ARN keys are:
 *
 *   \2 ATTRIBUTE \37 IDENTIFIER
 *
 * ATTRIBUTE is the member's attribute (the edge's label), so a value under
 * another name (a tag, a description, a log group name) never matches. */
#ifndef PG_NAMEKEYS_H
#define PG_NAMEKEYS_H

#include <stddef.h>

#include "graph/graph_impl.h"

/* Longest key either function writes, with its NUL. */
#define NAMEKEYS_KEY_MAX 512

/* The key of the identifier node n is named by (its type's identifying
 * attribute, a known string) into out[NAMEKEYS_KEY_MAX]: its length, or 0
 * when its type is named by no attribute namekeys.c knows, or the
 * identifier is not known. */
size_t namekeys_of_node(const node *n, char *out);

/* The key of string s (raw JSON string text, n bytes, without escapes)
 * found at attribute path `label` (l bytes) of another node: its length,
 * or 0 when no type is named under that attribute. */
size_t namekeys_of_value(const char *label, size_t l, const char *s, size_t n, char *out);

#endif
