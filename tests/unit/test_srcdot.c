/* The references srcdot reads in a local's or output's expression text
 * (resolve/srcdot.h): each case is an expression as .tf files write it
 * and the references found, in order, as their names joined by dots and
 * separated by " | ". */
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

int main(void) {
  const struct CMUnitTest tests[] = {cmocka_unit_test(test_references), cmocka_unit_test(test_stop)};
  return cmocka_run_group_tests(tests, NULL, NULL);
}
