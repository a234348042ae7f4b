/* Instance keys of references (refkeys.c): which instances an index step
 * names, and the dynamic keys (each.key, count.index, each.value.NAME)
 * that give back the index of a reference terraform lists without it
 * ("module.stack" beside "each.value.requester"). refs.c resolves with
 * them. */
#ifndef PG_REFKEYS_H
#define PG_REFKEYS_H

#include "graph/graph_impl.h"
#include "plan/address.h"
#include "resolve/eachkey.h"

/* The dynamic key a reference list names in its scope (ok 0: none). */
typedef struct dynkey {
  int ok;
  pg_index_kind kind;
  int64_t num;
  const char *str;
  pg_node_id holder;  /* the instance whose count.index it is, or -1 */
} dynkey;

/* Whether instance n is the one index step k names (any, when k is NULL). */
int refkey_matches(const node *n, const addr_step *k);
/* Whether two instances have the same key. */
int refkey_same_index(const node *a, const node *b);
/* Whether the holder's block has as many instances in its module instance
 * as the target's, whose first instance is first_target: the sign that
 * `target[count.index]` names the holder's own index. Plan JSON lists
 * `attach[count.index + 1]` the same way, and there the counts differ. */
int refkey_counts_match(pg_graph *g, const node *holder, pg_node_id first_target);
/* Whether a longer reference of the list extends r ("aws_vpc.a" beside
 * "aws_vpc.a.id": terraform lists both): r is then dropped. */
int refkey_covered(json_t *refs, const char *r);
dynkey refkey_dynamic(json_t *refs, const each_scope *each);
/* Whether a reference list names a dynamic key. */
int refkey_names_dynamic(json_t *refs);
/* r with key k's index written back (`module.stack["a"]`) when r is a bare
 * object that has that instance in module instance inst; r itself
 * otherwise; NULL when memory ran out. */
/* A whole input variable r ("var.subnets") with key k's string index
 * written back (`var.subnets["eu"]`, from `var.subnets[each.key]`, which
 * terraform lists as var.subnets and each.key); r itself otherwise. The
 * variable's reading (refs.c, varpath.h) then takes that entry of the
 * call's argument where its text holds the key, and the whole argument
 * where it does not, as for r. A number is not written back: plan JSON
 * lists `var.list[count.index + 1]` as it lists `var.list[count.index]`. */
const char *refkey_var_with_key(dynkey k, const char *r, char *buf, size_t cap);
const char *refkey_with_key(pg_graph *g, const char *inst, dynkey k, const char *r, char *buf,
                            size_t cap);
/* Whether reference r is each.value or something below it. */
int refkey_is_each_value(const char *r);

#endif
