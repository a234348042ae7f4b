/* Query evaluator entry points (see qeval.h): making a query the one in
 * use (its parameters and query-level lets), and running a check into
 * subjects (pass, fail or unknown, with the nodes and path involved) or a
 * `match` into rows. The expressions themselves are in eval_expr.c. */
#include "query/qeval.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/strbuf.h"
#include "base/vec.h"
#include "query/eval_expr.h"
#include "query/param.h"
#include "query/prune.h"

/* A --param value from its text, by the declared type (param.c). */
static int param_from_text(qeval *ev, arena *mem, const qparam *p, qvalue *out) {
  int rc = qparam_parse(p->type, p->set_text, mem, out);
  if (rc != PG_ERR_PARSE) return rc;
  return qeval_fail(ev, PG_ERR_PARSE, "parameter %s=%s: not a %s", p->name, p->set_text,
                    qparam_type_name(p->type));
}

int qeval_use_query(qeval *ev, const qquery *q, arena *mem) {
  ev->q = q;
  ev->bytes = 0;
  qeval_meter(ev, mem);
  ev->n_open_memo = 0;  /* keyed by the previous query's pattern nodes */
  member_sets_clear(&ev->members);  /* keyed by the previous query's lists */
  memset(ev->glob_memo, 0, sizeof ev->glob_memo);
  /* Why a subject is undecided starts empty for each query: a reason the
   * previous query of this worker noted and never used is not this one's
   * (which query ran before depends on -j). */
  ev->undecided_why[0] = ev->first_unknown[0] = ev->where_why[0] = ev->let_why[0] = '\0';
  ev->params = q->n_params ? arena_alloc(mem, q->n_params * sizeof *ev->params) : NULL;
  if (q->n_params && !ev->params) return PG_ERR_NOMEM;
  arena *saved = ev->mem;
  ev->mem = mem;
  for (size_t i = 0; i < q->n_params; i++) {
    const qparam *p = &q->params[i];
    if (p->set_text) {
      if (param_from_text(ev, mem, p, &ev->params[i]) != PG_OK) break;
    } else if (p->default_value) {
      ev->params[i] = qeval_expr(ev, p->default_value);
    } else {
      ev->params[i] = p->type >= PT_LIST_STRING ? qv_as_list(mem, qv_null()) : qv_null();
    }
  }
  /* Query-level lets, in order, each in a frame of its own. */
  ev->globals = q->n_lets ? arena_alloc(mem, q->n_lets * sizeof *ev->globals) : NULL;
  size_t nslots = (size_t)(q->n_let_slots ? q->n_let_slots : 1);
  qvalue *frame = arena_alloc(mem, nslots * sizeof *frame);
  uint64_t *keys = arena_alloc(mem, nslots * sizeof *keys);
  if ((q->n_lets && !ev->globals) || !frame || !keys) {
    ev->mem = saved;
    return qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
  }
  ev->slots = frame;
  ev->keys = keys;
  for (size_t i = 0; i < q->n_lets && ev->status == PG_OK; i++)
    ev->globals[i] = qeval_expr(ev, q->lets[i].value);
  /* A refusal in the last call of the last let meets no later tick. */
  if (mem->failed && ev->status == PG_OK) qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
  ev->slots = NULL;
  ev->keys = NULL;
  ev->mem = saved;
  memcpy(ev->let_why, ev->undecided_why, sizeof ev->let_why);
  ev->why_global = ev->undecided_why[0] != '\0';
  return ev->status;
}

/* ---- checks ------------------------------------------------------------ */

typedef struct check_run {
  const qcheck *k;
  qsubject_sink sink;
  void *ctx;
  tupleset *seen;
  arena subject_mem;     /* per-subject scratch, reset after each */
  qrow_sink rows;        /* match mode */
  int cut;               /* the binding is one an ambiguous edge cut short */
  int where_unknown;     /* its `where` (or a pattern's) is unknown: it may
                            not be a subject (ev->where_why says why) */
} check_run;

static char *render_text(qeval *ev, qvalue v) {
  strbuf b = SB_GROWING;
  if (qv_render(&b, ev->g, v, 0) < 0) {
    sb_release(&b);
    qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
    return NULL;
  }
  return b.buf ? b.buf : strdup("");
}

/* Adds a copy of address to the subject's list unless it is there;
 * *cap is the list's capacity (vec.h). 0, or -1 when out of memory. */
/* A subject's resources as they are collected: each node once, found
 * through a set of node ids, so a let holding k nodes costs O(k). */
typedef struct addr_list {
  qsubject *s;
  size_t cap;          /* of s->addresses */
  size_t cap_nodes;    /* of s->nodes */
  tupleset seen;       /* node ids already listed */
} addr_list;

static int add_address(addr_list *l, pg_node_id id, const char *address) {
  uint64_t key = (uint64_t)(uint32_t)id;
  int fresh = tupleset_add(&l->seen, &key);
  if (fresh <= 0) return fresh;
  size_t n = l->s->n_addresses;
  if (VEC_PUSH(l->s->nodes, n, l->cap_nodes, id) < 0) return -1;
  return VEC_PUSH(l->s->addresses, l->s->n_addresses, l->cap, address);
}

/* The resources and data sources in v (a node or a list of them). */
static int collect_nodes(qeval *ev, qvalue v, addr_list *l) {
  pg_node_info info;
  if (v.kind == QV_NODE && pg_graph_node(ev->g, v.u.node, &info) == PG_OK &&
      (info.kind == PG_NODE_RESOURCE || info.kind == PG_NODE_DATA))
    return add_address(l, v.u.node, info.address);
  if (v.kind == QV_LIST)
    for (size_t i = 0; i < v.u.list->n; i++)
      if (collect_nodes(ev, v.u.list->items[i], l) < 0) return -1;
  return 0;
}

/* The edge matched at item i of pattern gi (an edge item), into *e; 0 when
 * none was recorded (a walk of several edges, `*min..max`). */
static int matched_edge(qeval *ev, size_t gi, size_t i, pg_edge_info *e) {
  pg_edge_id id = -1;
  for (size_t t = 0; t < ev->n_trail; t++)
    if (ev->trail[t].pos == (int)(gi * 256 + i)) id = ev->trail[t].edge;
  return id >= 0 && pg_graph_edge(ev->g, id, e) == PG_OK;
}

/* The matched pattern of the subject, node -[kind label]-> node ... */
static char *render_path(qeval *ev, const qcheck *k) {
  strbuf b = SB_GROWING;
  int rc = 0;
  for (size_t gi = 0; gi < k->n_gens && rc == 0; gi++) {
    const qnode *g = k->gens[gi];
    if (g->kind != N_PATTERN || g->n_items < 3) continue;
    if (b.len) rc |= sb_addn(&b, "; ", 2);
    for (size_t i = 0; i < g->n_items && rc == 0; i++) {
      if (i % 2 == 0) {
        rc |= qv_render(&b, ev->g, ev->slots[g->items[i]->u.node.slot], 0);
        continue;
      }
      pg_edge_info e;
      if (!matched_edge(ev, gi, i, &e)) continue;
      pg_node_id left = ev->slots[g->items[i - 1]->u.node.slot].u.node;
      int forward = e.from == left;
      char arrow[300];
      snprintf(arrow, sizeof arrow, " %s[%s%s%s]%s ", forward ? "-" : "<-",
               pg_edge_kind_name(e.kind), e.label ? " " : "", e.label ? e.label : "",
               forward ? "->" : "-");
      rc |= sb_addn(&b, arrow, strlen(arrow));
    }
  }
  if (rc) {
    sb_release(&b);
    qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
    return NULL;
  }
  return b.buf;
}

/* One matched pattern as JSON: {"nodes":[address...],"edges":[edge...]},
 * edges[j] joining nodes[j] and nodes[j+1] as {"kind","label","forward"}
 * (label null when the edge has none; forward: it points from nodes[j] to
 * nodes[j+1]), or null for a walk whose edges are not recorded. */
static int path_json(strbuf *b, qeval *ev, size_t gi, const qnode *g) {
  int rc = sb_add(b, "{\"nodes\":[");
  for (size_t i = 0; i < g->n_items && rc == 0; i += 2)
    rc = (i ? sb_add(b, ",") : 0) |
         qv_render(b, ev->g, ev->slots[g->items[i]->u.node.slot], 1);
  rc |= sb_add(b, "],\"edges\":[");
  for (size_t i = 1; i < g->n_items && rc == 0; i += 2) {
    pg_edge_info e;
    rc = i > 1 ? sb_add(b, ",") : 0;
    if (!matched_edge(ev, gi, i, &e)) {
      rc |= sb_add(b, "null");
      continue;
    }
    pg_node_id left = ev->slots[g->items[i - 1]->u.node.slot].u.node;
    rc |= sb_add(b, "{\"kind\":\"") | sb_add(b, pg_edge_kind_name(e.kind)) |
          sb_add(b, "\",\"label\":") |
          (e.label ? qv_render(b, ev->g, qv_cstr(e.label), 1) : sb_add(b, "null")) |
          sb_add(b, e.from == left ? ",\"forward\":true}" : ",\"forward\":false}");
  }
  return rc | sb_add(b, "]}");
}

/* Every matched pattern of the subject as a JSON array of path_json
 * objects, or NULL when the check matches no pattern (or out of memory:
 * then the evaluation fails, so that no subject loses its path). */
static char *render_path_json(qeval *ev, const qcheck *k) {
  strbuf b = SB_GROWING;
  int rc = 0, any = 0;
  for (size_t gi = 0; gi < k->n_gens && rc == 0; gi++) {
    const qnode *g = k->gens[gi];
    if (g->kind != N_PATTERN || g->n_items < 3) continue;
    rc = sb_add(&b, any ? "," : "[") | path_json(&b, ev, gi, g);
    any = 1;
  }
  if (any) rc |= sb_add(&b, "]");
  if (rc || !any) {
    sb_release(&b);
    if (rc) qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
    return NULL;
  }
  return b.buf;
}

void qsubject_free(qsubject *s) {
  free(s->name);
  free(s->message);
  free(s->addresses);
  free(s->nodes);
  free(s->path);
  free(s->path_json);
}

static int emit_subject(qeval *ev, check_run *cr) {
  const qcheck *k = cr->k;
  qsubject s;
  memset(&s, 0, sizeof s);
  size_t masked = ev->sens_masked;
  qvalue name = qeval_expr(ev, k->subject);
  if (ev->status == PG_OK && (qv_deep_sensitive(name) || ev->sens_masked != masked))
    return qeval_refuse_sensitive(ev, k->subject,
                                  "the subject's name depends on a sensitive value; a "
                                  "subject's name may not (name it by its resource)");
  ev->note_unknown = 1;
  int t = cr->cut ? -1 : qv_truth(qeval_expr(ev, k->expect));
  ev->note_unknown = 0;
  /* Not known to be a subject: its failure is not one of the check's. Its
   * pass is, whether it applies or not. */
  if (cr->where_unknown && t != 1) t = -1;
  s.status = t;
  if (cr->cut && ev->status == PG_OK) {
    /* The rest of the binding is not known: say why, not the template. */
    strbuf m = SB_GROWING;
    sb_add(&m, "undecided: ");
    sb_add(&m, ev->undecided_why[0] ? ev->undecided_why : "an edge it needs is ambiguous");
    if (m.full) sb_release(&m);
    s.message = m.buf;
  } else if (ev->status == PG_OK && t < 0 &&
             (cr->where_unknown || ev->undecided_why[0] || ev->first_unknown[0])) {
    /* An unknown subject says what is not known, not the failure text: the
     * message template is not evaluated (on a mesh it walks every route of
     * a table again, for each subject). */
    strbuf m = SB_GROWING;
    if (cr->where_unknown) {
      sb_add(&m, ev->where_why);
    } else if (ev->undecided_why[0]) {
      sb_add(&m, "undecided: ");
      sb_add(&m, ev->undecided_why);
    } else {
      sb_add(&m, "undecided until apply: ");
      sb_add(&m, ev->first_unknown);
    }
    if (m.full) sb_release(&m);
    s.message = m.buf;
  } else if (ev->status == PG_OK && t != 1) {
    qvalue msg = qeval_expr(ev, k->message);
    s.message = render_text(ev, msg);
    if (s.message && t < 0) {
      strbuf m = SB_GROWING;
      sb_add(&m, "undecided until apply (a value it needs is unknown): ");
      sb_add(&m, s.message);
      free(s.message);
      if (m.full) sb_release(&m);
      s.message = m.buf;
    }
  }
  ev->undecided_why[0] = '\0';
  ev->why_global = 0;
  s.name = render_text(ev, name);
  addr_list addrs = {&s, 0, 0, {0}};
  tupleset_init(&addrs.seen, 1);
  int rc = 0;
  for (int i = 0; i < k->n_gen_slots && rc == 0; i++)
    rc = collect_nodes(ev, ev->slots[i], &addrs);
  for (size_t i = 0; i < k->n_lets && rc == 0; i++)
    rc = collect_nodes(ev, ev->slots[k->lets[i].slot], &addrs);
  tupleset_release(&addrs.seen);
  s.path = render_path(ev, k);
  s.path_json = render_path_json(ev, k);
  if (ev->status != PG_OK || rc < 0 || !s.name || (t != 1 && !s.message)) {
    qsubject_free(&s);
    return qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
  }
  return cr->sink(cr->ctx, &s);
}

static int emit_row(qeval *ev, check_run *cr) {
  const qcheck *k = cr->k;
  char *text[64] = {0}, *json[64] = {0};
  size_t n = k->n_returns < 64 ? k->n_returns : 64;
  int rc = 0;
  for (size_t i = 0; i < n; i++) {
    qvalue v = qeval_expr(ev, k->returns[i]);
    strbuf t = SB_GROWING, j = SB_GROWING;
    rc |= qv_render(&t, ev->g, v, 0) | qv_render(&j, ev->g, v, 1);
    text[i] = t.buf ? t.buf : strdup("");
    json[i] = j.buf ? j.buf : strdup("null");
  }
  if (rc == 0 && ev->status == PG_OK)
    rc = cr->rows(cr->ctx, n, (const char *const *)text, (const char *const *)json);
  for (size_t i = 0; i < n; i++) {
    free(text[i]);
    free(json[i]);
  }
  if (rc < 0) return qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
  return ev->status != PG_OK ? ev->status : rc;
}

static int check_cb(qeval *ev, void *arg) {
  check_run *cr = arg;
  const qcheck *k = cr->k;
  if (k->n_gen_slots && !k->distinct_bindings) {
    int added = tupleset_add(cr->seen, ev->keys);
    if (added < 0) return qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
    if (!added) return 0;
  }
  arena *saved = ev->mem;
  qeval_meter(ev, &cr->subject_mem);
  ev->mem = &cr->subject_mem;
  int rc = 0;
  /* An unknown filter keeps the subject, unknown; a `match` row needs a
   * true one. A cut binding is dropped
   * only when its known part rules it out. */
  cr->where_unknown = ev->where_open > 0;
  ev->first_unknown[0] = '\0';
  if (!ev->undecided_why[0] && ev->let_why[0]) {
    memcpy(ev->undecided_why, ev->let_why, sizeof ev->undecided_why);
    ev->why_global = 1;
  }
  if (k->where) {
    ev->note_unknown = 1;
    qvalue w = qeval_expr(ev, k->where);
    ev->note_unknown = 0;
    if (w.sensitive && cr->rows) {
      qeval_refuse_sensitive(ev, k->where,
                             "`where` depends on a sensitive value; which rows a query returns "
                             "may not");
      goto done;
    }
    /* Which subjects a check has may not tell a secret: a candidate whose
     * `where` reads one is a subject whatever the value, undecided unless
     * it passes (a module input declared sensitive that feeds a rule's
     * CIDR blocks must not stop every query's report). */
    int t = w.sensitive ? -1 : qv_truth(w);
    if (ev->status != PG_OK || t == 0 || (t < 0 && cr->rows)) goto done;
    if (w.sensitive) {
      snprintf(ev->where_why, sizeof ev->where_why,
               "undecided: whether the check applies to it depends on a value the plan marks "
               "sensitive (which subjects a check has may not depend on a secret)");
      cr->where_unknown = 1;
    } else if (t < 0 && !cr->cut) {
      qeval_note_where(ev);
      cr->where_unknown = 1;
    }
  }
  /* The subject's lets and expect note the first unknown attribute. */
  ev->first_unknown[0] = '\0';
  ev->note_unknown = 1;
  for (size_t i = 0; i < k->n_lets && ev->status == PG_OK; i++)
    ev->slots[k->lets[i].slot] = qeval_expr(ev, k->lets[i].value);
  ev->note_unknown = 0;
  if (ev->status == PG_OK) rc = cr->rows ? emit_row(ev, cr) : emit_subject(ev, cr);
done:
  if (cr->subject_mem.failed) qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
  if (!ev->where_open) ev->where_why[0] = '\0';
  ev->mem = saved;
  arena_reset(&cr->subject_mem);
  return ev->status != PG_OK ? ev->status : rc;
}

/* Whether node item i of pattern g shares its slot with an item in
 * [lo, hi]. */
static int joined_in(const qnode *g, int i, int lo, int hi) {
  for (int j = lo; j <= hi && j < (int)g->n_items; j++)
    if (j % 2 == 0 && j != i && g->items[j]->u.node.slot == g->items[i]->u.node.slot) return 1;
  return 0;
}

/* Marks the slots of a pattern or list generator (items outside [lo, hi]
 * only, for a pattern) as not bound: undecided values, and keys that
 * compare equal across cut bindings. */
static void unbind(qeval *ev, const qnode *g, int lo, int hi) {
  static const char undecided[] = "(undecided)";
  if (g->kind != N_PATTERN) {
    ev->slots[g->u.gen.slot] = qv_unknown_why(undecided);
    ev->keys[g->u.gen.slot] = UINT64_MAX;
    return;
  }
  for (int i = 0; i < (int)g->n_items; i++) {
    if (i >= lo && i <= hi) continue;
    const qnode *it = g->items[i];
    /* A name bound by an earlier generator keeps its value, and so does
     * one the pattern names again inside the bound part. */
    if (i % 2 == 0 && (it->u.node.bound || (it->u.node.join && joined_in(g, i, lo, hi))))
      continue;
    int slot = i % 2 == 0 ? it->u.node.slot : it->u.edge.slot;
    if (slot < 0) continue;
    ev->slots[slot] = qv_unknown_why(undecided);
    ev->keys[slot] = UINT64_MAX;
  }
}

/* An ambiguous edge stopped a `for each` pattern: the binding so far is a
 * subject whose rest the plan cannot tell, reported unknown with why (once
 * per distinct bound part), unless the check's `where` rules it out. */
static int cut_subject(qeval *ev, const qnode *pat, int anchor, int stop, int side) {
  check_run *cr = ev->cut_arg;
  const qcheck *k = cr->k;
  size_t n = (size_t)k->n_slots;
  qvalue *slots = malloc((n ? n : 1) * sizeof *slots);
  uint64_t *keys = malloc((n ? n : 1) * sizeof *keys);
  if (!slots || !keys) {
    free(slots);
    free(keys);
    return qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
  }
  memcpy(slots, ev->slots, n * sizeof *slots);
  memcpy(keys, ev->keys, n * sizeof *keys);
  int last = (int)pat->n_items - 1;
  if (side > 0) unbind(ev, pat, anchor, stop - 1);
  else unbind(ev, pat, stop + 1, last);
  size_t gi = (size_t)(ev->gen_base / 256);
  for (size_t j = gi + 1; j < k->n_gens; j++) unbind(ev, k->gens[j], 1, 0);
  int saved_base = ev->gen_base;
  int (*saved_cut)(qeval *, const qnode *, int, int, int) = ev->cut;
  ev->cut = NULL;
  cr->cut = 1;
  int rc = check_cb(ev, cr);
  cr->cut = 0;
  ev->cut = saved_cut;
  ev->gen_base = saved_base;
  memcpy(ev->slots, slots, n * sizeof *slots);
  memcpy(ev->keys, keys, n * sizeof *keys);
  free(slots);
  free(keys);
  return rc;
}

static int run_check(qeval *ev, const qcheck *k, check_run *cr) {
  arena frame_mem;
  arena_init(&frame_mem);
  qeval_meter(ev, &frame_mem);
  size_t slots = (size_t)(k->n_slots ? k->n_slots : 1);
  ev->slots = arena_alloc(&frame_mem, slots * sizeof *ev->slots);
  ev->keys = arena_alloc(&frame_mem, slots * sizeof *ev->keys);
  cr->seen = tupleset_new((size_t)k->n_gen_slots);
  arena *saved = ev->mem;
  ev->mem = &frame_mem;
  if (!ev->slots || !ev->keys || !cr->seen) {
    qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
  } else {
    ev->n_trail = 0;
    prune_plan plan;
    if (prune_plan_make(&plan, k) < 0) {
      qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
    } else {
      plan.keep_unknown = !cr->rows;
      gens_run r = {k->gens, k->n_gens, 0, check_cb, cr, 0, plan.n ? prune_test : NULL, &plan};
      if (!cr->rows) {
        ev->cut = cut_subject;
        ev->cut_arg = cr;
      }
      qeval_gens(ev, &r);
      ev->cut = NULL;
      ev->cut_arg = NULL;
    }
    prune_plan_free(&plan);
  }
  if (frame_mem.failed) qeval_fail(ev, PG_ERR_NOMEM, "out of memory");
  ev->mem = saved;
  tupleset_free(cr->seen);
  arena_release(&frame_mem);
  ev->slots = NULL;
  ev->keys = NULL;
  return ev->status;
}

int qeval_check(qeval *ev, const qcheck *k, qsubject_sink sink, void *ctx) {
  check_run cr = {.k = k, .sink = sink, .ctx = ctx};
  int rc = run_check(ev, k, &cr);
  arena_release(&cr.subject_mem);
  return rc;
}

int qeval_match(qeval *ev, const qcheck *k, qrow_sink sink, void *ctx) {
  check_run cr = {.k = k, .rows = sink, .ctx = ctx};
  int rc = run_check(ev, k, &cr);
  arena_release(&cr.subject_mem);
  return rc;
}

