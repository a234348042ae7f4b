/* Bad input: each case fails with one clear message naming the file, the
 * line and column where known, and the JSON path; the texts are tested
 * verbatim. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "helpers.h"

typedef struct error_case {
  const char *text;
  int status;
  const char *message;   /* pg_diag_format of the only diagnostic */
} error_case;

static const error_case cases[] = {
    {"", PG_ERR_PARSE,
     "t.json: error: is empty; expected the JSON that `terraform show -json PLANFILE` writes"},
    {"  \n", PG_ERR_PARSE,
     "t.json: error: is empty; expected the JSON that `terraform show -json PLANFILE` writes"},
    {"hello", PG_ERR_PARSE,
     "t.json:1:1: error: is not JSON; expected the JSON that `terraform show -json PLANFILE` writes"},
    {"[1]", PG_ERR_PARSE, "t.json:1:1: error: expected a JSON object at the top level, found an array"},
    {"{\"format_version\": \"1.2\"} x", PG_ERR_PARSE,
     "t.json:1:27: error: unexpected data after the top-level JSON object"},
    {"{\"format_version\": \"1.2\",\n \"resource_changes\": [{\"address\": \"a.b\"", PG_ERR_PARSE,
     "t.json:2:40: error: unexpected end of input inside an object (at resource_changes)"},
    {"{\"format_version\": 1.2, \"planned_values\": {}}", PG_ERR_PARSE,
     "t.json:1:20: error: expected a string, found a number (at format_version)"},
    {"{\"format_version\": \"1.2\", \"resource_changes\": {}}", PG_ERR_PARSE,
     "t.json:1:47: error: expected an array, found an object (at resource_changes)"},
    {"{\"format_version\": \"1.2\", \"resource_changes\": [7]}", PG_ERR_PARSE,
     "t.json:1:48: error: expected an object, found a number (at resource_changes[0])"},
    {"{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": 1}]}", PG_ERR_PARSE,
     "t.json:1:60: error: expected a string, found a number (at resource_changes[0].address)"},
    {"{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": \"a.b\", \"type\": \"a\","
     " \"name\": \"b\", \"change\": {\"actions\": \"create\"}}]}", PG_ERR_PARSE,
     "t.json:1:115: error: expected an array, found a string (at resource_changes[0].change.actions)"},
    {"{\"format_version\": \"1.2\", \"resource_changes\": [{\"type\": \"a\"}]}", PG_ERR_PARSE,
     "t.json: error: resource has no address (at resource_changes[0])"},
    {"{\"format_version\": \"1.2\", \"planned_values\": {\"root_module\": []}}", PG_ERR_PARSE,
     "t.json:1:61: error: expected an object, found an array (at planned_values.root_module)"},
    {"{\"format_version\": \"2.0\", \"planned_values\": {}}", PG_ERR_NOT_PLAN,
     "t.json:1:20: error: unsupported plan format_version \"2.0\"; plangraph reads 0.x and 1.x "
     "(terraform 0.12 to 1.x) (at format_version)"},
    {"{\"format_version\": \"1.0\", \"terraform_version\": \"1.5.0\", \"values\": {}}", PG_ERR_NOT_PLAN,
     "t.json: error: is Terraform state JSON (`terraform show -json` with no plan file), not a "
     "plan; run `terraform show -json PLANFILE`"},
    {"{\"resource\": {\"aws_vpc\": {}}}", PG_ERR_NOT_PLAN,
     "t.json: error: is Terraform configuration in JSON syntax (.tf.json), not a plan; run "
     "`terraform plan -out=PLANFILE` and `terraform show -json PLANFILE`"},
    {"{\"plan_format_version\": \"1.0\", \"resource_changes\": []}", PG_ERR_NOT_PLAN,
     "t.json: error: is HCP Terraform's redacted plan format, not the plan JSON that `terraform "
     "show -json PLANFILE` writes; download the unredacted JSON plan (json-output) or run "
     "terraform show -json locally"},
    {"{\"a\": \"\xff\"}", PG_ERR_PARSE, "t.json:1:8: error: invalid UTF-8 in string (at a)"},
    {"{\"format_version\": \"1.2\", \"format_version\": \"1.1\"}", PG_ERR_PARSE,
     "t.json:1:27: error: duplicate key \"format_version\"; a plan never repeats one, and which "
     "copy counts is ambiguous"},
    {"{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": \"a.b\", \"address\": "
     "\"c.d\"}]}", PG_ERR_PARSE,
     "t.json:1:67: error: duplicate key \"address\"; a plan never repeats one, and which copy "
     "counts is ambiguous (at resource_changes[0])"},
    {"{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": \"aws_vpc.b\", \"mode\": "
     "\"managed\", \"type\": \"aws_vpc\", \"name\": \"a\"}]}", PG_ERR_PARSE,
     "t.json:1:61: error: resource address \"aws_vpc.b\" does not match its mode, type and name: "
     "expected [module.NAME[KEY].]...aws_vpc.a[KEY] (at resource_changes[0])"},
    {"{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": \"aws_vpc.a\\nb\", \"mode\": "
     "\"managed\", \"type\": \"aws_vpc\", \"name\": \"a\"}]}", PG_ERR_PARSE,
     "t.json:1:61: error: resource address \"aws_vpc.a\\nb\" does not match its mode, type and name: "
     "expected [module.NAME[KEY].]...aws_vpc.a[KEY] (at resource_changes[0])"},
    {"\xff\xfe{\0}\0", PG_ERR_PARSE,
     "t.json: error: is UTF-16 text (PowerShell's > writes UTF-16); plangraph reads UTF-8: use "
     "`terraform show -json PLANFILE | Out-File -Encoding utf8 plan.json`"},
    {"{\"format_version\": \"1.2\", \"planned_values\": {}, \"errored\": true}", PG_ERR_NOT_PLAN,
     "t.json:1:60: error: is the plan of a failed `terraform plan` (\"errored\": true): what "
     "terraform could not plan is missing from it, so it cannot be checked; fix the errors "
     "terraform printed and plan again (at errored)"},
    {"{\"format_version\": \"1.2\", \"planned_values\": {}, \"errored\": \"yes\"}", PG_ERR_PARSE,
     "t.json:1:60: error: expected true or false, found a string (at errored)"},
    {"{\"version\": 4, \"serial\": 1, \"lineage\": \"x\", \"resources\": []}", PG_ERR_NOT_PLAN,
     "t.json: error: is a Terraform state file (terraform.tfstate), not a plan; run `terraform "
     "plan -out=PLANFILE` and `terraform show -json PLANFILE`"},
};

static void test_cases(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    pg_diags *d;
    pg_diags_new(&d);
    pg_graph *g = (pg_graph *)1;
    size_t len = strlen(cases[i].text);
    if (len == 2 && (unsigned char)cases[i].text[0] == 0xff) len = 6; /* UTF-16: NULs inside */
    int rc = pg_graph_load_buffer(&g, "t.json", cases[i].text, len, NULL, d);
    assert_null(g);
    assert_int_equal(rc, cases[i].status);
    assert_int_equal(pg_diags_count(d), 1);
    char *m = pg_diag_format(pg_diags_get(d, 0));
    if (strcmp(m, cases[i].message) != 0)
      fail_msg("case %zu:\n got: %s\nwant: %s", i, m, cases[i].message);
    free(m);
    pg_diags_free(d);
  }
}

static char *load_error(const char *path) {
  pg_diags *d;
  pg_diags_new(&d);
  pg_graph *g = NULL;
  int rc = pg_graph_load(&g, path, NULL, d);
  assert_int_not_equal(rc, PG_OK);
  assert_null(g);
  assert_int_equal(pg_diags_count(d), 1);
  char *m = pg_diag_format(pg_diags_get(d, 0));
  pg_diags_free(d);
  return m;
}

static void test_files(void **state) {
  (void)state;
  char dir[] = "/tmp/pgtestXXXXXX";
  assert_non_null(mkdtemp(dir));
  char *m = load_error(dir);
  char want[256];
  snprintf(want, sizeof want, "%s: error: is a directory; expected the JSON file that "
           "`terraform show -json PLANFILE` writes", dir);
  assert_string_equal(m, want);
  free(m);
  char missing[64];
  snprintf(missing, sizeof missing, "%s/nope.json", dir);
  m = load_error(missing);
  snprintf(want, sizeof want, "%s: error: cannot open: No such file or directory", missing);
  assert_string_equal(m, want);
  free(m);
  /* A binary plan file is a zip. */
  char zip[64];
  snprintf(zip, sizeof zip, "%s/plan.tfplan", dir);
  FILE *f = fopen(zip, "wb");
  fputs("PK\x03\x04 not really", f);
  fclose(f);
  char *old = getenv("PATH") ? strdup(getenv("PATH")) : NULL;
  setenv("PATH", "/nonexistent", 1);
  m = load_error(zip);
  if (old) setenv("PATH", old, 1);
  free(old);
  assert_non_null(strstr(m, "is a binary plan file; plangraph reads its JSON form: run "
                            "`terraform show -json"));
  free(m);
  unlink(zip);
  rmdir(dir);
}

/* Every cut point of a real plan fails cleanly, never loads half a graph. */
static void test_truncations(void **state) {
  (void)state;
  FILE *f = fopen(source_path("samples/regions-from-variables/plan.json"), "rb");
  assert_non_null(f);
  static char buf[1 << 16];
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  assert_true(n > 1000 && n < sizeof buf);
  size_t step = n / 97;
  for (size_t cut = 1; cut < n - 2; cut += step) {
    pg_diags *d;
    pg_diags_new(&d);
    pg_graph *g = NULL;
    int rc = pg_graph_load_buffer(&g, "cut.json", buf, cut, NULL, d);
    assert_int_equal(rc, PG_ERR_PARSE);
    assert_null(g);
    assert_int_equal(pg_diags_count(d), 1);
    pg_diags_free(d);
  }
}

/* The node limit, and a FIFO with no writer, each fail with one message. */
static void test_limits(void **state) {
  (void)state;
  pg_diags *d;
  pg_diags_new(&d);
  pg_graph *g = NULL;
  pg_load_options few = {.max_nodes = 3};
  assert_int_equal(pg_graph_load(&g, source_path("samples/kms-ok/plan.json"), &few, d),
                   PG_ERR_LIMIT);
  assert_null(g);
  assert_int_equal(pg_diags_count(d), 1);
  /* The message names no CLI variable; the limit field says which limit. */
  assert_non_null(strstr(pg_diags_get(d, 0)->message,
                         "has more than 3 graph nodes, the limit"));
  assert_int_equal(pg_diags_get(d, 0)->limit, PG_LIMIT_NODES);
  pg_diags_free(d);

  char dir[] = "/tmp/pgfifoXXXXXX";
  assert_non_null(mkdtemp(dir));
  char fifo[64];
  snprintf(fifo, sizeof fifo, "%s/plan.fifo", dir);
  assert_int_equal(mkfifo(fifo, 0600), 0);
  pg_diags_new(&d);
  pg_load_options brief = {.input_wait_seconds = 0.2};
  assert_int_equal(pg_graph_load(&g, fifo, &brief, d), PG_ERR_TIMEOUT);
  assert_int_equal(pg_diags_count(d), 1);
  assert_non_null(strstr(pg_diags_get(d, 0)->message, "no data for 0.2 s"));
  pg_diags_free(d);
  unlink(fifo);
  rmdir(dir);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cases),
      cmocka_unit_test(test_files),
      cmocka_unit_test(test_truncations),
      cmocka_unit_test(test_limits),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
