/* libFuzzer harness: the query language's lexer, parser and checker on
 * arbitrary text, both as a query file (then its parameters are set from
 * text, as --param does) and as an ad-hoc query over an empty plan, so
 * almost all the time goes to the front end. A crash, leak or sanitizer
 * report is a finding; a refused query must say why. Evaluation over a real
 * plan is fuzz_eval's job. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "plangraph/plangraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char empty_plan[] = "{\"format_version\": \"1.2\", \"resource_changes\": []}";

static pg_graph *empty_graph(void) {
  static pg_graph *g;
  if (!g) {
    pg_diags *d = NULL;
    if (pg_diags_new(&d) != PG_OK) abort();
    if (pg_graph_load_buffer(&g, "empty.json", empty_plan, sizeof empty_plan - 1, NULL, d) != PG_OK)
      abort();
    pg_diags_free(d);
  }
  return g;
}

/* Every declared parameter gets a few values of each shape; wrong types
 * must be refused with a message, never accepted silently or crash. */
static void set_params(pg_query_set *set) {
  static const char *values[] = {"1", "-2.5e3", "true", "a,b,,c", "", "x\ny"};
  for (size_t q = 0; q < pg_query_set_count(set); q++) {
    pg_query_info info;
    if (pg_query_set_info(set, q, &info) != PG_OK) abort();
    for (size_t p = 0; p < info.n_params; p++) {
      pg_param_info pi;
      if (pg_query_set_param_info(set, q, p, &pi) != PG_OK) abort();
      for (size_t v = 0; v < sizeof values / sizeof values[0]; v++) {
        pg_diags *d = NULL;
        if (pg_diags_new(&d) != PG_OK) abort();
        if (pg_query_set_param(set, pi.name, values[v], d) != PG_OK &&
            pg_diags_error_count(d) == 0)
          abort();
        pg_diags_free(d);
      }
    }
  }
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  pg_diags *d = NULL;
  pg_query_set *set = NULL;
  if (pg_diags_new(&d) != PG_OK || pg_query_set_new(&set) != PG_OK) abort();
  int rc = pg_query_set_add_text(set, "fuzz.pgq", (const char *)data, size, d);
  if (rc != PG_OK && pg_diags_error_count(d) == 0) abort();
  if (rc == PG_OK) set_params(set);
  pg_query_set_free(set);
  pg_diags_free(d);

  if (pg_diags_new(&d) != PG_OK) abort();
  pg_check_options opts = {10000, 1.0, 1};
  pg_table *t = NULL;
  rc = pg_query_run(empty_graph(), "fuzz", (const char *)data, size, &opts, &t, d);
  if (rc != PG_OK && pg_diags_error_count(d) == 0) abort();
  pg_table_free(t);
  pg_diags_free(d);
  return 0;
}
