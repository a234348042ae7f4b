/* Providers and regions: one node per provider configuration, each
 * resource tied to its provider (resolving legacy module-scoped keys through
 * the module's ancestors), and every region resolved through constants,
 * input variables, module inputs and defaults, locals and the expressions
 * the sources write (the chain: regionchain.c), or marked unknown with the
 * reason. Never a silent default. */
#include "graph/graph_impl.h"
#include "resolve/hclexpr.h"
#include "resolve/marks.h"
#include "resolve/regionchain.h"
#include "resolve/regions.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

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


/* The reference alone that the sources write as provider key's region
 * (`var.dr_region`), or NULL. */
static const char *bare_reference(const build *b, const char *key) {
  const char *file;
  unsigned line;
  const char *text = sources_expr(b, key, &file, &line);
  return text && *text && hclexpr_is_reference(text) ? text : NULL;
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
    if (text_value(b, key, expr, m ? m : g->cfg_root, &r, 0, "")) {
      n->region_from_env = r.null_value && !r.region;
    } else {
      resolve_expr(b, expr, m ? m : g->cfg_root, &r, 0, "");
      /* Plan JSON gives `coalesce(var.dr, "us-west-2")` the references of
       * `var.dr`: a null value is no region argument only where the
       * sources write the reference alone. */
      const char *ref = r.null_value && !r.region ? bare_reference(b, key) : NULL;
      if (ref) {
        n->region_from_env = 1;
        r.how[0] = '\0';
        how_append(&r, "provider %s region = %s, which is null: as if unset, the region comes "
                   "from AWS_REGION or the shared config at run time", key, ref);
      }
    }
  }
  n->region_source = g_intern_cstr(g, r.how);
  if (!n->region_source) return -1;
  n->region_secret = r.sensitive;
  if (r.region && !r.sensitive) {
    n->region = r.region;
    /* From the sources' text, its region edge comes once data read while
     * planning has been heard (regions_infer), which may unsettle it. */
    n->region_written = r.written;
    if (r.written) return id;
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

/* Types whose region argument is not `region`. hashicorp/aws 5 gave a few
 * types a `region` that names another region than the one their API call
 * is made in; version 6 renamed each (authorized_aws_region,
 * stack_set_instance_region, aws_region) and keeps the old name, deprecated,
 * in its old sense. */
const char *region_argument(const char *type) {
  static const struct { const char *type, *argument; } own[] = {
      {"aws_globalaccelerator_endpoint_group", "endpoint_group_region"},
      /* the aggregator's region, which the source region authorizes */
      {"aws_config_aggregate_authorization", NULL},
      /* the region whose new accounts the quota template applies to */
      {"aws_servicequotas_template", NULL},
  };
  for (size_t i = 0; type && i < sizeof own / sizeof own[0]; i++)
    if (strcmp(type, own[i].type) == 0) return own[i].argument;
  return "region";
}

json_t *region_argument_expr(const node *n) {
  const char *arg = region_argument(n->type);
  return arg ? json_object_get(json_object_get(n->config, "expressions"), arg) : NULL;
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
  json_t *expr = region_argument_expr(n);
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
  } else if (n->own_region && region_argument(n->type) &&
             marks_all(marks_member(n->sensitive, region_argument(n->type)))) {
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
