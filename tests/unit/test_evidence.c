/* Regions from evidence, on the regions-from-evidence sample (planned by
 * terraform with AWS_REGION=eu-central-1): every rule that finds a region
 * the configuration leaves unknown, the conflict that leaves one unknown
 * with both facts, a configured region that evidence does not move, and
 * what alarms say: a literal action's region, a health check's
 * cloudwatch_alarm_region for its alarm. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"

static int setup(void **state) {
  *state = load_sample("regions-from-evidence", 0);
  return 0;
}

static int teardown(void **state) {
  pg_graph_free(*state);
  return 0;
}

static pg_node_info info(const pg_graph *g, const char *address) {
  pg_node_info n;
  assert_int_equal(pg_graph_node(g, node_at(g, address), &n), PG_OK);
  return n;
}

/* The region of address is want, and its reason contains each of says. */
typedef struct region_case {
  const char *address;
  const char *want;
  const char *says[3];
} region_case;

static const region_case cases[] = {
    {"provider.aws", "eu-west-1",
     {"region eu-west-1 from aws_subnet.primary availability_zone eu-west-1a",
      "local.primary, a local value"}},
    {"aws_vpc.primary", "eu-west-1", {"from aws_subnet.primary availability_zone"}},
    {"provider.aws.dr", "us-east-1", {"from data.aws_region.dr name us-east-1"}},
    {"aws_sqs_queue.dr", "us-east-1", {"data.aws_region.dr"}},
    {"aws_security_group.tied", "eu-west-1",
     {"from aws_subnet.primary", "same-region references such as vpc_id"}},
    {"provider.aws.env_a", "eu-central-1", {"from aws_subnet.env availability_zone"}},
    {"aws_sqs_queue.env", "eu-central-1",
     {"from aws_subnet.env", "set neither region nor profile share"}},
    {"aws_subnet.fixed", "us-west-2", {"region = \"us-west-2\""}},
    {"aws_subnet.conflict_a", "unknown",
     {"the evidence disagrees", "ap-south-1 from aws_subnet.conflict_a availability_zone",
      "ap-southeast-1 from aws_subnet.conflict_b availability_zone"}},
    {"provider.aws.conflict", "unknown", {"the evidence disagrees"}},
    {"provider.aws.ops", "eu-west-2",
     {"from aws_cloudwatch_metric_alarm.queue_depth alarm_actions "
      "arn:aws:sns:eu-west-2:123456789012:ops-pager"}},
    /* The check is on aws.ops: what it says of its alarm's region is the
     * alarm's, not its own. */
    {"provider.aws.standby", "us-west-2",
     {"from aws_route53_health_check.replica_lag cloudwatch_alarm_region us-west-2"}},
    {"aws_sns_topic.standby", "us-west-2", {"cloudwatch_alarm_region"}},
};

static void test_regions_from_evidence(void **state) {
  const pg_graph *g = *state;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    pg_node_info n = info(g, cases[i].address);
    if (strcmp(n.region, cases[i].want) != 0)
      fail_msg("%s: region %s, want %s (%s)", cases[i].address, n.region, cases[i].want,
               n.region_source);
    for (size_t k = 0; k < 3 && cases[i].says[k]; k++)
      if (!strstr(n.region_source, cases[i].says[k]))
        fail_msg("%s: reason \"%s\" does not say \"%s\"", cases[i].address,
                 n.region_source, cases[i].says[k]);
  }
}

/* A provider decided from evidence has its region edge and is listed. */
static void test_region_edges(void **state) {
  const pg_graph *g = *state;
  assert_int_equal(count_edges(g, "provider.aws.dr", "region.us-east-1", PG_EDGE_REGION, NULL), 1);
  int found = 0;
  for (size_t i = 0; i < pg_graph_region_count(g); i++)
    found |= strcmp(pg_graph_region_name(g, i), "eu-central-1") == 0;
  assert_true(found);
  assert_int_equal(pg_graph_find(g, "region.ap-south-1"), -1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_regions_from_evidence),
      cmocka_unit_test(test_region_edges),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
