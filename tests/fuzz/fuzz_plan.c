/* libFuzzer harness: plan ingest and graph build on arbitrary bytes, and
 * the exporters on whatever loads. Any crash, leak or sanitizer report is a
 * finding; a clean refusal (status 2 in the command) is not. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "plangraph/plangraph.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  pg_diags *d = NULL;
  if (pg_diags_new(&d) != PG_OK) return 0;
  pg_graph *g = NULL;
  int rc = pg_graph_load_buffer(&g, "fuzz.json", (const char *)data, size, NULL, d);
  if (rc == PG_OK) {
    FILE *sink = fopen("/dev/null", "w");
    if (sink) {
      pg_export_json(g, NULL, sink);
      pg_export_dot(g, NULL, sink);
      fclose(sink);
    }
    for (pg_node_id i = 0; (size_t)i < pg_graph_node_count(g) && i < 64; i++) {
      char *v = pg_node_values_render(g, i);
      free(v);
    }
  } else if (pg_diags_error_count(d) == 0) {
    abort(); /* a failure must always say why */
  }
  pg_graph_free(g);
  pg_diags_free(d);
  return 0;
}
