/* The built-in functions, one cmocka test per row of the table in
 * query/builtins.h: each calls the function on a small case through the
 * public query API (pg_query_run on the peering-one-way sample) and checks
 * the row it gives (cells joined with '|'). A last test checks that every
 * row of the table has a case here. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "case_table.h"
#include "helpers.h"
#include "query/builtins.h"

typedef struct fn_case {
  const char *fn;      /* the function, as the table names it */
  const char *query;   /* an ad-hoc query calling it */
  const char *want;    /* the first row */
} fn_case;

/* The VPC "a" of the sample (us-east-1), and an edge of its route. */
#define VPC "match (v: aws_vpc where name(v) == 'a') return "
#define EDGE "match (r: aws_route) -[e: link destination_cidr_block]-> (x) return "

static const fn_case cases[] = {
    {"region", VPC "region(v), region('eu-west-1')",
     "us-east-1|eu-west-1"},
    {"same_region", "match (v: aws_vpc where name(v) == 'a'), (w: aws_vpc where name(w) == 'b') "
                    "return same_region(v, v), same_region(v, w)",
     "true|true"},
    /* No region of the sample is inferred (samples/env-region-tie has one). */
    {"region_tie", VPC "region_tie(v)",
     "null"},
    {"type", VPC "type(v)",
     "aws_vpc"},
    {"name", VPC "name(v)",
     "a"},
    {"address", VPC "address(v)",
     "aws_vpc.a"},
    {"module", VPC "module(v)",
     ""},
    {"action", VPC "action(v)",
     "create"},
    {"kind", VPC "kind(v)",
     "resource"},
    {"index", VPC "index(v)",
     "null"},
    {"provider", VPC "provider(v)",
     "provider.aws.primary"},
    {"present", VPC "present(v)",
     "true"},
    {"configured", VPC "configured(v, 'cidr_block'), configured(v, 'ipv6_cidr_block'), "
                   "configured(v, 'no_such_argument')",
     "true|false|false"},
    /* Always sensitive: compared, never shown (a `where` may not read it;
     * samples/eventbridge-same-credentials' golden checks what a
     * comparison decides). */
    {"setting", VPC "setting(v, 'cidr_block'), sensitive(setting(v, 'cidr_block')), "
                "sensitive(setting(v, 'no_such')), known(setting(v, 'no_such'))",
     "(sensitive)|true|true|true"},
    /* Not sensitive: two blocks held against each other. VPCs a and b
     * set cidr_block to different constants, and neither sets
     * ipv6_cidr_block. */
    {"same_setting", "match (v: aws_vpc where name(v) == 'a'), (w: aws_vpc where name(w) == 'b') "
                     "return same_setting('cidr_block', v, v), same_setting('cidr_block', v, w), "
                     "same_setting('ipv6_cidr_block', v, w), sensitive(same_setting('cidr_block', v, w))",
     "true|false|true|false"},
    {"references", "match (r: aws_route where name(r) == 'a_to_b') "
                   "return references(r, 'vpc_peering_connection_id'), references(r, 'no_such')",
     "aws_vpc_peering_connection.ab.id, aws_vpc_peering_connection.ab|"},
    /* Every reference of the sample resolves (samples/kms-key-nested-local
     * has one that does not: tests/cli/golden.sh). */
    /* (samples/alarm-silent-topic has provisioners: its golden.) */
    {"provisioners", VPC "provisioners(v), count(provisioners(v))",
     "|0"},
    {"open_labels", VPC "open_labels(v), count(open_labels(v))",
     "|0"},
    {"label", EDGE "label(e)",
     "destination_cidr_block"},
    {"edge_kind", EDGE "edge_kind(e)",
     "reference"},
    {"source", EDGE "source(e)",
     "aws_route.a_to_b"},
    {"target", EDGE "target(e)",
     "aws_vpc.b"},
    /* A reference to one object (true is in golden query-ambiguous-edges). */
    {"ambiguous", EDGE "ambiguous(e)",
     "false"},
    {"scope_regions", VPC "scope_regions(), scope_regions(['x'])",
     "eu-west-1, us-east-1|x"},
    {"regions", VPC "regions()",
     "eu-west-1, us-east-1"},
    {"known", VPC "known(v.id), known(v.cidr_block)",
     "false|true"},
    {"unknown", VPC "unknown(v.id), unknown(v.cidr_block)",
     "true|false"},
    {"undecided", VPC "undecided(), undecided(v.cidr_block), undecided(v.id)",
     "(known after apply)|(known after apply)|(known after apply)"},
    {"is_null", VPC "is_null(v.tags), is_null([]), is_null(v.cidr_block)",
     "true|true|false"},
    {"sensitive", VPC "sensitive(v.cidr_block)",
     "false"},
    {"default", VPC "default(v.id, 'none'), default(null, 1), default(2, 1)",
     "none|1|2"},
    {"keys", VPC "keys(v)",
     "assign_generated_ipv6_cidr_block, cidr_block, enable_dns_support, instance_tenancy, ipv4_ipam_pool_id, ipv4_netmask_length, ipv6_ipam_pool_id, ipv6_netmask_length, tags"},
    /* Globs whose literal runs must all be in the resource's text (the
     * scan before the walk), a bracket after which no run is taken, and
     * one no key holds. */
    {"paths", VPC "paths(v, 'cidr*'), paths(v, '*dns*sup*'), paths(v, '*[d]ns*'), "
                  "paths(v, 'cidr_b?ock'), paths(v, '*kms*')",
     "cidr_block|enable_dns_support|enable_dns_support|cidr_block|"},
    /* A trimmed path ends where the slice does: 'cidr_block.' (a member
     * named "" of a string: null), never the trimmed "[0]" after it. */
    {"get", VPC "get(v, 'cidr_block'), get(v, trim_suffix('cidr_block.[0]', '[0]'))",
     "10.1.0.0/16|null"},
    {"lower", VPC "lower('AbC')",
     "abc"},
    {"upper", VPC "upper('AbC')",
     "ABC"},
    {"starts_with", VPC "starts_with('abc', 'ab'), starts_with('abc', 'bc')",
     "true|false"},
    {"ends_with", VPC "ends_with('abc', 'bc'), ends_with('abc', 'ab')",
     "true|false"},
    {"trim_prefix", VPC "trim_prefix('db.t3', 'db.'), trim_prefix('db.t3', 'x')",
     "t3|db.t3"},
    {"trim_suffix", VPC "trim_suffix('a.json', '.json'), trim_suffix('a', 'x')",
     "a|a"},
    {"contains", VPC "contains('abc', 'b'), contains([1, 2], 2), contains([1], 3)",
     "true|true|false"},
    {"split", VPC "split('a,b,,c', ',')",
     "a, b, , c"},
    {"join", VPC "join(['a', 1, 'b'], '-')",
     "a-1-b"},
    {"length", VPC "length('abc'), length([1, 2]), length(v.id), length('é€😀')",
     "3|2|(known after apply)|3"},
    {"string", VPC "string(3), string([1, 'a'])",
     "3|1, a"},
    {"number", VPC "number('42') + 1, number('x'), number(7)",
     "43|null|7"},
    {"count", VPC "count([1, 2, 3]), count(null)",
     "3|0"},
    {"distinct", VPC "distinct([1, 2, 1, 'a', 'a']), distinct([v, v, {x: 1}, {x: 1}, [1], [1]])",
     "1, 2, a|aws_vpc.a, {x: 1}, 1"},
    {"group", VPC "group([['a', 1], ['b', 2], ['a', 3], 'not a pair']), count(group([[v.id, 1], [v.id, 2]]))",
     "a, 1, 3, b, 2|2"},
    {"lookup", VPC "lookup(group([['a', 1], ['b', 2], ['a', 3]]), 'a'), lookup([['x', 5], ['x', 6]], 'x'), "
                   "is_null(lookup(group([['a', 1]]), 'z')), known(lookup(group([[v.id, 1], ['b', 2]]), 'z')), "
                   "lookup(group([[v.id, 1], ['b', 2]]), 'b')",
     "1, 3|5|true|false|2"},
    {"sort", VPC "sort(['b', 'a', 'c']), sort([3, 1, 2])",
     "a, b, c|1, 2, 3"},
    {"flatten", VPC "flatten([[1], 2, [3, [4]]])",
     "1, 2, 3, 4"},
    {"sum", VPC "sum([1, 2.5, 'x'])",
     "3.5"},
    {"cidr_contains", VPC "cidr_contains('10.0.0.0/8', v.cidr_block), "
                      "cidr_contains('2001:db8::/32', '2001:db9::1'), cidr_contains('x', '10.0.0.1')",

     "true|false|false"},
    {"glob", VPC "glob('db.t3.medium', 'db.t*'), glob('db.r6g', 'db.t*')",
     "true|false"},
    {"json_decode", VPC "json_decode(r'{\"Statement\": [{\"Action\": \"kms:*\"}]}').Statement[0].Action, "
                    "json_decode(r'[1, {\"a\": true}]')[1].a, is_null(json_decode(r'{\"a\": ')), "
                    "is_null(json_decode('1 2')), known(json_decode(v.id))",
     "kms:*|true|true|true|false"},
};

static const char *case_name(const void *row) { return ((const fn_case *)row)->fn; }

static pg_graph *sample;

static int load(void **state) {
  (void)state;
  sample = load_sample("peering-one-way", 0);
  return sample ? 0 : -1;
}

static int unload(void **state) {
  (void)state;
  pg_graph_free(sample);
  return 0;
}

/* The first row of the query's table, cells joined with '|'. */
static void first_row(const pg_table *t, char *buf, size_t cap) {
  size_t n = 0;
  buf[0] = '\0';
  for (size_t c = 0; pg_table_rows(t) && c < pg_table_columns(t); c++)
    n += (size_t)snprintf(buf + n, n < cap ? cap - n : 0, "%s%s", c ? "|" : "",
                          pg_table_text(t, 0, c));
}

static void test_function(void **state) {
  const fn_case *c = *state;
  pg_diags *d = NULL;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  pg_table *t = NULL;
  int rc = pg_query_run(sample, c->fn, c->query, strlen(c->query), NULL, &t, d);
  if (rc != PG_OK && pg_diags_count(d)) fail_msg("%s", pg_diags_get(d, 0)->message);
  assert_int_equal(rc, PG_OK);
  char got[2048];
  first_row(t, got, sizeof got);
  if (strcmp(got, c->want) != 0) fprintf(stderr, "  {\"%s\" gives \"%s\"}\n", c->fn, got);
  assert_string_equal(got, c->want);
  pg_table_free(t);
  pg_diags_free(d);
}

/* Every row of PG_FUNCS has a case above, and is found by its name. */
static void test_every_function_covered(void **state) {
  (void)state;
  assert_int_equal(qfunc_find("no_such_function"), -1);
  assert_int_equal(qfunc_find(""), -1);
  for (int f = 0; f < F_COUNT_; f++) {
    assert_int_equal(qfunc_find(qfuncs[f].name), f);
    int found = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
      found |= strcmp(cases[i].fn, qfuncs[f].name) == 0;
    if (!found) fail_msg("no test case for %s()", qfuncs[f].name);
  }
}

int main(void) {
  const struct CMUnitTest whole[] = {cmocka_unit_test(test_every_function_covered)};
  if (load(NULL) != 0) return 1;
  int failed = run_case_table("builtins", cases, sizeof cases[0], sizeof cases / sizeof cases[0],
                              case_name, test_function);
  unload(NULL);
  return failed + cmocka_run_group_tests(whole, NULL, NULL);
}
