/* libFuzzer harness: query evaluation over a fixed plan. The input is
 * query text; what parses and checks runs on the flawed reference design
 * (every resource type the built-in queries look at, three regions,
 * modules, unknown and sensitive values), both as a query file through
 * check and its JUnit and JSON writers and as an ad-hoc query whose rows
 * are rendered. A step limit and a timeout keep each run short, as
 * --timeout does in CI. A crash, leak or sanitizer report is a finding; a
 * failed evaluation must say why. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "plangraph/plangraph.h"

#ifndef PG_FUZZ_PLAN
#define PG_FUZZ_PLAN "samples/dr-flawed/plan.json"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const pg_graph *fixed_plan(void) {
  static pg_graph *g;
  if (!g) {
    pg_diags *d = NULL;
    if (pg_diags_new(&d) != PG_OK || pg_graph_load(&g, PG_FUZZ_PLAN, NULL, d) != PG_OK) {
      fprintf(stderr, "fuzz_eval: cannot load %s\n", PG_FUZZ_PLAN);
      abort();
    }
    pg_diags_free(d);
  }
  return g;
}

static const pg_check_options limits = {200000, 2.0, 1};

static void run_as_file(const uint8_t *data, size_t size, FILE *sink) {
  pg_diags *d = NULL;
  pg_query_set *set = NULL;
  pg_report *r = NULL;
  if (pg_diags_new(&d) != PG_OK || pg_query_set_new(&set) != PG_OK || pg_report_new(&r) != PG_OK)
    abort();
  if (pg_query_set_add_text(set, "fuzz.pgq", (const char *)data, size, d) == PG_OK) {
    if (pg_check_run(set, fixed_plan(), "plan.json", &limits, r, d) == PG_OK) {
      pg_report_write_junit(r, sink, d);
      pg_report_write_json(r, sink, d);
    } else if (pg_diags_error_count(d) == 0) {
      abort();
    }
  }
  pg_report_free(r);
  pg_query_set_free(set);
  pg_diags_free(d);
}

static void run_ad_hoc(const uint8_t *data, size_t size, FILE *sink) {
  pg_diags *d = NULL;
  pg_table *t = NULL;
  if (pg_diags_new(&d) != PG_OK) abort();
  int rc = pg_query_run(fixed_plan(), "fuzz", (const char *)data, size, &limits, &t, d);
  if (rc != PG_OK && pg_diags_error_count(d) == 0) abort();
  for (size_t row = 0; t && row < pg_table_rows(t); row++)
    for (size_t col = 0; col < pg_table_columns(t); col++)
      fprintf(sink, "%s %s\n", pg_table_text(t, row, col), pg_table_json(t, row, col));
  pg_table_free(t);
  pg_diags_free(d);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  static FILE *sink;
  if (!sink && !(sink = fopen("/dev/null", "w"))) abort();
  run_as_file(data, size, sink);
  run_ad_hoc(data, size, sink);
  return 0;
}
