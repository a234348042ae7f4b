/* Terraform's substr() and replace() for the expression reader
 * (hclexpr.h): code that cuts a region out of a zone or a name
 * (`substr(var.az, 0, length(var.az) - 1)` aside, `replace(var.az,
 * "/[a-z]$/", "")`). replace() with a /pattern/ is a regular expression in
 * terraform (Go's RE2); PCRE2 reads the same forms, and its match limit
 * keeps a hostile pattern in the sources from taking the load's time. */
#include "resolve/hclexpr_impl.h"

#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdlib.h>

/* A pattern's steps before PCRE2 gives up: a region expression needs a few
 * hundred. */
#define REPLACE_MATCH_LIMIT 100000u

static int is_ascii(const char *s) {
  for (; *s; s++)
    if ((unsigned char)*s >= 0x80) return 0;
  return 1;
}

/* substr(S, OFFSET, LENGTH): OFFSET from the end when negative, LENGTH -1
 * for the rest. Counted in characters, which are bytes in the ASCII text
 * of zones and regions; other text is not evaluated. */
json_t *hx_fn_substr(px *p, json_t **a, size_t n) {
  (void)n;
  if (!a[0] || !a[1] || !a[2]) return NULL;
  const char *s = json_string_value(a[0]);
  if (!s || !json_is_integer(a[1]) || !json_is_integer(a[2])) {
    hx_say(p, "substr() of no string, or by no whole numbers");
    return NULL;
  }
  if (!is_ascii(s)) {
    hx_say(p, "substr() of text beyond ASCII, which plangraph does not cut");
    return NULL;
  }
  json_int_t len = (json_int_t)strlen(s), off = json_integer_value(a[1]),
             take = json_integer_value(a[2]);
  if (off < 0) off += len;
  if (off < 0 || take < -1) {
    hx_say(p, "substr() with an offset before the text's start, or a negative length");
    p->erred = 1;
    return NULL;
  }
  if (off > len) off = len;
  if (take == -1 || off + take > len) take = len - off;
  return json_stringn(s + off, (size_t)take);
}

/* Every occurrence of the plain text `from` in s replaced by `to`. */
static json_t *replace_text(px *p, const char *s, const char *from, const char *to) {
  size_t nf = strlen(from), nt = strlen(to), count = 0;
  if (!nf) {
    hx_say(p, "replace() of an empty substring, which plangraph does not evaluate");
    return NULL;
  }
  for (const char *at = strstr(s, from); at; at = strstr(at + nf, from)) count++;
  size_t size = strlen(s) + count * nt + 1;
  char *out = malloc(size), *o = out;
  if (!out) return NULL;
  for (const char *at; (at = strstr(s, from)); s = at + nf) {
    memcpy(o, s, (size_t)(at - s));
    o += at - s;
    memcpy(o, to, nt);
    o += nt;
  }
  strcpy(o, s);
  json_t *v = json_string(out);
  free(out);
  return v;
}

/* Every match of the regular expression re (its text between the slashes,
 * relen bytes) in s replaced by `to`, whose $1 and ${name} are groups. */
static json_t *replace_regex(px *p, const char *s, const char *re, size_t relen, const char *to) {
  int err;
  PCRE2_SIZE erroff;
  pcre2_code *code = pcre2_compile((PCRE2_SPTR)re, relen, PCRE2_UTF, &err, &erroff, NULL);
  if (!code) {
    hx_say(p, "replace() by a pattern PCRE2 does not read (at offset %zu)", (size_t)erroff);
    return NULL;
  }
  pcre2_match_context *mctx = pcre2_match_context_create(NULL);
  json_t *v = NULL;
  if (mctx) {
    pcre2_set_match_limit(mctx, REPLACE_MATCH_LIMIT);
    uint32_t opts = PCRE2_SUBSTITUTE_GLOBAL | PCRE2_SUBSTITUTE_OVERFLOW_LENGTH |
                    PCRE2_SUBSTITUTE_UNKNOWN_UNSET | PCRE2_SUBSTITUTE_UNSET_EMPTY;
    PCRE2_SIZE size = strlen(s) + strlen(to) + 64;
    for (int round = 0; round < 2 && !v; round++) {
      PCRE2_UCHAR *out = malloc(size);
      if (!out) break;
      int rc = pcre2_substitute(code, (PCRE2_SPTR)s, PCRE2_ZERO_TERMINATED, 0, opts, NULL, mctx,
                                (PCRE2_SPTR)to, PCRE2_ZERO_TERMINATED, out, &size);
      if (rc >= 0) v = json_stringn((const char *)out, size);
      else if (rc != PCRE2_ERROR_NOMEMORY) {
        hx_say(p, "replace() by a pattern or replacement PCRE2 cannot apply");
        round = 2;
      }
      free(out);  /* on NOMEMORY, size now holds what the result needs */
    }
    pcre2_match_context_free(mctx);
  }
  pcre2_code_free(code);
  return v;
}

/* replace(S, SUBSTRING, REPLACEMENT): SUBSTRING between slashes is a
 * regular expression, as in terraform. */
json_t *hx_fn_replace(px *p, json_t **a, size_t n) {
  (void)n;
  if (!a[0] || !a[1] || !a[2]) return NULL;
  const char *s = json_string_value(a[0]), *from = json_string_value(a[1]),
             *to = json_string_value(a[2]);
  if (!s || !from || !to) {
    hx_say(p, "replace() of a value that is no string");
    return NULL;
  }
  size_t nf = strlen(from);
  if (nf >= 2 && from[0] == '/' && from[nf - 1] == '/')
    return replace_regex(p, s, from + 1, nf - 2, to);
  return replace_text(p, s, from, to);
}
