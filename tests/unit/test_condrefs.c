/* References that come only from a condition, on the conditional-refs
 * sample: `kms_master_key_id = var.gate == null ? var.kms_master_key_id :
 * null` names the gate's key only to order the apply, so the edge to it is
 * an ordering edge, never a reference labelled as the attribute: by the
 * planned null (kms_master_key_id) and by the input named like the
 * attribute while the value is unknown (policy). A real value keeps its
 * labelled reference. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>

#include "helpers.h"

static void test_condition_references(void **state) {
  (void)state;
  pg_graph *g = load_sample("conditional-refs", 0);
  const char *q = "module.queue.aws_sqs_queue.this", *key = "aws_kms_key.gate";
  /* Planned null: names nothing. */
  assert_int_equal(count_edges(g, q, key, PG_EDGE_REFERENCE, NULL), 0);
  assert_int_equal(count_edges(g, q, key, PG_EDGE_DEPENDS_ON, "kms_master_key_id"), 1);
  /* Unknown value, an input of the attribute's own name: the gate is a
   * condition. */
  assert_int_equal(count_edges(g, q, key, PG_EDGE_DEPENDS_ON, "policy"), 1);
  /* Still ordered: path finds the key. */
  assert_true(reaches(g, node_at(g, q), node_at(g, key)));
  /* The value's own reference keeps its label. */
  assert_int_equal(count_edges(g, "module.keyed.aws_sqs_queue.this", "aws_kms_key.used",
                               PG_EDGE_REFERENCE, "kms_master_key_id"), 1);
  pg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_condition_references),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
