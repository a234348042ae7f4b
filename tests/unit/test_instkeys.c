/* Instance-precise references on the instance-keys sample: a reference
 * indexed by each.value.NAME (through a module call's arguments) or by
 * each.key names the one instance of that key, not every instance. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>

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
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
