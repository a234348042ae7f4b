/* Tests of ARN keys (resolve/arns.h): which ARN texts reduce to a key and
 * to which, the ones that must not (objects, subscriptions, unknown
 * services, a regional ARN without its region), and that a planned
 * resource's identifying attribute gives the same key as its ARN, on the
 * arn-literals sample; and of name keys (resolve/namekeys.h), the same
 * for an identifier written under the attribute that names its owner, on
 * the global-literal-ids sample. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "helpers.h"
#include "resolve/arns.h"
#include "resolve/namekeys.h"

/* An ARN text and its key written with '|' for the separators, or NULL
 * when it has none. */
typedef struct arn_case {
  const char *arn;
  const char *want;
} arn_case;

static const arn_case cases[] = {
    {"arn:aws:rds:us-east-1:111122223333:db:orders", "rds|us-east-1|db|orders"},
    {"arn:aws:rds:us-east-1:111122223333:cluster:orders", "rds|us-east-1|cluster|orders"},
    {"arn:aws:rds::111122223333:global-cluster:orders", "rds||global-cluster|orders"},
    {"arn:aws:kms:eu-west-1:111122223333:key/0a1b2c3d", "kms|eu-west-1|key|0a1b2c3d"},
    {"arn:aws:kms:eu-west-1:111122223333:alias/app/data", "kms|eu-west-1|alias|app/data"},
    {"arn:aws:s3:::my-bucket", "s3|||my-bucket"},
    {"arn:aws-us-gov:s3:::my-bucket", "s3|||my-bucket"},
    {"arn:aws:sns:us-east-1:111122223333:alerts", "sns|us-east-1||alerts"},
    {"arn:aws:sqs:us-east-1:111122223333:jobs", "sqs|us-east-1||jobs"},
    {"arn:aws:events:us-west-2:111122223333:event-bus/orders", "events|us-west-2|event-bus|orders"},
    {"arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/web/50dc6c495c0c9188",
     "elasticloadbalancing|us-east-1|loadbalancer|web"},
    {"arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/nlb/50dc6c495c0c9188",
     "elasticloadbalancing|us-east-1|loadbalancer|nlb"},
    {"arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/tg/6d0ecf831eec9f09",
     "elasticloadbalancing|us-east-1|targetgroup|tg"},
    {"arn:aws:s3:::my-bucket/some/key", NULL},          /* an object */
    {"arn:aws:sns:us-east-1:111122223333:alerts:5f1e", NULL}, /* a subscription */
    {"arn:aws:rds:us-east-1:111122223333:snapshot:s1", NULL}, /* no form */
    {"arn:aws:rds::111122223333:db:orders", NULL},      /* regional, no region */
    {"arn:aws:s3:us-east-1::my-bucket", NULL},          /* global, with one */
    {"arn:aws:lambda:us-east-1:111122223333:function:f", NULL},
    {"arn:aws:rds:us-east-1:111122223333:db:", NULL},
    {"arn:aws:rds", NULL},
    {"not an arn at all", NULL},
    {"arn::rds:us-east-1:111122223333:db:orders", NULL}, /* no partition */
};

static void readable(const char *key, size_t n, char *out) {
  /* Drops the leading \1 and shows \37 as '|'. */
  for (size_t i = 1; i < n; i++) *out++ = key[i] == '\37' ? '|' : key[i];
  *out = '\0';
}

static void test_text(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char key[ARNS_KEY_MAX], got[ARNS_KEY_MAX];
    size_t n = arns_of_text(cases[i].arn, strlen(cases[i].arn), key);
    if (!cases[i].want) {
      if (n) fail_msg("%s: want no key", cases[i].arn);
      continue;
    }
    if (!n) fail_msg("%s: no key", cases[i].arn);
    assert_int_equal(key[0], '\1');
    readable(key, n, got);
    assert_string_equal(got, cases[i].want);
  }
}

static void test_long(void **state) {
  (void)state;
  char text[2 * ARNS_KEY_MAX], key[ARNS_KEY_MAX];
  int n = snprintf(text, sizeof text, "arn:aws:sns:us-east-1:111122223333:");
  memset(text + n, 'x', sizeof text - (size_t)n - 1);
  text[sizeof text - 1] = '\0';
  assert_int_equal(arns_of_text(text, strlen(text), key), 0);
}

/* A planned resource's key equals the key of the ARN it will have. */
static void test_nodes(void **state) {
  (void)state;
  pg_graph *g = load_sample("arn-literals", 0);
  static const char *const pairs[][2] = {
      {"aws_db_instance.orders", "arn:aws:rds:us-east-1:111122223333:db:orders-primary"},
      {"aws_rds_cluster.reports", "arn:aws:rds:us-east-1:111122223333:cluster:reports-use1"},
      {"aws_kms_alias.data", "arn:aws:kms:us-west-2:111122223333:alias/orders/data"},
      {"aws_s3_bucket.exports_replica", "arn:aws:s3:::orders-arn-exports-usw2"},
      {"aws_sns_topic.alerts", "arn:aws:sns:us-east-1:111122223333:orders-alerts"},
      {"aws_cloudwatch_event_bus.orders", "arn:aws:events:us-west-2:111122223333:event-bus/orders"},
      {"aws_lb.web", "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/app/orders-web/1"},
  };
  for (size_t i = 0; i < sizeof pairs / sizeof pairs[0]; i++) {
    char a[ARNS_KEY_MAX], b[ARNS_KEY_MAX];
    const node *n = &g->nodes[node_at(g, pairs[i][0])];
    size_t na = arns_of_node(g, n, a), nb = arns_of_text(pairs[i][1], strlen(pairs[i][1]), b);
    if (!na || na != nb || memcmp(a, b, na) != 0) fail_msg("%s: key differs from its ARN's", pairs[i][0]);
  }
  /* A key (its key_id) known only after apply gives none. */
  assert_int_equal(arns_of_node(g, &g->nodes[node_at(g, "aws_kms_key.data")], (char[ARNS_KEY_MAX]){0}), 0);
  pg_graph_free(g);
}

/* A member's global_cluster_identifier gives its global cluster's key;
 * the same text under another attribute, or an owner type the table does
 * not know, gives none. */
static void test_name_keys(void **state) {
  (void)state;
  pg_graph *g = load_sample("global-literal-ids", 0);
  static const char *const owners[][2] = {
      {"aws_rds_global_cluster.ledger", "ledger-global"},
      {"aws_neptune_global_cluster.graph", "graph-global"},
  };
  const char *label = "global_cluster_identifier";
  for (size_t i = 0; i < sizeof owners / sizeof owners[0]; i++) {
    char a[NAMEKEYS_KEY_MAX], b[NAMEKEYS_KEY_MAX];
    size_t na = namekeys_of_node(&g->nodes[node_at(g, owners[i][0])], a);
    size_t nb = namekeys_of_value(label, strlen(label), owners[i][1], strlen(owners[i][1]), b);
    if (!na || na != nb || memcmp(a, b, na) != 0) fail_msg("%s: key differs from its name's", owners[i][0]);
    assert_int_equal(a[0], '\2');
  }
  char k[NAMEKEYS_KEY_MAX];
  assert_int_equal(namekeys_of_value("tags.Name", 9, "ledger-global", 13, k), 0);
  assert_int_equal(namekeys_of_value("global_cluster", 14, "ledger-global", 13, k), 0);
  assert_int_equal(namekeys_of_node(&g->nodes[node_at(g, "aws_rds_cluster.ledger_use1")], k), 0);
  /* No room: no key. */
  char huge[2 * NAMEKEYS_KEY_MAX];
  memset(huge, 'x', sizeof huge);
  assert_int_equal(namekeys_of_value(label, strlen(label), huge, sizeof huge, k), 0);
  pg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_text),
      cmocka_unit_test(test_long),
      cmocka_unit_test(test_nodes),
      cmocka_unit_test(test_name_keys),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
