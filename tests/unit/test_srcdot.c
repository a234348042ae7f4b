/* The references srcdot reads in a local's or output's expression text
 * (resolve/srcdot.h): each case is an expression as .tf files write it
 * and the references found, in order, as their names joined by dots and
 * separated by " | "; and the DOT address a reference's names give
 * (tfdot_reference, shared with the reading of plan JSON's references). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "resolve/srcdot.h"

static int collect(void *ctx, const srcdot_name *names, size_t n) {
  char *out = ctx;
  size_t len = strlen(out);
  if (len) len += (size_t)snprintf(out + len, 1024 - len, " | ");
  for (size_t i = 0; i < n && len < 1024; i++)
    len += (size_t)snprintf(out + len, 1024 - len, "%s%.*s", i ? "." : "", (int)names[i].len,
                            names[i].s);
  return 0;
}

static const struct {
  const char *text, *refs;
} cases[] = {
  /* The conditional of a module's own-or-given security group. */
  {"local.create_sg ? aws_security_group.cluster[0].id : var.cluster_security_group_id",
   "local.create_sg | aws_security_group.cluster.id | var.cluster_security_group_id"},
  /* `for` expressions: the collection and what each element reads; the
   * iteration variables alone are single names. */
  {"{ for k, v in var.subnets : k => aws_subnet.this[k].id }", "var.subnets | aws_subnet.this.id"},
  {"[for s in data.aws_subnets.x.ids : s]", "data.aws_subnets.x.ids"},
  /* Templates, and the escapes that are none. */
  {"\"${var.name}-${local.suffix}\"", "var.name | local.suffix"},
  {"\"$${var.literal} %%{x}\"", ""},
  {"\"%{ if var.on }x%{ endif }\"", "var.on"},
  {"\"${\"nested ${local.inner}\"}\"", "local.inner"},
  /* Functions: their names are no references, their arguments are. */
  {"lookup(local.m, \"k\", null)", "local.m"},
  {"try(aws_kms_key.a[0].arn, \"\")", "aws_kms_key.a.arn"},
  {"provider::aws::arn_parse(var.arn).region", "var.arn"},
  {"jsondecode(file(\"${path.module}/x.json\")).region", "path.module"},
  /* Indexes: the index's own references first, then the traversal's
   * names without it. */
  {"module.vpc[each.key].vpc_id", "each.key | module.vpc.vpc_id"},
  {"local.by_region[data.aws_region.current.name].arn",
   "data.aws_region.current.name | local.by_region.arn"},
  {"aws_vpc.a.*.id", "aws_vpc.a.id"},
  {"aws_subnet.a[*].id", "aws_subnet.a.id"},
  /* At most four names; numbers, keywords and object keys are none. */
  {"a.b.c.d.e", "a.b.c.d"},
  {"1.5 + var.x", "var.x"},
  {"{ vpc_id = aws_vpc.a.id, on = true, none = null }", "aws_vpc.a.id"},
  /* Unclosed text ends the scan without reading past it. */
  {"concat([var.a, \"${local.b", "var.a"},
  {"", ""},
};

static void test_references(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    char out[1024] = "";
    assert_int_equal(srcdot_each_reference(cases[i].text, collect, out), 0);
    if (strcmp(out, cases[i].refs) != 0)
      fail_msg("%s: got \"%s\", want \"%s\"", cases[i].text, out, cases[i].refs);
  }
}

/* A nonzero return stops the scan and comes back. */
static int stop_first(void *ctx, const srcdot_name *names, size_t n) {
  (void)names;
  (void)n;
  (*(int *)ctx)++;
  return 7;
}

static void test_stop(void **state) {
  (void)state;
  int calls = 0;
  assert_int_equal(srcdot_each_reference("var.a + var.b", stop_first, &calls), 7);
  assert_int_equal(calls, 1);
}

/* tfdot_reference, the one rule for what a reference's names depend on,
 * with the sources' flags (U: a resource type needs an underscore; M: a
 * whole module names its close node) and plan JSON's (none). Each case:
 * the module read in, the names (dot-separated), the flags, and the DOT
 * address ("" when the reference names nothing) and kind. */
static const struct {
  const char *scope, *names;
  unsigned flags;
  const char *dot;
  tfdot_kind kind;
} references[] = {
  {"", "var.x", 0, "var.x", TFDOT_VAR},
  {"module.a", "local.y.z", 0, "module.a.local.y", TFDOT_LOCAL},
  {"", "module.m.out.id", 0, "module.m.output.out", TFDOT_OUTPUT},
  {"", "module.m", 0, "", TFDOT_RESOURCE},
  {"", "module.m", TFDOT_WHOLE_MODULE, "module.m", TFDOT_MODULE},
  {"", "data.aws_vpc.main.id", 0, "data.aws_vpc.main", TFDOT_RESOURCE},
  {"", "data.aws_vpc", 0, "", TFDOT_RESOURCE},
  {"module.a.module.b", "aws_subnet.s.id", TFDOT_TYPE_NEEDS_UNDERSCORE,
   "module.a.module.b.aws_subnet.s", TFDOT_RESOURCE},
  /* A `for` variable in the sources; plan JSON lists no such name. */
  {"", "s.id", TFDOT_TYPE_NEEDS_UNDERSCORE, "", TFDOT_RESOURCE},
  {"", "s.id", 0, "s.id", TFDOT_RESOURCE},
  {"", "each.value.vpc", 0, "", TFDOT_RESOURCE},
  {"", "count.index", TFDOT_TYPE_NEEDS_UNDERSCORE, "", TFDOT_RESOURCE},
  {"", "path.module", 0, "", TFDOT_RESOURCE},
  {"", "self.id", 0, "", TFDOT_RESOURCE},
  {"", "var", 0, "", TFDOT_RESOURCE},
};

static void test_reference_rule(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof references / sizeof references[0]; i++) {
    tfdot_word words[4];
    size_t n = 0;
    for (const char *p = references[i].names; *p && n < 4;) {
      const char *dot = strchr(p, '.');
      size_t len = dot ? (size_t)(dot - p) : strlen(p);
      words[n++] = (tfdot_word){p, len};
      p += len + (dot ? 1 : 0);
    }
    strbuf out = SB_GROWING;
    tfdot_kind kind = TFDOT_RESOURCE;
    int named = tfdot_reference(references[i].scope, words, n, references[i].flags, &out, &kind);
    const char *want = references[i].dot;
    if (named != (*want ? 1 : 0) || (named && (strcmp(out.buf, want) != 0 || kind != references[i].kind)))
      fail_msg("%s in '%s' (flags %u): got %d '%s' kind %d, want '%s' kind %d", references[i].names,
               references[i].scope, references[i].flags, named, named ? out.buf : "", (int)kind, want,
               (int)references[i].kind);
    sb_release(&out);
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_references), cmocka_unit_test(test_stop),
                                     cmocka_unit_test(test_reference_rule)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
