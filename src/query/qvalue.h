/* Values of the query language at run time, and access to a resource's
 * planned values. A value is known, unknown (terraform's "known after
 * apply") or null, and may carry the plan's sensitive mark, which every
 * value derived from it inherits; rendering a sensitive value gives
 * "(sensitive)" and nothing else.
 *
 * Planned values are read lazily from the plan text: an object or list from
 * the plan stays a triple of JSON slices (value, unknown marks, sensitive
 * marks) until a query reaches into it, so a query touching one attribute
 * of 10^5 resources never builds a tree. All memory comes from the
 * evaluation arena the caller passes in. */
#ifndef PG_QVALUE_H
#define PG_QVALUE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "base/arena.h"
#include "base/strbuf.h"
#include "base/jscan.h"
#include "plangraph/graph.h"
#include "query/fieldmemo.h"

typedef enum qv_kind {
  QV_NULL, QV_BOOL, QV_NUM, QV_STR, QV_LIST, QV_NODE, QV_EDGE, QV_JSON, QV_UNKNOWN,
  QV_RECORD   /* named fields: a qlist with names */
} qv_kind;

typedef struct qlist qlist;

/* A value's sensitive mark: QV_SENS_PLAN for a value as the plan gives it
 * (a marked attribute, an element or field of one, a string holding a
 * secret), QV_SENS_DERIVED (which includes the PLAN bit, so any non-zero
 * mark hides the value) for one computed from a sensitive value. Only
 * is_null(), known() and unknown() tell them apart: whether a marked
 * attribute is null or known is what terraform's own plan shows. */
#define QV_SENS_PLAN 1
#define QV_SENS_DERIVED 3

/* A JSON object from the plan with its unknown and sensitive marks (each a
 * slice of the matching after_unknown / after_sensitive part, or empty). */
typedef struct qjson {
  jslice v, u, s;
  const pg_graph *g;     /* whose secrets its strings are checked against */
} qjson;

typedef struct qvalue {
  uint8_t kind;          /* qv_kind */
  uint8_t sensitive;     /* 0, QV_SENS_PLAN or QV_SENS_DERIVED (below) */
  /* An unknown planned from one source: the node (id + 1; 0: none) its
   * attribute's only reference leads to. Two unknowns with the same origin
   * and the same text (u.str, which names the attribute) are equal: they
   * will hold the same value, whatever it is. */
  int32_t origin;
  union {
    int b;
    /* QV_NUM: the value, and the number as written when no double holds
     * it exactly (beyond 64-bit integers or double: base/decnum.h), else
     * NULL. Such a number renders as its text and compares exactly. */
    struct {
      double num;
      const char *num_text;  /* NUL-terminated; in the arena or the query */
    };
    struct { const char *s; size_t len; } str;
    qlist *list;
    pg_node_id node;
    pg_edge_id edge;
    qjson *json;
  } u;
} qvalue;

struct qlist {
  size_t n;
  /* Membership is undecided: a comprehension met an element whose filter
   * was unknown, or a pattern that could not tell whether it matches (an
   * ambiguous edge, a reference the plan does not resolve). The items are
   * the ones known to belong; more may. Counting, emptiness, `in` and
   * quantifiers over such a list are unknown where the missing members
   * could change the answer. */
  int partial;
  const char *const *names;  /* QV_RECORD: field names (borrowed); NULL: a list */
  /* group()'s result: a hash index of its keys, in the list's own arena
   * (so it lives exactly as long as the list), for lookup(); else NULL. */
  const struct vgroup_index *index;
  qvalue items[];
};

static inline qvalue qv_null(void) { qvalue v = {QV_NULL, 0, 0, {0}}; return v; }
static inline qvalue qv_unknown(void) { qvalue v = {QV_UNKNOWN, 0, 0, {0}}; return v; }
/* An unknown value that says why, rendered as that text in place of
 * "(known after apply)"; why is borrowed and must outlive the value. */
static inline qvalue qv_unknown_why(const char *why) {
  qvalue v = {QV_UNKNOWN, 0, 0, {0}};
  v.u.str.s = why;
  v.u.str.len = why ? strlen(why) : 0;
  return v;
}
static inline qvalue qv_bool(int b) { qvalue v = {QV_BOOL, 0, 0, {0}}; v.u.b = !!b; return v; }
static inline qvalue qv_num(double n) { qvalue v = {QV_NUM, 0, 0, {0}}; v.u.num = n; return v; }
static inline qvalue qv_node(pg_node_id id) { qvalue v = {QV_NODE, 0, 0, {0}}; v.u.node = id; return v; }
static inline qvalue qv_edge(pg_edge_id id) { qvalue v = {QV_EDGE, 0, 0, {0}}; v.u.edge = id; return v; }
/* A number from its text (a JSON number): exact, whatever its size. */
qvalue qv_num_text(arena *a, const char *text, size_t len);
/* number(s): decimal text exactly, whatever its size; other forms strtod
 * reads ("0x10", " 5") as a double; null when s is no number. */
qvalue qv_num_parse(arena *a, const char *s, size_t n);
/* A number with its exact text (borrowed), or NULL when num is exact. */
static inline qvalue qv_num_exact(double num, const char *text) {
  qvalue v = qv_num(num);
  v.u.num_text = text;
  return v;
}
/* -v for a number, its text negated too (in a); marks are the caller's. */
qvalue qv_negate(arena *a, qvalue v);
qvalue qv_str(arena *a, const char *s, size_t len);   /* copies */
static inline qvalue qv_cstr(const char *s) {          /* borrows */
  qvalue v = {QV_STR, 0, 0, {0}};
  v.u.str.s = s;
  v.u.str.len = strlen(s);
  return v;
}
qlist *qv_list_new(arena *a, size_t n);
/* The value of a literal node: a number, string, bool or null, or a list
 * the checker folded (qnode.constant); null for any other node. Borrows
 * the node's text. */
struct qnode;
qvalue qv_literal(const struct qnode *n);
/* Whether n is a literal qv_literal gives the value of. */
int qv_is_literal(const struct qnode *n);

/* The root of a resource's planned values; QV_NULL when it has none. */
qvalue qv_node_values(arena *a, const pg_graph *g, pg_node_id id);
/* The JSON document in text[0, len) as a value (objects read lazily, as
 * the plan's); null when the text is not one JSON document. */
qvalue qv_from_json_text(arena *a, const pg_graph *g, const char *text, size_t len);
/* value.key: for an object from the plan the member (unknown and
 * sensitive marks followed); for a list, the member of each element with
 * lists flattened one level (blocks are lists in plan JSON); otherwise
 * null. Unknown stays unknown. */
qvalue qv_field(arena *a, const pg_graph *g, qvalue v, const char *key);
/* The same, a node's top-level attributes found through memo (the
 * evaluator's own; NULL: none). */
qvalue qv_field_memo(arena *a, const pg_graph *g, field_memo *memo, qvalue v, const char *key);
/* value[i] for lists and strings (by character; negative counts from the
 * end) and value["k"] for objects. */
qvalue qv_index(arena *a, const pg_graph *g, qvalue v, qvalue i);
/* Characters of s[0, len): a well-formed UTF-8 sequence is one, and so is
 * each byte that starts none. A string's index (qv_index) and length()
 * count these. */
size_t qv_char_count(const char *s, size_t len);
/* A list view: lists as they are, JSON arrays converted, null as the empty
 * list, anything else a list of itself. Unknown stays unknown. */
qvalue qv_as_list(arena *a, qvalue v);
/* The keys of a JSON object (sorted as in the plan). */
qvalue qv_keys(arena *a, qvalue v);

/* v with a mark added: `mark` as it is (an element or field keeps its
 * container's mark, QV_SENS_PLAN or QV_SENS_DERIVED)... */
static inline qvalue qv_marked(qvalue v, int mark) {
  v.sensitive |= (uint8_t)mark;
  return v;
}

/* ...or, for a value computed from operands, QV_SENS_DERIVED when any of
 * them was marked (`marked` non-zero). */
static inline qvalue qv_derived(qvalue v, int marked) {
  return marked ? qv_marked(v, QV_SENS_DERIVED) : v;
}

/* Whether v or anything inside it is sensitive: its own mark, a marked
 * element or field (at any depth), or, for an object from the plan, a
 * sensitive mark below it or a string holding one of the plan's secrets.
 * What is computed from such a value is derived from a secret
 * (docs/query-language.md, "Sensitive values"). */
int qv_deep_sensitive_inside(qvalue v);
static inline int qv_deep_sensitive(qvalue v) {
  /* A scalar carries its mark itself: the common case, without a call. */
  if (v.sensitive) return 1;
  return v.kind == QV_LIST || v.kind == QV_RECORD || v.kind == QV_JSON
             ? qv_deep_sensitive_inside(v)
             : 0;
}

/* Three-valued truth: 1 true, 0 false, -1 unknown. null and false are
 * false; anything else that is not a bool is true. */
int qv_truth(qvalue v);
/* Equality: 1, 0, or -1 when either side is unknown. */
int qv_equal(const pg_graph *g, qvalue a, qvalue b);
/* Ordering of two numbers or two strings: <0, 0, >0; sets *ok to 0 when
 * they do not compare. */
int qv_compare(qvalue a, qvalue b, int *ok);

/* Appends a rendering to a growing builder (SB_GROWING): nodes as addresses, lists
 * comma-separated, unknown as "(known after apply)" (or the reason an
 * unknown carries, qv_unknown_why), sensitive values as
 * "(sensitive)". json: render as JSON instead. Returns 0, or -1 when out
 * of memory. */
int qv_render(strbuf *b, const pg_graph *g, qvalue v, int json);
/* qv_render (text) for a value a template writes between parentheses
 * ("{n} ({region(n)})"): an unknown whose text is itself parenthesised
 * ("(region unknown: ...)") keeps one pair. */
int qv_render_in_parens(strbuf *b, const pg_graph *g, qvalue v);

const char *qv_kind_name(qv_kind k);

#endif
