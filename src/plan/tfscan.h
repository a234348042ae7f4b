/* Block headers of Terraform source files: where each `resource "T" "N"`,
 * `data "T" "N"`, `module "N"` and `provider "N"` block starts, in native
 * HCL (.tf) and in JSON (.tf.json). Only the headers are found (and a
 * provider block's `alias`); bodies are skipped with enough of HCL's
 * lexical rules (comments, strings with interpolations, heredocs) that
 * braces inside them never count. A provider block's `region` expression
 * is kept as text, for the region its plan entry cannot tell. */
#ifndef PG_TFSCAN_H
#define PG_TFSCAN_H

#include <stddef.h>

/* One header found. kind is "resource", "data", "module" or "provider";
 * type is NULL for a module, and the provider's name for a provider, whose
 * name is its alias ("" for none; a provider block is reported when it
 * closes, so that its alias is known). ignores is the text after
 * "plangraph:ignore=" of each `#` or `//` comment line between the previous
 * block and this header, one per line ("QUERY-ID reason"), or NULL. expr
 * is a native provider block's `region = ...` expression as written (its
 * comments and line breaks left out), with the line it starts on, or NULL:
 * plan JSON records what that expression reads, not what it does with it.
 * An expression too long to keep, or a heredoc, is "" with its line.
 * Native files also report, as they are read, kind "argument" for each
 * `NAME = EXPR` of a module block (type the call's name, name the
 * argument's), kind "output" for an output block's value (name the
 * output's) and kind "local" for each `NAME = EXPR` of a locals block,
 * with expr their expression.
 * The strings live only for the call. */
typedef struct tfscan_header {
  const char *kind, *type, *name;
  unsigned line;
  const char *ignores;
  const char *expr;
  unsigned expr_line;
} tfscan_header;

/* Called once per header found, in file order. A nonzero return stops the
 * scan and is returned. */
typedef int (*tfscan_fn)(void *ctx, const tfscan_header *h);

/* Scans text[0, len) as native HCL. Malformed text is not an error: the
 * scan finds what it can and returns 0 (or the callback's nonzero). */
int tfscan_hcl(const char *text, size_t len, tfscan_fn fn, void *ctx);
/* Scans text[0, len) as Terraform's JSON syntax; same contract. */
int tfscan_json(const char *text, size_t len, tfscan_fn fn, void *ctx);

#endif
