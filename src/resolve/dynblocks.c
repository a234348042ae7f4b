/* Dynamic blocks: the module inputs that fill the blocks plan JSON leaves
 * out of a resource's expressions (dynblocks.h). */
#include "resolve/dynblocks.h"

#include <stdio.h>
#include <string.h>

#include "base/jscan.h"

/* Plan JSON leaves a `dynamic` block out of the configuration's
 * expressions, and with it every reference its content makes. A module
 * that fills a block from an input of the block's name (as
 * terraform-aws-modules do: var.server_side_encryption_configuration
 * feeds dynamic "server_side_encryption_configuration") is read as if the
 * block referred to that input: the references of the call's argument are
 * the block's, under the block's name, as a static block's merged
 * references are. Only a block the planned values hold, or mark unknown
 * block by block (a list or object of marks), and the expressions do not
 * write: a scalar the provider computes (an aws_db_subnet_group's vpc_id,
 * an RDS instance's kms_key_id) is marked `true` whole, and an input of
 * the same name is not its value. Not counted in the resolution stats,
 * which count the expressions the plan writes. */
/* A block's name without a trailing "_config" or "_configuration"
 * (vpc_config -> vpc), as n bytes of name. */
static size_t block_stem(const char *name) {
  static const char *const suffixes[] = {"_configuration", "_config"};
  size_t n = strlen(name);
  for (size_t i = 0; i < sizeof suffixes / sizeof *suffixes; i++) {
    size_t k = strlen(suffixes[i]);
    if (n > k && strcmp(name + n - k, suffixes[i]) == 0) return n - k;
  }
  return n;
}

/* A block no input of its name fills may take each member from an input
 * named for the block and the member: terraform-aws-modules/lambda fills
 * dynamic "vpc_config" from var.vpc_subnet_ids and
 * var.vpc_security_group_ids, which are then vpc_config.subnet_ids and
 * vpc_config.security_group_ids. The members are those the planned block
 * (first, an object) holds. */
static int dynamic_member_inputs(json_t *vars, const char *name, jslice first, dynblock_fn fn,
                                 void *ctx) {
  size_t stem = block_stem(name);
  js_members members;
  jslice key, v;
  js_members_init(&members, first);
  while (js_members_next(&members, &key, &v)) {
    char member[80], var[300], label[300];
    if (js_decoded_len(key) >= sizeof member) continue;
    js_decode(key, member);
    snprintf(var, sizeof var, "%.*s_%s", (int)stem, name, member);
    if (!json_object_get(vars, var)) continue;
    snprintf(label, sizeof label, "%s.%s", name, member);
    int rc = fn(ctx, var, label);
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

/* One block that may be dynamic: name is a member of the planned values
 * (or their unknown marks) that the expressions do not write. */
static int dynamic_block(json_t *vars, json_t *exprs, jslice key, jslice v, int from_marks,
                         dynblock_fn fn, void *ctx) {
  /* The shape first: most members are scalars, and no name is decoded or
   * looked up for them. */
  jslice first = v;
  int kind = js_slice_kind(v);
  int listed = kind == JS_ARRAY && js_element(v, 0, &first);
  int held = from_marks ? (kind == JS_ARRAY || kind == JS_OBJECT)
                        : listed && js_slice_kind(first) == JS_OBJECT;
  if (!held) return PG_OK;
  char name[210];
  if (js_decoded_len(key) >= sizeof name - 5) return PG_OK;
  js_decode(key, name);
  if (json_object_get(exprs, name)) return PG_OK;
  if (json_object_get(vars, name)) return fn(ctx, name, name);
  /* Its members: those of its first element (the marks of a block may be
   * an object of marks rather than a list of them). */
  if (kind == JS_ARRAY && !listed) return PG_OK;
  return dynamic_member_inputs(vars, name, first, fn, ctx);
}

/* Walks the top-level members of a node's values (or unknown marks) once:
 * a module's variables can number in the hundreds, its blocks a few. */
static int dynamic_members(json_t *vars, json_t *exprs, jslice obj, int from_marks,
                           dynblock_fn fn, void *ctx) {
  js_members members;
  jslice key, v;
  js_members_init(&members, obj);
  while (js_members_next(&members, &key, &v)) {
    int rc = dynamic_block(vars, exprs, key, v, from_marks, fn, ctx);
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

int dynblocks_each(const pg_graph *g, const cfg_module *m, json_t *exprs, pg_node_id id,
                   dynblock_fn fn, void *ctx) {
  json_t *vars = m && m->parent ? json_object_get(m->obj, "variables") : NULL;
  if (!json_object_size(vars)) return PG_OK;
  /* Copies: fn may add nodes, which moves the node array. */
  jslice values = g->nodes[id].values, unknown = g->nodes[id].unknown;
  int rc = dynamic_members(vars, exprs, values, 0, fn, ctx);
  if (rc == PG_OK) rc = dynamic_members(vars, exprs, unknown, 1, fn, ctx);
  return rc;
}
