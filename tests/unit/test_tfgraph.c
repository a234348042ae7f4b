/* terraform graph coverage: every resource-to-resource dependency that
 * `terraform graph` printed for a sample (tf-graph.dot, made by
 * scripts/regen-samples) is in plangraph's graph, as a path between
 * instances (terraform prints a transitive reduction), except where the
 * dependency passes through a local value the plan alone cannot settle;
 * with --tf-graph, all of them. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static const char *const sample_names[] = {"dr-two-region", "single-region", "locals-network",
                                           "regions-from-variables"};

/* Reads the next "quoted" id after *p. */
static int quoted(const char **p, char *out, size_t cap) {
  const char *q = strchr(*p, '"');
  if (!q) return 0;
  const char *e = strchr(q + 1, '"');
  if (!e || (size_t)(e - q - 1) >= cap) return 0;
  memcpy(out, q + 1, (size_t)(e - q - 1));
  out[e - q - 1] = '\0';
  *p = e + 1;
  return 1;
}

/* True when some instance of `from` reaches some instance of `to`, for
 * every instance of `from`. */
static int covered(const pg_graph *g, const char *from, const char *to) {
  pg_node_id first = pg_graph_first_of_config(g, from);
  /* No instances in the plan, on either side (count = 0): no path to have. */
  if (first < 0 || pg_graph_first_of_config(g, to) < 0) return 1;
  for (pg_node_id s = first; s >= 0; s = pg_graph_next_of_config(g, s)) {
    int ok = 0;
    for (pg_node_id t = pg_graph_first_of_config(g, to); t >= 0 && !ok;
         t = pg_graph_next_of_config(g, t))
      ok = reaches(g, s, t);
    if (!ok) return 0;
  }
  return 1;
}

static int has_unresolved_local(const pg_graph *g, const char *config_address) {
  for (size_t i = 0; i < pg_graph_unresolved_count(g); i++) {
    const pg_unresolved *u = pg_graph_unresolved_get(g, i);
    if (strcmp(u->config_address, config_address) == 0 && strncmp(u->reference, "local.", 6) == 0)
      return 1;
  }
  return 0;
}

static void check_sample(const char *name, size_t *edges, size_t *through_locals) {
  pg_graph *plain = load_sample(name, 0);
  pg_graph *filled = load_sample(name, 1);
  char path[4096];
  snprintf(path, sizeof path, "%s/%s/tf-graph.dot", source_path("samples"), name);
  FILE *f = fopen(path, "r");
  assert_non_null(f);
  char line[4096], from[1024], to[1024];
  while (fgets(line, sizeof line, f)) {
    const char *arrow = strstr(line, "->");
    const char *p = line;
    if (!arrow || !quoted(&p, from, sizeof from) || !quoted(&p, to, sizeof to)) continue;
    (*edges)++;
    if (!covered(plain, from, to)) {
      if (!has_unresolved_local(plain, from))
        fail_msg("%s: terraform graph has %s -> %s; plangraph has no path and no local explains it",
                 name, from, to);
      (*through_locals)++;
    }
    if (!covered(filled, from, to))
      fail_msg("%s: with --tf-graph, %s -> %s is still missing", name, from, to);
  }
  fclose(f);
  pg_graph_free(plain);
  pg_graph_free(filled);
}

static void test_coverage(void **state) {
  (void)state;
  size_t edges = 0, through_locals = 0;
  for (size_t i = 0; i < sizeof sample_names / sizeof sample_names[0]; i++)
    check_sample(sample_names[i], &edges, &through_locals);
  fprintf(stderr, "terraform graph: %zu edges, %zu through locals\n", edges, through_locals);
  assert_true(edges > 50);
  /* dr-two-region's private subnets reach their VPC through a local; the
   * module makes one VPC, so the plan alone gives that edge now
   * (resolve/modunique.h). */
  assert_int_equal(through_locals, 0);
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_coverage)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
