/* Tests of var.NAME through module calls (resolve/modvars.h) on a small
 * plan: a root input, a call argument read in the caller, an unset input
 * with its default, nested calls, and the parent-instance step. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <string.h>

#include "resolve/modvars.h"

static const char PLAN[] =
    "{\"format_version\": \"1.2\", \"terraform_version\": \"1.5.0\",\n"
    " \"variables\": {\"region\": {\"value\": \"eu-west-1\"}},\n"
    " \"configuration\": {\"root_module\": {\n"
    "  \"variables\": {\"region\": {}, \"token\": {\"sensitive\": true}},\n"
    "  \"module_calls\": {\"app\": {\"source\": \"./app\",\n"
    "   \"expressions\": {\"region\": {\"references\": [\"var.region\"]},\n"
    "                     \"name\": {\"constant_value\": \"web\"}},\n"
    "   \"module\": {\"variables\": {\"region\": {}, \"name\": {},\n"
    "                              \"size\": {\"default\": \"small\"}},\n"
    "     \"module_calls\": {\"db\": {\"source\": \"./db\",\n"
    "       \"expressions\": {\"zone\": {\"references\": [\"var.region\"]}},\n"
    "       \"module\": {\"variables\": {\"zone\": {}}}}}}}}}}}\n";

static pg_graph *load(void) {
  pg_diags *d = NULL;
  pg_graph *g = NULL;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  int rc = pg_graph_load_buffer(&g, "modvars.json", PLAN, strlen(PLAN), NULL, d);
  if (rc != PG_OK)
    fail_msg("load: %s", pg_diags_count(d) ? pg_diags_get(d, 0)->message : "?");
  pg_diags_free(d);
  return g;
}

static void test_root_inputs(void **state) {
  (void)state;
  pg_graph *g = load();
  modvar mv;
  modvar_lookup(g, NULL, "region", &mv);
  assert_int_equal(mv.kind, MODVAR_ROOT);
  assert_string_equal(json_string_value(mv.value), "eu-west-1");
  assert_non_null(mv.decl);
  modvar_lookup(g, g->cfg_root, "token", &mv);
  assert_int_equal(mv.kind, MODVAR_ROOT);
  assert_null(mv.value);
  assert_true(json_is_true(json_object_get(mv.decl, "sensitive")));
  modvar_lookup(g, g->cfg_root, "nope", &mv);
  assert_int_equal(mv.kind, MODVAR_ROOT);
  assert_null(mv.decl);
  assert_null(mv.value);
  pg_graph_free(g);
}

static void test_call_arguments(void **state) {
  (void)state;
  pg_graph *g = load();
  cfg_module *app = config_module(g, "module.app");
  cfg_module *db = config_module(g, "module.app.module.db");
  assert_non_null(app);
  assert_non_null(db);
  modvar mv;
  modvar_lookup(g, app, "region", &mv);
  assert_int_equal(mv.kind, MODVAR_ARGUMENT);
  assert_ptr_equal(mv.scope, g->cfg_root);
  assert_string_equal(json_string_value(json_array_get(json_object_get(mv.expr, "references"), 0)),
                      "var.region");
  modvar_lookup(g, app, "name", &mv);
  assert_int_equal(mv.kind, MODVAR_ARGUMENT);
  assert_string_equal(json_string_value(json_object_get(mv.expr, "constant_value")), "web");
  modvar_lookup(g, app, "size", &mv);
  assert_int_equal(mv.kind, MODVAR_UNSET);
  assert_null(mv.expr);
  assert_null(mv.scope);
  assert_string_equal(json_string_value(json_object_get(mv.decl, "default")), "small");
  /* Nested: db's zone is read in app, whose region is read in the root. */
  modvar_lookup(g, db, "zone", &mv);
  assert_int_equal(mv.kind, MODVAR_ARGUMENT);
  assert_ptr_equal(mv.scope, app);
  pg_graph_free(g);
}

static void test_parent_instance(void **state) {
  (void)state;
  pg_graph *g = load();
  static const char *const cases[][2] = {
      {"", ""},
      {"module.a", ""},
      {"module.a[0].module.b", "module.a[0]"},
      {"module.a[\"x.y\"].module.b[\"k\"]", "module.a[\"x.y\"]"},
      {"module.a.module.b.module.c", "module.a.module.b"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const char *p = modvar_parent_instance(g, cases[i][0]);
    assert_non_null(p);
    assert_string_equal(p, cases[i][1]);
  }
  pg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_root_inputs),
      cmocka_unit_test(test_call_arguments),
      cmocka_unit_test(test_parent_instance),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
