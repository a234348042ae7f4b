/* Providers and regions: one node per provider configuration, each
 * resource tied to its provider (resolving legacy module-scoped keys through
 * the module's ancestors), and every region resolved through constants,
 * input variables, module inputs and defaults, or marked unknown with the
 * reason. Never a silent default. */
#include "graph/graph_impl.h"
#include "resolve/hclexpr.h"
#include "resolve/marks.h"
#include "resolve/modvars.h"
#include "resolve/regionname.h"
#include "resolve/refpath.h"
#include "resolve/regions.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REGION_HOPS 32

typedef struct region_result {
  const char *region;   /* interned, or NULL when unknown */
  char how[400];        /* the chain that led to it, or why not */
  int sensitive;        /* it comes from a sensitive variable: left unknown */
} region_result;

static void how_append(region_result *r, const char *fmt, const char *a,
                       const char *c) {
  size_t used = strlen(r->how);
  if (used >= sizeof r->how - 1) return;
  /* A chain longer than the buffer is cut: the reason is told, not kept. */
  if (snprintf(r->how + used, sizeof r->how - used, fmt, a, c ? c : "") < 0) r->how[used] = '\0';
}

static void resolve_expr(build *b, json_t *expr, cfg_module *m, region_result *r,
                         unsigned hops, const char *path);
static void resolve_ref(build *b, const char *first, cfg_module *m, region_result *r,
                        unsigned hops, const char *path);
static int text_value(build *b, const char *key, json_t *expr, cfg_module *m, region_result *r,
                      unsigned hops, const char *path);

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
  json_t *expr = child ? json_object_get(json_object_get(json_object_get(child->obj, "outputs"),
                                                         output), "expression")
                       : NULL;
  if (!expr) return 0;
  char rest[512];
  if (snprintf(rest, sizeof rest, "%s%s", out + out_len, path) >= (int)sizeof rest) return 0;
  how_append(r, "%s <- output of ", ref, NULL);
  how_append(r, "%s: ", addr, NULL);
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
  else if (json_is_null(v))
    how_append(r, "var.%s is null: the region is what the expression puts in its place, "
               "which plan JSON does not record", var, NULL);
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

/* Follows one expression ({constant_value} or {references}) in module m,
 * then path into its value (the traversal a caller applied to it). */
static void resolve_expr(build *b, json_t *expr, cfg_module *m, region_result *r,
                         unsigned hops, const char *path) {
  pg_graph *g = b->g;
  if (hops > REGION_HOPS) {
    how_append(r, "too many hops", NULL, NULL);
    return;
  }
  json_t *cv = refpath_value_at(json_object_get(expr, "constant_value"), path);
  if (json_is_string(cv)) {
    how_append(r, "\"%s\"", json_string_value(cv), NULL);
    accept_region(g, r, json_string_value(cv));
    return;
  }
  json_t *refs = json_object_get(expr, "references");
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
    how_append(r, "%s, a local value, which plan JSON does not describe", first, NULL);
    return;
  }
  if (strncmp(first, "terraform.", 10) == 0 || strncmp(first, "path.", 5) == 0) {
    /* Fixed before the plan (the workspace), but not recorded in it. */
    how_append(r, "%s, which plan JSON does not record", first, NULL);
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

static json_t *lookup_ref(void *ctx, const char *ref, char *why, size_t why_len);

/* Evaluates written text in module m into *v (a new reference, or NULL
 * with why), c set up to record what it reads (its region_result inner).
 * Returns 0, with nothing kept, when the text does not read exactly the
 * plan's references: another configuration's text, not the one planned.
 * Shared by a provider's region, a module argument and a module output. */
static int eval_written(build *b, const char *text, json_t *refs, cfg_module *m, unsigned hops,
                        text_ctx *c, region_result *inner, json_t **v, char *why,
                        size_t why_len) {
  *c = (text_ctx){b, b->g, m, inner, "", {{0}}, 0, hops};
  *v = hclexpr_eval(text, lookup_ref, c, why, why_len);
  int planned = c->n_refs < TEXT_REFS &&
                refpath_reads_exactly(refs, c->refs[0], sizeof c->refs[0], c->n_refs);
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

/* The value of var.NAME+path in module m, for hclexpr: what the plan holds
 * for a root variable (or its default, or a module input's literal), or a
 * region an input's chain resolves to. Never a sensitive one. */
static json_t *lookup_ref(void *ctx, const char *ref, char *why, size_t why_len) {
  text_ctx *c = ctx;
  if (c->n_refs < TEXT_REFS) snprintf(c->refs[c->n_refs++], sizeof c->refs[0], "%s", ref);
  if (strncmp(ref, "var.", 4) != 0) {
    /* A module's output, a local...: the region the chain gives, if any. */
    region_result sub = {0};
    resolve_ref(c->b, ref, c->m, &sub, c->hops + 1, "");
    c->r->sensitive |= sub.sensitive;
    if (sub.region && !sub.sensitive) {
      json_t *v = json_string(sub.region);
      seen_value(c, ref, v);
      return v;
    }
    snprintf(why, why_len, "%s", sub.how);
    return NULL;
  }
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
  json_t *def = json_object_get(mv.decl, "default"), *part = NULL;
  if (mv.kind == MODVAR_ROOT) part = refpath_value_at(mv.value ? mv.value : def, path);
  else if (mv.kind == MODVAR_UNSET) part = refpath_value_at(def, path);
  else part = refpath_value_at(json_object_get(mv.expr, "constant_value"), path);
  if (part) {
    seen_value(c, ref, part);
    return json_incref(part);
  }
  if (mv.kind == MODVAR_ARGUMENT) {
    json_t *written = NULL;
    if (argument_text(c, var, &mv, &written, why, why_len)) {
      part = json_incref(refpath_value_at(written, path));
      if (part) seen_value(c, ref, part);
      else if (written) snprintf(why, why_len, "%s has no such part", ref);
      json_decref(written);
      return part;
    }
    region_result sub = {0};
    resolve_expr(c->b, mv.expr, mv.scope, &sub, c->hops + 1, path);
    c->r->sensitive |= sub.sensitive;
    if (sub.region && !sub.sensitive) {
      json_t *v = json_string(sub.region);
      seen_value(c, ref, v);
      return v;
    }
    snprintf(why, why_len, "%s <- %s", ref, sub.how);
    return NULL;
  }
  snprintf(why, why_len, "%s has no value in the plan", ref);
  return NULL;
}

/* An expression that is more than a reference, as the sources write it
 * (the last override's): a provider's region (`var.p == "us-east-1" ?
 * "us-west-2" : "us-east-1"`, `coalesce(var.dr, "us-west-2")`), or a
 * module argument or output on the way to one. Evaluated in module m,
 * then path taken into its value: the region, or unknown with why.
 * Returns 0 when there is no such text (no sources, a literal, a bare
 * reference, or text whose references are not the plan's), and the plan's
 * expr decides as before. */
static int text_value(build *b, const char *key, json_t *expr, cfg_module *m, region_result *r,
                      unsigned hops, const char *path) {
  const char *file;
  unsigned line;
  const char *text = sources_expr(b, key, &file, &line);
  json_t *refs = json_object_get(expr, "references");
  if (!text || json_object_get(expr, "constant_value") || !json_array_size(refs) ||
      hclexpr_is_reference(text))
    return 0;
  char at[64], why[300];
  snprintf(at, sizeof at, "%.40s:%u", strrchr(file, '/') ? strrchr(file, '/') + 1 : file, line);
  if (!*text) {
    how_append(r, "the expression at %s, which is too long for plangraph to read (or a heredoc)",
               at, NULL);
    return 1;
  }
  if (hops > REGION_HOPS) {
    how_append(r, "too many hops", NULL, NULL);
    return 1;
  }
  region_result inner = {0};
  text_ctx c;
  json_t *v;
  if (!eval_written(b, text, refs, m, hops, &c, &inner, &v, why, sizeof why)) return 0;
  r->sensitive |= inner.sensitive;
  how_append(r, "%s (%s)", text, at);
  json_t *part = refpath_value_at(v, path);
  if (r->sensitive) {
    how_append(r, ", which reads a sensitive value", NULL, NULL);
  } else if (json_is_string(part)) {
    how_append(r, ", with %s: \"%s\"", c.seen, json_string_value(part));
    if (*path) how_append(r, " (its %s)", path, NULL);
    accept_region(b->g, r, json_string_value(part));
  } else if (v) {
    how_append(r, ", with %s: no string%s", c.seen, *path ? " there" : "");
  } else {
    how_append(r, ": %s", why, NULL);
  }
  json_decref(v);
  return 1;
}

/* ---- provider nodes ---------------------------------------------------- */

/* The node at PREFIX.NAME, created (with *created set) when absent. */
static pg_node_id named_node(pg_graph *g, pg_node_kind kind, const char *prefix,
                             const char *name, int *created) {
  *created = 0;
  char *addr = malloc(strlen(prefix) + strlen(name) + 2);
  if (!addr) return -1;
  sprintf(addr, "%s.%s", prefix, name);
  const char *a = g_intern_cstr(g, addr);
  free(addr);
  if (!a) return -1;
  pg_node_id id = pg_graph_find(g, a);
  if (id >= 0) return id;
  *created = 1;
  return g_add_node(g, kind, a);
}

pg_node_id region_node(pg_graph *g, const char *region) {
  int created;
  pg_node_id id = named_node(g, PG_NODE_REGION, "region", region, &created);
  if (id < 0 || !created) return id;
  g->nodes[id].name = region;
  g->nodes[id].region = region;
  g->nodes[id].region_source = "a region node";
  return id;
}

static pg_node_id provider_node(build *b, const char *key, json_t *pc);

/* A module-scoped entry with no arguments at all is how 0.13 to 1.1 record
 * a module that inherits its parent's provider: keep looking upwards. */
static int inherits(json_t *pc) { return !json_object_get(pc, "expressions"); }

/* A module's provider block that holds only an alias (`provider "aws" {
 * alias = "x" }`, beside configuration_aliases or not) is a proxy:
 * terraform requires the module's caller to pass a configuration for it
 * (`providers = { aws.x = aws.west }`), and plan JSON does not record
 * which. */
static int is_proxy(json_t *pc) {
  return json_object_get(pc, "module_address") && json_object_get(pc, "alias") && inherits(pc);
}

/* Whether provider entry pc is declared in module `scope` ("" for root). */
static int declared_in(json_t *pc, const char *scope) {
  const char *mod = json_string_value(json_object_get(pc, "module_address"));
  return strcmp(mod ? mod : "", scope) == 0;
}

/* A proxy's region: the one region that every configuration of the same
 * provider in the caller and its ancestors has, since the one passed in is
 * among them (a module passes on its own blocks or what it was passed);
 * unknown, with the regions, when they differ or one is unknown. A
 * module-scoped entry with neither alias nor arguments is a parent's
 * configuration inherited (inherits above), counted where it is
 * declared. */
static int proxy_region(build *b, json_t *pc, region_result *r) {
  pg_graph *g = b->g;
  const char *name = json_string_value(json_object_get(pc, "name"));
  const char *mod = json_string_value(json_object_get(pc, "module_address"));
  cfg_module *m = mod ? config_module(g, mod) : NULL;
  json_t *pcs = json_object_get(g->configuration, "provider_config");
  how_append(r, "provider %s is a proxy that %s's caller passes in (providers = {...}, "
             "which plan JSON does not record); ", json_string_value(json_object_get(pc, "alias")),
             mod);
  const char *region = NULL;
  int agree = 1, found = 0;
  char list[200] = "";
  for (cfg_module *c = m ? m->parent : NULL; c; c = c->parent) {
    const char *key;
    json_t *cpc;
    json_object_foreach(pcs, key, cpc) {
      const char *cname = json_string_value(json_object_get(cpc, "name"));
      if (!name || !cname || strcmp(cname, name) != 0 || !declared_in(cpc, c->address) ||
          (*c->address && !json_object_get(cpc, "alias") && inherits(cpc)))
        continue;
      pg_node_id id = provider_node(b, key, cpc);
      if (id < 0) return PG_ERR_NOMEM;
      const node *cn = &g->nodes[id];
      if (found++ == 0) region = cn->region;
      agree &= cn->region && !cn->region_secret && region == cn->region;
      size_t used = strlen(list);
      snprintf(list + used, sizeof list - used, "%s%s %s", used ? ", " : "", key,
               cn->region && !cn->region_secret ? cn->region : "unknown");
    }
  }
  if (found && agree) {
    r->region = region;
    how_append(r, "the %s configurations it can be (%s) are all in that region", name, list);
  } else if (found) {
    how_append(r, "the %s configurations it can be are not all in one known region (%s)",
               name, list);
  } else {
    how_append(r, "no %s configuration it can be is in the plan", name, NULL);
  }
  return PG_OK;
}

/* The providers whose resources live in an AWS region. Any other
 * provider's (terraform_data, random_password, null_resource, time_sleep,
 * tls_private_key...) are in no region: not unknown, and not a region the
 * environment could give them. */
static const char *const regional_providers[] = {"aws", "awscc", NULL};

/* By the provider's source ("registry.terraform.io/hashicorp/aws": its
 * last part), which a local name (`amazon = { source = "hashicorp/aws" }`)
 * does not change; by its name where the plan gives no source. */
static int regional(json_t *pc, const char *name) {
  const char *full = json_string_value(json_object_get(pc, "full_name"));
  const char *slash = full ? strrchr(full, '/') : NULL;
  const char *type = slash ? slash + 1 : full ? full : name;
  for (size_t i = 0; regional_providers[i]; i++)
    if (strcmp(type, regional_providers[i]) == 0) return 1;
  return 0;
}

static pg_node_id provider_node(build *b, const char *key, json_t *pc) {
  pg_graph *g = b->g;
  int created;
  pg_node_id id = named_node(g, PG_NODE_PROVIDER, "provider", key, &created);
  if (id < 0 || !created) return id;
  node *n = &g->nodes[id];
  const char *name = json_string_value(json_object_get(pc, "name"));
  const char *alias = json_string_value(json_object_get(pc, "alias"));
  const char *mod = json_string_value(json_object_get(pc, "module_address"));
  if (!name) {
    const char *colon = strrchr(key, ':');
    name = colon ? colon + 1 : key;
  }
  n->type = g_intern(g, name, strcspn(name, "."));
  n->name = alias ? g_intern_cstr(g, alias) : n->type;
  n->config = pc;  /* its block, as a resource's: configured() reads its arguments */
  n->module = g_intern_cstr(g, mod ? mod : "");
  n->config_address = g_intern_cstr(g, key);
  if (!n->type || !n->name || !n->module || !n->config_address) return -1;
  region_result r = {0};
  cfg_module *m = mod ? config_module(g, mod) : g->cfg_root;
  json_t *expr = json_object_get(json_object_get(pc, "expressions"), "region");
  if (!regional(pc, n->type)) {
    n->regionless = 1;
    how_append(&r, "provider %s is not an AWS provider: what it makes has no region", key, NULL);
  } else if (!pc) {
    how_append(&r, "provider %s has no configuration block in the plan "
               "(an implied provider), so no region", key, NULL);
  } else if (is_proxy(pc)) {
    if (proxy_region(b, pc, &r) != PG_OK) return -1;
    n = &g->nodes[id];  /* proxy_region may add nodes */
  } else if (!expr) {
    how_append(&r, "provider %s has no region in the plan (no provider block, only "
               "required_providers, or a block without region: it would come from "
               "AWS_REGION or the shared config at run time)", key, NULL);
  } else {
    how_append(&r, "provider %s region = ", key, NULL);
    if (!text_value(b, key, expr, m ? m : g->cfg_root, &r, 0, ""))
      resolve_expr(b, expr, m ? m : g->cfg_root, &r, 0, "");
  }
  n->region_source = g_intern_cstr(g, r.how);
  if (!n->region_source) return -1;
  n->region_secret = r.sensitive;
  if (r.region && !r.sensitive) {
    n->region = r.region;
    /* region_node may grow the node array: n is not used after it. */
    pg_node_id rn = region_node(g, r.region);
    if (rn < 0 || g_add_edge(g, id, rn, PG_EDGE_REGION, NULL) < 0) return -1;
  }
  return id;
}

static int declare_providers(build *b) {
  json_t *pcs = json_object_get(b->g->configuration, "provider_config");
  const char *key;
  json_t *pc;
  json_object_foreach(pcs, key, pc) {
    if (provider_node(b, key, pc) < 0) return PG_ERR_NOMEM;
  }
  return PG_OK;
}

/* A provider key as the resource names it. Before terraform 1.2 a module
 * resource's key often matches no provider_config key: 0.13 to 1.1 key
 * module providers by module address ("module.db.module.db_1:aws"), 0.12
 * by call name ("db_1:aws"), and resources name their own call's key.
 * Terraform 1.x writes "module.a.module.b:aws" with no configuration for a
 * module two calls or more below a `providers = { aws = aws.east }`, which
 * inherits aws.east: its own resources say so. Try each ancestor in both
 * forms, and by its own resources, then the root; a key found nowhere is
 * terraform's implied provider of that name. */
/* The one provider key that module m's own resources of provider `local`
 * name when it is a configuration of the root or a module's own block
 * (terraform resolves a module's `providers = { aws = aws.east }` for the
 * called module's resources, not for modules it calls in turn, which
 * inherit it); NULL when they name none, or several. */
static const char *resources_key(json_t *pcs, const cfg_module *m, const char *local) {
  json_t *resources = json_object_get(m->obj, "resources"), *r;
  const char *one = NULL;
  size_t i, n = strlen(local);
  json_array_foreach(resources, i, r) {
    const char *k = json_string_value(json_object_get(r, "provider_config_key"));
    if (!k || strncmp(k, local, n) != 0 || (k[n] != '\0' && k[n] != '.')) continue;
    json_t *pc = json_object_get(pcs, k);
    if (!pc || inherits(pc)) continue;
    if (one && strcmp(one, k) != 0) return NULL;
    one = k;
  }
  return one;
}

static pg_node_id provider_for(build *b, node *n, const char *key) {
  json_t *pcs = json_object_get(b->g->configuration, "provider_config");
  json_t *exact = json_object_get(pcs, key);
  if (exact && (!strchr(key, ':') || !inherits(exact))) return provider_node(b, key, exact);
  const char *colon = strrchr(key, ':');
  const char *local = colon ? colon + 1 : key;
  const char *fallback = exact ? key : NULL;
  char *owned = NULL;
  pg_node_id id = -2;
  for (cfg_module *m = n->cfg; m && m->parent && id == -2; m = m->parent) {
    const char *forms[2] = {m->address, m->call_name};
    for (size_t f = 0; f < 2 && id == -2; f++) {
      char *k = malloc(strlen(forms[f]) + strlen(local) + 2);
      if (!k) return -1;
      sprintf(k, "%s:%s", forms[f], local);
      json_t *pc = json_object_get(pcs, k);
      if (pc && !inherits(pc)) id = provider_node(b, k, pc);
      if (pc && !fallback) {
        fallback = owned = k;
        k = NULL;
      }
      free(k);
    }
    /* An ancestor's own resources say what it was handed. */
    const char *handed = m != n->cfg ? resources_key(pcs, m, local) : NULL;
    if (id == -2 && handed) id = provider_node(b, handed, json_object_get(pcs, handed));
  }
  if (id == -2 && json_object_get(pcs, local))
    id = provider_node(b, local, json_object_get(pcs, local));
  if (id == -2 && fallback) id = provider_node(b, fallback, json_object_get(pcs, fallback));
  if (id == -2) id = provider_node(b, local, NULL);
  free(owned);
  return id;
}

/* ---- resource regions --------------------------------------------------- */

const char *region_from_arn(pg_graph *g, const char *arn) {
  if (!arn || strncmp(arn, "arn:", 4) != 0) return NULL;
  const char *p = arn;
  for (int i = 0; i < 3; i++) {
    p = strchr(p, ':');
    if (!p) return NULL;
    p++;
  }
  const char *end = strchr(p, ':');
  if (!end || end == p) return NULL;
  return g_intern(g, p, (size_t)(end - p));
}

const char *region_argument(const char *type) {
  static const struct { const char *type, *argument; } own[] = {
      {"aws_globalaccelerator_endpoint_group", "endpoint_group_region"},
  };
  for (size_t i = 0; type && i < sizeof own / sizeof own[0]; i++)
    if (strcmp(type, own[i].type) == 0) return own[i].argument;
  return "region";
}

/* Whether a resource's own region argument comes from a sensitive value:
 * the plan marks its `region` value, or the expression reads a sensitive
 * variable. */
static int own_region_sensitive(build *b, const node *n, json_t *expr) {
  pg_graph *g = b->g;
  if (marks_all(marks_member(n->sensitive, region_argument(n->type)))) return 1;
  region_result r = {0};
  resolve_expr(b, expr, n->cfg ? n->cfg : g->cfg_root, &r, 0, "");
  return r.sensitive;
}

/* The region of a resource with its own region argument. */
static int own_region(build *b, pg_node_id id, json_t *expr, char *how, size_t cap) {
  pg_graph *g = b->g;
  node *n = &g->nodes[id];
  const char *arg = region_argument(n->type);
  const char *what = strcmp(arg, "region") == 0 ? "its own region argument" : arg;
  if (own_region_sensitive(b, n, expr)) {
    n->region_secret = 1;
    snprintf(how, cap, "%s comes from a sensitive value", what);
    return PG_OK;
  }
  const char *r = n->own_region;
  if (!r) r = json_string_value(json_object_get(expr, "constant_value"));
  if (!r) {
    snprintf(how, cap, "%s is not known until apply", what);
    return PG_OK;
  }
  n->region = g_intern_cstr(g, r);
  snprintf(how, cap, "%s \"%s\"", what, r);
  pg_node_id rn = region_node(g, n->region);
  if (rn < 0 || g_add_edge(g, id, rn, PG_EDGE_REGION, "region") < 0) return PG_ERR_NOMEM;
  return PG_OK;
}

static int place_resource(build *b, pg_node_id id) {
  pg_graph *g = b->g;
  node *n = &g->nodes[id];
  json_t *expr =
      json_object_get(json_object_get(n->config, "expressions"), region_argument(n->type));
  const char *key = json_string_value(json_object_get(n->config, "provider_config_key"));
  if (key) {
    pg_node_id p = provider_for(b, n, key);
    n = &g->nodes[id];
    if (p < 0) return PG_ERR_NOMEM;
    n->provider = p;
    if (g_add_edge(g, id, p, PG_EDGE_PROVIDER, NULL) < 0) return PG_ERR_NOMEM;
  }
  char how[512];
  if (expr) {
    if (own_region(b, id, expr, how, sizeof how) != PG_OK) return PG_ERR_NOMEM;
    n = &g->nodes[id];
  } else if (n->provider >= 0) {
    const node *p = &g->nodes[n->provider];
    n->regionless = p->regionless;
    n->region = p->region;
    n->region_secret = p->region_secret;
    n->region_by_provider = 1;
    snprintf(how, sizeof how, "%s", p->region_source);
  } else if (n->own_region && marks_all(marks_member(n->sensitive, region_argument(n->type)))) {
    n->region_secret = 1;
    snprintf(how, sizeof how, "its region comes from a sensitive value");
  } else if (region_from_arn(g, n->arn_value)) {
    n->region = region_from_arn(g, n->arn_value);
    snprintf(how, sizeof how, "not in the configuration; region read from its arn");
  } else {
    snprintf(how, sizeof how, "not in the configuration and no arn to read a "
             "region from");
  }
  n->region_source = g_intern_cstr(g, how);
  return n->region_source ? PG_OK : PG_ERR_NOMEM;
}

int regions_resolve(build *b) {
  int rc = declare_providers(b);
  size_t count = b->g->n_nodes;
  for (size_t i = 0; rc == PG_OK && i < count; i++) {
    pg_node_kind k = b->g->nodes[i].kind;
    if (k == PG_NODE_RESOURCE || k == PG_NODE_DATA)
      rc = place_resource(b, (pg_node_id)i);
  }
  return rc;
}
