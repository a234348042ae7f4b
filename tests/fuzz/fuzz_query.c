/* libFuzzer harness: the query language's lexer, parser and checker on
 * arbitrary text, as a query file and as an ad-hoc query; what checks is
 * then evaluated on a fixed sample plan with a step limit, so evaluation
 * runs too. A crash, leak or sanitizer report is a finding; a refused query
 * must say why. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "plangraph/plangraph.h"

#ifndef PG_FUZZ_PLAN
#define PG_FUZZ_PLAN "samples/peering-one-way/plan.json"
#endif

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static pg_graph *fixed_plan(void) {
  static pg_graph *g;
  static int tried;
  if (!tried) {
    tried = 1;
    pg_diags *d = NULL;
    if (pg_diags_new(&d) == PG_OK) pg_graph_load(&g, PG_FUZZ_PLAN, NULL, d);
    pg_diags_free(d);
  }
  return g;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  pg_diags *d = NULL;
  pg_query_set *set = NULL;
  if (pg_diags_new(&d) != PG_OK || pg_query_set_new(&set) != PG_OK) abort();
  int rc = pg_query_set_add_text(set, "fuzz.pgq", (const char *)data, size, d);
  if (rc != PG_OK && pg_diags_error_count(d) == 0) abort();
  const pg_graph *g = fixed_plan();
  pg_check_options opts = {200000, 2.0};
  if (rc == PG_OK && g) {
    pg_report *r = NULL;
    if (pg_report_new(&r) == PG_OK && pg_check_run(set, g, "plan.json", &opts, r, d) == PG_OK) {
      FILE *sink = fopen("/dev/null", "w");
      if (sink) {
        pg_report_write_junit(r, sink, d);
        pg_report_write_json(r, sink, d);
        fclose(sink);
      }
    }
    pg_report_free(r);
  }
  pg_query_set_free(set);
  pg_diags_free(d);
  if (pg_diags_new(&d) != PG_OK) abort();
  pg_table *t = NULL;
  if (g) {
    rc = pg_query_run(g, "fuzz", (const char *)data, size, &opts, &t, d);
    if (rc != PG_OK && pg_diags_error_count(d) == 0) abort();
  }
  pg_table_free(t);
  pg_diags_free(d);
  return 0;
}
