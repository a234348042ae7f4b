/* Query evaluation, case by case: each case runs an ad-hoc query on a
 * sample plan and compares every row (cells joined with '|', rows with
 * '\n') with the expected text. Covers patterns in both directions, kinds,
 * deleted resources, three-valued logic, sensitive values, attribute
 * access into blocks, the built-in functions and the evaluation limits;
 * literal lists built once; the cost estimate that orders queries. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "helpers.h"
#include "query/qcost.h"

typedef struct qcase {
  const char *sample;
  const char *query;
  const char *want;   /* rows; NULL when the query must fail */
  const char *error;  /* a substring of the error, when it must fail */
} qcase;

static const qcase cases[] = {
    /* Patterns: direction, edge kinds and labels, anonymous nodes. */
    {"peering-one-way",
     "match (pc: aws_vpc_peering_connection) -[link peer_vpc_id]-> (v) return pc, v",
     "aws_vpc_peering_connection.ab|aws_vpc.b\n", NULL},
    {"peering-one-way",
     "match (v: aws_vpc) <-[ref vpc_id|peer_vpc_id]- (pc: aws_vpc_peering_connection) return v",
     "aws_vpc.a\naws_vpc.b\n", NULL},
    {"peering-one-way",
     "match (v: aws_vpc where name(v) == 'a') -[link]- (x: aws_vpc_peering_connection) return x",
     "aws_vpc_peering_connection.ab\n", NULL},
    {"peering-one-way", "match (r: aws_route) --> (p: provider) -[region]-> (g: region) return r, p, g",
     "aws_route.a_to_b|provider.aws.primary|region.us-east-1\n", NULL},
    {"peering-one-way", "match (t: aws_route_*|aws_vpc where name(t) == 'b') return t",
     "aws_route_table.b\naws_vpc.b\n", NULL},
    {"single-region", "match (x: deleted resource) return x, action(x), present(x)",
     "aws_instance.legacy|delete|false\n", NULL},
    {"single-region", "match (x: aws_instance) return x", "", NULL},
    /* One row per distinct binding: two edges between the same nodes count once. */
    {"dr-two-region",
     "match (a) return count { (lb: aws_lb) -[link subnets]-> (s: aws_subnet) }, "
     "count { (lb: aws_lb) -[link]-> () }",
     "4|6\n", NULL},
    /* Glob matches are remembered per (glob list, graph name): several
     * label and type globs over the same edges and nodes in one query each
     * keep their own answers. */
    {"dr-two-region",
     "match (a: aws_lb) return a, count { (a) -[link subnets]-> (s) }, "
     "count { (a) -[link sub*]-> (s) }, count { (a) -[link security_groups|subnets]-> (x) }, "
     "count { (a) -[link nosuch*]-> (x) }, count { (a) -[link]-> (x: aws_sub*) }, "
     "count { (a) -[link]-> (x: aws_security_group|aws_subnet) }",
     "module.primary.aws_lb.app|2|2|3|0|2|3\nmodule.secondary.aws_lb.app|2|2|3|0|2|3\n", NULL},
    /* A comprehension's element nested deeper than a copy goes (5,120
     * lists) is kept whole with its scratch memory: no error, no loss. */
    {"peering-one-way",
     "def w1(x) = [[[[[[[[[[x]]]]]]]]]]\n"
     "def w2(x) = w1(w1(x))\ndef w3(x) = w2(w2(x))\ndef w4(x) = w3(w3(x))\n"
     "def w5(x) = w4(w4(x))\ndef w6(x) = w5(w5(x))\ndef w7(x) = w6(w6(x))\n"
     "def w8(x) = w7(w7(x))\ndef w9(x) = w8(w8(x))\ndef w10(x) = w9(w9(x))\n"
     "match (v: aws_vpc where name(v) == 'a') return count([i in [1, 2] | w10(i)]), "
     "[i in [3] | w10(i)], [i in [4] | w2(i)] == [w2(4)]",
     "2|3|true\n", NULL},
    /* Three-valued logic: unknown is neither true nor false. */
    {"peering-one-way",
     "match (v: aws_vpc where name(v) == 'a') return v.id == 'x', unknown(v.id), "
     "known(v.cidr_block), v.id == 'x' or true, v.id == 'x' and false, not (v.id == 'x'), "
     "default(v.id, 'none'), is_null(v.tags)",
     "(known after apply)|true|true|true|false|(known after apply)|none|true\n", NULL},
    /* Sensitive values never show, and what is made from them neither. */
    {"single-region",
     "match (d: aws_db_instance) return d.password, lower(d.password), '{d.password}!', "
     "split(d.password, '-'), length(d.password), sensitive(d.password), d.username",
     "(sensitive)|(sensitive)|(sensitive)!|(sensitive)|(sensitive)|true|app\n", NULL},
    /* Blocks are lists; fields map over them; null and [] are the same. */
    {"replica-ok",
     "match (t: aws_dynamodb_table) return t.replica[*].region_name, t.attribute.name, "
     "count(t.replica), 'eu-west-1' in t.replica.region_name, count(t.global_secondary_index[*].name)",
     "eu-west-1|id|1|true|0\n", NULL},
    {"peering-one-way",
     "match (t: aws_route_table where name(t) == 'b_wrong') return t.route[0].cidr_block, "
     "t.route[-1].gateway_id == '', paths(t, '*cidr*'), get(t, 'route[0].cidr_block')",
     "10.99.0.0/16|true|route[0].cidr_block, route[0].ipv6_cidr_block|10.99.0.0/16\n", NULL},
    /* Functions and operators. */
    {"peering-one-way",
     "match (v: aws_vpc where name(v) == 'a') return cidr_contains('10.0.0.0/8', v.cidr_block), "
     "cidr_contains('10.1.0.0/24', v.cidr_block), cidr_contains('2001:db8::/32', '2001:db8:1::/48'), "
     "cidr_contains('10.0.0.0/8', '2001:db8::/32'), cidr_contains('nonsense', '10.0.0.1')",
     "true|false|true|false|false\n", NULL},
    {"peering-one-way",
     "match (v: aws_vpc where name(v) == 'a') return v.cidr_block =~ '^10\\.1\\.', "
     "v.cidr_block !~ '^192', glob('db.t3.medium', 'db.t*'), starts_with(address(v), 'aws_'), "
     "ends_with('abc', 'bc'), contains('abc', 'x'), upper('ab') + lower('CD'), "
     "join(sort(['b', 'a', 'c']), ''), distinct([1, 1, 2]), flatten([[1], 2, [3, 4]]), "
     "sum([1, 2.5]), 7 / 2, number('42') + 1, string(3), if 1 > 2 then 'x' else 'y', "
     "[1] + [2], 'b' in 'abc', region(v), type(v), name(v), module(v), kind(v), index(v)",
     "true|true|true|true|true|false|ABcd|abc|1, 2|1, 2, 3, 4|3.5|3.5|43|3|y|1, 2|true|"
     "us-east-1|aws_vpc|a||resource|null\n", NULL},
    /* trim_prefix/trim_suffix remove one affix, or leave the text; braces
     * in a string are a template unless escaped. */
    {"peering-one-way",
     "match (v: aws_vpc where name(v) == 'a') return trim_suffix('Zone.Corp.', '.'), "
     "trim_suffix('a.b', '.'), trim_prefix(address(v), 'aws_'), trim_prefix('ab', 'abc'), "
     "trim_suffix(v.cidr_block, '/16'), 'a{1 + 1}', 'a\\{2\\}', 'x' =~ '^x\\{1\\}$'",
     "Zone.Corp|a.b|vpc.a|ab|10.1.0.0|a2|a{2}|true\n", NULL},
    {"peering-one-way",
     "match x in scope_regions(), y in regions() return x, y, scope_regions(['a', 'b'])",
     /* The unused eu-west-1 provider declares intent: it is in scope. */
     "eu-west-1|eu-west-1|a, b\neu-west-1|us-east-1|a, b\nus-east-1|eu-west-1|a, b\n"
     "us-east-1|us-east-1|a, b\n", NULL},
    {"peering-one-way",
     "match (r: aws_route) -[e: link]-> (t) where label(e) == 'route_table_id' "
     "return e, edge_kind(e), source(e), target(e), keys(r)[0]",
     "aws_route.a_to_b -[reference route_table_id]-> aws_route_table.a[\"app\"]|reference|"
     "aws_route.a_to_b|aws_route_table.a[\"app\"]|carrier_gateway_id\n", NULL},
    /* all {} and exists {}, with defs in the ad-hoc text. */
    {"peering-one-way",
     "def wired(t) = exists { (r: aws_route) -[link route_table_id]-> (t) }\n"
     "match (t: aws_route_table) return t, wired(t), "
     "all { (t) -[link vpc_id]-> (v: aws_vpc) satisfy name(v) == 'a' }",
     "aws_route_table.a[\"app\"]|true|true\naws_route_table.a[\"db\"]|false|true\n"
     "aws_route_table.b|false|false\naws_route_table.b_wrong|false|false\n", NULL},
    /* Checks as ad-hoc queries: one row per subject. */
    {"replica-missing",
     "check for each (c: aws_rds_cluster) subject '{c}' expect region(c) == 'eu-west-1' "
     "message '{c} is in {region(c)}'",
     "module.orders_primary.aws_rds_cluster.this|fail|"
     "module.orders_primary.aws_rds_cluster.this is in us-east-1\n", NULL},
    /* A name mentioned again in one pattern is the same node (a join),
     * from either end and with the anchor inside (finding 12). */
    {"peering-one-way",
     "match (x: aws_vpc where name(x) == 'a') return "
     "count { (t: aws_route_table) -[link vpc_id]-> (v: aws_vpc) <-[link vpc_id]- (t) }, "
     "count { (v: aws_vpc) <-[link vpc_id]- (t: aws_route_table) -[link vpc_id]-> (v) }, "
     "count { (t) -[link vpc_id]-> (v: aws_vpc) <-[link vpc_id]- (t: aws_route_table) }, "
     "count { (t: aws_route_table) -[link vpc_id]-> (x) <-[link vpc_id]- (u: aws_route_table) "
     "where t != u }, "
     "count { (t: aws_route_table) -[link vpc_id]-> (v: aws_vpc) <-[link vpc_id]- (t: aws_vpc) }",
     "4|4|4|2|0\n", NULL},
    {"peering-one-way",
     "match (t: aws_route_table) -[link vpc_id]-> (v: aws_vpc where name(v) == 'b') "
     "<-[link vpc_id]- (t) return t, v",
     "aws_route_table.b|aws_vpc.b\naws_route_table.b_wrong|aws_vpc.b\n", NULL},
    /* An unknown `where` keeps the subject, unknown, with what is not
     * known: a check's, a node pattern's, and through the early pruner
     * (finding 11); a false one still drops it, a `match` row needs true. */
    {"peering-one-way",
     "check for each (v: aws_vpc) where v.id == 'x' subject '{v}' expect false message 'm'",
     "aws_vpc.a|unknown|undecided until apply: whether the check applies to it is unknown: "
     "aws_vpc.a id is known only after apply\n"
     "aws_vpc.b|unknown|undecided until apply: whether the check applies to it is unknown: "
     "aws_vpc.b id is known only after apply\n", NULL},
    {"peering-one-way",
     "check for each (v: aws_vpc where v.id == 'x' and name(v) == 'b') subject '{v}' "
     "expect false message 'm'",
     "aws_vpc.b|unknown|undecided until apply: whether the check applies to it is unknown: "
     "aws_vpc.b id is known only after apply\n", NULL},
    {"peering-one-way",
     "check for each (v: aws_vpc), (t: aws_route_table) where v.id == 'x' and name(t) == 'b' "
     "and name(v) == 'a' subject '{v} {t}' expect false message 'm'",
     "aws_vpc.a aws_route_table.b|unknown|undecided until apply: whether the check applies to "
     "it is unknown: aws_vpc.a id is known only after apply\n", NULL},
    /* One whose expect holds passes: it holds whether the check applies
     * or not. */
    {"peering-one-way",
     "check for each (v: aws_vpc where v.id == 'x' and name(v) == 'b') subject '{v}' "
     "expect true message 'm'",
     "aws_vpc.b|pass|\n", NULL},
    {"peering-one-way",
     "check for each (v: aws_vpc) where v.id == 'x' and false subject '{v}' expect false "
     "message 'm'",
     "", NULL},
    {"peering-one-way", "match (v: aws_vpc) where v.id == 'x' return v", "", NULL},
    {"peering-one-way", "match (v: aws_vpc where v.id == 'x') return v", "", NULL},
    /* Strings are indexed and measured by character (UTF-8). */
    {"peering-one-way",
     "match (v: aws_vpc where name(v) == 'a') return 'é'[0], 'aé€😀b'[3], 'aé€😀b'[-2], "
     "length('aé€😀b'), 'é'[1], 'é'[-2], ''[0]",
     "é|😀|😀|5|null|null|null\n", NULL},
    /* Limits: a cross product of every node five times over. */
    {"dr-two-region",
     "match (a), (b), (c), (d), (e) return count { (x) }",
     NULL, "more than"},
};

static void print_rows(const pg_table *t, char *buf, size_t cap) {
  size_t n = 0;
  buf[0] = '\0';
  for (size_t r = 0; r < pg_table_rows(t); r++)
    for (size_t c = 0; c < pg_table_columns(t); c++)
      n += (size_t)snprintf(buf + n, n < cap ? cap - n : 0, "%s%s", pg_table_text(t, r, c),
                            c + 1 < pg_table_columns(t) ? "|" : "\n");
}

static void test_cases(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const qcase *c = &cases[i];
    pg_graph *g = load_sample(c->sample, 0);
    pg_diags *d = NULL;
    assert_int_equal(pg_diags_new(&d), PG_OK);
    pg_table *t = NULL;
    pg_check_options opts = {2000000, 0, 0};
    int rc = pg_query_run(g, "case", c->query, strlen(c->query), &opts, &t, d);
    char got[4096];
    if (c->want) {
      if (rc != PG_OK) {
        char *m = pg_diags_count(d) ? pg_diag_format(pg_diags_get(d, 0)) : NULL;
        fprintf(stderr, "case %zu failed: %s\n", i, m ? m : "?");
        free(m);
      }
      assert_int_equal(rc, PG_OK);
      print_rows(t, got, sizeof got);
      if (strcmp(got, c->want) != 0) fprintf(stderr, "case %zu: %s\n got:\n%s", i, c->query, got);
      assert_string_equal(got, c->want);
    } else {
      assert_int_not_equal(rc, PG_OK);
      assert_true(pg_diags_count(d) > 0);
      assert_non_null(strstr(pg_diags_get(d, 0)->message, c->error));
    }
    pg_table_free(t);
    pg_diags_free(d);
    pg_graph_free(g);
  }
}

/* A failing subject's message and the JUnit of it keep secrets out: the
 * single-region plan's sensitive password in every output of a check. */
static void test_secret_in_message(void **state) {
  (void)state;
  static const char q[] =
      "query leaky\n  title \"echoes a password\"\n  severity low\n"
      "check for each (d: aws_db_instance) subject \"{d}\"\n"
      "  expect false message \"password is {d.password}, {upper(d.password)}\"\n";
  pg_graph *g = load_sample("single-region", 0);
  pg_query_set *set = NULL;
  pg_report *r = NULL;
  pg_diags *d = NULL;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  assert_int_equal(pg_query_set_new(&set), PG_OK);
  assert_int_equal(pg_query_set_add_text(set, "leaky.pgq", q, sizeof q - 1, d), PG_OK);
  assert_int_equal(pg_report_new(&r), PG_OK);
  assert_int_equal(pg_check_run(set, g, "plan.json", NULL, r, d), PG_OK);
  const pg_suite_result *s = pg_report_suite(r, 0);
  assert_int_equal(s->failed, 1);
  assert_string_equal(s->subjects[0].name, "aws_db_instance.db");
  assert_string_equal(s->subjects[0].message, "password is (sensitive), (sensitive)");
  char *buf = NULL;
  size_t len = 0;
  FILE *f = open_memstream(&buf, &len);
  assert_int_equal(pg_report_write_junit(r, f, d), PG_OK);
  assert_int_equal(pg_report_write_json(r, f, d), PG_OK);
  fclose(f);
  assert_null(strstr(buf, "s3cr3t"));
  assert_non_null(strstr(buf, "(sensitive)"));
  free(buf);
  pg_report_free(r);
  pg_query_set_free(set);
  pg_diags_free(d);
  pg_graph_free(g);
}

/* The cost estimate a check run orders its queries by, on peering-modules
 * (33 nodes, 5 VPCs, 10 route tables): what each generator binds
 * multiplies what is evaluated per binding, a pattern from a bound node
 * starts once, a def costs its body per call. */
static uint64_t cost_of(const pg_graph *g, const char *head, const char *body) {
  char src[1024];
  snprintf(src, sizeof src,
           "query q\n  title \"t\"\n  severity low\n%s\ncheck for each %s\n"
           "  subject \"s\"\n  expect true\n  message \"m\"\n", head, body);
  pg_diags *d = NULL;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  qquery *q = NULL;
  int rc = qquery_parse(&q, "cost.pgq", src, strlen(src), 0, NULL, d);
  if (rc != PG_OK) {
    char *m = pg_diags_count(d) ? pg_diag_format(pg_diags_get(d, 0)) : NULL;
    fprintf(stderr, "%s\n%s\n", src, m ? m : "?");
    free(m);
  }
  assert_int_equal(rc, PG_OK);
  uint64_t cost = qquery_cost(q, g);
  qquery_free(q);
  pg_diags_free(d);
  return cost;
}

static void test_cost_order(void **state) {
  (void)state;
  pg_graph *g = load_sample("peering-modules", 0);
  uint64_t nodes = pg_graph_node_count(g);
  assert_int_equal(nodes, 33);
  assert_int_equal(cost_of(g, "", "r in ['a']"), 0);
  assert_int_equal(cost_of(g, "", "(v: aws_vpc)"), 5);
  assert_int_equal(cost_of(g, "", "(v: aws_vpc|aws_route_table)"), 15);
  /* The pattern starts from its most selective node. */
  assert_int_equal(cost_of(g, "", "(t: aws_route_table) --> (v: aws_vpc)"), 5);
  assert_int_equal(cost_of(g, "", "(v: aws_vpc) where exists { (v) -[link]-> () }"), 5 + 5);
  assert_int_equal(cost_of(g, "", "(v: aws_vpc), (t: aws_route_table)"), 5 + 5 * 10);
  assert_int_equal(cost_of(g, "", "(n: resource)"), nodes);
  assert_int_equal(cost_of(g, "", "(v: aws_*)"), nodes);
  assert_int_equal(cost_of(g, "", "(a), (b)"), nodes + nodes * nodes);
  assert_int_equal(cost_of(g, "def tables() = [(t: aws_route_table) | t]",
                           "(v: aws_vpc) where count(tables()) > 0"),
                   5 + 5 * 10);
  assert_int_equal(cost_of(g, "def out(x) = [(x) --> (t) | t]\nlet vpc_out = [(v: aws_vpc) | out(v)]",
                           "r in ['a'] where count(vpc_out) > 0"),
                   5 + 5 * 1);
  pg_graph_free(g);
}

/* A list of literals is built once by the checker (qnode.constant): its
 * value is the same as evaluated, every row sees it whole (sort() and
 * indexing do not change it), a list with any other element is built each
 * time, and testing membership in a long literal list costs a step for the
 * list, not one per element (400 elements, for each of two VPCs, fit in
 * 100 steps). */
static void test_literal_lists(void **state) {
  (void)state;
  pg_graph *g = load_sample("peering-one-way", 0);
  static const char values[] =
      "match (v: aws_vpc) return sort(['b', 'a'])[0], ['b', 'a'][0], "
      "[[1, 'x'], [true, null]][1][0], 2 in [1, 2.0], 'q' in ['a'], [name(v), 'c'][0], "
      "[12345678901234567890][0]";
  pg_diags *d = NULL;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  pg_table *t = NULL;
  pg_check_options opts = {2000000, 0, 0};
  assert_int_equal(pg_query_run(g, "case", values, strlen(values), &opts, &t, d), PG_OK);
  char got[512];
  print_rows(t, got, sizeof got);
  assert_string_equal(got, "a|b|true|true|false|a|12345678901234567890\n"
                           "a|b|true|true|false|b|12345678901234567890\n");
  pg_table_free(t);
  char q[4096] = "match (v: aws_vpc) return 'zz' in [";
  for (int i = 0; i < 400; i++) snprintf(q + strlen(q), sizeof q - strlen(q), "%s'%c'", i ? ", " : "", 'a' + i % 26);
  strcat(q, "]");
  opts.max_steps = 100;
  int rc = pg_query_run(g, "case", q, strlen(q), &opts, &t, d);
  if (rc != PG_OK) {
    char *m = pg_diags_count(d) ? pg_diag_format(pg_diags_get(d, 0)) : NULL;
    fail_msg("a 400-element literal list over two rows: %s", m ? m : "?");
  }
  print_rows(t, got, sizeof got);
  assert_string_equal(got, "false\n");   /* rows are distinct */
  pg_table_free(t);
  pg_diags_free(d);
  pg_graph_free(g);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cases),
      cmocka_unit_test(test_literal_lists),
      cmocka_unit_test(test_cost_order),
      cmocka_unit_test(test_secret_in_message),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
