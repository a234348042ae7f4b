/* The public API that lets a program other than the CLI use the library on
 * its own terms: pg_read_file, the structured part of diagnostics, the
 * convert callback for binary plans, and igraph handlers left as the host
 * program set them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <igraph.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "helpers.h"
#include "run/workers.h"

/* A fresh temporary folder per test (setup), removed with its files. */
typedef struct fixture {
  char dir[64];
  char file[96];
  pg_diags *d;
} fixture;

static int setup(void **state) {
  fixture *f = calloc(1, sizeof *f);
  if (!f) return -1;
  snprintf(f->dir, sizeof f->dir, "/tmp/pgapiXXXXXX");
  if (!mkdtemp(f->dir) || pg_diags_new(&f->d) != PG_OK) return -1;
  snprintf(f->file, sizeof f->file, "%s/input", f->dir);
  *state = f;
  return 0;
}

static int teardown(void **state) {
  fixture *f = *state;
  unlink(f->file);
  rmdir(f->dir);
  pg_diags_free(f->d);
  free(f);
  return 0;
}

static void write_file(const char *path, const char *text, size_t len) {
  FILE *fp = fopen(path, "wb");
  assert_non_null(fp);
  assert_int_equal(fwrite(text, 1, len, fp), len);
  fclose(fp);
}

/* ---- pg_read_file ------------------------------------------------------ */

static void test_read_ok(void **state) {
  fixture *f = *state;
  write_file(f->file, "abc", 3);
  char *text = NULL;
  size_t len = 0;
  assert_int_equal(pg_read_file(&text, &len, f->file, NULL, f->d), PG_OK);
  assert_int_equal(len, 3);
  assert_string_equal(text, "abc");
  assert_int_equal(pg_diags_count(f->d), 0);
  free(text);
}

static void test_read_missing(void **state) {
  fixture *f = *state;
  char *text = (char *)"unchanged";
  size_t len = 7;
  assert_int_equal(pg_read_file(&text, &len, f->file, NULL, f->d), PG_ERR_IO);
  assert_null(text);
  assert_int_equal(pg_diags_count(f->d), 1);
  assert_string_equal(pg_diags_get(f->d, 0)->file, f->file);
  assert_non_null(strstr(pg_diags_get(f->d, 0)->message, "cannot open"));
}

static void test_read_directory(void **state) {
  fixture *f = *state;
  pg_read_options ro = {0, 0, PG_LIMIT_NONE, "a query file"};
  char *text = NULL;
  size_t len = 0;
  assert_int_equal(pg_read_file(&text, &len, f->dir, &ro, f->d), PG_ERR_IO);
  assert_null(text);
  assert_string_equal(pg_diags_get(f->d, 0)->message, "is a directory; expected a query file");
}

/* Over the limit: the diagnostic names the limit, the caller's or the
 * default one, and never how a user would raise it. */
static void test_read_limit(void **state) {
  fixture *f = *state;
  write_file(f->file, "0123456789", 10);
  pg_read_options ro = {4, 0, PG_LIMIT_QUERY_BYTES, NULL};
  char *text = NULL;
  size_t len = 0;
  assert_int_equal(pg_read_file(&text, &len, f->file, &ro, f->d), PG_ERR_LIMIT);
  assert_null(text);
  const pg_diag *dg = pg_diags_get(f->d, 0);
  assert_int_equal(dg->limit, PG_LIMIT_QUERY_BYTES);
  assert_string_equal(dg->message, "is 10 bytes, over the limit of 4 bytes");
  ro.limit = PG_LIMIT_NONE;
  assert_int_equal(pg_read_file(&text, &len, f->file, &ro, f->d), PG_ERR_LIMIT);
  assert_int_equal(pg_diags_get(f->d, 1)->limit, PG_LIMIT_INPUT_BYTES);
  ro.max_bytes = 10;
  assert_int_equal(pg_read_file(&text, &len, f->file, &ro, f->d), PG_OK);
  free(text);
}

/* ---- the last plan's run ---------------------------------------------- */

/* The outcome of every subject of r, one line each. */
static char *outcomes(const pg_report *r) {
  char *buf = NULL;
  size_t len = 0;
  FILE *fp = open_memstream(&buf, &len);
  assert_non_null(fp);
  for (size_t i = 0; i < pg_report_suite_count(r); i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    fprintf(fp, "%s %s %zu/%zu/%zu\n", s->query_id, s->skipped ? s->skipped : "-", s->passed,
            s->failed, s->unknown);
    for (size_t k = 0; k < s->n_subjects; k++)
      fprintf(fp, "  %s %d %s\n", s->subjects[k].name, (int)s->subjects[k].outcome,
              s->subjects[k].message ? s->subjects[k].message : "-");
  }
  fclose(fp);
  return buf;
}

/* pg_check_run_last gives the report pg_check_run gives, on two workers
 * (each frees the trees of the queries it ran while the other runs); the
 * set then still describes its queries, and refuses to run them again. */
/* Two texts that may be NULL are the same (both NULL, or equal). */
static void same_text(const char *a, const char *b) {
  assert_int_equal(a == NULL, b == NULL);
  if (a) assert_string_equal(a, b);
}

/* Workers: a check left to choose runs a small plan on one (a second
 * would cost more than it saves), runs the jobs it is asked for, and a set
 * estimated dear on the plan on one per CPU, the dearest query first. */
static void test_run_workers(void **state) {
  fixture *f = *state;
  pg_graph *g = NULL;
  assert_int_equal(pg_graph_load(&g, source_path("samples/kms-cross-region/plan.json"), NULL, f->d),
                   PG_OK);
  pg_query_set *set = NULL;
  assert_int_equal(pg_query_set_new(&set), PG_OK);
  assert_int_equal(pg_query_set_add_builtin(set, f->d), PG_OK);
  unsigned workers = 0;
  pg_check_options chosen = {0, 0, 0}, two = {0, 0, 2};
  size_t *order = run_workers(set, g, &chosen, &workers);
  assert_non_null(order);
  assert_int_equal(workers, 1);
  for (size_t i = 0; i < pg_query_set_count(set); i++) assert_int_equal(order[i], i);
  free(order);
  order = run_workers(set, g, &two, &workers);
  assert_non_null(order);
  assert_int_equal(workers, 2);
  free(order);

  /* Eight generators over every node: the estimate (11^8 pattern starts)
   * passes the bar on a sample of 11 nodes. */
  static const char dear[] =
      "query dear\n  title 't'\n  severity low\n"
      "check for each (a), (b), (c), (d), (e), (h), (i), (x) where false\n"
      "  subject '{a}'\n  expect true\n  message 'm'\n";
  assert_int_equal(pg_query_set_add_text(set, "dear.pgq", dear, sizeof dear - 1, f->d), PG_OK);
  order = run_workers(set, g, &chosen, &workers);
  assert_non_null(order);
  long cpus = sysconf(_SC_NPROCESSORS_ONLN);
  if (cpus > 1) {
    assert_int_equal(workers, cpus < (long)pg_query_set_count(set) ? (unsigned)cpus
                                                                    : pg_query_set_count(set));
    assert_int_equal(order[0], pg_query_set_count(set) - 1);  /* the dear one first */
  } else {
    assert_int_equal(workers, 1);
  }
  free(order);
  pg_query_set_free(set);
  pg_graph_free(g);
}

static void test_check_run_last(void **state) {
  fixture *f = *state;
  pg_graph *g = NULL;
  assert_int_equal(pg_graph_load(&g, source_path("samples/kms-cross-region/plan.json"), NULL, f->d),
                   PG_OK);
  pg_query_set *kept = NULL, *freed = NULL;
  pg_report *r1 = NULL, *r2 = NULL;
  assert_int_equal(pg_query_set_new(&kept), PG_OK);
  assert_int_equal(pg_query_set_new(&freed), PG_OK);
  assert_int_equal(pg_query_set_add_builtin(kept, f->d), PG_OK);
  assert_int_equal(pg_query_set_add_builtin(freed, f->d), PG_OK);
  assert_int_equal(pg_query_set_param(freed, "allowed_regions", "us-east-1", f->d), PG_OK);
  assert_int_equal(pg_query_set_param(kept, "allowed_regions", "us-east-1", f->d), PG_OK);
  assert_int_equal(pg_report_new(&r1), PG_OK);
  assert_int_equal(pg_report_new(&r2), PG_OK);
  pg_check_options two = {0, 0, 2};
  assert_int_equal(pg_check_run(kept, g, "plan", &two, r1, f->d), PG_OK);
  assert_int_equal(pg_check_run_last(freed, g, "plan", &two, r2, f->d), PG_OK);
  char *a = outcomes(r1), *b = outcomes(r2);
  assert_string_equal(a, b);
  assert_non_null(strstr(a, " 0/1/0")); /* the plan fails a query: not all trivial */
  free(a);
  free(b);

  assert_int_equal(pg_query_set_count(freed), pg_query_set_count(kept));
  for (size_t i = 0; i < pg_query_set_count(kept); i++) {
    pg_query_info x, y;
    assert_int_equal(pg_query_set_info(kept, i, &x), PG_OK);
    assert_int_equal(pg_query_set_info(freed, i, &y), PG_OK);
    assert_string_equal(x.id, y.id);
    assert_string_equal(x.title, y.title);
    assert_string_equal(x.severity, y.severity);
    assert_string_equal(x.file, y.file);
    same_text(x.description, y.description);
    same_text(x.skip_reason, y.skip_reason);
    assert_int_equal(x.n_params, y.n_params);
    for (size_t j = 0; j < x.n_params; j++) {
      pg_param_info p, q;
      assert_int_equal(pg_query_set_param_info(kept, i, j, &p), PG_OK);
      assert_int_equal(pg_query_set_param_info(freed, i, j, &q), PG_OK);
      assert_string_equal(p.name, q.name);
      assert_string_equal(p.type, q.type);
      same_text(p.default_text, q.default_text);
      same_text(p.value_text, q.value_text);
    }
  }

  size_t before = pg_diags_count(f->d);
  assert_int_equal(pg_check_run(freed, g, "plan", &two, r2, f->d), PG_ERR_NOT_FOUND);
  assert_int_equal(pg_diags_count(f->d), before + 1);
  assert_non_null(strstr(pg_diags_get(f->d, before)->message, "cannot run again"));
  assert_int_equal(pg_check_run_last(freed, g, "plan", &two, r2, f->d), PG_ERR_NOT_FOUND);
  pg_report_free(r1);
  pg_report_free(r2);
  pg_query_set_free(kept);
  pg_query_set_free(freed);
  pg_graph_free(g);
}

/* ---- structured diagnostics ------------------------------------------- */

static void test_limit_fields(void **state) {
  fixture *f = *state;
  const char *plan = source_path("samples/kms-ok/plan.json");
  pg_graph *g = NULL;
  pg_load_options tiny = {.max_input_bytes = 100};
  assert_int_equal(pg_graph_load(&g, plan, &tiny, f->d), PG_ERR_LIMIT);
  assert_int_equal(pg_diags_get(f->d, 0)->limit, PG_LIMIT_INPUT_BYTES);
  pg_load_options few = {.max_nodes = 3};
  assert_int_equal(pg_graph_load(&g, plan, &few, f->d), PG_ERR_LIMIT);
  assert_int_equal(pg_diags_get(f->d, 1)->limit, PG_LIMIT_NODES);
  assert_null(strstr(pg_diags_get(f->d, 1)->message, "PLANGRAPH_"));

  assert_int_equal(pg_graph_load(&g, plan, NULL, f->d), PG_OK);
  pg_query_set *set = NULL;
  pg_report *r = NULL;
  assert_int_equal(pg_query_set_new(&set), PG_OK);
  assert_int_equal(pg_query_set_add_builtin(set, f->d), PG_OK);
  assert_int_equal(pg_report_new(&r), PG_OK);
  pg_check_options slow = {10, 0, 0};
  assert_int_equal(pg_check_run(set, g, "kms-ok", &slow, r, f->d), PG_ERR_LIMIT);
  assert_int_equal(pg_diags_get(f->d, 2)->limit, PG_LIMIT_STEPS);
  assert_int_equal(pg_diags_get(f->d, 2)->arg, PG_ARG_NONE);
  pg_report_free(r);
  pg_query_set_free(set);
  pg_graph_free(g);
}

static void test_diag_setters(void **state) {
  fixture *f = *state;
  pg_diags_add(f->d, PG_SEV_ERROR, NULL, 0, 0, NULL, "parameter x: unknown");
  assert_int_equal(pg_diags_get(f->d, 0)->limit, PG_LIMIT_NONE);
  assert_null(pg_diags_get(f->d, 0)->param);
  assert_int_equal(pg_diags_set_arg(f->d, PG_ARG_PARAM_UNKNOWN, "x"), PG_OK);
  assert_int_equal(pg_diags_get(f->d, 0)->arg, PG_ARG_PARAM_UNKNOWN);
  assert_string_equal(pg_diags_get(f->d, 0)->param, "x");
  assert_string_equal(pg_status_name(PG_ERR_TIMEOUT), "timed out");
}

/* ---- the convert callback ---------------------------------------------- */

typedef struct convert_seen {
  int calls;
  char path[128];
} convert_seen;

/* Answers with the JSON form of a sample, as terraform show would. */
static int fake_convert(const char *path, void *ctx, uint64_t max, char **out, size_t *len,
                        pg_diags *diags) {
  convert_seen *seen = ctx;
  seen->calls++;
  snprintf(seen->path, sizeof seen->path, "%s", path);
  pg_read_options ro = {max, 0, PG_LIMIT_INPUT_BYTES, NULL};
  return pg_read_file(out, len, source_path("samples/kms-ok/plan.json"), &ro, diags);
}

static void test_convert(void **state) {
  fixture *f = *state;
  static const char binary[] = "PK\003\004 a binary plan";
  write_file(f->file, binary, sizeof binary - 1);
  convert_seen seen = {0, ""};
  pg_load_options opts = {.convert = fake_convert, .convert_ctx = &seen};
  pg_graph *g = NULL;
  assert_int_equal(pg_graph_load(&g, f->file, &opts, f->d), PG_OK);
  assert_int_equal(seen.calls, 1);
  assert_string_equal(seen.path, f->file);
  assert_true(pg_graph_node_count(g) > 0);
  pg_graph_free(g);

  /* JSON is read as it is; no converter: the file is refused. */
  assert_int_equal(pg_graph_load(&g, source_path("samples/kms-ok/plan.json"), &opts, f->d),
                   PG_OK);
  assert_int_equal(seen.calls, 1);
  pg_graph_free(g);
  assert_int_equal(pg_graph_load(&g, f->file, NULL, f->d), PG_ERR_NOT_PLAN);
  assert_null(g);
  assert_non_null(strstr(pg_diags_get(f->d, 0)->message, "is a binary plan file"));
}

/* ---- igraph handlers ---------------------------------------------------- */

static void host_error(const char *reason, const char *file, int line, igraph_error_t err) {
  (void)reason; (void)file; (void)line; (void)err;
}

static void host_warning(const char *reason, const char *file, int line) {
  (void)reason; (void)file; (void)line;
}

static void test_igraph_handlers(void **state) {
  (void)state;
  igraph_error_handler_t *before = igraph_set_error_handler(host_error);
  igraph_warning_handler_t *wbefore = igraph_set_warning_handler(host_warning);
  pg_graph *g = load_sample("dr-flawed", 0);
  pg_node_id *nodes = NULL;
  pg_edge_id *edges = NULL;
  size_t len = 0;
  pg_graph_shortest_path(g, 0, 1, &nodes, &edges, &len);
  free(nodes);
  free(edges);
  pg_graph_free(g);
  assert_ptr_equal(igraph_set_error_handler(before), host_error);
  assert_ptr_equal(igraph_set_warning_handler(wbefore), host_warning);
}

/* A reference through a local is unresolved of kind LOCAL, so a program
 * can say what fills the gap; the library's reason names no option. */
static void test_unresolved_local(void **state) {
  (void)state;
  pg_graph *g = load_sample("dr-two-region", 0);
  size_t locals = 0;
  for (size_t i = 0; i < pg_graph_unresolved_count(g); i++) {
    const pg_unresolved *u = pg_graph_unresolved_get(g, i);
    assert_null(strstr(u->reason, "--"));
    if (strncmp(u->reference, "local.", 6) != 0) continue;
    assert_int_equal(u->kind, PG_UNRESOLVED_LOCAL);
    assert_string_equal(u->reason, "a local value: plan JSON does not describe locals");
    locals++;
  }
  assert_int_equal(locals, 4);
  pg_graph_free(g);
}

/* The secrets guard finds a secret in each form a writer may give it: as
 * it is, in a JSON string as our writers escape it (base/jsonesc.h,
 * lower-case hex) and as jansson does (SARIF, CI, graph exports: upper
 * case), and in XML. */
static void test_guard_forms(void **state) {
  (void)state;
  static const char plan[] =
      "{\"format_version\": \"1.2\", \"resource_changes\": [{\"address\": \"aws_db_instance.d\", "
      "\"mode\": \"managed\", \"type\": \"aws_db_instance\", \"name\": \"d\", "
      "\"change\": {\"actions\": [\"create\"], \"before\": null, "
      "\"after\": {\"password\": \"PGSECRET\\u001fctl\\\"q\"}, "
      "\"after_sensitive\": {\"password\": true}}}]}";
  pg_diags *d = NULL;
  pg_graph *g = NULL;
  pg_guard *gd = NULL;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  assert_int_equal(pg_graph_load_buffer(&g, "guard.json", plan, sizeof plan - 1, NULL, d), PG_OK);
  assert_int_equal(pg_guard_new(&gd), PG_OK);
  assert_int_equal(pg_guard_add_graph(gd, g), PG_OK);
  static const char *const found[] = {
      "x PGSECRET\x1f" "ctl\"q x", "\"PGSECRET\\u001fctl\\\"q\"", "\"PGSECRET\\u001Fctl\\\"q\"",
      "<a>PGSECRET\x1f" "ctl&quot;q</a>"};
  for (size_t i = 0; i < sizeof found / sizeof *found; i++)
    assert_int_equal(pg_guard_check(gd, found[i], strlen(found[i])), 1);
  static const char clean[] = "\"PGSECRET\\u0020ctl\\\"q\"";
  assert_int_equal(pg_guard_check(gd, clean, strlen(clean)), 0);
  pg_guard_free(gd);
  pg_graph_free(g);
  pg_diags_free(d);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test_setup_teardown(test_read_ok, setup, teardown),
      cmocka_unit_test_setup_teardown(test_read_missing, setup, teardown),
      cmocka_unit_test_setup_teardown(test_read_directory, setup, teardown),
      cmocka_unit_test_setup_teardown(test_read_limit, setup, teardown),
      cmocka_unit_test_setup_teardown(test_limit_fields, setup, teardown),
      cmocka_unit_test_setup_teardown(test_check_run_last, setup, teardown),
      cmocka_unit_test_setup_teardown(test_run_workers, setup, teardown),
      cmocka_unit_test_setup_teardown(test_diag_setters, setup, teardown),
      cmocka_unit_test_setup_teardown(test_convert, setup, teardown),
      cmocka_unit_test(test_igraph_handlers),
      cmocka_unit_test(test_unresolved_local),
      cmocka_unit_test(test_guard_forms),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
