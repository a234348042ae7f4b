/* References: turns the configuration's `references` lists into reference
 * edges between instances. A reference is resolved in a context (the
 * configuration module and the module instance the expression lives in):
 * var.x follows the module call's argument into the parent instance,
 * module.m.out follows the output's expression into each child instance,
 * and a resource reference picks the instances of that resource in the
 * same module instance (one when the reference names a key). */
#include "graph/graph_impl.h"
#include "base/vec.h"
#include "resolve/branches.h"
#include "resolve/eachkey.h"
#include "resolve/idattrs.h"
#include "resolve/refkeys.h"
#include "resolve/locals.h"
#include "resolve/unresolved.h"
#include "resolve/modvars.h"
#include "resolve/values.h"
#include "resolve/varpath.h"
#include "resolve/dynblocks.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan/address.h"
#include "base/strbuf.h"

#define MAX_HOPS 64

typedef struct ctx {
  cfg_module *m;      /* configuration module of the expression */
  const char *inst;   /* module instance address, "" for root (interned) */
  const each_scope *each; /* the instance key in scope, or NULL */
} ctx;

typedef struct origin {
  pg_node_id from;    /* the node that holds the expression */
  pg_edge_kind kind;  /* reference or depends_on */
  const char *label;  /* interned attribute path, or NULL */
  size_t found;       /* targets linked so far for this reference */
  size_t missed;      /* dead ends met while following it */
  int same_key;       /* the expression also names count.index / each.key */
  int dynamic;        /* the reference is indexed by a key the plan cannot tell */
  int keyed;          /* its key is the holder's (each.key, count.index) */
  int part;           /* it stands for a part of what it names (each.value.X) */
} origin;

static int resolve(build *b, ctx c, const char *ref, origin *o, unsigned hops);

/* Follows each of picked (varpath.h's), then frees it. */
static int resolve_picked(build *b, ctx c, json_t *picked, origin *o, unsigned hops) {
  int rc = PG_OK;
  for (size_t i = 0; rc == PG_OK && i < json_array_size(picked); i++)
    rc = resolve(b, c, json_string_value(json_array_get(picked, i)), o, hops + 1);
  json_decref(picked);
  return rc;
}

/* ---- bookkeeping -------------------------------------------------------- */

static int note_unresolved_as(build *b, origin *o, const char *ref,
                              pg_unresolved_kind kind, const char *reason) {
  o->missed++;
  return unresolved_note(b, o->from, o->label, ref, kind, reason);
}

static int note_unresolved(build *b, origin *o, const char *ref, const char *reason) {
  return note_unresolved_as(b, o, ref, PG_UNRESOLVED_OTHER, reason);
}

static int link(build *b, origin *o, pg_node_id to) {
  if (to == o->from) return PG_OK;
  if (g_add_edge(b->g, o->from, to, o->kind, o->label) < 0) return PG_ERR_NOMEM;
  o->found++;
  return PG_OK;
}

/* ---- contexts ----------------------------------------------------------- */

static int resolve_list(build *b, ctx c, json_t *refs, origin *o, unsigned hops) {
  size_t i;
  json_t *v;
  dynkey k = refkey_dynamic(refs, c.each);
  char keyed[1400];
  int dynamic = refkey_names_dynamic(refs), saved = o->dynamic, saved_keyed = o->keyed;
  json_array_foreach(refs, i, v) {
    const char *r = json_string_value(v);
    if (!r || refkey_covered(refs, r)) continue;
    /* each.value that gave the key named an instance, not the for_each. */
    if (refkey_is_each_value(r) && k.ok && c.each && c.each->value) continue;
    const char *kr = refkey_with_key(b->g, c.inst, k, r, keyed, sizeof keyed);
    if (!kr) return PG_ERR_NOMEM;
    if (kr == r) kr = refkey_var_with_key(k, r, keyed, sizeof keyed);
    o->dynamic = dynamic && kr == r;
    o->keyed = kr != r;
    int rc = resolve(b, c, kr, o, hops + 1);
    o->dynamic = saved;
    o->keyed = saved_keyed;
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

/* ---- the kinds of reference -------------------------------------------- */

/* var.NAME, then path (".r0.router.id", or ""). */
static int resolve_var(build *b, ctx c, const char *name, const char *path, origin *o,
                       unsigned hops) {
  modvar mv;
  modvar_lookup(b->g, c.m, name, &mv);
  /* A root input has no node; a constant argument or a default links
   * nothing. */
  json_t *refs = mv.kind == MODVAR_ARGUMENT ? json_object_get(mv.expr, "references") : NULL;
  if (!refs) return PG_OK;
  /* The call's arguments see each.* and count.index of this instance. */
  each_scope es;
  if (each_scope_of_call(b->g, c.m, c.inst, &es) != PG_OK) return PG_ERR_NOMEM;
  ctx up = {mv.scope, modvar_parent_instance(b->g, c.inst), &es};
  if (!up.inst) return PG_ERR_NOMEM;
  /* The argument as written may say which of its references the path
   * reaches: only those, with the rest of the path. */
  json_t *picked = NULL;
  int told = varpath_pick(b, c.m, name, refs, path, &picked);
  if (told < 0) return PG_ERR_NOMEM;
  if (told) return resolve_picked(b, up, picked, o, hops);
  /* The call's argument may be the conditional (`var.internal ?
   * module.net.private_ids : module.net.public_ids`): its branches are
   * alternatives here as on the resource itself. */
  size_t first = b->g->n_edges;
  int rc = resolve_list(b, up, refs, o, hops);
  if (rc == PG_OK) branches_mark(b->g, up.m, refs, o->from, first);
  return rc;
}

static int resolve_output(build *b, ctx child, const char *out, origin *o,
                          unsigned hops) {
  json_t *outputs = json_object_get(child.m->obj, "outputs");
  if (out) {
    json_t *refs = json_object_get(json_object_get(json_object_get(outputs, out),
                                                   "expression"), "references");
    size_t first = b->g->n_edges; /* the output may be a conditional too */
    int rc = refs ? resolve_list(b, child, refs, o, hops) : PG_OK;
    if (rc == PG_OK && refs) branches_mark(b->g, child.m, refs, o->from, first);
    return rc;
  }
  const char *k;
  json_t *v;
  json_object_foreach(outputs, k, v) {
    json_t *refs = json_object_get(json_object_get(v, "expression"), "references");
    int rc = refs ? resolve_list(b, child, refs, o, hops) : PG_OK;
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

/* module.CALL[KEY].OUT as a reference names it. */
typedef struct module_ref {
  cfg_module *cm;           /* the called module's configuration */
  const addr_step *key;     /* the instance key, or NULL */
  const char *out;          /* the output, or NULL for the whole module */
  int part;                 /* steps follow the output: a part of its value */
  char out_buf[256];
  char base[1024];          /* INSTANCE.module.CALL, without a key */
} module_ref;

/* Reads the reference's steps; 0, or the reason it names no module call. */
static const char *module_ref_read(pg_graph *g, ctx c, const addr_steps *st, module_ref *mr) {
  if (st->count < 2 || st->steps[1].kind != STEP_NAME) return "does not name a module call";
  char call[256], cfg_addr[1024];  /* the call's configuration: M.module.CALL */
  strbuf cb, ab;
  sb_init(&cb, call, sizeof call);
  sb_addn(&cb, st->steps[1].name, st->steps[1].len);
  sb_init(&ab, cfg_addr, sizeof cfg_addr);
  sb_add(&ab, c.m->address);
  sb_dot(&ab);
  sb_add(&ab, "module.");
  sb_add(&ab, call);
  mr->cm = config_module(g, cfg_addr);
  if (!mr->cm) return "no such module call in the configuration";
  size_t i = 2;
  mr->key = i < st->count && st->steps[i].kind != STEP_NAME ? &st->steps[i++] : NULL;
  mr->out = NULL;
  mr->part = i + 1 < st->count;
  if (i < st->count) {
    strbuf ob;
    sb_init(&ob, mr->out_buf, sizeof mr->out_buf);
    sb_addn(&ob, st->steps[i].name, st->steps[i].len);
    mr->out = mr->out_buf;
  }
  snprintf(mr->base, sizeof mr->base, "%s%smodule.%s", c.inst, *c.inst ? "." : "", call);
  return NULL;
}

/* ---- ambiguous instances ----------------------------------------------- */

/* The node of a module call (INSTANCE.module.CALL, no key) that stands for
 * the set of its instances, made on first use with a module edge to each
 * instance: one edge to it replaces an edge to every instance. */
static pg_node_id call_node(build *b, ctx c, const module_ref *mr) {
  pg_graph *g = b->g;
  const char *a = g_intern_cstr(g, mr->base);
  if (!a) return -1;
  pg_node_id id = pg_graph_find(g, a);
  if (id >= 0) return g->nodes[id].kind == PG_NODE_MODULE ? id : -2;
  if ((id = g_add_node(g, PG_NODE_MODULE, a)) < 0) return -1;
  node *n = &g->nodes[id];
  n->name = n->type = mr->cm->call_name;
  n->module = c.inst;
  n->config_address = mr->cm->address;
  n->cfg = mr->cm;
  n->parent = *c.inst ? pg_graph_find(g, c.inst) : -1;
  for (pg_node_id i = g_first_of_base(g, a); i >= 0; i = g->nodes[i].next_base)
    if (g->nodes[i].kind == PG_NODE_MODULE && g_add_edge(g, id, i, PG_EDGE_MODULE, NULL) < 0)
      return -1;
  return id;
}

/* module.CALL[dynamic key]: one edge, marked ambiguous, to the call. */
static int link_ambiguous(build *b, ctx c, const module_ref *mr, origin *o) {
  pg_graph *g = b->g;
  pg_node_id id = call_node(b, c, mr);
  if (id == -1) return PG_ERR_NOMEM;
  if (id < 0) return PG_OK;
  size_t before = g->n_edges;
  int rc = link(b, o, id);
  if (rc == PG_OK && g->n_edges > before) g->edges[before].ambiguous = 1;
  return rc;
}

/* depends_on a module: on every resource in it, through its node. */
static int depend_on_module(build *b, const module_ref *mr, origin *o) {
  pg_graph *g = b->g;
  for (pg_node_id id = g_first_of_base(g, mr->base); id >= 0; id = g->nodes[id].next_base)
    if (refkey_matches(&g->nodes[id], mr->key)) {
      int rc = link(b, o, id);
      if (rc != PG_OK) return rc;
    }
  return PG_OK;
}

static int resolve_module(build *b, ctx c, const addr_steps *st, const char *ref,
                          origin *o, unsigned hops) {
  pg_graph *g = b->g;
  module_ref mr;
  const char *why = module_ref_read(g, c, st, &mr);
  if (why) return note_unresolved(b, o, ref, why);
  if (o->kind == PG_EDGE_DEPENDS_ON) return depend_on_module(b, &mr, o);
  if (o->dynamic && !mr.key && !mr.out &&
      (json_object_get(mr.cm->call, "count_expression") ||
       json_object_get(mr.cm->call, "for_each_expression")))
    return link_ambiguous(b, c, &mr, o);
  int any = 0;
  size_t first = g->n_edges;
  for (pg_node_id id = g_first_of_base(g, mr.base); id >= 0; id = g->nodes[id].next_base) {
    const node *mn = &g->nodes[id];
    if (mn->kind != PG_NODE_MODULE || !refkey_matches(mn, mr.key)) continue;
    any = 1;
    /* The whole module object (no output named) waits for everything in
     * the module, as terraform's graph does: link the instance node too. */
    int rc = mr.out ? PG_OK : link(b, o, id);
    size_t outputs = g->n_edges;
    /* The key that picked this instance picks nothing more inside it. */
    int same_key = o->same_key;
    if (o->keyed) o->same_key = 0;
    if (rc == PG_OK) rc = resolve_output(b, (ctx){mr.cm, mn->address, NULL}, mr.out, o, hops);
    o->same_key = same_key;
    if (rc != PG_OK) return rc;
    /* `module.vpc[each.key].public_subnet_ids` is listed as "module.vpc"
     * and "each.key": which output it reads is lost, so each output's
     * objects are one of several (not public and private subnets both). */
    if (o->keyed && !mr.out && g_several_targets(g, o->from, outputs, NULL, NULL))
      g_mark_ambiguous(g, o->from, outputs);
  }
  if (any) id_attr_mark_output(g, o->from, o->label, first, mr.part);
  if (any) return PG_OK;
  json_t *call_obj = mr.cm->call;
  if (!mr.key && !json_object_get(call_obj, "count_expression") &&
      !json_object_get(call_obj, "for_each_expression")) {
    /* A module with no resources has no node; its single instance still
     * has outputs to follow. */
    const char *ia = g_intern_cstr(g, mr.base);
    if (!ia) return PG_ERR_NOMEM;
    int rc = resolve_output(b, (ctx){mr.cm, ia, NULL}, mr.out, o, hops);
    if (rc == PG_OK) id_attr_mark_output(g, o->from, o->label, first, mr.part);
    return rc;
  }
  return PG_OK;
}

/* Resources whose attribute hands on what another argument names:
 * terraform_data's output is its input, and time_sleep and null_resource
 * keep their triggers map (`time_sleep.wait.triggers["cluster_id"]`, the
 * delay between a global cluster and its secondary). */
static const struct { const char *type, *attr, *argument; } pass_through[] = {
    {"terraform_data", "output", "input"},
    {"time_sleep", "triggers", "triggers"},
    {"null_resource", "triggers", "triggers"},
};

/* A reference to such an attribute of node id (the step after its name
 * and key) also names what that argument names, in the node's scope; when
 * it picks one part of several targets, the edges are ambiguous. */
static int resolve_passed(build *b, pg_node_id id, const addr_step *attr, int part, origin *o,
                          unsigned hops) {
  node *n = &b->g->nodes[id];
  for (size_t i = 0; n->type && i < sizeof pass_through / sizeof *pass_through; i++) {
    if (strcmp(n->type, pass_through[i].type) != 0 || !step_is(attr, pass_through[i].attr))
      continue;
    json_t *refs = json_object_get(
        json_object_get(json_object_get(n->config, "expressions"), pass_through[i].argument),
        "references");
    if (!json_is_array(refs)) return PG_OK;
    each_scope es;
    each_scope_of_node(b->g, n, &es);
    ctx c = {n->cfg, n->module, &es};
    size_t first = b->g->n_edges;
    int rc = resolve_list(b, c, refs, o, hops);
    if (rc == PG_OK && part && g_several_targets(b->g, o->from, first, NULL, NULL)) g_mark_ambiguous(b->g, o->from, first);
    return rc;
  }
  return PG_OK;
}

static int resolve_resource(build *b, ctx c, const addr_steps *st, int is_data,
                            const char *ref, origin *o, unsigned hops) {
  pg_graph *g = b->g;
  size_t t = is_data ? 1 : 0;
  if (st->count < t + 2 || st->steps[t + 1].kind != STEP_NAME)
    return note_unresolved(b, o, ref, "does not name a resource");
  const addr_step *key = st->count > t + 2 && st->steps[t + 2].kind != STEP_NAME
                             ? &st->steps[t + 2] : NULL;
  /* MODULE.[data.]TYPE.NAME, in configuration and in this instance. */
  char what[512], cfg[1024], base[2048];
  strbuf w, c1, b1;
  sb_init(&w, what, sizeof what);
  if (is_data) sb_add(&w, "data.");
  sb_addn(&w, st->steps[t].name, st->steps[t].len);
  sb_add(&w, ".");
  sb_addn(&w, st->steps[t + 1].name, st->steps[t + 1].len);
  sb_init(&c1, cfg, sizeof cfg);
  sb_add(&c1, c.m->address);
  sb_dot(&c1);
  sb_add(&c1, what);
  sb_init(&b1, base, sizeof base);
  sb_add(&b1, c.inst);
  sb_dot(&b1);
  sb_add(&b1, what);
  size_t before = o->found;
  /* `aws_subnet.public[count.index]` is listed as "aws_subnet.public" and
   * "count.index": when the target has an instance with the holder's own
   * key, that one is meant. */
  const node *holder = &g->nodes[o->from];
  int pair = 0, offset = 0;
  if (!key && o->same_key && holder->index_kind != PG_INDEX_NONE)
    for (pg_node_id id = g_first_of_base(g, base); id >= 0 && !pair; id = g->nodes[id].next_base)
      pair = refkey_same_index(&g->nodes[id], holder);
  /* Counts that differ: an offset or a wrap, so which instance is not known. */
  if (pair && !refkey_counts_match(g, holder, g_first_of_base(g, base))) pair = 0, offset = 1;
  size_t first = g->n_edges;
  for (pg_node_id id = g_first_of_base(g, base); id >= 0; id = g->nodes[id].next_base) {
    const node *n = &g->nodes[id];
    if (n->kind == PG_NODE_MODULE || !refkey_matches(n, key)) continue;
    if (pair && !refkey_same_index(n, holder)) continue;
    int rc = link(b, o, id);
    size_t at = t + 2 + (key != NULL);
    if (rc == PG_OK && st->count > at && st->steps[at].kind == STEP_NAME)
      rc = resolve_passed(b, id, &st->steps[at], st->count > at + 1, o, hops);
    if (rc != PG_OK) return rc;
  }
  if (offset && g_several_targets(g, o->from, first, NULL, NULL)) g_mark_ambiguous(g, o->from, first);
  if (o->found > before) return PG_OK;
  if (!config_resource_at(g, cfg))
    return note_unresolved(b, o, ref, "no such resource in the configuration");
  return note_unresolved(b, o, ref, "no instance of it is in the plan");
}

/* each.value (ref, "each.value" or "each.value.NAME...") in the arguments
 * of a module call with for_each: what the call's for_each gives this
 * instance, read from the references of the for_each expression in the
 * call's scope c. A whole keyed object (`for_each = module.stack`) gives
 * instance KEY, and each.value.vpc_id is module.stack[KEY].vpc_id; the
 * references of a map written out, or of a local, are every entry's, so
 * when they lead to several targets the edges are marked ambiguous: which
 * one this instance holds is not known. */
static int call_each_value(build *b, ctx c, const char *ref, origin *o, unsigned hops) {
  json_t *refs = c.each ? c.each->for_each_refs : NULL;
  if (!json_is_array(refs)) return PG_OK;
  dynkey k = {0, PG_INDEX_NONE, 0, NULL, -1};
  if (c.each->kind == PG_INDEX_STRING) {
    k.ok = 1;
    k.kind = PG_INDEX_STRING;
    k.str = c.each->str;
  }
  const char *tail = ref + strlen("each.value");
  ctx scope = {c.m, c.inst, NULL};  /* for_each cannot name each.* */
  size_t first = b->g->n_edges;
  size_t i;
  json_t *v;
  char keyed[1400], whole[1600];
  json_array_foreach(refs, i, v) {
    const char *r = json_string_value(v);
    if (!r || refkey_covered(refs, r)) continue;
    const char *kr = refkey_with_key(b->g, c.inst, k, r, keyed, sizeof keyed);
    if (!kr) return PG_ERR_NOMEM;
    if (kr != r && *tail) {  /* module.stack["a"] + .vpc_id */
      snprintf(whole, sizeof whole, "%s%s", kr, tail);
      kr = whole;
    }
    int rc = resolve(b, scope, kr, o, hops + 1);
    if (rc != PG_OK) return rc;
  }
  if (g_several_targets(b->g, o->from, first, NULL, NULL)) g_mark_ambiguous(b->g, o->from, first);
  return PG_OK;
}

/* The name after var. or local., copied into buf; "" when there is none
 * or it does not fit. */
static const char *second_name(const addr_steps *st, char *buf, size_t cap) {
  buf[0] = '\0';
  if (st->count >= 2 && st->steps[1].kind == STEP_NAME && st->steps[1].len < cap) {
    memcpy(buf, st->steps[1].name, st->steps[1].len);
    buf[st->steps[1].len] = '\0';
  }
  return buf;
}

static int resolve(build *b, ctx c, const char *ref, origin *o, unsigned hops) {
  if (hops > MAX_HOPS) return note_unresolved(b, o, ref, "too many hops to follow");
  addr_steps st;
  int parsed = addr_parse(ref, strlen(ref), &st);
  if (parsed < 0)
    /* Out of memory is not "does not parse": that would drop an edge. */
    return parsed == ADDR_NOMEM ? PG_ERR_NOMEM
                                : note_unresolved(b, o, ref, "does not parse as a reference");
  const addr_step *s0 = &st.steps[0];
  int rc = PG_OK;
  char name[256];  /* var.NAME, local.NAME */
  if (step_is(s0, "each") && st.count >= 2 && step_is(&st.steps[1], "value") && c.each &&
      c.each->for_each_refs) {
    rc = call_each_value(b, c, ref, o, hops);
  } else if (step_is(s0, "count") || step_is(s0, "each") || step_is(s0, "self") ||
      step_is(s0, "path") || step_is(s0, "terraform")) {
    /* Not objects: nothing to link. */
  } else if (step_is(s0, "var")) {
    if (*second_name(&st, name, sizeof name)) {
      size_t first = b->g->n_edges;
      rc = resolve_var(b, c, name, ref + st.steps[1].end, o, hops);
      if (rc == PG_OK) id_attr_mark_regions(b->g, o->from, o->label, first);
    }
  } else if (step_is(s0, "local")) {
    /* Its text, where the sources are at hand, may tell what it names. */
    json_t *picked = NULL;
    int told = *second_name(&st, name, sizeof name) ? varpath_pick_local(b, c.m, name, ref + st.steps[1].end, &picked) : 0;
    if (told)
      rc = told < 0 ? PG_ERR_NOMEM : resolve_picked(b, c, picked, o, hops);
    else
      rc = note_unresolved_as(b, o, ref, PG_UNRESOLVED_LOCAL,
                              "a local value: plan JSON does not describe locals");
    if (!told && rc == PG_OK && *name) {
      rc = locals_note(b, o->from, o->kind, o->label, c.m->address, c.inst, name, ref,
                       st.count > 2 || o->part || o->dynamic);
    }
  } else if (step_is(s0, "module")) {
    rc = resolve_module(b, c, &st, ref, o, hops);
  } else if (step_is(s0, "data")) {
    rc = resolve_resource(b, c, &st, 1, ref, o, hops);
  } else if (step_is(s0, "ephemeral")) {
    rc = note_unresolved(b, o, ref, "an ephemeral resource: plans do not hold them");
  } else {
    rc = resolve_resource(b, c, &st, 0, ref, o, hops);
  }
  addr_steps_free(&st);
  return rc;
}

/* ---- walking a resource's configuration -------------------------------- */

static int top_reference(build *b, ctx c, const char *ref, origin *o) {
  o->found = 0;
  o->missed = 0;
  size_t first_local = b->n_locals;
  int rc = resolve(b, c, ref, o, 0);
  if (rc != PG_OK) return rc;
  if (o->found) {
    b->g->refs_resolved++;
  } else if (o->missed) {
    b->g->refs_unresolved++;
    /* Every dead end a local: terraform graph may resolve it yet. */
    if (o->missed == b->n_locals - first_local) locals_group(b, first_local);
  }
  return PG_OK;
}

static int top_list(build *b, ctx c, json_t *refs, origin *o);

/* A for_each over a whole keyed object (`for_each = module.app`,
 * `for_each = aws_subnet.private`) gives instance KEY that object's
 * instance KEY: each.value is module.app[KEY]. The holder's own key keys
 * such a reference, so instance k links to instance k, not to all of them
 * (n x n edges). Other references are resolved as they are. */
static int own_key_list(build *b, ctx c, json_t *refs, origin *o) {
  dynkey k = {0, PG_INDEX_NONE, 0, NULL, -1};
  if (c.each && c.each->kind == PG_INDEX_STRING) {
    k.ok = 1;
    k.kind = PG_INDEX_STRING;
    k.str = c.each->str;
  }
  size_t i;
  json_t *v;
  char keyed[1400];
  json_array_foreach(refs, i, v) {
    const char *r = json_string_value(v);
    if (!r || refkey_covered(refs, r)) continue;
    const char *kr = refkey_with_key(b->g, c.inst, k, r, keyed, sizeof keyed);
    int rc = kr ? top_reference(b, c, kr, o) : PG_ERR_NOMEM;
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

/* `route_table_id = each.value`: the attribute holds whatever the resource's
 * own for_each names, so it gets edges to those targets under its own label
 * (queries ask for route_table_id, not for_each). */
static int each_value(build *b, ctx c, origin *o) {
  json_t *cfg = b->g->nodes[o->from].config;
  json_t *refs = json_object_get(json_object_get(cfg, "for_each_expression"),
                                 "references");
  if (!json_is_array(refs)) return PG_OK;
  /* for_each cannot name each.*, so this does not come back here; keep the
   * holder's own count.index / each.key mark for the rest of its list. */
  int same_key = o->same_key;
  int rc = own_key_list(b, c, refs, o);
  o->same_key = same_key;
  return rc;
}

/* Whether reference r is var.NAME, or something below it. */
static int names_var(const char *r, const char *name, size_t len) {
  return strncmp(r, "var.", 4) == 0 && strncmp(r + 4, name, len) == 0 &&
         (r[4 + len] == '\0' || r[4 + len] == '.' || r[4 + len] == '[');
}

/* `x = var.a == null && local.b ? var.x : null`: when an attribute's
 * expression names the input of its own name, that input is its value and
 * the other inputs and locals it names are conditions. Plan JSON keeps no expression
 * structure, so this naming convention (every terraform-aws-modules module
 * follows it) is the one sign of it. */
static int condition_var(json_t *refs, const origin *o, const char *r) {
  if (o->kind != PG_EDGE_REFERENCE || !o->label ||
      (strncmp(r, "var.", 4) != 0 && strncmp(r, "local.", 6) != 0))
    return 0;
  const char *leaf = strrchr(o->label, '.');
  leaf = leaf ? leaf + 1 : o->label;
  size_t len = strlen(leaf);
  if (names_var(r, leaf, len)) return 0;
  size_t i;
  json_t *v;
  json_array_foreach(refs, i, v) {
    const char *x = json_string_value(v);
    if (x && names_var(x, leaf, len)) return 1;
  }
  return 0;
}

static int top_list(build *b, ctx c, json_t *refs, origin *o) {
  size_t i;
  json_t *v;
  o->same_key = 0;
  json_array_foreach(refs, i, v) {
    const char *r = json_string_value(v);
    if (r && (strcmp(r, "count.index") == 0 || strcmp(r, "each.key") == 0)) o->same_key = 1;
  }
  dynkey k = refkey_dynamic(refs, c.each);
  char keyed[1400];
  int dynamic = refkey_names_dynamic(refs);
  size_t first = b->g->n_edges;
  json_array_foreach(refs, i, v) {
    const char *r = json_string_value(v);
    if (!r || refkey_covered(refs, r)) continue;
    int is_each = refkey_is_each_value(r);
    /* each.value that gave the key named an instance, not the for_each. */
    if (is_each && k.ok && c.each && c.each->value) continue;
    pg_edge_kind kind = o->kind;
    if (condition_var(refs, o, r)) o->kind = PG_EDGE_DEPENDS_ON;
    const char *kr = refkey_with_key(b->g, c.inst, k, r, keyed, sizeof keyed);
    if (!kr) return PG_ERR_NOMEM;
    if (kr == r) kr = refkey_var_with_key(k, r, keyed, sizeof keyed);
    o->dynamic = dynamic && kr == r;
    o->keyed = kr != r;
    /* each.value.X: one entry's part of what the for_each names. */
    o->part = is_each && strcmp(r, "each.value") != 0;
    int rc = is_each ? each_value(b, c, o) : top_reference(b, c, kr, o);
    o->dynamic = 0;
    o->keyed = 0;
    o->part = 0;
    o->kind = kind;
    if (rc != PG_OK) return rc;
  }
  branches_mark(b->g, c.m, refs, o->from, first);
  return PG_OK;
}

/* Expressions are {references, constant_value} leaves inside nested block
 * objects and arrays; the label is the key path down to the leaf. */
static int walk_expressions(build *b, ctx c, json_t *e, char *path, size_t plen,
                            origin *o, unsigned depth) {
  if (depth > 32) return PG_OK;
  if (json_is_array(e)) {
    size_t i;
    json_t *v;
    json_array_foreach(e, i, v) {
      int rc = walk_expressions(b, c, v, path, plen, o, depth + 1);
      if (rc != PG_OK) return rc;
    }
    return PG_OK;
  }
  if (!json_is_object(e)) return PG_OK;
  json_t *refs = json_object_get(e, "references");
  if (json_is_array(refs)) {
    o->label = g_intern(b->g, path, plen);
    if (!o->label) return PG_ERR_NOMEM;
    /* Planned null: the value names nothing, so its references (often a
     * condition's) only order the apply; they stay as ordering edges, for
     * explain and path, and no query reads them as the attribute. */
    pg_edge_kind kind = o->kind;
    if (values_planned_null(&b->g->nodes[o->from], path)) o->kind = PG_EDGE_DEPENDS_ON;
    int rc = top_list(b, c, refs, o);
    o->kind = kind;
    return rc;
  }
  if (json_object_get(e, "constant_value")) return PG_OK;
  const char *k;
  json_t *v;
  json_object_foreach(e, k, v) {
    size_t kl = strlen(k);
    if (plen + kl + 2 >= 1024) continue;
    size_t np = plen;
    if (np) path[np++] = '.';
    memcpy(path + np, k, kl);
    np += kl;
    path[np] = '\0';
    int rc = walk_expressions(b, c, v, path, np, o, depth + 1);
    path[plen] = '\0';
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

static int meta_refs(build *b, ctx c, json_t *holder, const char *prefix, origin *o) {
  static const char *const metas[][2] = {{"count_expression", "count"},
                                         {"for_each_expression", "for_each"}};
  for (size_t i = 0; i < 2; i++) {
    json_t *refs = json_object_get(json_object_get(holder, metas[i][0]), "references");
    if (!refs) continue;
    char label[300];
    snprintf(label, sizeof label, "%s%s", prefix, metas[i][1]);
    o->kind = PG_EDGE_REFERENCE;
    o->label = g_intern_cstr(b->g, label);
    if (!o->label) return PG_ERR_NOMEM;
    int rc = i == 1 ? own_key_list(b, c, refs, o) : top_list(b, c, refs, o);
    if (rc != PG_OK) return rc;
  }
  json_t *deps = json_object_get(holder, "depends_on");
  size_t i;
  json_t *v;
  o->kind = PG_EDGE_DEPENDS_ON;
  o->label = NULL;
  json_array_foreach(deps, i, v) {
    const char *r = json_string_value(v);
    if (!r) continue;
    int rc = top_reference(b, c, r, o);
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

/* Links the block under label to the references of the call's argument
 * for input var. */
typedef struct dyn_ctx {
  build *b;
  ctx c;
  origin *o;
} dyn_ctx;

static int dynamic_input(void *arg, const char *var, const char *label) {
  dyn_ctx *d = arg;
  build *b = d->b;
  origin *o = d->o;
  char ref[310];
  snprintf(ref, sizeof ref, "var.%s", var);
  o->label = g_intern_cstr(b->g, label);
  if (!o->label) return PG_ERR_NOMEM;
  o->found = o->missed = 0;
  return resolve(b, d->c, ref, o, 0);
}

static int node_refs(build *b, pg_node_id id) {
  pg_graph *g = b->g;
  const node *n = &g->nodes[id];
  /* Resolving may add nodes (a module call's node for an ambiguous key),
   * which moves g->nodes: keep what is needed, not n. */
  json_t *config = n->config;
  if (!config || !n->cfg) return PG_OK;
  each_scope es;
  each_scope_of_node(g, n, &es);
  ctx c = {n->cfg, n->module, &es};
  origin o = {id, PG_EDGE_REFERENCE, NULL, 0, 0, 0, 0, 0, 0};
  char path[1024] = "";
  int rc = walk_expressions(b, c, json_object_get(config, "expressions"), path,
                            0, &o, 0);
  if (rc == PG_OK)
    rc = dynblocks_each(g, c.m, json_object_get(config, "expressions"), id, dynamic_input,
                        &(dyn_ctx){b, c, &o});
  if (rc == PG_OK) rc = meta_refs(b, c, config, "", &o);
  /* Each enclosing module call's depends_on, count and for_each. */
  ctx in = c;
  while (rc == PG_OK && in.m && in.m->parent) {
    ctx up = {in.m->parent, modvar_parent_instance(g, in.inst), NULL};
    if (!up.inst) return PG_ERR_NOMEM;
    char prefix[300];
    snprintf(prefix, sizeof prefix, "module.%s.", in.m->call_name);
    rc = meta_refs(b, up, in.m->call, prefix, &o);
    in = up;
  }
  return rc;
}

int refs_resolve(build *b) {
  size_t count = b->g->n_nodes;
  for (size_t i = 0; i < count; i++) {
    pg_node_kind k = b->g->nodes[i].kind;
    if (k != PG_NODE_RESOURCE && k != PG_NODE_DATA) continue;
    int rc = node_refs(b, (pg_node_id)i);
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}
