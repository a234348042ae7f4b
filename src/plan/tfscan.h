/* Block headers of Terraform source files: where each `resource "T" "N"`,
 * `data "T" "N"`, `module "N"` and `provider "N"` block starts, in native
 * HCL (.tf) and in JSON (.tf.json). Only the headers are found (and a
 * provider block's `alias`); bodies are skipped with enough of HCL's
 * lexical rules (comments, strings with interpolations, heredocs) that
 * braces inside them never count. */
#ifndef PG_TFSCAN_H
#define PG_TFSCAN_H

#include <stddef.h>

/* Called once per header found, in file order. kind is "resource", "data",
 * "module" or "provider"; type is NULL for a module, and the provider's
 * name for a provider, whose name is its alias ("" for none; a provider
 * block is reported when it closes, so that its alias is known). ignores
 * is the text after
 * "plangraph:ignore=" of each `#` or `//` comment line between the previous
 * block and this header, one per line ("QUERY-ID reason"), or NULL. The
 * strings live only for the call. A nonzero return stops the scan and is
 * returned. */
typedef int (*tfscan_fn)(void *ctx, const char *kind, const char *type,
                         const char *name, unsigned line, const char *ignores);

/* Scans text[0, len) as native HCL. Malformed text is not an error: the
 * scan finds what it can and returns 0 (or the callback's nonzero). */
int tfscan_hcl(const char *text, size_t len, tfscan_fn fn, void *ctx);
/* Scans text[0, len) as Terraform's JSON syntax; same contract. */
int tfscan_json(const char *text, size_t len, tfscan_fn fn, void *ctx);

#endif
