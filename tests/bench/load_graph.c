/* Benchmark driver: loads a plan and builds its graph, then frees it; prints
 * the node and edge counts so a run can be checked. With --check it then
 * runs every built-in query on the graph and prints how long the load+build
 * and the evaluation took, measured apart (scripts/bench reads the line
 * "times LOAD EVAL"). */
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "plangraph/plangraph.h"

static double now(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static int fail(pg_diags *d) {
  for (size_t i = 0; i < pg_diags_count(d); i++)
    fprintf(stderr, "%s\n", pg_diags_get(d, i)->message);
  pg_diags_free(d);
  return 2;
}

int main(int argc, char **argv) {
  int check = argc == 3 && strcmp(argv[1], "--check") == 0;
  if (argc != 2 && !check) {
    fprintf(stderr, "usage: pg_load_graph [--check] PLAN\n");
    return 2;
  }
  const char *plan = argv[argc - 1];
  pg_diags *d = NULL;
  pg_graph *g = NULL;
  if (pg_diags_new(&d) != PG_OK) return 2;
  double t0 = now();
  if (pg_graph_load(&g, plan, NULL, d) != PG_OK) return fail(d);
  double t1 = now();
  printf("nodes %zu edges %zu\n", pg_graph_node_count(g), pg_graph_edge_count(g));
  if (check) {
    pg_query_set *set = NULL;
    pg_report *r = NULL;
    if (pg_query_set_new(&set) != PG_OK || pg_query_set_add_builtin(set, d) != PG_OK ||
        pg_report_new(&r) != PG_OK || pg_check_run(set, g, plan, NULL, r, d) != PG_OK) {
      pg_report_free(r);
      pg_query_set_free(set);
      pg_graph_free(g);
      return fail(d);
    }
    double t2 = now();
    size_t subjects = 0;
    for (size_t i = 0; i < pg_report_suite_count(r); i++)
      subjects += pg_report_suite(r, i)->n_subjects;
    printf("subjects %zu\ntimes %.6f %.6f\n", subjects, t1 - t0, t2 - t1);
    pg_report_free(r);
    pg_query_set_free(set);
  }
  pg_graph_free(g);
  pg_diags_free(d);
  return 0;
}
