/* Real-world plans: every file of ../shared/corpus loads (read in place),
 * and the ones that are not plans are refused as such, as are the plans of
 * a failed `terraform plan` ("errored": true: terraform's own
 * show-json/plan-error). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

/* Whether the file is a plan terraform marked errored (a text search is
 * enough for the corpus: terraform writes the member once, at the top). */
static int errored_plan(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f) return 0;
  static char text[1 << 22];
  size_t n = fread(text, 1, sizeof text - 1, f);
  fclose(f);
  text[n] = '\0';
  for (const char *p = strstr(text, "\"errored\""); p; p = strstr(p + 1, "\"errored\"")) {
    const char *v = p + 9;
    while (*v == ' ' || *v == ':' || *v == '\n' || *v == '\t' || *v == '\r') v++;
    if (strncmp(v, "true", 4) == 0) return 1;
  }
  return 0;
}

static void check_file(const char *path, int expect_plan, size_t *loaded, size_t *refused) {
  pg_diags *d;
  pg_diags_new(&d);
  pg_graph *g = NULL;
  int rc = pg_graph_load(&g, path, NULL, d);
  if (expect_plan && rc != PG_OK) {
    char *m = pg_diags_count(d) ? pg_diag_format(pg_diags_get(d, 0)) : NULL;
    fail_msg("%s did not load: %s", path, m ? m : "?");
  }
  if (!expect_plan) {
    assert_int_equal(rc, PG_ERR_NOT_PLAN);
    assert_int_equal(pg_diags_error_count(d), 1);
    (*refused)++;
  } else {
    assert_int_equal(pg_diags_error_count(d), 0);
    (*loaded)++;
  }
  pg_graph_free(g);
  pg_diags_free(d);
}

static void test_corpus(void **state) {
  (void)state;
  const char *root = getenv("PG_CORPUS_DIR");
  if (!root) skip();
  DIR *top = opendir(root);
  if (!top) {
    fprintf(stderr, "corpus not found at %s\n", root);
    skip();
  }
  size_t loaded = 0, refused = 0, errored_plans = 0;
  struct dirent *sub;
  while ((sub = readdir(top))) {
    if (sub->d_name[0] == '.') continue;
    char dir[4096];
    snprintf(dir, sizeof dir, "%s/%s", root, sub->d_name);
    DIR *dd = opendir(dir);
    if (!dd) continue;
    struct dirent *f;
    while ((f = readdir(dd))) {
      size_t n = strlen(f->d_name);
      if (n < 5 || strcmp(f->d_name + n - 5, ".json") != 0) continue;
      char path[8192];
      snprintf(path, sizeof path, "%s/%s", dir, f->d_name);
      int errored = errored_plan(path);
      errored_plans += errored;
      check_file(path, strcmp(sub->d_name, "not-plan-json") != 0 && !errored, &loaded, &refused);
    }
    closedir(dd);
  }
  closedir(top);
  fprintf(stderr, "corpus: %zu plans loaded, %zu non-plans and errored plans refused\n", loaded,
          refused);
  assert_int_equal(loaded, 201);
  assert_int_equal(errored_plans, 1);
  assert_int_equal(refused, 5 + errored_plans);
}

/* Legacy provider keys resolve through the module path (terraform 0.14). */
static void test_legacy_provider_keys(void **state) {
  (void)state;
  char path[4096];
  snprintf(path, sizeof path, "%s/infracost/terraform_v0.14_plan.json",
           getenv("PG_CORPUS_DIR") ? getenv("PG_CORPUS_DIR") : ".");
  pg_graph *g = NULL;
  if (pg_graph_load(&g, path, NULL, NULL) != PG_OK) skip();
  pg_node_info n;
  pg_graph_node(g, node_at(g, "module.db.module.db_1.module.db_instance.aws_db_instance.this[0]"), &n);
  assert_string_equal(n.region, "us-east-1");
  pg_node_info p;
  pg_graph_node(g, n.provider, &p);
  assert_string_equal(p.address, "provider.module.db:aws");
  pg_graph_free(g);
  snprintf(path, sizeof path, "%s/infracost/terraform_v0.12_plan.json", getenv("PG_CORPUS_DIR"));
  assert_int_equal(pg_graph_load(&g, path, NULL, NULL), PG_OK);
  pg_graph_node(g, node_at(g, "module.db.module.db_1.module.db_instance.aws_db_instance.this[0]"), &n);
  pg_graph_node(g, n.provider, &p);
  assert_string_equal(p.address, "provider.db:aws");
  assert_string_equal(n.region, "us-east-1");
  pg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_corpus),
      cmocka_unit_test(test_legacy_provider_keys),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
