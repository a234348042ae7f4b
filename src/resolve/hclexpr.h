/* A few Terraform expressions, evaluated from their source text: the forms
 * a provider block's region takes beyond a bare reference, such as
 * `var.p == "us-east-1" ? "us-west-2" : "us-east-1"` or
 * `coalesce(var.dr_region, "us-west-2")`. Plan JSON records which values
 * such an expression reads, not what it makes of them, so reading the one
 * reference as the region would give the wrong region.
 *
 * Understood: string literals (their templates only ${REF}),
 * integers, true, false, null, references (var.x, var.m["k"], var.l[0]),
 * an index by any of these (var.pairs[var.region]) and an attribute after
 * one (local.by_env[var.env].region), list and object literals
 * (`{ prod = "us-east-1" }[var.env]`), ( ), !, == and !=, COND ? A : B,
 * coalesce(...), lookup(MAP, KEY[, DEFAULT]), element(LIST, INDEX),
 * lower(S), upper(S), split(SEP, S), try(A, B...), join, trimspace,
 * merge, the collection functions keys, values, one, sort, tolist, toset,
 * distinct, setsubtract, flatten, concat and compact, format(SPEC, ...)
 * with the verbs %s, %d, %v and %%, substr, replace (a plain substring or a
 * /regex/), file, jsondecode and yamldecode (hcldecode.c: a region kept in
 * a settings file beside the code), and `for` expressions
 * over a list or map (`{ for k, v in var.sites : k => v.region if v.on }`,
 * no grouping `...`). Anything else is not
 * evaluated: the result is then unknown, and the caller says why. No C
 * library reads HCL, so this reads only what it can answer for exactly. */
#ifndef PG_HCLEXPR_H
#define PG_HCLEXPR_H

#include <jansson.h>
#include <stddef.h>

/* What a lookup may say of the value it gives (*how, 0 unless set). */
enum {
  HCLEXPR_MISSING = 1,  /* none: the value is known and has no such part (an
                           error in terraform, which try() catches) */
  HCLEXPR_EXACT = 2     /* the value is all terraform has (a literal, data
                           read while planning), so a part missing from it
                           is an error too; else a part may be a default the
                           variable's type adds (optional()), not recorded */
};

/* The value of reference ref (as written, "var.m[\"k\"]"): a new
 * reference, or NULL when it is not known, with why filled in; *how says
 * more (HCLEXPR_*). */
typedef json_t *(*hclexpr_lookup)(void *ctx, const char *ref, char *why, size_t why_len,
                                  int *how);

/* The text of the file at path, as terraform's file() reads it (a
 * relative path from the root module's folder, where terraform runs): a
 * new string, or NULL with why. */
typedef json_t *(*hclexpr_read)(void *ctx, const char *path, char *why, size_t why_len);

/* The reference text starts with (NAME, then .NAME, [DIGITS] or ["TEXT"]
 * steps, at least one), copied to out; its length, or 0 when there is none
 * or it does not fit cap. */
size_t hclexpr_reference_at(const char *s, char *out, size_t cap);

/* Whether text is a bare reference (`var.region`, `"${var.region}"`), whose
 * value is what plan JSON's references already give. */
int hclexpr_is_reference(const char *text);

/* Evaluates text: a new reference to its value, or NULL with why filled
 * in (a reference lookup could not give, or a form not understood). Every
 * reference an understood text holds is looked up, in both branches of a
 * condition and every argument of a call. read (NULL: file() is unknown)
 * and lookup are given ctx. */
json_t *hclexpr_eval(const char *text, hclexpr_lookup lookup, hclexpr_read read, void *ctx,
                     char *why, size_t why_len);

/* Evaluates text written only of literals (strings, whose templates are
 * a whole "${REF}" or give a string), numbers, true, false, null, list and
 * object constructors, references, and conditions between such text, each
 * reference given by lookup: a new reference, or NULL with why (any other
 * form, or a value lookup leaves unknown). Nothing in such text computes
 * with what a reference gives, so a lookup may stand a placeholder for
 * each: the result then shows which part of the value each reference
 * makes (varpath.h). A condition `C ? A : B` (C in any form understood,
 * its references looked up too) gives {HCLEXPR_ALTERNATIVES: [A, B]}: one
 * of the two, which is not told. */
#define HCLEXPR_ALTERNATIVES "\x01" "alternatives"
json_t *hclexpr_structure(const char *text, hclexpr_lookup lookup, void *ctx, char *why,
                          size_t why_len);

/* Whether text is all in the forms understood (whatever its values). */
int hclexpr_understood(const char *text);

#endif
