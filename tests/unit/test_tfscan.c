/* Block-header scanner tests: each case is a Terraform text and the
 * headers it must yield, as "kind type name line" rows; braces, quotes and
 * keywords inside comments, strings, templates and heredocs never count. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "plan/tfscan.h"

typedef struct scan_case {
  int json;             /* .tf.json */
  const char *text;
  const char *want;     /* headers, one "kind type name line;" each */
} scan_case;

static const scan_case cases[] = {
    {0, "resource \"aws_vpc\" \"main\" {\n  cidr_block = \"10.0.0.0/16\"\n}\n",
     "resource aws_vpc main 1;"},
    {0, "module \"app\" {\n  source = \"./m\"\n}\ndata \"aws_ami\" \"x\" {}\n",
     "module - app 1;argument app source 2 expr=\"./m\"@2;data aws_ami x 4;"},
    /* comments of all three kinds hide headers and braces */
    {0, "# resource \"a\" \"b\" {\n// module \"c\" {\n/* data \"d\" \"e\" {\n}\n*/\n"
        "resource \"t\" \"n\" {}\n",
     "resource t n 6;"},
    /* a brace in a string, and a template with a nested string and braces */
    {0, "resource \"t\" \"a\" {\n  x = \"}{\"\n  y = \"${join(\"}\", [\"{\"])}\"\n}\n"
        "resource \"t\" \"b\" {}\n",
     "resource t a 1;resource t b 5;"},
    /* escapes: a quote and $${ are literal */
    {0, "resource \"t\" \"a\" {\n  x = \"\\\"}\"\n  y = \"$${\"\n}\nmodule \"m\" {}\n",
     "resource t a 1;module - m 5;"},
    /* heredocs, plain and indented, with braces and headers inside */
    {0, "resource \"t\" \"a\" {\n  p = <<EOF\n}\nresource \"x\" \"y\" {\nEOF\n  q = <<-END\n"
        "    {\n    END\n}\nresource \"t\" \"b\" {}\n",
     "resource t a 1;resource t b 10;"},
    /* nested blocks are not headers; bare labels are */
    {0, "resource \"t\" \"a\" {\n  lifecycle {\n    ignore_changes = [tags]\n  }\n"
        "  dynamic \"x\" {\n  }\n}\nresource t b {\n}\n",
     "resource t a 1;resource t b 8;"},
    /* other blocks, wrong label counts, templates in labels; a locals
     * block's values are reported (kind "local") */
    {0, "terraform {}\nvariable \"v\" {}\nresource \"t\" {}\nmodule \"a\" \"b\" {}\n"
        "resource \"t\" \"${x}\" {}\nlocals {\n  a = 1\n}\nresource \"t\" \"ok\" {}\n",
     "local - a 7 expr=1@7;resource t ok 9;"},
    /* blocks on one line: the block's closing brace ends the value */
    {0, "locals { dr = \"ca-west-1\" }\nmodule \"cfg\" { source = \"./cfg\" }\n"
        "output \"o\" { value = { a = local.dr } }\n",
     "local - dr 1 expr=\"ca-west-1\"@1;module - cfg 2;argument cfg source 2 expr=\"./cfg\"@2;"
     "output - o 3 expr={ a = local.dr }@3;"},
    /* HCL wants the brace on the header's line */
    {0, "resource \"t\" \"n\"\n{\n}\n", ""},
    /* unterminated things end the scan quietly */
    {0, "resource \"t\" \"a\" {\n  x = \"abc\n}\nresource \"t\" \"b\" {}\n/* open",
     "resource t a 1;resource t b 4;"},
    {0, "", ""},
    /* plangraph:ignore= comments above a header go with it, # and //;
     * others, and those inside a block, do not */
    {0, "# plangraph:ignore=no-open-ingress bastion, OPS-1\n// plangraph:ignore=x y\n"
        "# a note\nresource \"t\" \"a\" {\n  # plangraph:ignore=inside no\n}\n"
        "resource \"t\" \"b\" {}\n",
     "resource t a 4 ignore=no-open-ingress bastion, OPS-1\nx y\n;resource t b 7;"},
    {1, "{\n  \"resource\": {\n    \"aws_vpc\": {\n      \"main\": {\"cidr_block\": \"x\"},\n"
        "      \"other\": {}\n    }\n  },\n  \"module\": {\"m\": {\"source\": \"./m\"}},\n"
        "  \"data\": {\"aws_ami\": {\n \"img\": {}}}\n}\n",
     "resource aws_vpc main 4;resource aws_vpc other 5;module - m 8;data aws_ami img 10;"},
    /* provider blocks: reported when they close, with their alias (""
     * for none); an alias in a nested block, in an expression or in a
     * string is not the block's; a block whose alias is templated is not
     * reported (terraform wants a name there) */
    {0, "provider \"aws\" {\n  region = var.alias\n  assume_role {\n    alias = \"no\"\n  }\n"
        "  x = \"alias = \\\"no\\\"\"\n}\n# plangraph:ignore=allowed-regions lab\n"
        "provider \"aws\" {\n  alias  = \"west\"\n  region = \"us-west-2\"\n}\n"
        "provider \"aws\" { alias = \"${x}\" }\nresource \"t\" \"a\" {}\n",
     "provider aws  1 expr=var.alias@2;provider aws west 9 ignore=allowed-regions lab\n"
     " expr=\"us-west-2\"@11;resource t a 14;"},
    /* a provider's region expression: to the end of its line, or of the
     * brackets it opens, with comments left out and blanks folded; a
     * `==` is no assignment, and one in a nested block is not the
     * block's; one whose bracket never closes runs to the end of the
     * text, and its block is not reported */
    {0, "provider \"aws\" {\n  alias = \"dr\"\n  region = var.p == \"us-east-1\" ? \"us-west-2\" "
        ": \"us-east-1\" # swap\n}\nprovider \"aws\" {\n  region = coalesce(\n    var.r, // mine\n"
        "    \"eu-west-1\")\n  assume_role {\n    region = \"no\"\n  }\n}\n"
        "provider \"aws\" {\n  alias = \"x\"\n  region == 1\n}\n"
        "provider \"aws\" { alias = \"y\"\n region = lookup(var.m,\n}\n",
     "provider aws dr 1 expr=var.p == \"us-east-1\" ? \"us-west-2\" : \"us-east-1\"@3;"
     "provider aws  5 expr=coalesce( var.r, \"eu-west-1\")@6;provider aws x 13;"},
    {1, "{\"provider\": {\"aws\": [{\"region\": \"x\"},\n {\"alias\": \"west\"}],\n"
        " \"google\": {\"alias\": \"g\"}}}",
     "provider aws  1;provider aws west 2;provider google g 3;"},
    {1, "{\"variable\": {\"resource\": {}}, \"resource\": []}", ""},
    {1, "{\"resource\": {\"t\": {\"a\": {}}, ", "resource t a 1;"},
    {1, "not json", ""},
    /* a module call's arguments and an output's value, with their
     * expressions; a nested block's arguments and an output's other
     * arguments are not reported */
    {0, "module \"dr\" {\n  source = \"./r\"\n  region = var.p == \"a\" ? \"b\" : \"a\" # x\n"
        "  providers = {\n    aws = aws.dr\n  }\n}\noutput \"dr_region\" {\n  description = \"d\"\n"
        "  value = (\n    var.p\n  )\n  precondition {\n    condition = true\n  }\n}\n",
     "module - dr 1;argument dr source 2 expr=\"./r\"@2;"
     "argument dr region 3 expr=var.p == \"a\" ? \"b\" : \"a\"@3;"
     "argument dr providers 4 expr={ aws = aws.dr }@4;output - dr_region 10 expr=( var.p )@10;"},
    /* a heredoc region is there but not kept: "" with its line */
    {0, "provider \"aws\" {\n  region = <<EOT\nus-east-1\nEOT\n}\n",
     "provider aws  1 expr=@2;"},
};

static int collect(void *ctx, const tfscan_header *h) {
  char *out = ctx;
  size_t n = strlen(out);
  n += (size_t)snprintf(out + n, 1024 - n, "%s %s %s %u%s%s", h->kind, h->type ? h->type : "-",
                        h->name, h->line, h->ignores ? " ignore=" : "",
                        h->ignores ? h->ignores : "");
  if (h->expr) n += (size_t)snprintf(out + n, 1024 - n, " expr=%s@%u", h->expr, h->expr_line);
  snprintf(out + n, 1024 - n, ";");
  return 0;
}

static void test_cases(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    char got[1024] = "";
    const scan_case *c = &cases[i];
    int rc = c->json ? tfscan_json(c->text, strlen(c->text), collect, got)
                     : tfscan_hcl(c->text, strlen(c->text), collect, got);
    if (strcmp(got, c->want) != 0) print_error("case %zu: got '%s'\n", i, got);
    assert_int_equal(rc, 0);
    assert_string_equal(got, c->want);
  }
}

static int stop_at_first(void *ctx, const tfscan_header *h) {
  (void)h;
  ++*(int *)ctx;
  return 7;
}

/* A region expression longer than plangraph keeps is reported as "" with
 * its line, so that no one takes the plan's references for its value. */
static void test_long_region(void **state) {
  (void)state;
  char text[9000], got[1024] = "";
  int n = snprintf(text, sizeof text, "provider \"aws\" {\n  alias = \"dr\"\n  region = (");
  for (int i = 0; i < 200; i++) /* about 6,000 characters */
    n += snprintf(text + n, sizeof text - (size_t)n, "var.p == \"r%d\" ? \"x\" : ", i);
  snprintf(text + n, sizeof text - (size_t)n, "\"y\")\n}\n");
  assert_int_equal(tfscan_hcl(text, strlen(text), collect, got), 0);
  assert_string_equal(got, "provider aws dr 1 expr=@3;");
}

/* A nonzero callback result stops the scan and is returned. */
static void test_stop(void **state) {
  (void)state;
  const char *t = "module \"a\" {}\nmodule \"b\" {}\n";
  int calls = 0;
  assert_int_equal(tfscan_hcl(t, strlen(t), stop_at_first, &calls), 7);
  assert_int_equal(calls, 1);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cases),
      cmocka_unit_test(test_stop),
      cmocka_unit_test(test_long_region),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
