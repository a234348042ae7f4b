/* Reference edges that cannot be what their attribute holds. Plan JSON
 * lists an expression's references without saying which part of the value
 * each one gives: `vpc_id = each.value.vpc_id` over a module input map
 * gets edges to every resource the map names (its VPC and subnets, and a
 * transit gateway named under another key). An attribute that holds the
 * id of a VPC, subnet, security group, load balancer... can take it only
 * from such a resource, or from one that holds such an id itself, at
 * any depth of its values (a subnet's vpc_id, an instance's subnet_id, an
 * EKS cluster's vpc_config). A reference to anything else
 * gives the value no part of itself, so it becomes a dependency, as a
 * condition's input does: it ties no regions (infer.c) and answers no
 * `link` pattern, where it would put a transit gateway's region on a VPC
 * attachment. */
#include "resolve/plausible.h"

#include <string.h>

#include "base/jscan.h"
#include "resolve/idattrs.h"

/* a without a final 's' ("subnets" -> "subnet"), as a length. */
static size_t stem_len(const char *a, size_t n) { return n && a[n - 1] == 's' ? n - 1 : n; }

/* Whether attribute key (raw JSON text, n bytes) is one of attr's kind:
 * the same name, or one ending in "_" + it (main_route_table_id for
 * route_table_id), singular and plural alike. */
static int key_matches(const char *key, size_t n, const char *attr) {
  if (attr[0] == '*') attr++;
  size_t an = stem_len(attr, strlen(attr)), kn = stem_len(key, n);
  if (kn < an || memcmp(key + kn - an, attr, an) != 0) return 0;
  return kn == an || key[kn - an - 1] == '_';
}

/* Whether the value at s holds a key of attr's kind at any depth (an EKS
 * cluster's vpc_config[0].vpc_id gives a vpc_id too); the value is
 * consumed either way. */
static int value_holds(jscan *s, const char *attr, unsigned depth) {
  int kind = js_peek_kind(s);
  if (depth > 8 || (kind != JS_OBJECT && kind != JS_ARRAY)) return js_skip(s, NULL), 0;
  js_iter it;
  int found = 0;
  if (kind == JS_OBJECT) {
    jslice key;
    js_obj_open(s, &it);
    while (!s->failed && js_obj_next(s, &it, &key) == 1) {
      found |= key_matches(key.p, key.n, attr);
      found |= value_holds(s, attr, depth + 1);   /* consumed whatever the key */
    }
  } else {
    js_arr_open(s, &it);
    while (!s->failed && js_arr_next(s, &it) == 1) found |= value_holds(s, attr, depth + 1);
  }
  return found;
}

/* Whether object text v holds a key of attr's kind. */
static int holds_attr(jslice v, const char *attr) {
  if (!v.p || !v.n) return 0;
  jscan s;
  js_init(&s, v.p, 0, v.n);
  return value_holds(&s, attr, 0);
}

/* Whether node n can give attribute a its value (any node, for an
 * attribute of no particular kind). */
static int can_give(const node *n, const id_attr *a) {
  if (!a->words[0]) return 1;
  for (size_t w = 0; w < 3 && a->words[w]; w++)
    if (type_has_words(n->type, a->words[w])) return 1;
  return holds_attr(n->values, a->attr) || holds_attr(n->unknown, a->attr);
}

size_t plausible_edges(build *b) {
  pg_graph *g = b->g;
  size_t demoted = 0;
  for (size_t i = 0; i < g->n_edges; i++) {
    edge *e = &g->edges[i];
    if (e->kind != PG_EDGE_REFERENCE || e->ambiguous) continue;
    const node *to = &g->nodes[e->to];
    if ((to->kind != PG_NODE_RESOURCE && to->kind != PG_NODE_DATA) || !to->type) continue;
    const id_attr *a = id_attr_kind_of(g->nodes[e->from].type, e->label);
    if (!a || can_give(to, a)) continue;
    e->kind = PG_EDGE_DEPENDS_ON;
    demoted++;
  }
  return demoted;
}
