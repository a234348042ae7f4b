/* libFuzzer harness: the readers of Terraform's own files on arbitrary
 * bytes: the block-header scanner of .tf and .tf.json source
 * (plan/tfscan.c) and the `terraform graph` DOT reader behind --tf-graph
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char plan[] =
    "{\"format_version\": \"1.2\", \"resource_changes\": ["
    "{\"address\": \"aws_vpc.a\", \"mode\": \"managed\", \"type\": \"aws_vpc\", \"name\": \"a\","
    " \"provider_name\": \"registry.terraform.io/hashicorp/aws\","
    " \"change\": {\"actions\": [\"create\"], \"before\": null, \"after\": {}, \"after_unknown\": {}}}]}";

/* Every string a header hands out must be a C string the call can read. */
static int check_header(void *ctx, const char *kind, const char *type, const char *name,
                        unsigned line, const char *ignores) {
  size_t *n = ctx;
  if (!kind || !name || !line) abort();
  (void)strlen(kind);
  (void)strlen(name);
  if (type) (void)strlen(type);
  if (ignores) (void)strlen(ignores);
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

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  size_t n = 0;
  tfscan_hcl((const char *)data, size, check_header, &n);
  tfscan_json((const char *)data, size, check_header, &n);
  load_with_graph(data, size);
  return 0;
}
