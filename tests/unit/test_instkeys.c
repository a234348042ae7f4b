/* Instance-precise references on the instance-keys sample: a reference
 * indexed by each.value.NAME (through a module call's arguments) or by
 * each.key names the one instance of that key, not every instance; where
 * the plan cannot tell the key, one edge to the call, marked ambiguous. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

#define REF PG_EDGE_REFERENCE

static void test_each_value_field(void **state) {
  const pg_graph *g = *state;
  const char *ab = "module.peering[\"ab\"].aws_vpc_peering_connection.this";
  const char *a = "module.stack[\"a\"].aws_vpc.this", *b = "module.stack[\"b\"].aws_vpc.this",
             *c = "module.stack[\"c\"].aws_vpc.this";
  assert_int_equal(count_edges(g, ab, a, REF, "vpc_id"), 1);
  assert_int_equal(count_edges(g, ab, b, REF, "vpc_id"), 0);
  assert_int_equal(count_edges(g, ab, c, REF, "vpc_id"), 0);
  assert_int_equal(count_edges(g, ab, b, REF, "peer_vpc_id"), 1);
  assert_int_equal(count_edges(g, ab, a, REF, "peer_vpc_id"), 0);
  assert_int_equal(count_edges(g, ab, c, REF, "peer_vpc_id"), 0);
}

static void test_each_key(void **state) {
  const pg_graph *g = *state;
  const char *sg = "aws_security_group.edge[\"b\"]";
  assert_int_equal(count_edges(g, sg, "module.stack[\"b\"].aws_vpc.this", REF, "vpc_id"), 1);
  assert_int_equal(count_edges(g, sg, "module.stack[\"a\"].aws_vpc.this", REF, "vpc_id"), 0);
  assert_int_equal(count_edges(g, sg, "module.stack[\"c\"].aws_vpc.this", REF, "vpc_id"), 0);
}

/* Over a local map each.value is not in the plan: one edge to the call,
 * marked ambiguous, instead of one to each stack; path still gets through. */
static void test_ambiguous(void **state) {
  const pg_graph *g = *state;
  const char *ca = "module.peering_local[\"ca\"].aws_vpc_peering_connection.this";
  const pg_edge_id *ids;
  size_t n = pg_graph_out_edges(g, node_at(g, ca), &ids);
  int to_call = 0, to_stack = 0;
  for (size_t i = 0; i < n; i++) {
    pg_edge_info e;
    pg_node_info t;
    pg_graph_edge(g, ids[i], &e);
    pg_graph_node(g, e.to, &t);
    if (e.kind != REF) continue;
    if (strcmp(t.address, "module.stack") == 0) {
      assert_true(e.ambiguous);
      to_call++;
    } else if (strncmp(t.address, "module.stack[", 13) == 0) {
      to_stack++;
    }
  }
  assert_int_equal(to_call, 2); /* vpc_id and peer_vpc_id */
  assert_int_equal(to_stack, 0);
  assert_true(reaches(g, node_at(g, ca), node_at(g, "module.stack[\"a\"].aws_vpc.this")));
  /* The precise edges of the other peerings are not ambiguous. */
  pg_node_id ab = node_at(g, "module.peering[\"ab\"].aws_vpc_peering_connection.this");
  n = pg_graph_out_edges(g, ab, &ids);
  for (size_t i = 0; i < n; i++) {
    pg_edge_info e;
    pg_graph_edge(g, ids[i], &e);
    assert_false(e.ambiguous);
  }
}

static int setup(void **state) {
  *state = load_sample("instance-keys", 0);
  return 0;
}

static int teardown(void **state) {
  pg_graph_free(*state);
  return 0;
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_each_value_field),
      cmocka_unit_test(test_each_key),
      cmocka_unit_test(test_ambiguous),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
