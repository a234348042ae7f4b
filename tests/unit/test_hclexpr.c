/* Region-expression evaluator tests: each case is an expression as a
 * provider block writes it and what it evaluates to (compact JSON), or
 * "?" and a part of the reason when it is unknown or not understood. The
 * lookup gives var.primary = "us-east-1", var.empty = "", var.flag = true,
 * var.pairs = {"us-east-1": "us-west-2"}, var.list = ["a", "b"], var.geo =
 * "eu-west", var.flagstr = "true"; var.pairs["eu"] is missing (the map is
 * known, the key not in it: an error try() catches); anything else is
 * unknown. file() reads the texts of `files` below. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "resolve/hclexpr.h"

static json_t *lookup(void *ctx, const char *ref, char *why, size_t why_len, int *how) {
  (void)ctx;
  if (strcmp(ref, "var.pairs[\"eu\"]") == 0) {
    snprintf(why, why_len, "var.pairs has no key \"eu\"");
    *how = HCLEXPR_MISSING;
    return NULL;
  }
  if (strcmp(ref, "var.primary") == 0) return json_string("us-east-1");
  if (strcmp(ref, "var.empty") == 0) return json_string("");
  if (strcmp(ref, "var.flag") == 0) return json_true();
  if (strcmp(ref, "var.geo") == 0) return json_string("eu-west");
  if (strcmp(ref, "var.flagstr") == 0) return json_string("true");
  if (strcmp(ref, "var.pairs") == 0) return json_pack("{s:s}", "us-east-1", "us-west-2");
  if (strcmp(ref, "var.list") == 0) return json_pack("[s,s]", "a", "b");
  if (strcmp(ref, "var.pairs[\"us-east-1\"]") == 0) return json_string("us-west-2");
  snprintf(why, why_len, "%s is not known", ref);
  return NULL;
}

/* What file() reads, by path: settings files as company code keeps them. */
static const struct {
  const char *path, *text;
} files[] = {
    {"env/prod.yaml", "# regions of prod\n"
                      "defaults: &defaults\n  tier: gold\n  region: eu-west-1\n"
                      "primary:\n  <<: *defaults\n  region: eu-central-1\n"
                      "dr:\n  <<: *defaults\n"
                      "flags: {on: true, off: False, none: ~, quoted: \"true\", n: 12, f: 1.5}\n"
                      "zones: [eu-west-1a, eu-west-1b]\n"},
    {"regions.json", "{\"primary\": \"us-east-1\", \"dr\": {\"region\": \"us-west-2\"}}"},
    {"two.yaml", "a: 1\n---\nb: 2\n"},
    {"broken.yaml", "a: [1, 2\n"},
    {"empty.yaml", ""},
    {"laughs.yaml", "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
                    "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                    "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n"
                    "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n"
                    "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n"
                    "f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n"},
};

static json_t *read_file(void *ctx, const char *path, char *why, size_t why_len) {
  (void)ctx;
  for (size_t i = 0; i < sizeof files / sizeof *files; i++)
    if (strcmp(files[i].path, path) == 0) return json_string(files[i].text);
  snprintf(why, why_len, "file(\"%s\"): no such file", path);
  return NULL;
}

static const struct {
  const char *text, *want;
} cases[] = {
    /* settings files: file(), yamldecode(), jsondecode() */
    {"yamldecode(file(\"env/prod.yaml\")).primary.region", "\"eu-central-1\""},
    {"yamldecode(file(\"env/prod.yaml\"))[\"dr\"].region", "\"eu-west-1\""},
    {"yamldecode(file(\"env/prod.yaml\")).primary.tier", "\"gold\""},
    {"yamldecode(file(\"env/prod.yaml\")).flags",
     "{\"on\":true,\"off\":false,\"none\":null,\"quoted\":\"true\",\"n\":12,\"f\":1.5}"},
    {"element(yamldecode(file(\"env/prod.yaml\")).zones, 1)", "\"eu-west-1b\""},
    {"yamldecode(file(\"env/prod.yaml\")).nope", "? no such part"},
    {"try(yamldecode(file(\"env/prod.yaml\")).nope, \"us-east-1\")", "\"us-east-1\""},
    {"yamldecode(\"{a: [1, b]}\")", "{\"a\":[1,\"b\"]}"},
    {"yamldecode(file(\"empty.yaml\"))", "null"},
    {"yamldecode(file(\"two.yaml\"))", "? more than one YAML document"},
    {"yamldecode(file(\"broken.yaml\"))", "? no YAML (line"},
    {"try(yamldecode(file(\"broken.yaml\")), \"x\")", "\"x\""},
    {"yamldecode(file(\"laughs.yaml\"))", "? too large"},
    {"yamldecode(var.flag)", "? no string"},
    {"jsondecode(file(\"regions.json\")).dr.region", "\"us-west-2\""},
    {"jsondecode(file(\"regions.json\"))[\"primary\"]", "\"us-east-1\""},
    {"jsondecode(\"[1, 2\")", "? no JSON (line 1"},
    {"try(jsondecode(\"{\"), var.primary)", "\"us-east-1\""},
    {"file(\"missing.yaml\")", "? file(\"missing.yaml\"): no such file"},
    {"file(var.nope)", "? var.nope is not known"},
    /* substr() and replace() */
    {"substr(\"eu-west-1a\", 0, 9)", "\"eu-west-1\""},
    {"substr(\"eu-west-1a\", -1, 1)", "\"a\""},
    {"substr(\"eu-west-1a\", 3, -1)", "\"west-1a\""},
    {"substr(\"abc\", 1, 10)", "\"bc\""},
    {"substr(\"abc\", -5, 1)", "? before the text's start"},
    {"substr(\"\u00e9t\u00e9\", 0, 1)", "? beyond ASCII"},
    {"substr(var.primary, \"0\", 2)", "? no whole numbers"},
    {"-var.primary", "? no whole number"},
    {"element(var.list, - 1)", "? by no index"},
    {"replace(\"eu-west-1a\", \"/[a-z]$/\", \"\")", "\"eu-west-1\""},
    {"replace(\"prod-eu-west-1\", \"prod-\", \"\")", "\"eu-west-1\""},
    {"replace(\"a-b-c\", \"-\", \"_\")", "\"a_b_c\""},
    {"replace(\"use1-app\", \"/^(use1)-(.*)$/\", \"$2 in $${1}\")", "\"app in use1\""},
    {"\"$${var.x} %%{y}\"", "\"${var.x} %{y}\""},
    {"replace(\"abc\", \"/(/\", \"\")", "? a pattern PCRE2 does not read"},
    {"replace(\"abc\", \"\", \"x\")", "? an empty substring"},
    {"replace(var.primary, \"/-[0-9]$/\", \"\")", "\"us-east\""},
    {"var.primary == \"us-east-1\" ? \"us-west-2\" : \"us-east-1\"", "\"us-west-2\""},
    {"var.primary != \"us-east-1\" ? \"us-west-2\" : \"us-east-1\"", "\"us-east-1\""},
    {"var.empty != \"\" ? var.empty : \"eu-west-1\"", "\"eu-west-1\""},
    {"var.primary != \"\" ? var.primary : \"eu-west-1\"", "\"us-east-1\""},
    {"!var.flag ? \"a\" : \"b\"", "\"b\""},
    {"(var.flag) ? (\"a\") : \"b\"", "\"a\""},
    /* a branch not taken may be unknown; the one taken may not */
    {"var.flag ? var.primary : var.nope", "\"us-east-1\""},
    {"var.flag ? var.nope : var.primary", "? var.nope is not known"},
    {"var.nope ? \"a\" : \"b\"", "? var.nope is not known"},
    {"var.primary ? \"a\" : \"b\"", "? neither true nor false"},
    {"coalesce(var.empty, var.primary)", "\"us-east-1\""},
    {"coalesce(null, \"\", \"x\")", "\"x\""},
    {"coalesce(var.nope, \"x\")", "? var.nope is not known"},
    {"coalesce(var.empty)", "? null or empty"},
    {"lookup(var.pairs, var.primary)", "\"us-west-2\""},
    {"lookup(var.pairs, \"eu\", \"d\")", "\"d\""},
    {"lookup(var.pairs, \"eu\")", "? no such key"},
    {"element(var.list, 3)", "\"b\""},
    {"var.pairs[var.primary]", "\"us-west-2\""},
    {"var.pairs[\"us-east-1\"]", "\"us-west-2\""},
    {"var.list[1]", "? var.list[1] is not known"},
    {"(var.list)[1]", "\"b\""},
    {"\"${var.geo}-2\"", "\"eu-west-2\""},
    {"\"${ var.primary }\"", "\"us-east-1\""},
    {"\"a\\\"b\"", "\"a\\\"b\""},
    /* terraform's conversions: "true" as a condition, a list index
     * written as a string; a string beside a bool or number compares by
     * a declared type the plan does not record */
    {"var.flagstr ? \"a\" : \"b\"", "\"a\""},
    {"var.list[\"1\"] == \"b\" ? \"y\" : \"n\"", "? var.list[\"1\"] is not known"},
    {"(var.list)[\"1\"]", "\"b\""},
    {"var.flagstr == true ? \"a\" : \"b\"", "? another type"},
    {"\"1\" != 1 ? \"a\" : \"b\"", "? another type"},
    {"\"x\" == true ? \"a\" : \"b\"", "\"b\""},
    /* literals, attributes after an index, and the string functions */
    {"{ staging = \"ca-central-1\", \"prod\" : \"us-east-1\" }[var.flag ? \"prod\" : \"staging\"]",
     "\"us-east-1\""},
    {"{ a = \"x\" b = \"y\" }[\"b\"]", "\"y\""},
    {"{ a = { r = \"z\" } }[\"a\"].r", "\"z\""},
    {"[\"p\", \"q\",][1]", "\"q\""},
    {"{ a = var.nope }[\"a\"]", "? var.nope is not known"},
    {"upper(var.primary)", "\"US-EAST-1\""},
    {"lower(\"EU-West-1\")", "\"eu-west-1\""},
    {"split(\",\", \"eu-west-1,us-east-1\")[1]", "\"us-east-1\""},
    {"split(\"\", \"a\")", "? empty separator"},
    {"join(\"-\", [\"ap\", \"southeast\", \"2\"])", "\"ap-southeast-2\""},
    {"join(\"-\", [1])", "? no strings"},
    {"trimspace(\" us-west-1 \")", "\"us-west-1\""},
    /* try() catches a missing key or part, not an unknown value; a part
     * missing from a value read elsewhere (var.pairs) may be a default its
     * variable's type adds, so it is unknown unless the lookup says it is
     * missing */
    {"try(var.pairs[\"eu\"], \"sa-east-1\")", "\"sa-east-1\""},
    {"try(lookup(var.pairs, \"eu\"), \"d\")", "? no such key"},
    {"try(lookup({ a = \"x\" }, \"eu\"), \"d\")", "\"d\""},
    {"try({ a = \"x\" }[var.primary], \"d\")", "\"d\""},
    {"try(var.pairs[var.flag ? \"b\" : \"a\"], \"d\")", "? no such part"},
    {"try(merge(var.pairs, { b = \"y\" })[\"c\"], \"d\")", "? no such part"},
    {"{ 1 = \"eu-west-1\", \"2\" = \"us-west-2\" }[2]", "\"us-west-2\""},
    {"try({ a = \"x\" }[\"b\"], \"d\")", "\"d\""},
    {"try(var.nope, \"d\")", "? var.nope is not known"},
    {"try(var.pairs[\"eu\"])", "? every argument of try() fails"},
    {"try(var.primary, var.nope)", "\"us-east-1\""},
    {"merge({ a = \"x\" }, null, { a = \"y\", b = \"z\" }).a", "\"y\""},
    {"merge({ a = \"x\" }, var.primary)", "? no map"},
    {"\"us-west-${1 + 1}\"", "? a string template"},
    {"{ k = 2 }[\"k\"] == 2 ? \"us-west-${var.flag}\" : \"\"", "\"us-west-true\""},
    /* for expressions: lists by index, maps by key in key order, an if
     * clause, names inside templates, nested ones, and a collection or
     * element whose value is not known */
    {"{ for k, v in var.pairs : k => v }[\"us-east-1\"]", "\"us-west-2\""},
    {"[for r in var.list : r][0]", "\"a\""},
    {"[for i, r in var.list : \"${r}-${i}\"][1]", "\"b-1\""},
    {"[for r in var.list : upper(r) if r != \"a\"]", "[\"B\"]"},
    {"[for k, v in { z = \"1\", a = \"2\" } : k]", "[\"a\",\"z\"]"},
    {"{ for k, v in { p = { region = \"eu-west-1\" } } : k => v.region }[\"p\"]", "\"eu-west-1\""},
    {"[for a in var.list : [for b in var.list : \"${a}${b}\"]][1][0]", "\"ba\""},
    {"[for r in [] : var.nope]", "[]"},
    {"[for r in var.nope : r][0]", "? var.nope is not known"},
    {"[for r in var.list : var.nope][0]", "? var.nope is not known"},
    {"[for r in var.list : r if var.nope]", "? var.nope is not known"},
    {"try({ for r in var.list : \"k\" => r }, \"dup\")", "\"dup\""},
    {"[for r in var.primary : r]", "? no list or map"},
    /* the collection functions and format(): a region picked from a map
     * or list of regions */
    {"one([for r in var.list : r if r == \"b\"])", "\"b\""},
    {"one([])", "null"},
    {"one(var.list)", "? more than one"},
    {"try(one(var.list), \"d\")", "\"d\""},
    {"values(var.pairs)[0]", "\"us-west-2\""},
    {"keys({ z = 1, a = 2 })", "[\"a\",\"z\"]"},
    {"values({ z = \"1\", a = \"2\" })", "[\"2\",\"1\"]"},
    {"keys(var.primary)", "? no map"},
    {"values(var.nope)", "? var.nope is not known"},
    {"sort([\"b\", \"a\"])[0]", "\"a\""},
    {"sort([1])", "? no string"},
    {"tolist(toset([\"b\", \"a\", \"b\"]))", "[\"a\",\"b\"]"},
    {"toset([1, 2])", "? no string"},
    {"distinct([\"b\", \"a\", \"b\"])", "[\"b\",\"a\"]"},
    {"setsubtract(var.list, [\"a\"])[0]", "\"b\""},
    {"flatten([[\"a\"], [[\"b\"]], \"c\"])", "[\"a\",\"b\",\"c\"]"},
    {"concat(var.list, [\"c\"])[2]", "\"c\""},
    {"concat(var.list, var.primary)", "? no list"},
    {"compact([\"\", \"a\", null])", "[\"a\"]"},
    {"format(\"%s-%d\", var.geo, 1)", "\"eu-west-1\""},
    {"format(\"%s\", var.primary)", "\"us-east-1\""},
    {"format(\"100%%\")", "\"100%\""},
    {"format(\"%5s\", var.primary)", "? a verb other"},
    {"format(\"%d\", var.primary)", "? unsuitable"},
    {"format(\"%s %s\", \"a\")", "? too few"},
    {"format(\"%s\", \"a\", \"b\")", "? more arguments"},
    {"format(\"%s\", var.nope)", "? var.nope is not known"},
    /* forms not understood, whatever the values */
    {"{ for k, v in var.pairs : v => k... }", "? a grouping for expression"},
    {"[for r var.list : r]", "? a for expression it cannot read"},
    {"[for r in var.list r]", "? without ':'"},
    {"[for r in var.list : r", "? an unclosed for expression"},
    {"[for a in split(\",\", \"0,1,2,3,4,5,6,7,8,9\") : [for b in split(\",\", \"0,1,2,3,4,5,6,7,8,9\") : [for c in split(\",\", \"0,1,2,3,4,5,6,7,8,9\") : [for d in split(\",\", \"0,1,2,3,4,5,6,7,8,9\") : [for e in split(\",\", \"0,1,2,3,4,5,6,7,8,9\") : e]]]]]",
     "? too many elements"},
    {"unknownfn(var.primary)", "? a call of unknownfn(), which"},
    {"{ a = \"x\"", "? an unclosed object"},
    {"[\"x\"", "? an unclosed list"},
    {"var.flag && true", "? an operator or form"},
    {"\"%{if var.flag}x%{endif}\"", "? a string template"},
    {"var.list[*]", "? a splat"},
    {"var.primary == ", "? an operator or value"},
    {"var.flag ? \"a\"", "? without ':'"},
    {"lookup(var.pairs)", "? other arguments"},
    {"(((((((((((((((((((((((((((((((((\"x\")))))))))))))))))))))))))))))))))", "? nested too deep"},
    {"var.pairs[var.primary", "? an unclosed index"},
    {"", "? an operator or value"},
};

static void test_cases(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char why[256] = "", got[256];
    json_t *v = hclexpr_eval(cases[i].text, lookup, read_file, NULL, why, sizeof why);
    char *dump = v ? json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT) : NULL;
    snprintf(got, sizeof got, "%s", dump ? dump : "?");
    free(dump);
    json_decref(v);
    const char *want = cases[i].want;
    int ok = want[0] == '?' ? got[0] == '?' && strstr(why, want + 2) != NULL
                            : strcmp(got, want) == 0;
    if (!ok) print_error("case %zu (%s): got %s (%s)\n", i, cases[i].text, got, why);
    assert_true(ok);
  }
}

/* Without a reader (no sources), file() is unknown, and says why. */
static void test_file_unread(void **state) {
  (void)state;
  char why[256] = "";
  json_t *v = hclexpr_eval("yamldecode(file(\"env/prod.yaml\")).primary.region", lookup, NULL,
                           NULL, why, sizeof why);
  assert_null(v);
  assert_non_null(strstr(why, "read only where the sources are"));
  assert_true(hclexpr_understood("yamldecode(file(\"${path.module}/env/prod.yaml\")).region"));
}

static void test_is_reference(void **state) {
  (void)state;
  assert_true(hclexpr_is_reference("var.region"));
  assert_true(hclexpr_is_reference("var.regions[\"dr\"]"));
  assert_true(hclexpr_is_reference("\"${var.region}\""));
  assert_true(hclexpr_is_reference("module.config.dr_region"));
  assert_false(hclexpr_is_reference("var.a == \"x\" ? \"y\" : \"x\""));
  assert_false(hclexpr_is_reference("\"${var.geo}-2\""));
  assert_false(hclexpr_is_reference("region"));
  assert_false(hclexpr_is_reference("var.pairs[var.primary]"));
}

/* hclexpr_structure: each reference stands as {"ref": TEXT}; anything
 * that computes with a value is not understood. */
static json_t *stand_in(void *ctx, const char *ref, char *why, size_t why_len, int *how) {
  (void)ctx;
  (void)why;
  (void)why_len;
  *how = HCLEXPR_EXACT;
  return json_pack("{ss}", "ref", ref);
}

static const struct {
  const char *text, *want;
} structures[] = {
    {"{ r0 = { router = module.router_r0 }, r1 = { router = module.router_r1, cidr = \"10.1.0.0/16\" } }",
     "{\"r0\":{\"router\":{\"ref\":\"module.router_r0\"}},"
     "\"r1\":{\"router\":{\"ref\":\"module.router_r1\"},\"cidr\":\"10.1.0.0/16\"}}"},
    {"[[aws_subnet.a.id, aws_subnet.b.id], [\"${aws_subnet.c.id}\"]]",
     "[[{\"ref\":\"aws_subnet.a.id\"},{\"ref\":\"aws_subnet.b.id\"}],[{\"ref\":\"aws_subnet.c.id\"}]]"},
    {"module.vpc", "{\"ref\":\"module.vpc\"}"},
    {"{ \"a-b\" = 1, on = true, none = null }", "{\"a-b\":1,\"on\":true,\"none\":null}"},
    {"merge(var.a, { b = module.b })", "? a function call"},
    /* A condition: its branches, one of which the value is (its own
     * references are looked up, its value not used). */
    {"var.on ? module.a : module.b",
     "{\"\\u0001alternatives\":[{\"ref\":\"module.a\"},{\"ref\":\"module.b\"}]}"},
    {"{ east = try(var.regions[\"east\"].enabled, false) ? module.e[0].ids : [] }",
     "{\"east\":{\"\\u0001alternatives\":[{\"ref\":\"module.e[0].ids\"},[]]}}"},
    {"[var.on ? aws_subnet.a.id : null]",
     "[{\"\\u0001alternatives\":[{\"ref\":\"aws_subnet.a.id\"},null]}]"},
    {"var.a == var.b ? merge(var.a, {}) : {}", "? a function call"},
    {"var.n > 1 ? module.a : module.b", "?"},
    {"var.a == var.b", "? a comparison"},
    {"!var.a", "? an operator"},
    {"module.net[each.key]", "? an index by an expression"},
    {"{ x = module.a }.x", "? an index by an expression"},
    {"[for k, v in var.m : v.id]", "? a for expression"},
    {"{ name = \"${var.env}-db\" }", "?"},
};

static void test_structure(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof structures / sizeof *structures; i++) {
    char why[256] = "", got[512];
    json_t *v = hclexpr_structure(structures[i].text, stand_in, NULL, why, sizeof why);
    char *dump = v ? json_dumps(v, JSON_ENCODE_ANY | JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    snprintf(got, sizeof got, "%s", dump ? dump : "?");
    free(dump);
    json_decref(v);
    const char *want = structures[i].want;
    int ok = want[0] == '?' ? got[0] == '?' && (!want[1] || strstr(why, want + 2) != NULL)
                            : strcmp(got, want) == 0;
    if (!ok) print_error("structure %zu (%s): got %s (%s)\n", i, structures[i].text, got, why);
    assert_true(ok);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cases),
      cmocka_unit_test(test_file_unread),
      cmocka_unit_test(test_is_reference),
      cmocka_unit_test(test_structure),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
