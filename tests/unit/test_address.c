/* Address parser tests: steps, keys with quotes and brackets, config
 * addresses, and what does not parse. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "plan/address.h"

static void test_steps(void **state) {
  (void)state;
  const char *t = "module.dr[\"a\"].module.x[2].aws_subnet.s[0].id";
  addr_steps st;
  assert_int_equal(addr_parse(t, strlen(t), &st), 0);
  assert_int_equal(st.count, 10);
  assert_true(step_is(&st.steps[0], "module"));
  assert_int_equal(st.steps[2].kind, STEP_STR);
  assert_string_equal(st.steps[2].key, "a");
  assert_int_equal(st.steps[5].kind, STEP_NUM);
  assert_int_equal(st.steps[5].num, 2);
  assert_int_equal(st.steps[5].end, strlen("module.dr[\"a\"].module.x[2]"));
  char *cfg = addr_config_string(&st, 8);
  assert_string_equal(cfg, "module.dr.module.x.aws_subnet.s");
  free(cfg);
  addr_steps_free(&st);
}

static void test_awkward_keys(void **state) {
  (void)state;
  const char *t = "aws_route_table.rt[\"a.b[\\\"c\\\"]\\n\"]";
  addr_steps st;
  assert_int_equal(addr_parse(t, strlen(t), &st), 0);
  assert_int_equal(st.count, 3);
  assert_string_equal(st.steps[2].key, "a.b[\"c\"]\n");
  addr_steps_free(&st);
}

static void test_rejects(void **state) {
  (void)state;
  static const char *const bad[] = {"", ".a", "a..b", "a[", "a[x]", "a[\"x]",
                                    "a[1", "1a", "a.[0]", "a b"};
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
    addr_steps st;
    assert_int_equal(addr_parse(bad[i], strlen(bad[i]), &st), -1);
    assert_null(st.steps);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_steps),
      cmocka_unit_test(test_awkward_keys),
      cmocka_unit_test(test_rejects),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
