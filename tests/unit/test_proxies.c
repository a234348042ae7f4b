/* Provider proxies (a module's alias-only provider blocks, filled by its
 * caller's `providers` map, which plan JSON does not record), on the
 * provider-proxies samples: where every configuration the caller can pass
 * is in one region the proxies are there; where they are in two, the
 * proxies' regions are unknown and the reason names both. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

typedef struct proxy_case {
  const char *sample;
  const char *address;
  const char *want;
  const char *says[3];
} proxy_case;

static const proxy_case cases[] = {
    {"provider-proxies-one-region", "module.pair.aws_sqs_queue.source", "eu-west-1",
     {"a proxy that module.pair's caller passes in", "aws eu-west-1",
      "aws.shared_services eu-west-1"}},
    {"provider-proxies-one-region", "module.pair.aws_sqs_queue.target", "eu-west-1",
     {"are all in that region"}},
    {"provider-proxies", "module.pair.aws_sqs_queue.source", "unknown",
     {"a proxy that module.pair's caller passes in", "not all in one known region",
      "aws us-east-1, aws.dr us-west-2"}},
    {"provider-proxies", "module.pair.aws_sqs_queue.target", "unknown",
     {"which plan JSON does not record"}},
};

static void test_proxy_regions(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    pg_graph *g = load_sample(cases[i].sample, 0);
    assert_non_null(g);
    pg_node_info n;
    assert_int_equal(pg_graph_node(g, node_at(g, cases[i].address), &n), PG_OK);
    if (strcmp(n.region, cases[i].want) != 0)
      fail_msg("%s %s: region %s, want %s (%s)", cases[i].sample, cases[i].address, n.region,
               cases[i].want, n.region_source);
    for (size_t k = 0; k < 3 && cases[i].says[k]; k++)
      if (!strstr(n.region_source, cases[i].says[k]))
        fail_msg("%s %s: reason \"%s\" does not say \"%s\"", cases[i].sample,
                 cases[i].address, n.region_source, cases[i].says[k]);
    pg_graph_free(g);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_proxy_regions),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
