/* Following a region through the configuration: a provider's (or a
 * resource's) region expression, through constants, input variables and
 * their defaults, module inputs and outputs, local values, and
 * expressions the sources write where plan JSON records only what they
 * read. Each step is told in a reason, "var.dr <- module.dr input <- ...",
 * so that an unknown region says where the chain stopped. */
#include "resolve/regionchain.h"

#include "resolve/hclexpr.h"
#include "resolve/modpaths.h"
#include "resolve/modvars.h"
#include "resolve/refpath.h"
#include "resolve/regionname.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void how_append(region_result *r, const char *fmt, const char *a, const char *c) {
  size_t used = strlen(r->how);
  if (used >= sizeof r->how - 1) return;
  /* A chain longer than the buffer is cut: the reason is told, not kept. */
  if (snprintf(r->how + used, sizeof r->how - used, fmt, a, c ? c : "") < 0) r->how[used] = '\0';
}

static void resolve_ref(build *b, const char *first, cfg_module *m, region_result *r,
                        unsigned hops, const char *path);
static int local_value(build *b, const char *ref, cfg_module *m, region_result *r, unsigned hops,
                       const char *path);
static int written_value(build *b, const char *text, const char *at, json_t *refs,
                         cfg_module *m, region_result *r, unsigned hops, const char *path);

/* Whether member key of a marks slice (after_unknown, after_sensitive) is
 * marked: true, or anything but false (a part of it marked). */
static int marked(jslice marks, const char *key) {
  jslice v;
  return marks.p && js_member(marks, key, &v) == 1 && !(v.n == 5 && memcmp(v.p, "false", 5) == 0);
}

/* The value of data.TYPE.NAME.ATTR+path (ref) in module m: what the plan
 * holds for a data source its provider read while planning
 * (data.aws_region.current.name). NULL with why when it has no one
 * instance at that address, or the value is read at apply; with
 * *sensitive set when it is marked sensitive. */
static json_t *data_json(build *b, const char *ref, const cfg_module *m, int *sensitive,
                         char *why, size_t why_len) {
  const char *t = ref + 5, *nm, *attr;
  size_t tl = strcspn(t, ".["), nl = 0, al = 0;
  if (t[tl] == '.') nl = strcspn(nm = t + tl + 1, ".[");
  if (nl && nm[nl] == '.') al = strcspn(attr = nm + nl + 1, ".[");
  char addr[600], key[256];
  pg_node_id id = -1;
  if (al && al < sizeof key &&
      snprintf(addr, sizeof addr, "%s%sdata.%.*s.%.*s", m && *m->address ? m->address : "",
               m && *m->address ? "." : "", (int)tl, t, (int)nl, nm) < (int)sizeof addr)
    id = pg_graph_find(b->g, addr);
  const node *n = id >= 0 ? &b->g->nodes[id] : NULL;
  if (!n || n->kind != PG_NODE_DATA || !n->values.p) {
    snprintf(why, why_len, "%s, not known until apply", ref);
    return NULL;
  }
  memcpy(key, attr, al);
  key[al] = '\0';
  jslice v;
  if (marked(n->sensitive, key)) {
    *sensitive = 1;
    snprintf(why, why_len, "%.*s is sensitive", (int)(attr + al - ref), ref);
    return NULL;
  }
  if (marked(n->unknown, key) || js_member(n->values, key, &v) != 1) {
    snprintf(why, why_len, "%s, read only at apply", ref);
    return NULL;
  }
  json_t *whole = json_loadb(v.p, v.n, JSON_DECODE_ANY, NULL);
  json_t *part = json_incref(refpath_value_at(whole, attr + al));
  json_decref(whole);
  if (!part) snprintf(why, why_len, "%s is not in the value read", ref);
  return part;
}

/* An expression that reads several values (`var.dr != "" ? var.dr :
 * var.region`, `var.use_dr ? var.regions.dr : var.regions.primary`):
 * plan JSON records what it reads, not what it does, so the first is no
 * more its value than the others. The region is known when every one of
 * them is a region, the same; else it is not, and the reason names each
 * (a condition's flag, a literal the expression may pick instead, are
 * not in the plan as regions). */
static void resolve_several(build *b, json_t *refs, cfg_module *m, region_result *r,
                            unsigned hops, const char *path) {
  const char *agreed = NULL;
  int differ = 0, all = 1;
  how_append(r, "an expression of ", NULL, NULL);
  for (size_t i = 0, shown = 0; i < json_array_size(refs); i++) {
    if (!refpath_read(refs, i)) continue;
    region_result one = {0};
    resolve_ref(b, json_string_value(json_array_get(refs, i)), m, &one, hops + 1, path);
    r->sensitive |= one.sensitive;
    how_append(r, shown++ ? "; %s" : "%s", one.how, NULL);
    all &= one.region != NULL;
    differ |= one.region && agreed && agreed != one.region;
    if (one.region) agreed = one.region;
  }
  if (agreed && all && !differ && !r->sensitive) {
    r->region = agreed;
    return;
  }
  how_append(r, differ ? " (different regions: plan JSON does not record which the expression "
                         "picks)"
                       : " (not all of them regions: plan JSON does not record what the "
                         "expression makes of them)",
             NULL, NULL);
}

/* module.NAME.OUTPUT read in module m: the output's expression, read in
 * the called module (whose literal region, or input, it may give).
 * Returns 0 when the configuration does not hold it. */
static int module_output(build *b, const char *ref, cfg_module *m, region_result *r,
                         unsigned hops, const char *path) {
  pg_graph *g = b->g;
  const char *name = ref + 7;
  size_t name_len = strcspn(name, ".[");
  if (name[name_len] != '.') return 0;
  const char *out = name + name_len + 1;
  size_t out_len = strcspn(out, ".[");
  char addr[512], output[256];
  if (snprintf(addr, sizeof addr, "%s%smodule.%.*s", m && *m->address ? m->address : "",
               m && *m->address ? "." : "", (int)name_len, name) >= (int)sizeof addr ||
      snprintf(output, sizeof output, "%.*s", (int)out_len, out) >= (int)sizeof output)
    return 0;
  cfg_module *child = config_module(g, addr);
  json_t *decl = child ? json_object_get(json_object_get(child->obj, "outputs"), output) : NULL;
  json_t *expr = json_object_get(decl, "expression");
  if (!expr) return 0;
  char rest[512];
  if (snprintf(rest, sizeof rest, "%s%s", out + out_len, path) >= (int)sizeof rest) return 0;
  how_append(r, "%s <- output of ", ref, NULL);
  how_append(r, "%s: ", addr, NULL);
  /* A sensitive output, as a sensitive variable, is never a region: its
   * value must not reach a reason, a region node or a query. */
  if (json_is_true(json_object_get(decl, "sensitive"))) {
    r->sensitive = 1;
    how_append(r, "a sensitive output, so the region comes from a sensitive value", NULL, NULL);
    return 1;
  }
  /* The output's value as written, when it is more than a reference. */
  char key[800];
  if (snprintf(key, sizeof key, "%s#output.%s", addr, output) >= (int)sizeof key ||
      !text_value(b, key, expr, child, r, hops + 1, rest))
    resolve_expr(b, expr, child, r, hops + 1, rest);
  return 1;
}

/* A string the chain led to, told in how already: the region when it is
 * a region's name. Any other ("", "prod", "eu-west") is what an expression
 * the plan does not record turns into a region (`var.dr != "" ? var.dr :
 * "us-west-2"`, `"${var.geo}-2"`, `var.env == "prod" ? ...`), so the
 * region is not known. */
static void accept_region(pg_graph *g, region_result *r, const char *s) {
  if (region_name_is(s, strlen(s))) {
    r->region = g_intern_cstr(g, s);
    return;
  }
  how_append(r, ", which is no region name: the region is an expression of it, and plan JSON "
             "records only what it reads", NULL, NULL);
}

/* The value var.NAME+path takes from v (the variable's value or default):
 * its region when that part is a string. */
static int take(pg_graph *g, region_result *r, const char *var, const char *path, json_t *v,
                const char *from) {
  json_t *part = refpath_value_at(v, path);
  if (!json_is_string(part)) return 0;
  char shown[320];
  if (snprintf(shown, sizeof shown, "%s%s", var, path) < 0) shown[0] = '\0';
  how_append(r, "var.%s = \"%s\"", shown, json_string_value(part));
  how_append(r, " (%s)", from, NULL);
  accept_region(g, r, json_string_value(part));
  return 1;
}

/* Why var.NAME+path gives no region although the plan holds a value. */
static void no_string(region_result *r, const char *var, const char *path, json_t *v) {
  if (v && (json_is_object(v) || json_is_array(v)) && !*path)
    how_append(r, "var.%s is a %s, and which part the expression picks is not in the plan", var,
               json_is_object(v) ? "map or object" : "list");
  else if (v && *path)
    how_append(r, "var.%s has no %s holding a region in the plan", var, path);
  else if (json_is_null(v)) {
    how_append(r, "var.%s is null: the region is what the expression puts in its place, "
               "which plan JSON does not record", var, NULL);
    r->null_value = 1;
  }
  else if (json_is_boolean(v) || json_is_number(v))
    how_append(r, "var.%s = %s, no region", var, json_is_true(v) ? "true"
                                                 : json_is_false(v) ? "false" : "a number");
  else
    how_append(r, "var.%s has no known value in the plan", var, NULL);
}

static void resolve_var(build *b, const char *var, const char *path, cfg_module *m,
                        region_result *r, unsigned hops) {
  pg_graph *g = b->g;
  modvar mv;
  modvar_lookup(g, m, var, &mv);
  json_t *def = json_object_get(mv.decl, "default");
  /* A sensitive variable, at any module depth, is never a region: its value
   * (or default) must not reach a reason, a region node or a query. */
  if (json_is_true(json_object_get(mv.decl, "sensitive"))) {
    r->sensitive = 1;
    how_append(r, "var.%s is sensitive, so the region comes from a sensitive value",
               var, NULL);
    return;
  }
  if (mv.kind == MODVAR_ROOT) {
    if (!take(g, r, var, path, mv.value, "plan variables") &&
        !(!mv.value && take(g, r, var, path, def, "its default")))
      no_string(r, var, path, mv.value ? mv.value : def);
    return;
  }
  char shown[320];
  if (snprintf(shown, sizeof shown, "%s%s", var, path) < 0) shown[0] = '\0';
  how_append(r, "var.%s <- %s input", shown, m->address);
  if (mv.kind == MODVAR_UNSET) {
    json_t *part = refpath_value_at(def, path);
    if (json_is_string(part)) {
      how_append(r, " not set; default \"%s\"", json_string_value(part), NULL);
      accept_region(g, r, json_string_value(part));
    } else {
      how_append(r, " not set and no default", NULL, NULL);
    }
    return;
  }
  how_append(r, " <- ", NULL, NULL);
  /* The call's argument as written, when it is more than a reference. */
  char key[600];
  if (snprintf(key, sizeof key, "%s#%s", m->address, var) >= (int)sizeof key ||
      !text_value(b, key, mv.expr, mv.scope, r, hops + 1, path))
    resolve_expr(b, mv.expr, mv.scope, r, hops + 1, path);
}

/* A .tf.json expression: plan JSON records a JSON string as its constant
 * value, template and all ("${local.reg}"), beside the references the
 * template reads. Evaluated as the template it is; 0 when it cannot be
 * written as one. */
static int template_value(build *b, const char *tpl, json_t *refs, cfg_module *m,
                          region_result *r, unsigned hops) {
  char text[1024];
  size_t n = 0;
  text[n++] = '"';
  const char *c = tpl;
  for (; *c && n + 3 < sizeof text; c++) {
    if (*c == '"' || *c == '\\') text[n++] = '\\';
    text[n++] = *c;
  }
  if (*c) return 0;  /* too long to write out whole */
  text[n++] = '"';
  text[n] = '\0';
  return written_value(b, text, "as planned", refs, m, r, hops, "");
}

/* Follows one expression ({constant_value} or {references}) in module m,
 * then path into its value (the traversal a caller applied to it). */
void resolve_expr(build *b, json_t *expr, cfg_module *m, region_result *r, unsigned hops,
                  const char *path) {
  pg_graph *g = b->g;
  if (hops > REGION_HOPS) {
    how_append(r, "too many hops", NULL, NULL);
    return;
  }
  json_t *cv = refpath_value_at(json_object_get(expr, "constant_value"), path);
  json_t *refs = json_object_get(expr, "references");
  if (json_is_string(cv) && strstr(json_string_value(cv), "${") && json_array_size(refs) &&
      template_value(b, json_string_value(cv), refs, m, r, hops))
    return;
  if (json_is_string(cv)) {
    how_append(r, "\"%s\"", json_string_value(cv), NULL);
    accept_region(g, r, json_string_value(cv));
    return;
  }
  const char *first = json_string_value(json_array_get(refs, 0));
  if (!first) {
    how_append(r, "an expression whose value is not in the plan", NULL, NULL);
    return;
  }
  if (refpath_count_reads(refs) > 1) {
    resolve_several(b, refs, m, r, hops, path);
    return;
  }
  resolve_ref(b, refpath_only_read(refs), m, r, hops, path);
}

/* The one reference an expression reads (not an object it goes through:
 * read_ref), in module m. */
static void resolve_ref(build *b, const char *first, cfg_module *m, region_result *r,
                        unsigned hops, const char *path) {
  if (strncmp(first, "module.", 7) == 0 && module_output(b, first, m, r, hops, path)) return;
  if (strncmp(first, "var.", 4) == 0) {
    /* var.NAME, then what the reference and the caller traverse. */
    char var[256], rest[512];
    size_t len = strcspn(first + 4, ".[");
    snprintf(var, sizeof var, "%.*s", (int)len, first + 4);
    snprintf(rest, sizeof rest, "%s%s", first + 4 + len, path);
    resolve_var(b, var, rest, m, r, hops);
    return;
  }
  if (strncmp(first, "local.", 6) == 0) {
    if (!local_value(b, first, m, r, hops, path))
      how_append(r, "%s, a local value, which plan JSON does not describe", first, NULL);
    return;
  }
  if (strncmp(first, "terraform.", 10) == 0 || strncmp(first, "path.", 5) == 0) {
    /* Fixed before the plan (the workspace), but not recorded in it. */
    how_append(r, "%s, which plan JSON does not record", first, NULL);
    return;
  }
  if (strncmp(first, "data.", 5) == 0) {
    /* Read while planning, its value is in the plan. */
    char why[300], rest[600];
    snprintf(rest, sizeof rest, "%s%s", first, path);
    json_t *v = data_json(b, rest, m, &r->sensitive, why, sizeof why);
    if (json_is_string(v)) {
      how_append(r, "%s = \"%s\" (read while planning)", rest, json_string_value(v));
      accept_region(b->g, r, json_string_value(v));
    } else {
      how_append(r, v ? "%s, which is no string" : "%s", v ? rest : why, NULL);
    }
    json_decref(v);
    return;
  }
  how_append(r, "%s, not known until apply", first, NULL);
}

/* ---- a region expression read from the sources ------------------------ */

#define TEXT_REFS 16

typedef struct text_ctx {
  build *b;
  pg_graph *g;
  cfg_module *m;
  region_result *r;
  char seen[200];   /* the values it read, "var.p = \"us-east-1\", ..." */
  char refs[TEXT_REFS][128];  /* the references it read, as written */
  size_t n_refs;
  unsigned hops;
} text_ctx;

/* Notes what ref read, for the reason: a scalar by its value, a map or
 * list by its kind only (its other members are none of the region's
 * business). */
static void seen_value(text_ctx *c, const char *ref, json_t *v) {
  char mark[300];
  snprintf(mark, sizeof mark, "%s ", ref);
  if (strstr(c->seen, mark)) return;  /* read twice, shown once */
  char *shown = json_is_object(v) || json_is_array(v)
                    ? NULL : json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT);
  size_t used = strlen(c->seen);
  if (snprintf(c->seen + used, sizeof c->seen - used, "%s%s %s%.60s", used ? ", " : "", ref,
               shown ? "= " : json_is_object(v) ? "(a map)" : "(a list)", shown ? shown : "") < 0)
    c->seen[used] = '\0';
  free(shown);
}

static json_t *lookup_ref(void *ctx, const char *ref, char *why, size_t why_len, int *how);

/* file(path) in a region expression: the file beside the configuration. */
static json_t *read_ref(void *ctx, const char *path, char *why, size_t why_len) {
  text_ctx *c = ctx;
  return modpath_file(c->g, path, why, why_len);
}

/* Evaluates written text in module m into *v (a new reference, or NULL
 * with why), c set up to record what it reads (its region_result inner).
 * Returns 0, with nothing kept, when the text does not read exactly the
 * plan's references: another configuration's text, not the one planned.
 * Shared by a provider's region, a module argument, a module output and a
 * local value (refs NULL: plan JSON records none of a local's). */
static int eval_written(build *b, const char *text, json_t *refs, cfg_module *m, unsigned hops,
                        text_ctx *c, region_result *inner, json_t **v, char *why,
                        size_t why_len) {
  *c = (text_ctx){b, b->g, m, inner, "", {{0}}, 0, hops};
  *v = hclexpr_eval(text, lookup_ref, read_ref, c, why, why_len);
  int planned = !refs || (c->n_refs < TEXT_REFS &&
                          refpath_reads_exactly(refs, c->refs[0], sizeof c->refs[0], c->n_refs));
  if (hclexpr_understood(text) && !planned) {
    json_decref(*v);
    *v = NULL;
    return 0;
  }
  return 1;
}

/* A module argument (var NAME of c's module) that the call writes as more
 * than a reference: evaluated in the caller, into *v (a new reference, or
 * NULL with why). Returns 0 when there is no such text, or it is not the
 * plan's. */
static int argument_text(text_ctx *c, const char *name, const modvar *mv, json_t **v, char *why,
                         size_t why_len) {
  char key[600];
  const char *file, *text;
  unsigned line;
  if (snprintf(key, sizeof key, "%s#%s", c->m->address, name) >= (int)sizeof key ||
      !(text = sources_expr(c->b, key, &file, &line)) || !*text ||
      json_object_get(mv->expr, "constant_value") || hclexpr_is_reference(text) ||
      c->hops > REGION_HOPS)
    return 0;
  region_result inner = {0};
  text_ctx sub;
  if (!eval_written(c->b, text, json_object_get(mv->expr, "references"), mv->scope, c->hops + 1,
                    &sub, &inner, v, why, why_len))
    return 0;
  if (inner.sensitive) {
    c->r->sensitive = 1;
    json_decref(*v);
    *v = NULL;
    snprintf(why, why_len, "var.%s reads a sensitive value", name);
  }
  return 1;
}

/* The key of local.NAME (ref, with any path after it) in module m, and
 * that path, or 0 when they do not fit. */
static int local_key(const char *ref, const cfg_module *m, char *key, size_t cap,
                     const char **rest) {
  const char *name = ref + 6;
  size_t len = strcspn(name, ".[");
  *rest = name + len;
  return snprintf(key, cap, "%s#local.%.*s", m && m->address ? m->address : "", (int)len,
                  name) < (int)cap;
}

/* The value of local.NAME+path in c's module, for hclexpr: its expression
 * as the sources write it (plan JSON records no local), evaluated there;
 * NULL with why when there is none, or it has no value. Never a sensitive
 * one. */
static json_t *local_json(text_ctx *c, const char *ref, char *why, size_t why_len,
                          int *how) {
  char key[600], inner_why[300];
  const char *rest, *file, *text = NULL;
  unsigned line;
  if (!local_key(ref, c->m, key, sizeof key, &rest) ||
      !(text = sources_expr(c->b, key, &file, &line)) || !*text) {
    snprintf(why, why_len, text ? "%s, whose expression is too long for plangraph to read (or a heredoc)"
                                : "%s, a local value, which plan JSON does not describe", ref);
    return NULL;
  }
  if (c->hops > REGION_HOPS || c->b->local_evals++ >= REGION_LOCAL_EVALS) {
    snprintf(why, why_len, "%s: too many hops", ref);
    return NULL;
  }
  region_result inner = {0};
  text_ctx sub;
  json_t *v;
  inner_why[0] = '\0';
  eval_written(c->b, text, NULL, c->m, c->hops + 1, &sub, &inner, &v, inner_why, sizeof inner_why);
  c->r->sensitive |= inner.sensitive;
  json_t *part = inner.sensitive ? NULL : json_incref(refpath_value_at(v, rest));
  if (inner.sensitive) snprintf(why, why_len, "%.*s reads a sensitive value", (int)(rest - ref), ref);
  else if (!v) snprintf(why, why_len, "%.*s = %.120s: %s", (int)(rest - ref), ref, text, inner_why);
  else if (!part && sub.n_refs == 0) snprintf(why, why_len, "%s has no such part", ref);
  else if (!part) snprintf(why, why_len, "%s is not in the value computed; a variable's type "
                                         "may give it a default (optional())", ref);
  else seen_value(c, ref, part);
  /* A literal is exact: a part missing from it is terraform's error, which
   * try() catches; one read elsewhere (a variable) may miss a default its
   * type adds. */
  if (v && sub.n_refs == 0) *how = part ? HCLEXPR_EXACT : HCLEXPR_MISSING;
  json_decref(v);
  return part;
}

/* The region a chain followed for ref gave (sub), as hclexpr's value:
 * its sensitivity passed on to c's, and NULL when it is none or
 * sensitive. */
static json_t *sub_region(text_ctx *c, const char *ref, const region_result *sub) {
  c->r->sensitive |= sub->sensitive;
  if (!sub->region || sub->sensitive) return NULL;
  json_t *v = json_string(sub->region);
  seen_value(c, ref, v);
  return v;
}

/* A reference that is no variable, local or data (a module's output):
 * the region the chain gives, if any. */
static json_t *chain_json(text_ctx *c, const char *ref, char *why, size_t why_len) {
  region_result sub = {0};
  resolve_ref(c->b, ref, c->m, &sub, c->hops + 1, "");
  json_t *v = sub_region(c, ref, &sub);
  if (!v) snprintf(why, why_len, "%s", sub.how);
  return v;
}

/* var.NAME+path of a module argument with no literal there: its written
 * text, or the region its chain resolves to. */
static json_t *argument_json(text_ctx *c, const char *ref, const char *var, const modvar *mv,
                             const char *path, char *why, size_t why_len) {
  json_t *written = NULL, *part;
  if (argument_text(c, var, mv, &written, why, why_len)) {
    part = json_incref(refpath_value_at(written, path));
    if (part) seen_value(c, ref, part);
    else if (written)
      snprintf(why, why_len, "%s is not in the argument written; the variable's type may give it "
                             "a default (optional())", ref);
    json_decref(written);
    return part;
  }
  region_result sub = {0};
  resolve_expr(c->b, mv->expr, mv->scope, &sub, c->hops + 1, path);
  json_t *v = sub_region(c, ref, &sub);
  if (!v) snprintf(why, why_len, "%s <- %s", ref, sub.how);
  return v;
}

/* The value of var.NAME+path in c's module: what the plan holds for a root
 * variable (or its default, or a module input's literal), or a region an
 * input's chain resolves to. Never a sensitive one. */
static json_t *var_json(text_ctx *c, const char *ref, char *why, size_t why_len, int *how) {
  char var[256];
  size_t len = strcspn(ref + 4, ".[");
  snprintf(var, sizeof var, "%.*s", (int)len, ref + 4);
  const char *path = ref + 4 + len;
  modvar mv;
  modvar_lookup(c->g, c->m, var, &mv);
  if (json_is_true(json_object_get(mv.decl, "sensitive"))) {
    c->r->sensitive = 1;
    snprintf(why, why_len, "var.%s is sensitive", var);
    return NULL;
  }
  json_t *def = json_object_get(mv.decl, "default"), *whole;
  if (mv.kind == MODVAR_ROOT) whole = mv.value ? mv.value : def;
  else if (mv.kind == MODVAR_UNSET) whole = def;
  else whole = json_object_get(mv.expr, "constant_value");
  json_t *part = refpath_value_at(whole, path);
  /* A root variable's planned value is terraform's own, converted to its
   * type (optional() defaults in): exact, so a part missing from it is an
   * error try() catches. A default or a module argument as written is not:
   * the declared type, which plan JSON does not record, may add the part. */
  int exact = mv.kind == MODVAR_ROOT && mv.value;
  if (part) {
    seen_value(c, ref, part);
    if (exact) *how = HCLEXPR_EXACT;
    return json_incref(part);
  }
  if (whole && exact) {
    snprintf(why, why_len, "%s has no such part", ref);
    *how = HCLEXPR_MISSING;
    return NULL;
  }
  if (whole) {
    snprintf(why, why_len, "%s is not in the value written; the variable's type may give it "
                           "a default (optional()), which plan JSON does not record", ref);
    return NULL;
  }
  if (mv.kind == MODVAR_ARGUMENT) return argument_json(c, ref, var, &mv, path, why, why_len);
  snprintf(why, why_len, "%s has no value in the plan", ref);
  return NULL;
}

/* The value of reference ref in c's module, for hclexpr (hclexpr_lookup). */
static json_t *lookup_ref(void *ctx, const char *ref, char *why, size_t why_len, int *how) {
  text_ctx *c = ctx;
  if (c->n_refs < TEXT_REFS) snprintf(c->refs[c->n_refs++], sizeof c->refs[0], "%s", ref);
  if (strncmp(ref, "local.", 6) == 0) return local_json(c, ref, why, why_len, how);
  if (strncmp(ref, "var.", 4) == 0) return var_json(c, ref, why, why_len, how);
  if (strncmp(ref, "path.", 5) == 0) {
    json_t *v = modpath_value(c->g, c->m, ref, why, why_len);
    if (v) seen_value(c, ref, v), *how = HCLEXPR_EXACT;
    return v;
  }
  if (strncmp(ref, "data.", 5) != 0) return chain_json(c, ref, why, why_len);
  int sensitive = 0;
  json_t *v = data_json(c->b, ref, c->m, &sensitive, why, why_len);
  c->r->sensitive |= sensitive;
  if (v) seen_value(c, ref, v), *how = HCLEXPR_EXACT;  /* read as it is */
  return v;
}

/* local.NAME+path read in module m by an expression of plan JSON (which
 * records that it reads the local, not what the local is): the local's
 * expression as the sources write it, evaluated in m. Returns 0 when the
 * sources do not hold it. */
static int local_value(build *b, const char *ref, cfg_module *m, region_result *r, unsigned hops,
                       const char *path) {
  char key[600], rest[512];
  const char *tail, *file;
  unsigned line;
  if (!local_key(ref, m, key, sizeof key, &tail) || !sources_expr(b, key, &file, &line) ||
      snprintf(rest, sizeof rest, "%s%s", tail, path) >= (int)sizeof rest)
    return 0;
  char shown[300];
  snprintf(shown, sizeof shown, "%.*s", (int)(tail - ref), ref);
  how_append(r, "%s = ", shown, NULL);
  if (b->local_evals++ >= REGION_LOCAL_EVALS) {
    how_append(r, "too many hops", NULL, NULL);
    return 1;
  }
  return text_value(b, key, NULL, m, r, hops + 1, rest);
}

/* An expression that is more than a reference, as the sources write it
 * (the last override's): a provider's region (`var.p == "us-east-1" ?
 * "us-west-2" : "us-east-1"`, `coalesce(var.dr, "us-west-2")`), or a
 * module argument or output on the way to one. Evaluated in module m,
 * then path taken into its value: the region, or unknown with why.
 * Returns 0 when there is no such text (no sources, a literal, a bare
 * reference, or text whose references are not the plan's), and the plan's
 * expr decides as before. */
int text_value(build *b, const char *key, json_t *expr, cfg_module *m, region_result *r,
               unsigned hops, const char *path) {
  const char *file;
  unsigned line;
  const char *text = sources_expr(b, key, &file, &line);
  json_t *refs = json_object_get(expr, "references");
  /* An expression plan JSON records as {} reads nothing and is no
   * constant: a function of literals (`split(",", "a,b")[1]`), which
   * terraform does not fold. Its text must read nothing either. */
  int folded = expr && json_object_size(expr) == 0;
  if (!text || (expr && (json_object_get(expr, "constant_value") ||
                         (!json_array_size(refs) && !folded) || hclexpr_is_reference(text))))
    return 0;
  char at[160];
  snprintf(at, sizeof at, "%.140s:%u", sources_relative(b, file), line);
  if (!*text) {
    how_append(r, "the expression at %s, which is too long for plangraph to read (or a heredoc)",
               at, NULL);
    return 1;
  }
  if (hops > REGION_HOPS) {
    how_append(r, "too many hops", NULL, NULL);
    return 1;
  }
  json_t *none = folded ? json_array() : NULL;
  int planned = written_value(b, text, at, folded ? none : refs, m, r, hops, path);
  json_decref(none);
  return planned;
}

/* Evaluates text (written at `at`) in module m, then path into its value,
 * into r: the region, or unknown with why. refs are the plan's references
 * of it, which the text must read exactly (NULL: no check). Returns 0 when
 * it does not, with nothing told. */
static int written_value(build *b, const char *text, const char *at, json_t *refs,
                         cfg_module *m, region_result *r, unsigned hops, const char *path) {
  region_result inner = {0};
  text_ctx c;
  json_t *v;
  char why[300];
  if (!eval_written(b, text, refs, m, hops, &c, &inner, &v, why, sizeof why)) return 0;
  r->sensitive |= inner.sensitive;
  /* (A long expression, a whole map of settings, is shown by its start.) */
  char shown[104];
  snprintf(shown, sizeof shown, strlen(text) < sizeof shown - 4 ? "%s" : "%.99s...", text);
  how_append(r, "%s (%s)", shown, at);
  json_t *part = refpath_value_at(v, path);
  if (r->sensitive) {
    how_append(r, ", which reads a sensitive value", NULL, NULL);
  } else if (json_is_string(part)) {
    /* (A literal needs no value after it: `local.dr = "ca-west-1"`.) */
    if (*c.seen) how_append(r, ", with %s: \"%s\"", c.seen, json_string_value(part));
    else if (text[0] != '"' || strlen(text) != json_string_length(part) + 2)
      how_append(r, ": \"%s\"", json_string_value(part), NULL);
    if (*path) how_append(r, " (its %s)", path, NULL);
    accept_region(b->g, r, json_string_value(part));
    r->written = 1;
  } else if (json_is_null(part) && v) {
    /* terraform passes null on: the provider takes AWS_REGION, or the
     * shared config's region, when it runs */
    how_append(r, ", with %s: null, so the region comes from the environment at run time",
               *c.seen ? c.seen : "nothing read", NULL);
    r->null_value = 1;
  } else if (v) {
    how_append(r, ", with %s: no string%s", c.seen, *path ? " there" : "");
  } else {
    how_append(r, ": %s", why, NULL);
  }
  json_decref(v);
  return 1;
}
