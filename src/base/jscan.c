/* JSON scanner: RFC 8259 validation by hand, with no allocation, and
 * lookups into slices it validated (only comparing two keys that both hold
 * escapes allocates). */
#include "base/jscan.h"
#include "base/utf8.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Not a memset of the whole struct: scanners are made for every value a
 * query reads, and the message buffer is only written on failure. */
void js_init(jscan *s, const char *buf, size_t start, size_t end) {
  s->buf = buf;
  s->pos = start;
  s->end = end;
  s->failed = 0;
  s->err_pos = 0;
  s->err[0] = '\0';
}

int js_fail(jscan *s, size_t at, const char *fmt, ...) {
  if (s->failed) return -1;
  s->failed = 1;
  s->err_pos = at;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(s->err, sizeof s->err, fmt, ap);
  va_end(ap);
  return -1;
}

static void skip_ws(jscan *s) {
  const char *b = s->buf;
  size_t p = s->pos, e = s->end;
  while (p < e && (b[p] == ' ' || b[p] == '\n' || b[p] == '\r' || b[p] == '\t'))
    p++;
  s->pos = p;
}

int js_peek_kind(jscan *s) {
  if (s->failed) return JS_BAD;
  skip_ws(s);
  if (s->pos >= s->end) return JS_END;
  switch (s->buf[s->pos]) {
  case '{': return JS_OBJECT;
  case '[': return JS_ARRAY;
  case '"': return JS_STRING;
  case 't': return JS_TRUE;
  case 'f': return JS_FALSE;
  case 'n': return JS_NULL;
  case '-': case '0': case '1': case '2': case '3': case '4':
  case '5': case '6': case '7': case '8': case '9': return JS_NUMBER;
  default: return JS_BAD;
  }
}

const char *js_kind_name(int kind) {
  static const char *names[] = {"end of input", "an object", "an array",
                                "a string", "a number", "true", "false",
                                "null", "an invalid token"};
  return kind >= 0 && kind <= JS_BAD ? names[kind] : "?";
}

static void describe_byte(char *out, size_t n, int c) {
  if (c >= 0x21 && c < 0x7f) snprintf(out, n, "'%c'", c);
  else snprintf(out, n, "byte 0x%02x", (unsigned)(c & 0xff));
}

static int expect_byte(jscan *s, char c, const char *what) {
  skip_ws(s);
  if (s->pos >= s->end)
    return js_fail(s, s->pos, "unexpected end of input, expected %s", what);
  if (s->buf[s->pos] != c) {
    char got[32];
    describe_byte(got, sizeof got, (unsigned char)s->buf[s->pos]);
    return js_fail(s, s->pos, "expected %s, found %s", what, got);
  }
  s->pos++;
  return 0;
}

static int hex4(const char *p, unsigned *v) {
  unsigned r = 0;
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    r <<= 4;
    if (c >= '0' && c <= '9') r |= (unsigned)(c - '0');
    else if (c >= 'a' && c <= 'f') r |= (unsigned)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') r |= (unsigned)(c - 'A' + 10);
    else return -1;
  }
  *v = r;
  return 0;
}

/* Whether none of the eight bytes of w needs a look of its own in a
 * string: a quote, a backslash, a control byte or a byte of UTF-8 beyond
 * ASCII. (x - 0x01..) & ~x has a byte's high bit set where x had a zero
 * byte, and (x - 0x20..) & ~x where x had one below 0x20 (exact as a yes
 * or no, which is all this asks.) A plan is mostly strings: scanning them
 * eight bytes a test took `stats` of a 9 MB plan from 983M instructions
 * to 906M. */
static inline int plain8(uint64_t w) {
  const uint64_t ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
  uint64_t quote = w ^ (ones * '"'), slash = w ^ (ones * '\\');
  uint64_t hits = ((quote - ones) & ~quote) | ((slash - ones) & ~slash) |
                  ((w - ones * 0x20) & ~w) | w;
  return (hits & highs) == 0;
}

/* From p, past the plain bytes of a string (printable ASCII but the quote
 * and the backslash): the first byte that is not one, or e. */
static size_t plain_run(const unsigned char *b, size_t p, size_t e) {
  uint64_t w;
  while (e - p >= 8 && (memcpy(&w, b + p, 8), plain8(w))) p += 8;
  while (p < e && b[p] >= 0x20 && b[p] < 0x80 && b[p] != '"' && b[p] != '\\') p++;
  return p;
}

int js_string(jscan *s, jslice *raw) {
  if (expect_byte(s, '"', "a string") < 0) return -1;
  const unsigned char *b = (const unsigned char *)s->buf;
  size_t p = s->pos, e = s->end, start = p;
  for (;;) {
    /* The fast path: plain ASCII, no quote, no backslash, no control. */
    p = plain_run(b, p, e);
    if (p >= e) return js_fail(s, start - 1, "unterminated string");
    unsigned c = b[p];
    if (c == '"') break;
    if (c == '\\') {
      if (p + 1 >= e) return js_fail(s, start - 1, "unterminated string");
      char x = (char)b[p + 1];
      if (x == 'u') {
        unsigned v;
        if (p + 6 > e || hex4((const char *)b + p + 2, &v) < 0)
          return js_fail(s, p, "invalid \\u escape in string");
        if (v >= 0xd800 && v <= 0xdbff) {
          unsigned lo;
          if (p + 12 > e || b[p + 6] != '\\' || b[p + 7] != 'u' ||
              hex4((const char *)b + p + 8, &lo) < 0 || lo < 0xdc00 ||
              lo > 0xdfff)
            return js_fail(s, p, "unpaired UTF-16 surrogate in string");
          p += 12;
        } else if (v >= 0xdc00 && v <= 0xdfff) {
          return js_fail(s, p, "unpaired UTF-16 surrogate in string");
        } else {
          p += 6;
        }
        continue;
      }
      if (!strchr("\"\\/bfnrt", x) || x == '\0')
        return js_fail(s, p, "invalid escape in string");
      p += 2;
      continue;
    }
    if (c < 0x20)
      return js_fail(s, p, "control character 0x%02x in string", c);
    size_t n = utf8_decode(b + p, e - p, NULL);
    if (!n) return js_fail(s, p, "invalid UTF-8 in string");
    p += n;
  }
  if (raw) {
    raw->p = s->buf + start;
    raw->n = p - start;
  }
  s->pos = p + 1;
  return 0;
}

int js_number(jscan *s, jslice *raw) {
  skip_ws(s);
  const char *b = s->buf;
  size_t p = s->pos, e = s->end, start = p;
  if (p < e && b[p] == '-') p++;
  if (p >= e) return js_fail(s, start, "invalid number");
  if (b[p] == '0') {
    p++;
  } else if (b[p] >= '1' && b[p] <= '9') {
    while (p < e && b[p] >= '0' && b[p] <= '9') p++;
  } else {
    return js_fail(s, start, "invalid number");
  }
  if (p < e && b[p] == '.') {
    p++;
    if (p >= e || b[p] < '0' || b[p] > '9')
      return js_fail(s, start, "invalid number");
    while (p < e && b[p] >= '0' && b[p] <= '9') p++;
  }
  if (p < e && (b[p] == 'e' || b[p] == 'E')) {
    p++;
    if (p < e && (b[p] == '+' || b[p] == '-')) p++;
    if (p >= e || b[p] < '0' || b[p] > '9')
      return js_fail(s, start, "invalid number");
    while (p < e && b[p] >= '0' && b[p] <= '9') p++;
  }
  if (raw) {
    raw->p = b + start;
    raw->n = p - start;
  }
  s->pos = p;
  return 0;
}

static int literal(jscan *s, const char *word) {
  size_t n = strlen(word);
  if (s->end - s->pos < n || memcmp(s->buf + s->pos, word, n) != 0)
    return js_fail(s, s->pos, "invalid literal, expected %s", word);
  s->pos += n;
  return 0;
}

static int scalar(jscan *s, int kind) {
  switch (kind) {
  case JS_STRING: return js_string(s, NULL);
  case JS_NUMBER: return js_number(s, NULL);
  case JS_TRUE: return literal(s, "true");
  case JS_FALSE: return literal(s, "false");
  case JS_NULL: return literal(s, "null");
  case JS_END:
    return js_fail(s, s->pos, "unexpected end of input, expected a value");
  default: {
    char got[32];
    describe_byte(got, sizeof got, (unsigned char)s->buf[s->pos]);
    return js_fail(s, s->pos, "expected a value, found %s", got);
  }
  }
}

/* Iterative skip: a bit stack records whether each open container is an
 * object, so that hostile nesting cannot overflow the C stack. */
int js_skip(jscan *s, jslice *raw) {
  if (s->failed) return -1;
  skip_ws(s);
  size_t start = s->pos;
  unsigned char is_obj[JS_MAX_DEPTH / 8 + 1];
  unsigned depth = 0;
  int kind = js_peek_kind(s);
  if (kind != JS_OBJECT && kind != JS_ARRAY) {
    if (scalar(s, kind) < 0) return -1;
    goto done;
  }
  for (;;) {
    /* Here a value is expected: open a container or read a scalar. */
    kind = js_peek_kind(s);
    if (kind == JS_OBJECT || kind == JS_ARRAY) {
      if (depth >= JS_MAX_DEPTH)
        return js_fail(s, s->pos, "JSON nested deeper than %d levels",
                       JS_MAX_DEPTH);
      unsigned bit = 1u << (depth & 7);
      if (kind == JS_OBJECT) is_obj[depth >> 3] |= (unsigned char)bit;
      else is_obj[depth >> 3] &= (unsigned char)~bit;
      depth++;
      s->pos++;
      skip_ws(s);
      char close = kind == JS_OBJECT ? '}' : ']';
      if (s->pos < s->end && s->buf[s->pos] == close) {
        s->pos++;
        depth--;
        goto after_value;
      }
      if (kind == JS_OBJECT) {
        if (js_string(s, NULL) < 0) return -1;
        if (expect_byte(s, ':', "':' after object key") < 0) return -1;
      }
      continue;
    }
    if (scalar(s, kind) < 0) return -1;
  after_value:
    /* After a value inside containers: ',' continues, a closer pops. */
    while (depth > 0) {
      int in_obj = (is_obj[(depth - 1) >> 3] >> ((depth - 1) & 7)) & 1;
      skip_ws(s);
      if (s->pos >= s->end)
        return js_fail(s, s->pos, "unexpected end of input inside %s",
                       in_obj ? "an object" : "an array");
      char c = s->buf[s->pos];
      if (c == ',') {
        s->pos++;
        if (in_obj) {
          if (js_string(s, NULL) < 0) return -1;
          if (expect_byte(s, ':', "':' after object key") < 0) return -1;
        }
        break;
      }
      if (c == (in_obj ? '}' : ']')) {
        s->pos++;
        depth--;
        continue;
      }
      char got[32];
      describe_byte(got, sizeof got, (unsigned char)c);
      return js_fail(s, s->pos, "expected ',' or '%c' in %s, found %s",
                     in_obj ? '}' : ']', in_obj ? "an object" : "an array",
                     got);
    }
    if (depth == 0) break;
  }
done:
  if (raw) {
    raw->p = s->buf + start;
    raw->n = s->pos - start;
  }
  return 0;
}

int js_obj_open(jscan *s, js_iter *it) {
  it->first = 1;
  return expect_byte(s, '{', "an object");
}

int js_obj_next(jscan *s, js_iter *it, jslice *key) {
  if (s->failed) return -1;
  skip_ws(s);
  if (s->pos >= s->end)
    return js_fail(s, s->pos, "unexpected end of input inside an object");
  if (s->buf[s->pos] == '}') {
    s->pos++;
    return 0;
  }
  if (!it->first && expect_byte(s, ',', "',' or '}' in an object") < 0)
    return -1;
  it->first = 0;
  if (js_string(s, key) < 0) return -1;
  if (expect_byte(s, ':', "':' after object key") < 0) return -1;
  return 1;
}

int js_arr_open(jscan *s, js_iter *it) {
  it->first = 1;
  return expect_byte(s, '[', "an array");
}

int js_arr_next(jscan *s, js_iter *it) {
  if (s->failed) return -1;
  skip_ws(s);
  if (s->pos >= s->end)
    return js_fail(s, s->pos, "unexpected end of input inside an array");
  if (s->buf[s->pos] == ']') {
    s->pos++;
    return 0;
  }
  if (!it->first && expect_byte(s, ',', "',' or ']' in an array") < 0)
    return -1;
  it->first = 0;
  return 1;
}

size_t js_decoded_len(jslice raw) {
  /* Most keys and values hold no escape: their length is their own. */
  if (raw.n == 0 || !memchr(raw.p, '\\', raw.n)) return raw.n;
  size_t n = 0;
  for (size_t i = 0; i < raw.n;) {
    if (raw.p[i] != '\\') {
      n++;
      i++;
      continue;
    }
    if (raw.p[i + 1] != 'u') {
      n++;
      i += 2;
      continue;
    }
    unsigned v = 0; /* the scan validated the escape; 0 quiets gcc -O3 */
    hex4(raw.p + i + 2, &v);
    if (v >= 0xd800 && v <= 0xdbff) {
      n += 4;
      i += 12;
    } else {
      n += v < 0x80 ? 1 : v < 0x800 ? 2 : 3;
      i += 6;
    }
  }
  return n;
}

static size_t put_utf8(char *out, unsigned v) {
  if (v < 0x80) {
    out[0] = (char)v;
    return 1;
  }
  if (v < 0x800) {
    out[0] = (char)(0xc0 | (v >> 6));
    out[1] = (char)(0x80 | (v & 0x3f));
    return 2;
  }
  if (v < 0x10000) {
    out[0] = (char)(0xe0 | (v >> 12));
    out[1] = (char)(0x80 | ((v >> 6) & 0x3f));
    out[2] = (char)(0x80 | (v & 0x3f));
    return 3;
  }
  out[0] = (char)(0xf0 | (v >> 18));
  out[1] = (char)(0x80 | ((v >> 12) & 0x3f));
  out[2] = (char)(0x80 | ((v >> 6) & 0x3f));
  out[3] = (char)(0x80 | (v & 0x3f));
  return 4;
}

void js_decode(jslice raw, char *out) {
  if (raw.n == 0 || !memchr(raw.p, '\\', raw.n)) {
    if (raw.n) memcpy(out, raw.p, raw.n);
    out[raw.n] = '\0';
    return;
  }
  size_t o = 0;
  for (size_t i = 0; i < raw.n;) {
    char c = raw.p[i];
    if (c != '\\') {
      out[o++] = c;
      i++;
      continue;
    }
    char x = raw.p[i + 1];
    if (x != 'u') {
      static const char from[] = "\"\\/bfnrt", to[] = "\"\\/\b\f\n\r\t";
      out[o++] = to[strchr(from, x) - from];
      i += 2;
      continue;
    }
    unsigned v = 0; /* the scan validated the escape; 0 quiets gcc -O3 */
    hex4(raw.p + i + 2, &v);
    if (v >= 0xd800 && v <= 0xdbff) {
      unsigned lo = 0xdc00;
      hex4(raw.p + i + 8, &lo);
      v = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00);
      i += 12;
    } else {
      i += 6;
    }
    o += put_utf8(out + o, v);
  }
  out[o] = '\0';
}

int js_raw_eq(jslice raw, const char *lit) {
  size_t n = strlen(lit);
  if (!memchr(raw.p, '\\', raw.n)) return raw.n == n && memcmp(raw.p, lit, n) == 0;
  if (js_decoded_len(raw) != n || n > 256) return 0;
  char tmp[260];
  js_decode(raw, tmp);
  return memcmp(tmp, lit, n) == 0;
}

/* ---- reading a validated slice again ------------------------------------ */

int js_slice_kind(jslice v) {
  if (!v.p || !v.n) return JS_END;
  jscan s;
  js_init(&s, v.p, 0, v.n);
  return js_peek_kind(&s);
}

/* Whether raw string a decodes to the n bytes at b. Decoding never makes
 * a string longer, so a shorter raw string never does, and one of the
 * same length only when it holds no escape. The bytes before a's first
 * backslash decode to themselves: compared first, they settle almost
 * every key of a member look-up (most differ within a byte or two)
 * without a scan of the rest for an escape. */
static int decodes_to(jslice a, const char *b, size_t n) {
  if (a.n < n) return 0;
  size_t i = 0;
  while (i < a.n && i < n && a.p[i] != '\\' && a.p[i] == b[i]) i++;
  if (i == a.n || a.p[i] != '\\') return i == a.n && i == n;
  if (a.n == n || js_decoded_len(a) != n) return 0;
  char small[256], *d = n < sizeof small ? small : malloc(n + 1);
  if (!d) return 0;
  js_decode(a, d);
  int eq = memcmp(d, b, n) == 0;
  if (d != small) free(d);
  return eq;
}

int js_key_is(jslice raw, const char *key, size_t n) { return decodes_to(raw, key, n); }

/* Whether two raw strings decode to the same bytes. */
static int raw_equal(jslice a, jslice b) {
  if (!memchr(b.p, '\\', b.n)) return decodes_to(a, b.p, b.n);
  size_t n = js_decoded_len(b);
  char small[256], *d = n < sizeof small ? small : malloc(n + 1);
  if (!d) return 0;
  js_decode(b, d);
  int eq = decodes_to(a, d, n);
  if (d != small) free(d);
  return eq;
}

/* Fast walking of a validated slice. Field look-ups read the same node
 * objects many times during evaluation; validating every byte again (as
 * js_skip does) cost as much as the evaluation itself. These only find
 * boundaries, never read past the slice, and report a byte they do not
 * expect (then the caller falls back to the validating reader). */
static size_t fast_ws(const char *b, size_t p, size_t e) {
  while (p < e && (b[p] == ' ' || b[p] == '\t' || b[p] == '\n' || b[p] == '\r')) p++;
  return p;
}

/* p at an opening quote: the index just past the closing one, or e.
 * memchr finds each quote; one is the closer unless an odd run of
 * backslashes escapes it (the run cannot reach back past p, which is
 * never a backslash's place: the opening quote, or a quote passed over). */
static size_t fast_string_end(const char *b, size_t p, size_t e) {
  for (size_t from = p + 1; from < e;) {
    const char *q = memchr(b + from, '"', e - from);
    if (!q) return e;
    size_t at = (size_t)(q - b), run = 0;
    while (at - run > from && b[at - run - 1] == '\\') run++;
    if (run % 2 == 0) return at + 1;
    from = at + 1;
  }
  return e;
}

/* The bytes that end a scalar or change the depth inside a container:
 * every other byte is passed over in one test. */
enum { FB_QUOTE = 1, FB_OPEN, FB_CLOSE, FB_END };
static const unsigned char fast_byte[256] = {
    ['"'] = FB_QUOTE, ['{'] = FB_OPEN,  ['['] = FB_OPEN,  ['}'] = FB_CLOSE, [']'] = FB_CLOSE,
    [','] = FB_END,   [' '] = FB_END,   ['\t'] = FB_END, ['\n'] = FB_END,  ['\r'] = FB_END};

/* p at the first byte of a value: the index just past it, or e. */
static size_t fast_value_end(const char *b, size_t p, size_t e) {
  size_t depth = 0;
  while (p < e) {
    unsigned char c = fast_byte[(unsigned char)b[p]];
    switch (c) {
    case FB_QUOTE:
      p = fast_string_end(b, p, e);
      if (depth == 0) return p;
      continue;
    case FB_OPEN: depth++; break;
    case FB_CLOSE:
      if (depth == 0) return p; /* a scalar's end at its container's closer */
      if (--depth == 0) return p + 1;
      break;
    case FB_END:
      if (depth == 0) return p;
      break;
    default: break;
    }
    p++;
  }
  return e;
}

/* Each member of object v, in order, to visit(key, value, ctx): 0, or -1
 * on a byte a valid slice cannot hold there (some members may have been
 * visited). */
int js_members_fast(jslice v, js_member_visit visit, void *ctx) {
  const char *b = v.p;
  size_t e = v.n, p = fast_ws(b, 0, e);
  if (p >= e || b[p] != '{') return -1;
  p = fast_ws(b, p + 1, e);
  if (p < e && b[p] == '}') return 0;
  for (;;) {
    if (p >= e || b[p] != '"') return -1;
    size_t kend = fast_string_end(b, p, e);
    if (kend >= e) return -1;
    jslice k = {b + p + 1, kend - p - 2};
    p = fast_ws(b, kend, e);
    if (p >= e || b[p] != ':') return -1;
    p = fast_ws(b, p + 1, e);
    size_t vend = fast_value_end(b, p, e);
    if (vend >= e || vend == p) return -1;
    visit(k, (jslice){b + p, vend - p}, ctx);
    p = fast_ws(b, vend, e);
    if (p >= e) return -1;
    if (b[p] == '}') return 0;
    if (b[p] != ',') return -1;
    p = fast_ws(b, p + 1, e);
  }
}

typedef struct member_search {
  int (*match)(jslice key, const void *want);
  const void *want;
  jslice found;
  int any;
} member_search;

static void search_visit(jslice key, jslice value, void *ctx) {
  member_search *ms = ctx;
  if (ms->match(key, ms->want)) {
    ms->found = value;
    ms->any = 1;
  }
}

/* The last member of object v whose key `match` accepts. */
static int find_member(jslice v, int (*match)(jslice key, const void *want),
                       const void *want, jslice *out) {
  *out = (jslice){NULL, 0};
  if (!v.p || !v.n) return 0;
  member_search ms = {match, want, {NULL, 0}, 0};
  if (js_members_fast(v, search_visit, &ms) == 0) {
    *out = ms.found;
    return ms.any;
  }
  js_members members;
  jslice k, m;
  int found = 0;
  js_members_init(&members, v);
  while (js_members_next(&members, &k, &m))
    if (match(k, want)) {
      *out = m;
      found = 1;
    }
  return found;
}

/* A key looked for by its text, measured once rather than at each
 * member compared. */
typedef struct text_key {
  const char *s;
  size_t n;
} text_key;

static int match_cstr(jslice key, const void *want) {
  const text_key *k = want;
  return decodes_to(key, k->s, k->n);
}
static int match_raw(jslice key, const void *want) { return raw_equal(key, *(const jslice *)want); }

int js_member(jslice v, const char *key, jslice *out) {
  text_key k = {key, strlen(key)};
  return find_member(v, match_cstr, &k, out);
}

int js_member_raw(jslice v, jslice raw, jslice *out) {
  return find_member(v, match_raw, &raw, out);
}

void js_elems_init(js_elems *e, jslice v) {
  e->live = 0;
  if (js_slice_kind(v) != JS_ARRAY) return;
  js_init(&e->sc, v.p, 0, v.n);
  e->live = js_arr_open(&e->sc, &e->it) == 0;
}

int js_elems_next(js_elems *e, jslice *out) {
  if (e->live && js_arr_next(&e->sc, &e->it) == 1 && js_skip(&e->sc, out) == 0) return 1;
  e->live = 0;
  return 0;
}

void js_members_init(js_members *m, jslice v) {
  m->live = 0;
  if (js_slice_kind(v) != JS_OBJECT) return;
  js_init(&m->sc, v.p, 0, v.n);
  m->live = js_obj_open(&m->sc, &m->it) == 0;
}

int js_members_next(js_members *m, jslice *key, jslice *value) {
  if (m->live && js_obj_next(&m->sc, &m->it, key) == 1 && js_skip(&m->sc, value) == 0) return 1;
  m->live = 0;
  return 0;
}

int js_element(jslice v, size_t i, jslice *out) {
  *out = (jslice){NULL, 0};
  if (js_slice_kind(v) != JS_ARRAY) return 0;
  jscan s;
  js_iter it;
  js_init(&s, v.p, 0, v.n);
  if (js_arr_open(&s, &it) < 0) return 0;
  for (size_t k = 0; js_arr_next(&s, &it) == 1; k++) {
    if (k == i) return js_skip(&s, out) == 0;
    if (js_skip(&s, NULL) < 0) return 0;
  }
  return 0;
}
