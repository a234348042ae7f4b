/* libFuzzer harness: the readers of Terraform's own files on arbitrary
 * bytes: the block-header scanner of .tf and .tf.json source
 * (plan/tfscan.c), the evaluator of a provider's region expression
 * (resolve/hclexpr.c), the reader of the references in a local's text
 * (resolve/srcdot.c), and the `terraform graph` DOT reader behind --tf-graph
 * (resolve/tfdot.c, through a load of a small plan). A crash, a hang, a
 * leak or a sanitizer report is a finding; malformed input is found to hold
 * fewer headers or edges, or refused with a message, never more. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "plan/tfscan.h"
#include "plangraph/plangraph.h"
#include "resolve/hclexpr.h"
#include "resolve/srcdot.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char plan[] =
    "{\"format_version\": \"1.2\", \"resource_changes\": ["
    "{\"address\": \"aws_vpc.a\", \"mode\": \"managed\", \"type\": \"aws_vpc\", \"name\": \"a\","
    " \"provider_name\": \"registry.terraform.io/hashicorp/aws\","
    " \"change\": {\"actions\": [\"create\"], \"before\": null, \"after\": {}, \"after_unknown\": {}}}]}";

/* Every string a header hands out must be a C string the call can read. */
static int check_header(void *ctx, const tfscan_header *h) {
  size_t *n = ctx;
  if (!h->kind || !h->name || !h->line || (h->expr && !h->expr_line)) abort();
  (void)strlen(h->kind);
  (void)strlen(h->name);
  if (h->type) (void)strlen(h->type);
  if (h->ignores) (void)strlen(h->ignores);
  if (h->expr) (void)strlen(h->expr);
  (*n)++;
  return 0;
}

static void load_with_graph(const uint8_t *data, size_t size) {
  char path[] = "/tmp/pg-fuzz-dot-XXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return;
  if (write(fd, data, size) != (ssize_t)size) {
    close(fd);
    unlink(path);
    return;
  }
  close(fd);
  pg_diags *d = NULL;
  if (pg_diags_new(&d) != PG_OK) abort();
  pg_load_options opts = {.tf_graph_path = path};
  pg_graph *g = NULL;
  int rc = pg_graph_load_buffer(&g, "plan.json", plan, sizeof plan - 1, &opts, d);
  if (rc != PG_OK && pg_diags_count(d) == 0) abort();  /* refused without a reason */
  pg_graph_free(g);
  pg_diags_free(d);
  unlink(path);
}

/* Every reference is a map with "a" -> "us-east-1", or unknown for a
 * name holding "u", or missing (an error try() catches) for one holding
 * "m". */
static json_t *fuzz_lookup(void *ctx, const char *ref, char *why, size_t why_len, int *how) {
  (void)ctx;
  if (strchr(ref, 'm')) *how = HCLEXPR_MISSING;
  if (strchr(ref, 'x')) *how = HCLEXPR_EXACT;
  if (strchr(ref, 'u') || strchr(ref, 'm')) {
    snprintf(why, why_len, "%s unknown", ref);
    return NULL;
  }
  return json_pack("{s:s, s:[s]}", "a", "us-east-1", "l", "x");
}

/* file(PATH) reads PATH itself: the input's strings reach yamldecode()
 * and jsondecode() as a settings file's text. */
static json_t *fuzz_read(void *ctx, const char *path, char *why, size_t why_len) {
  (void)ctx;
  (void)why;
  (void)why_len;
  return json_string(path);
}

/* Each reference's names lie inside the text and are not empty. */
static int count_reference(void *ctx, const srcdot_name *names, size_t n) {
  if (n < 2 || n > 4) abort();
  for (size_t i = 0; i < n; i++)
    if (!names[i].len) abort();
  (*(size_t *)ctx)++;
  return 0;
}

static void eval_text(const uint8_t *data, size_t size) {
  char *text = malloc(size + 1);
  if (!text) return;
  memcpy(text, data, size);
  text[size] = '\0';
  char why[256];
  json_t *v = hclexpr_eval(text, fuzz_lookup, fuzz_read, NULL, why, sizeof why);
  if (!v && strlen(why) >= sizeof why) abort();
  json_decref(v);
  v = hclexpr_structure(text, fuzz_lookup, NULL, why, sizeof why);
  if (!v && strlen(why) >= sizeof why) abort();
  json_decref(v);
  (void)hclexpr_is_reference(text);
  size_t refs = 0;
  srcdot_each_reference(text, count_reference, &refs);
  free(text);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  size_t n = 0;
  eval_text(data, size);
  tfscan_hcl((const char *)data, size, check_header, &n);
  tfscan_json((const char *)data, size, check_header, &n);
  load_with_graph(data, size);
  return 0;
}
