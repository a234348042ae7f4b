/* JSON scanner: a validating, non-allocating cursor over a JSON text.
 *
 * A plan's bulk (planned values, before/after objects) is never turned into
 * a tree at load time: the scanner checks it and hands back slices of the
 * input, which later stages read again only where they need to. Failures
 * record a message and the byte offset; callers turn the offset into
 * line:column only when printing. */
#ifndef PG_JSCAN_H
#define PG_JSCAN_H

#include <stddef.h>
#include <stdint.h>

#define JS_MAX_DEPTH 512

/* A slice of the input text. Owns nothing: it points into the buffer that
 * the scanner reads, which must outlive it. */
typedef struct jslice {
  const char *p;   /* first byte */
  size_t n;        /* length in bytes */
} jslice;

typedef struct jscan {
  const char *buf; /* the whole document, for offsets */
  size_t pos;      /* cursor: next byte to read */
  size_t end;      /* one past the last byte this scanner may read */
  int failed;      /* set once; every later call fails at once */
  size_t err_pos;  /* offset of the failure */
  char err[200];   /* what went wrong */
} jscan;

/* Kinds returned by js_peek_kind. */
enum { JS_END = 0, JS_OBJECT, JS_ARRAY, JS_STRING, JS_NUMBER, JS_TRUE,
       JS_FALSE, JS_NULL, JS_BAD };

/* Iteration state for one object or array. */
typedef struct js_iter { int first; } js_iter;

void js_init(jscan *s, const char *buf, size_t start, size_t end);
int js_fail(jscan *s, size_t at, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
/* Kind of the next value (whitespace skipped), JS_END at end of input. */
int js_peek_kind(jscan *s);
const char *js_kind_name(int kind);
/* Skips one value, validating it; *raw (if given) receives its extent. */
int js_skip(jscan *s, jslice *raw);
/* Objects: open, then js_obj_next until it returns 0 (end) or -1 (error).
 * On 1, *key holds the raw key (between the quotes, escapes kept) and the
 * cursor stands at the member's value, which the caller must consume. */
int js_obj_open(jscan *s, js_iter *it);
int js_obj_next(jscan *s, js_iter *it, jslice *key);
int js_arr_open(jscan *s, js_iter *it);
/* Returns 1 when an element follows (cursor at it), 0 at the end. */
int js_arr_next(jscan *s, js_iter *it);

/* The elements of an array slice in order, in one pass (js_element from
 * the start for each would cost the square of the array's length): none
 * when v is no array, and none after one that does not scan. */
typedef struct js_elems {
  jscan sc;
  js_iter it;
  int live;     /* elements may follow */
} js_elems;
void js_elems_init(js_elems *e, jslice v);
/* 1 with the next element in *out, 0 at the end. */
int js_elems_next(js_elems *e, jslice *out);
/* The members of an object slice in order, in one pass, as js_elems walks
 * an array's elements: none when v is no object, and none after one that
 * does not scan. */
typedef js_elems js_members;
void js_members_init(js_members *m, jslice v);
/* 1 with the next member's raw key (escapes kept) in *key and its value
 * in *value, 0 at the end. */
int js_members_next(js_members *m, jslice *key, jslice *value);
/* Each member of object slice v in order, its raw key and its value, to
 * visit: one pass that only finds boundaries (the slice was validated when
 * it was first scanned). 0, or -1 on text it does not expect, some
 * members visited already: then js_members reads it. */
typedef void (*js_member_visit)(jslice key, jslice value, void *ctx);
int js_members_fast(jslice v, js_member_visit visit, void *ctx);
/* Whether raw key text (escapes kept) decodes to the n bytes of key. */
int js_key_is(jslice raw, const char *key, size_t n);
/* Reads a string; *raw is the text between the quotes, escapes kept. */
int js_string(jscan *s, jslice *raw);
/* Reads a number's raw text. */
int js_number(jscan *s, jslice *raw);
/* True when the raw string (escapes kept) equals lit after decoding. */
int js_raw_eq(jslice raw, const char *lit);
/* Decoded length of a validated raw string, and the decoding itself into
 * out (which has room for js_decoded_len + 1 bytes). */
size_t js_decoded_len(jslice raw);
void js_decode(jslice raw, char *out);

/* ---- reading a validated slice again ------------------------------------ */

/* Kind of the value a slice holds; JS_END for an empty slice. */
int js_slice_kind(jslice v);
/* The member `key` (decoded, NUL-terminated) of an object slice, or of the
 * raw key `raw` (escapes kept) for js_member_raw. When a key repeats, the
 * last one counts, as in jansson and in terraform's own JSON reader. Returns
 * 1 and fills *out, or 0 (and an empty *out) when v is not an object or has
 * no such member. */
int js_member(jslice v, const char *key, jslice *out);
int js_member_raw(jslice v, jslice raw, jslice *out);
/* The i-th element of an array slice; 1, or 0 (empty *out) when none. */
int js_element(jslice v, size_t i, jslice *out);

#endif
