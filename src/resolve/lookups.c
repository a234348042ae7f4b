/* Lookups by tag, and by identity (find_identity_reads): a data source
 * that finds a managed resource of the same
 * plan by its tags (data "aws_vpc" with filter { name = "tag:Name" values
 * = ["dev"] }, or a known `tags` argument). It depends on what the plan
 * creates, so terraform reads it at apply, and plan JSON gives its filter
 * but no id: nothing links it to the resource it will read, and every
 * reference through it (vpc_id = data.aws_vpc.dev.id) stops at the data
 * source. When its tags single out one managed resource of its type, the
 * data source is linked to that resource under `id` (as a lookup by id
 * is), and each reference to the data source moves to the resource under
 * the same label, the data source staying a dependency:
 * data.aws_vpc.dev.id is that VPC's id. No candidate,
 * or two, links nothing (the lookup fails at apply, or reads what the plan
 * cannot tell). Other filters are not read: they can only narrow a match
 * the tags already make unique. */
#include "resolve/lookups.h"

#include <stdlib.h>
#include <string.h>

#include "base/jscan.h"
#include "base/strbuf.h"
#include "base/strtab.h"
#include "base/vec.h"

/* A data source's candidate: none yet, or more than one. */
#define NO_MATCH (-1)
#define MANY_MATCHES (-2)

typedef struct lookup {
  pg_node_id data;
  pg_node_id match;     /* the one resource, NO_MATCH or MANY_MATCHES */
} lookup;

/* One lookup under one key (a filter may allow several values). */
typedef struct chain {
  int32_t lookup;       /* index in lookups.all */
  int32_t next;         /* next under the same key, or -1 */
} chain;

typedef struct lookups {
  build *b;
  arena mem;            /* the keys' strings */
  strtab keys;          /* "TYPE\x1fKEY\x1fVALUE" of each lookup's first tag */
  lookup *all;
  size_t n, cap;
  chain *chains;        /* heads: each key's str_entry.first_value */
  size_t n_chains, cap_chains;
  const char **types;   /* the lookups' types (interned), sorted */
  size_t n_types;
} lookups;

/* A known string value as text: 1, or 0 when v is no string or too long. */
static int text_of(jslice v, char *out, size_t cap) {
  if (js_slice_kind(v) != JS_STRING || v.n < 2) return 0;
  jslice raw = {v.p + 1, v.n - 2};
  if (js_decoded_len(raw) >= cap) return 0;
  js_decode(raw, out);
  return 1;
}

/* The tag constraints of a data source's values, in order: each
 * `filter` block named tag:KEY (with its values), then each entry of a
 * known `tags` map. f is called with (KEY, the values slice or a string
 * slice); it returns 0 to go on. Returns what f last returned, or -1 when
 * the data source has no tag constraint. */
typedef int (*tag_fn)(void *ctx, const char *key, jslice values);

/* Calls f with each member of object slice map (its key decoded); returns
 * what f last returned (0 when it never stopped), or rc when map holds
 * no member. */
static int each_member(jslice map, tag_fn f, void *ctx, int rc) {
  js_members members;
  jslice key, v;
  js_members_init(&members, map);
  while (js_members_next(&members, &key, &v)) {
    char text[256];
    if (js_decoded_len(key) >= sizeof text) continue;
    js_decode(key, text);
    if ((rc = f(ctx, text, v)) != 0) return rc;
  }
  return rc;
}

static int each_constraint(jslice data_values, tag_fn f, void *ctx) {
  int rc = -1;
  jslice filters, tags;
  js_elems el;
  jslice blk;
  js_member(data_values, "filter", &filters);
  js_elems_init(&el, filters);
  while (js_elems_next(&el, &blk)) {
    jslice name, values;
    char text[256];
    if (!js_member(blk, "name", &name) || !text_of(name, text, sizeof text) ||
        strncmp(text, "tag:", 4) != 0 || !text[4] || !js_member(blk, "values", &values) ||
        js_slice_kind(values) != JS_ARRAY)
      continue;
    if ((rc = f(ctx, text + 4, values)) != 0) return rc;
  }
  if (!js_member(data_values, "tags", &tags) || js_slice_kind(tags) != JS_OBJECT) return rc;
  return each_member(tags, f, ctx, rc);
}

/* The known value of tag key on a managed resource (its `tags`, else
 * `tags_all`, which adds the provider's default tags): 1, or 0. */
static int tag_of(jslice values, const char *key, char *out, size_t cap) {
  static const char *const maps[] = {"tags", "tags_all"};
  for (size_t i = 0; i < 2; i++) {
    jslice m, v;
    if (js_member(values, maps[i], &m) && js_member(m, key, &v) && text_of(v, out, cap))
      return 1;
  }
  return 0;
}

/* Whether allowed (a string, or an array of strings) holds value. */
static int allows(jslice allowed, const char *value) {
  char text[256];
  if (js_slice_kind(allowed) != JS_ARRAY)
    return text_of(allowed, text, sizeof text) && strcmp(text, value) == 0;
  js_elems el;
  jslice v;
  js_elems_init(&el, allowed);
  while (js_elems_next(&el, &v))
    if (text_of(v, text, sizeof text) && strcmp(text, value) == 0) return 1;
  return 0;
}

/* each_constraint callback: 1 (stop) at the first constraint the
 * resource's tags fail. */
static int fails_constraint(void *ctx, const char *key, jslice allowed) {
  char value[256];
  return !tag_of(*(const jslice *)ctx, key, value, sizeof value) || !allows(allowed, value);
}

/* each_constraint callback: remembers the first constraint. */
typedef struct first_tag {
  char key[256];
  jslice allowed;
} first_tag;

static int take_first(void *ctx, const char *key, jslice allowed) {
  first_tag *t = ctx;
  size_t n = strlen(key);
  if (n >= sizeof t->key) return 0;
  memcpy(t->key, key, n + 1);
  t->allowed = allowed;
  return 1;
}

/* The index key of (type, tag key, value) in buf; its length, or 0 when
 * it does not fit. */
static size_t key_text(char *buf, size_t cap, const char *type, const char *key,
                       const char *value) {
  strbuf sb;
  sb_init(&sb, buf, cap);
  sb_add(&sb, type);
  sb_add(&sb, "\x1f");
  sb_add(&sb, key);
  sb_add(&sb, "\x1f");
  sb_add(&sb, value);
  return sb.full ? 0 : sb.len;
}

static int index_value(lookups *l, const char *type, const first_tag *t, const char *value) {
  char buf[800];
  size_t len = key_text(buf, sizeof buf, type, t->key, value);
  if (!len) return PG_OK;
  str_entry *e = strtab_intern(&l->keys, buf, len);
  if (!e) return PG_ERR_NOMEM;
  /* A value the filter repeats is entered once. */
  if (e->first_value >= 0 && l->chains[e->first_value].lookup == (int32_t)l->n) return PG_OK;
  if (VEC_RESERVE(l->chains, l->cap_chains, l->n_chains + 1) < 0) return PG_ERR_NOMEM;
  l->chains[l->n_chains] = (chain){(int32_t)l->n, e->first_value};
  e->first_value = (int32_t)l->n_chains++;
  return PG_OK;
}

/* Enters data source id, indexed by each value its first tag allows. */
static int add_lookup(lookups *l, pg_node_id id) {
  const node *d = &l->b->g->nodes[id];
  first_tag t;
  if (each_constraint(d->values, take_first, &t) != 1) return PG_OK;
  if (VEC_RESERVE(l->all, l->cap, l->n + 1) < 0) return PG_ERR_NOMEM;
  l->all[l->n] = (lookup){id, NO_MATCH};
  int rc = PG_OK;
  char value[256];
  if (js_slice_kind(t.allowed) != JS_ARRAY) {
    if (text_of(t.allowed, value, sizeof value)) rc = index_value(l, d->type, &t, value);
  } else {
    js_elems el;
    jslice v;
    js_elems_init(&el, t.allowed);
    while (rc == PG_OK && js_elems_next(&el, &v))
      if (text_of(v, value, sizeof value)) rc = index_value(l, d->type, &t, value);
  }
  l->n++;
  return rc;
}

static int cmp_ptr(const void *a, const void *b) {
  const char *x = *(const char *const *)a, *y = *(const char *const *)b;
  return (x > y) - (x < y);
}

/* The lookups' types, sorted, so that a resource of another type is
 * passed over with one search. */
static int collect_types(lookups *l) {
  l->types = malloc((l->n ? l->n : 1) * sizeof *l->types);
  if (!l->types) return PG_ERR_NOMEM;
  for (size_t i = 0; i < l->n; i++) l->types[i] = l->b->g->nodes[l->all[i].data].type;
  qsort(l->types, l->n, sizeof *l->types, cmp_ptr);
  size_t k = 0;
  for (size_t i = 0; i < l->n; i++)
    if (!k || l->types[k - 1] != l->types[i]) l->types[k++] = l->types[i];
  l->n_types = k;
  return PG_OK;
}

/* Whether data source d may read resource r: not when both regions are
 * known and differ. A lookup reads its own provider's region, so one of
 * another region that names r (by tags, or by a name they share: the
 * replica of a DynamoDB global table, read by the table's name in the
 * replica's region) reads another object, of its own region. */
static int same_place(const pg_graph *g, const node *d, const node *r) {
  int d_known = d->region && d->region != g->str_unknown;
  int r_known = r->region && r->region != g->str_unknown;
  return !(d_known && r_known && d->region != r->region);
}

/* Offers resource r to the lookups indexed under one of its tags. */
static void offer_tag(lookups *l, pg_node_id r, const char *key, const char *value) {
  const node *n = &l->b->g->nodes[r];
  char buf[800];
  size_t len = key_text(buf, sizeof buf, n->type, key, value);
  str_entry *e = len ? strtab_find(&l->keys, buf, len) : NULL;
  for (int32_t c = e ? e->first_value : -1; c >= 0; c = l->chains[c].next) {
    lookup *k = &l->all[l->chains[c].lookup];
    if (k->match == r || k->match == MANY_MATCHES) continue;
    if (!same_place(l->b->g, &l->b->g->nodes[k->data], n)) continue;
    jslice values = n->values;
    if (each_constraint(l->b->g->nodes[k->data].values, fails_constraint, &values) == 1)
      continue;
    k->match = k->match == NO_MATCH ? r : MANY_MATCHES;
  }
}

/* each_member callback: offers the resource to lookups by one known tag. */
typedef struct offering {
  lookups *l;
  pg_node_id r;
} offering;

static int offer_member(void *ctx, const char *key, jslice v) {
  const offering *o = ctx;
  char value[256];
  if (text_of(v, value, sizeof value)) offer_tag(o->l, o->r, key, value);
  return 0;
}

/* Offers resource r, by each of its known tags. */
static void offer(lookups *l, pg_node_id r) {
  static const char *const maps[] = {"tags", "tags_all"};
  offering o = {l, r};
  for (size_t m = 0; m < 2; m++) {
    jslice tags;
    if (js_member(l->b->g->nodes[r].values, maps[m], &tags) && js_slice_kind(tags) == JS_OBJECT)
      each_member(tags, offer_member, &o, 0);
  }
}

static int cmp_lookup(const void *a, const void *b) {
  const lookup *x = a, *y = b;
  return (x->data > y->data) - (x->data < y->data);
}

/* The resource data source d reads, or -1. all is sorted by data. */
static pg_node_id read_by(const lookups *l, pg_node_id d) {
  lookup key = {d, NO_MATCH};
  const lookup *k = bsearch(&key, l->all, l->n, sizeof *l->all, cmp_lookup);
  return k ? k->match : -1;
}

/* The `id` edge of each lookup that found one resource, and a twin of
 * every reference to such a data source. */
static int link_matches(lookups *l) {
  pg_graph *g = l->b->g;
  const char *id_label = g_intern_cstr(g, "id");
  if (!id_label) return PG_ERR_NOMEM;
  qsort(l->all, l->n, sizeof *l->all, cmp_lookup);
  size_t found = 0;
  for (size_t i = 0; i < l->n; i++) {
    if (l->all[i].match < 0) continue;
    found++;
    if (g_add_edge(g, l->all[i].data, l->all[i].match, PG_EDGE_REFERENCE, id_label) < 0)
      return PG_ERR_NOMEM;
  }
  size_t count = found ? g->n_edges : 0;
  for (size_t i = 0; i < count; i++) {
    edge e = g->edges[i];
    if (e.kind != PG_EDGE_REFERENCE || e.ambiguous || g->nodes[e.to].kind != PG_NODE_DATA)
      continue;
    pg_node_id r = read_by(l, e.to);
    if (r < 0 || e.from == r) continue;
    if (g_add_edge(g, e.from, r, PG_EDGE_REFERENCE, e.label) < 0) return PG_ERR_NOMEM;
    /* The value is the resource's: the data source stays a dependency, as
     * plausible.c leaves one (one route_table_id names one table). */
    g->edges[i].kind = PG_EDGE_DEPENDS_ON;
  }
  return PG_OK;
}

static int find_lookups(lookups *l) {
  pg_graph *g = l->b->g;
  for (size_t i = 0; i < g->n_nodes; i++) {
    const node *n = &g->nodes[i];
    /* A known id is looked up already (values.c links it). */
    if (n->kind != PG_NODE_DATA || !n->type || !n->values.p || n->id_value) continue;
    int rc = add_lookup(l, (pg_node_id)i);
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

static int match_resources(lookups *l) {
  pg_graph *g = l->b->g;
  for (size_t i = 0; i < g->n_nodes; i++) {
    const node *n = &g->nodes[i];
    if (n->kind != PG_NODE_RESOURCE || !n->type || !n->values.p ||
        !pg_action_present(n->action) ||
        !bsearch(&n->type, l->types, l->n_types, sizeof *l->types, cmp_ptr))
      continue;
    offer(l, (pg_node_id)i);
  }
  return PG_OK;
}

/* Lookups by identity: a data source whose arn, id or name argument
 * refers to a managed resource of its own type reads that resource (data
 * "aws_lb" "app" { arn = aws_lb.app.arn }, as modules that take a load
 * balancer by ARN write it): its references move to the resource as a
 * tag lookup's do, unless the two are in known regions that differ
 * (same_place). A data source already looked up by tags, or whose
 * identity arguments name several resources, is left as it is. */
static int find_identity_reads(lookups *l) {
  pg_graph *g = l->b->g;
  const char *labels[3] = {g_intern_cstr(g, "arn"), g_intern_cstr(g, "id"), g_intern_cstr(g, "name")};
  if (!labels[0] || !labels[1] || !labels[2]) return PG_ERR_NOMEM;
  if (l->n) qsort(l->all, l->n, sizeof *l->all, cmp_lookup);
  size_t tagged = l->n;
  for (size_t i = 0; i < g->n_edges; i++) {
    const edge *e = &g->edges[i];
    const node *d = &g->nodes[e->from], *r = &g->nodes[e->to];
    if (e->kind != PG_EDGE_REFERENCE || e->ambiguous || d->kind != PG_NODE_DATA ||
        r->kind != PG_NODE_RESOURCE || !d->type || d->type != r->type ||
        !pg_action_present(r->action) || !same_place(g, d, r) ||
        (e->label != labels[0] && e->label != labels[1] && e->label != labels[2]))
      continue;
    lookup key = {e->from, NO_MATCH};
    if (tagged && bsearch(&key, l->all, tagged, sizeof *l->all, cmp_lookup)) continue;
    lookup *same = NULL;
    for (size_t k = tagged; k < l->n && !same; k++)
      if (l->all[k].data == e->from) same = &l->all[k];
    if (same) {
      if (same->match != e->to) same->match = MANY_MATCHES;
      continue;
    }
    if (VEC_RESERVE(l->all, l->cap, l->n + 1) < 0) return PG_ERR_NOMEM;
    l->all[l->n++] = (lookup){e->from, e->to};
  }
  return PG_OK;
}

int lookups_link(build *b) {
  lookups l = {.b = b};
  arena_init(&l.mem);
  if (strtab_init(&l.keys, &l.mem) != 0) return PG_ERR_NOMEM;
  int rc = find_lookups(&l);
  if (rc == PG_OK && l.n) rc = collect_types(&l);
  if (rc == PG_OK && l.n) rc = match_resources(&l);
  if (rc == PG_OK) rc = find_identity_reads(&l);
  if (rc == PG_OK && l.n) rc = link_matches(&l);
  free(l.types);
  free(l.all);
  free(l.chains);
  strtab_release(&l.keys);
  arena_release(&l.mem);
  return rc;
}
