/* Tests of the base layer's building blocks: vectors (growth, overflow),
 * hashing and the id set, the string builder in both kinds of storage,
 * UTF-8 sequences (a table of cases) and source positions counted in
 * characters. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "base/decnum.h"
#include "base/hash.h"
#include "base/input.h"
#include "base/mscan.h"
#include "plangraph/guard.h"
#include "base/pos.h"
#include "base/strbuf.h"
#include "base/utf8.h"
#include "base/vec.h"
#include "query/fieldmemo.h"
#include "query/tupleset.h"

/* ---- strbuf ------------------------------------------------------------- */

/* Caller's storage: truncates at the capacity, never overruns, says so. */
static void test_strbuf_fixed(void **state) {
  (void)state;
  char mem[8];
  strbuf b;
  sb_init(&b, mem, sizeof mem);
  assert_int_equal(sb_add(&b, "aws"), 0);
  sb_dot(&b);
  assert_int_equal(sb_add(&b, "vpc.main"), -1);
  assert_string_equal(mem, "aws.vpc");
  assert_int_equal(b.len, 7);
  assert_true(b.full);
}

/* Growing: past its first capacity, NUL-terminated, freed by release. */
static void test_strbuf_growing(void **state) {
  (void)state;
  strbuf b = SB_GROWING;
  for (int i = 0; i < 1000; i++) assert_int_equal(sb_add(&b, "0123456789"), 0);
  assert_int_equal(b.len, 10000);
  assert_int_equal(strlen(b.buf), 10000);
  assert_false(b.full);
  assert_memory_equal(b.buf + 9990, "0123456789", 10);
  sb_release(&b);
  assert_null(b.buf);
  assert_int_equal(b.len, 0);
}

/* ---- vec ---------------------------------------------------------------- */

static void test_vec_growth(void **state) {
  (void)state;
  int *v = NULL;
  size_t n = 0, cap = 0;
  for (int i = 0; i < 1000; i++) assert_int_equal(VEC_PUSH(v, n, cap, i), 0);
  assert_int_equal(n, 1000);
  assert_true(cap >= 1000 && cap < 2048);
  for (int i = 0; i < 1000; i++) assert_int_equal(v[i], i);
  /* Room already there: nothing moves. */
  int *before = v;
  assert_int_equal(VEC_RESERVE(v, cap, 10), 0);
  assert_ptr_equal(v, before);
  free(v);
}

static void test_vec_first_capacity(void **state) {
  (void)state;
  char *v = NULL;
  size_t cap = 0;
  assert_int_equal(VEC_RESERVE_FIRST(v, cap, 1, 100), 0);
  assert_int_equal(cap, 100);
  assert_int_equal(VEC_RESERVE_FIRST(v, cap, 101, 100), 0);
  assert_int_equal(cap, 200);
  free(v);
}

static void test_vec_overflow(void **state) {
  (void)state;
  double *v = NULL;
  size_t cap = 0;
  /* The byte count would overflow: refused, and the array is unchanged. */
  assert_int_equal(VEC_RESERVE(v, cap, SIZE_MAX / 4), -1);
  assert_null(v);
  assert_int_equal(cap, 0);
  assert_int_equal(VEC_RESERVE(v, cap, SIZE_MAX), -1);
  assert_null(v);
}

/* ---- hashing and the id set -------------------------------------------- */

static void test_hash(void **state) {
  (void)state;
  /* FNV-1a 64 reference values. */
  assert_true(hash_bytes(HASH_FNV_OFFSET, "", 0) == 0xcbf29ce484222325ull);
  assert_true(hash_bytes(HASH_FNV_OFFSET, "a", 1) == 0xaf63dc4c8601ec8cull);
  assert_true(hash_bytes(HASH_FNV_OFFSET, "foobar", 6) == 0x85944171f73967e8ull);
  /* Continuing a hash is hashing the concatenation. */
  assert_true(hash_bytes(hash_bytes(HASH_FNV_OFFSET, "foo", 3), "bar", 3) ==
              hash_bytes(HASH_FNV_OFFSET, "foobar", 6));
  assert_true(hash_word(HASH_FNV_OFFSET, 1) != hash_word(HASH_FNV_OFFSET, 2));
}

/* Keys of the set under test: id i stands for keys[i]. */
typedef struct keys {
  uint64_t k[5000];
} keys;

static uint64_t key_hash(const void *ctx, int32_t id) {
  return hash_word(HASH_FNV_OFFSET, ((const keys *)ctx)->k[id]);
}

static int key_eq(const void *ctx, int32_t id, const void *probe) {
  return ((const keys *)ctx)->k[id] == *(const uint64_t *)probe;
}

static void test_idset(void **state) {
  (void)state;
  keys *ks = malloc(sizeof *ks);
  assert_non_null(ks);
  idset s;
  idset_init(&s);
  uint64_t absent = 7;
  assert_int_equal(idset_find(&s, key_hash(ks, 0), &absent, key_eq, ks), -1);
  for (int32_t i = 0; i < 5000; i++) {
    ks->k[i] = (uint64_t)i * 1000003u + 11;
    uint64_t h = key_hash(ks, i);
    assert_int_equal(idset_find(&s, h, &ks->k[i], key_eq, ks), -1);
    assert_int_equal(idset_add(&s, h, i), 0);
  }
  /* It grew (from 64 slots) and kept every id findable, half full at most. */
  assert_int_equal(s.n, 5000);
  assert_true(s.cap >= 10000 && (s.cap & (s.cap - 1)) == 0);
  for (int32_t i = 0; i < 5000; i++)
    assert_int_equal(idset_find(&s, key_hash(ks, i), &ks->k[i], key_eq, ks), i);
  assert_int_equal(idset_find(&s, hash_word(HASH_FNV_OFFSET, absent), &absent, key_eq, ks), -1);
  idset_release(&s);
  assert_null(s.slots);
  assert_int_equal(s.cap, 0);
  /* Hashes alike in the 32 bits a slot keeps (one probe chain, one tag):
   * the owner's eq tells them apart, before and after growing. */
  for (int32_t i = 0; i < 300; i++) {
    uint64_t h = (uint64_t)(i + 1) << 40 | 5u;
    assert_int_equal(idset_find(&s, h, &ks->k[i], key_eq, ks), -1);
    assert_int_equal(idset_add(&s, h, i), 0);
  }
  for (int32_t i = 0; i < 300; i++)
    assert_int_equal(idset_find(&s, (uint64_t)(i + 1) << 40 | 5u, &ks->k[i], key_eq, ks), i);
  assert_int_equal(idset_find(&s, 5u, &absent, key_eq, ks), -1);
  idset_release(&s);
  free(ks);
}

/* ---- UTF-8 -------------------------------------------------------------- */

typedef struct utf8_case {
  const char *bytes;
  size_t avail;        /* bytes readable */
  size_t len;          /* expected length; 0: invalid */
  uint32_t cp;         /* expected code point when valid */
  const char *why;
} utf8_case;

static const utf8_case utf8_cases[] = {
    {"A", 1, 1, 0x41, "ASCII"},
    {"\xc3\xa9", 2, 2, 0xe9, "two bytes"},
    {"\xe2\x82\xac", 3, 3, 0x20ac, "three bytes"},
    {"\xf0\x9f\x98\x80", 4, 4, 0x1f600, "four bytes"},
    {"\xf4\x8f\xbf\xbf", 4, 4, 0x10ffff, "the last code point"},
    {"\xef\xbf\xbf", 3, 3, 0xffff, "a noncharacter is still UTF-8"},
    {"\x80", 1, 0, 0, "a stray continuation byte"},
    {"\xc0\x80", 2, 0, 0, "C0 only starts overlong forms"},
    {"\xc1\xbf", 2, 0, 0, "C1 only starts overlong forms"},
    {"\xe0\x9f\xbf", 3, 0, 0, "an overlong three-byte form"},
    {"\xf0\x8f\xbf\xbf", 4, 0, 0, "an overlong four-byte form"},
    {"\xed\xa0\x80", 3, 0, 0, "a UTF-16 surrogate"},
    {"\xf4\x90\x80\x80", 4, 0, 0, "above U+10FFFF"},
    {"\xf5\x80\x80", 3, 0, 0, "F5 starts nothing"},
    {"\xff", 1, 0, 0, "FF starts nothing"},
    {"\xc3", 1, 0, 0, "cut short by the end"},
    {"\xe2\x82", 3, 0, 0, "cut short by a NUL"},
    {"\xe2\x41\xac", 3, 0, 0, "a non-continuation byte inside"},
    {"\xf0\x9f\x98\x80", 3, 0, 0, "four bytes with three readable"},
};

/* mscan_find agrees with a plain search for each pattern (and gives the
 * tag of the pattern it found and where it starts), over buffers
 * of a small alphabet (so that many windows share a pattern's first two
 * bytes or its whole key without matching it), patterns at the very start
 * and end, of exactly MSCAN_MIN bytes, and sharing prefixes. */
/* hash_mem: every byte counts, the tail's length too, and keys that share
 * long prefixes (subject names of one module for_each) spread over the
 * low bits that pick a table slot. */
/* Tuples kept inline, then spilled to the heap: every tuple is found again
 * after the spill, in both forms, for widths that fit inline several
 * times, once, and not at all. */
static void test_tupleset(void **state) {
  (void)state;
  static const size_t widths[] = {1, 3, TUPLESET_INLINE, TUPLESET_INLINE + 1};
  for (size_t w = 0; w < sizeof widths / sizeof *widths; w++) {
    size_t width = widths[w];
    tupleset embedded, *heap = tupleset_new(width);
    assert_non_null(heap);
    tupleset_init(&embedded, width);
    tupleset *sets[] = {&embedded, heap};
    for (size_t s = 0; s < 2; s++) {
      uint64_t key[TUPLESET_INLINE + 1];
      for (uint64_t i = 0; i < 40; i++) {
        for (size_t k = 0; k < width; k++) key[k] = i * 7 + k;
        assert_int_equal(tupleset_add(sets[s], key), 1);
        assert_int_equal(tupleset_add(sets[s], key), 0);
        /* Every earlier tuple is still there; one differing only in its
         * last key is not. */
        for (uint64_t j = 0; j <= i; j++) {
          for (size_t k = 0; k < width; k++) key[k] = j * 7 + k;
          assert_int_equal(tupleset_add(sets[s], key), 0);
        }
      }
      assert_int_equal(sets[s]->n, 40);
      for (size_t k = 0; k < width; k++) key[k] = 7 + k;
      key[width - 1] = 1000;
      assert_int_equal(tupleset_add(sets[s], key), 1);
    }
    tupleset_release(&embedded);
    tupleset_free(heap);
  }
  tupleset_free(NULL);
}

/* The attribute memo finds what was put for the same node and key only;
 * a later entry in the same slot replaces an earlier one; a key longer
 * than it keeps is never found; an empty memo finds nothing. */
static void test_field_memo(void **state) {
  (void)state;
  field_memo m;
  field_memo_init(&m);
  field_slices at, got;
  assert_int_equal(field_memo_find(&m, 1, "ami", 3, &got), 0);
  assert_int_equal(field_memo_find(NULL, 1, "ami", 3, &got), 0);
  static const char text[] = "\"x\" true";
  at = (field_slices){{text, 3}, {text + 4, 4}, {NULL, 0}};
  field_memo_put(&m, 1, "ami", 3, &at);
  assert_int_equal(field_memo_find(&m, 1, "ami", 3, &got), 1);
  assert_ptr_equal(got.v.p, text);
  assert_int_equal(got.u.n, 4);
  assert_int_equal(field_memo_find(&m, 2, "ami", 3, &got), 0);
  assert_int_equal(field_memo_find(&m, 1, "am", 2, &got), 0);
  assert_int_equal(field_memo_find(&m, 1, "amx", 3, &got), 0);
  /* Many entries: the last put for each (node, key) is found, or its
   * slot went to a later one. */
  for (int id = 0; id < 3 * FIELD_MEMO_SLOTS; id++) {
    at.v.n = (size_t)id;
    field_memo_put(&m, id, "image_id", 8, &at);
  }
  int found = 0;
  for (int id = 0; id < 3 * FIELD_MEMO_SLOTS; id++)
    if (field_memo_find(&m, id, "image_id", 8, &got)) {
      assert_int_equal(got.v.n, (size_t)id);
      found++;
    }
  assert_true(found > FIELD_MEMO_SLOTS / 2 && found <= FIELD_MEMO_SLOTS);
  char longkey[FIELD_MEMO_KEY + 2];
  memset(longkey, 'k', sizeof longkey);
  field_memo_put(&m, 7, longkey, sizeof longkey, &at);
  assert_int_equal(field_memo_find(&m, 7, longkey, sizeof longkey, &got), 0);
  field_memo_release(&m);
  field_memo_release(&m);
}

static void test_hash_mem(void **state) {
  (void)state;
  const char text[] = "module.stack[\"us-east-1\"].aws_vpc.this\0\0";
  uint64_t whole = hash_mem(HASH_FNV_OFFSET, text, 38);
  for (size_t n = 0; n < 40; n++)
    for (size_t m = n + 1; m <= 40; m++)
      assert_true(hash_mem(HASH_FNV_OFFSET, text, n) != hash_mem(HASH_FNV_OFFSET, text, m));
  for (size_t i = 0; i < 38; i++) {
    char flipped[40];
    memcpy(flipped, text, sizeof flipped);
    flipped[i] ^= 1;
    assert_true(hash_mem(HASH_FNV_OFFSET, flipped, 38) != whole);
  }
  enum { KEYS = 1 << 16 };
  static unsigned char seen[KEYS];
  memset(seen, 0, sizeof seen);
  size_t slots = 0;
  for (unsigned k = 0; k < KEYS; k++) {
    char key[64];
    int n = snprintf(key, sizeof key, "module.stack[\"a-%05u\"].aws_route_table.private", k);
    uint64_t h = hash_mem(HASH_FNV_OFFSET, key, (size_t)n) & (KEYS - 1);
    slots += !seen[h];
    seen[h] = 1;
  }
  /* Uniform hashing fills 1 - 1/e of the slots: 63%. */
  assert_true(slots > KEYS * 6 / 10);
}

static void test_mscan(void **state) {
  (void)state;
  srand(7);
  for (int round = 0; round < 300; round++) {
    mscan m;
    mscan_init(&m);
    char pats[8][16];
    size_t lens[8], n = 1 + (size_t)(rand() % 8);
    for (size_t i = 0; i < n; i++) {
      lens[i] = (size_t)(MSCAN_MIN + rand() % 6);
      for (size_t j = 0; j < lens[i]; j++) pats[i][j] = (char)('a' + rand() % 3);
      if (i && rand() % 2) memcpy(pats[i], pats[i - 1], MSCAN_MIN);  /* one key */
      assert_int_equal(mscan_add(&m, pats[i], lens[i], 100 + i), 0);
    }
    assert_int_equal(mscan_add(&m, "ab", 2, 99), 0);  /* too short: never found */
    assert_int_equal(mscan_build(&m), 0);
    char buf[64];
    size_t len = (size_t)(rand() % (int)sizeof buf);
    for (size_t j = 0; j < len; j++) buf[j] = (char)('a' + rand() % 4);
    int want = 0;
    for (size_t i = 0; i < n; i++)
      for (size_t at = 0; at + lens[i] <= len; at++)
        want |= memcmp(buf + at, pats[i], lens[i]) == 0;
    size_t at = SIZE_MAX;
    long got = mscan_find(&m, buf, len, &at);
    assert_int_equal(got >= 0, want);
    if (got >= 0) {
      /* The tag is the found pattern's, and it is where the offset says. */
      size_t i = m.pats[got].tag - 100;
      assert_true(i < n);
      assert_true(at + lens[i] <= len);
      assert_memory_equal(buf + at, pats[i], lens[i]);
    }
    mscan_free(&m);
  }
  mscan m;
  mscan_init(&m);
  assert_int_equal(mscan_add(&m, "secret", 6, 0), 0);
  assert_int_equal(mscan_build(&m), 0);
  size_t at = 0;
  assert_true(mscan_find(&m, "secret", 6, NULL) >= 0);   /* the whole buffer */
  assert_true(mscan_find(&m, "xx secret", 9, &at) >= 0); /* at the end */
  assert_int_equal(at, 3);
  assert_true(mscan_find(&m, "xx secre", 8, NULL) < 0);  /* cut short */
  assert_true(mscan_find(&m, "se\0cret secret", 14, &at) >= 0);
  assert_int_equal(at, 8);
  mscan_free(&m);
}

/* pg_text_repair_utf8 replaces each byte that starts no valid sequence
 * with U+FFFD, wherever it falls against its eight-byte ASCII steps: the
 * result is checked against a byte-at-a-time walk of random text mixing
 * ASCII, valid two- and three-byte sequences and stray bytes. */
static void test_repair_utf8(void **state) {
  (void)state;
  /* A run of 40 ASCII bytes takes the 32-byte step of the scan. */
  static const char *const parts[] = {"a", "bcdefghij", "\xC3\xA9", "\xE2\x82\xAC", "\x80",
                                      "\xC3", "\xFF", "\xE2\x82",
                                      "klmnopqrstuvwxyz0123456789ABCDEFGHIJKLMN"};
  srand(11);
  for (int round = 0; round < 500; round++) {
    char text[200];
    size_t n = 0;
    while (n < 150) {
      const char *part = parts[rand() % 9];
      memcpy(text + n, part, strlen(part));
      n += strlen(part);
    }
    char want[700];
    size_t w = 0, bad = 0;
    for (size_t i = 0; i < n;) {
      size_t k = utf8_decode((const unsigned char *)text + i, n - i, NULL);
      if (k) {
        memcpy(want + w, text + i, k);
        w += k;
        i += k;
      } else {
        memcpy(want + w, "\xEF\xBF\xBD", 3);
        w += 3;
        bad++;
        i++;
      }
    }
    char *buf = malloc(n + 1);
    assert_non_null(buf);
    memcpy(buf, text, n);
    buf[n] = '\0';
    size_t len = n;
    assert_int_equal(pg_text_repair_utf8(&buf, &len), bad);
    assert_int_equal(len, w);
    assert_memory_equal(buf, want, w);
    free(buf);
  }
}

/* utf8_invalid_bytes reads no byte past the text, whatever its length
 * (a report is not NUL-terminated: AddressSanitizer sees a read past an
 * exact-size block), and counts each stray byte once. */
static void test_utf8_ends(void **state) {
  (void)state;
  for (size_t n = 1; n <= 100; n++) {
    for (int stray = 0; stray < 2; stray++) {
      unsigned char *text = malloc(n);
      assert_non_null(text);
      memset(text, 'a', n);
      if (stray) text[n - 1] = 0x80;
      assert_int_equal(utf8_invalid_bytes(text, n), stray);
      free(text);
    }
  }
}

static void test_utf8(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof utf8_cases / sizeof utf8_cases[0]; i++) {
    const utf8_case *c = &utf8_cases[i];
    uint32_t cp = 0;
    size_t len = utf8_decode((const unsigned char *)c->bytes, c->avail, &cp);
    if (len != c->len) fail_msg("%s: length %zu, expected %zu", c->why, len, c->len);
    if (len && cp != c->cp) fail_msg("%s: U+%X, expected U+%X", c->why, cp, c->cp);
    assert_int_equal(utf8_decode((const unsigned char *)c->bytes, c->avail, NULL), c->len);
  }
  assert_int_equal(utf8_decode((const unsigned char *)"A", 0, NULL), 0);
}

/* ---- positions ---------------------------------------------------------- */

typedef struct pos_case {
  size_t off;
  unsigned line, col;
  const char *why;
} pos_case;

/* Decimal texts compare by value, whatever their size or form. */
static void test_decnum(void **state) {
  (void)state;
  static const struct { const char *a, *b; int want; } cases[] = {
      {"123456789012345678901234567890", "123456789012345678901234567891", -1},
      {"1e400", "2E+400", -1}, {"-1e400", "1", -1}, {"1e400", "1e400", 0},
      {"0.1", "0.10", 0}, {"100", "1e2", 0}, {"-0", "0", 0}, {"0.05", "5e-2", 0},
      {"1e-400", "0", 1}, {"-2", "-10", 1}, {"0.10000000000000001", "0.1", 1},
      {"1e99999999999999999999999", "1e400", 1}};
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    int c = dec_compare(cases[i].a, strlen(cases[i].a), cases[i].b, strlen(cases[i].b));
    if (c != cases[i].want) fail_msg("%s vs %s: %d", cases[i].a, cases[i].b, c);
    c = dec_compare(cases[i].b, strlen(cases[i].b), cases[i].a, strlen(cases[i].a));
    if (c != -cases[i].want) fail_msg("%s vs %s: %d", cases[i].b, cases[i].a, c);
  }
  double d;
  assert_true(dec_fits_double("0.1", 3, &d));
  assert_true(dec_fits_double("9007199254740993", 16, &d) == 0);  /* 2^53 + 1 */
  assert_true(dec_fits_double("1e400", 5, &d) == 0);
  assert_true(dec_fits_double("123", 3, &d) && d == 123);
  assert_true(dec_fits_double("12345678901234567", 17, &d) == 0);  /* one digit off */
  char buf[DEC_DOUBLE_TEXT];
  /* Texts of up to 15 significant digits skip the search for the shortest
   * text (see within_double_digits): that text must still be the number
   * written, over many digit counts and exponents. */
  unsigned long long seed = 88172645463325252ULL;
  for (int i = 0; i < 20000; i++) {
    seed ^= seed << 13, seed ^= seed >> 7, seed ^= seed << 17;
    char text[64];
    int digits = 1 + (int)(seed % 15);
    unsigned long long mant = seed >> 8;
    char mtext[24];
    snprintf(mtext, sizeof mtext, "%llu", mant);
    mtext[digits] = '\0';
    int exp = (int)((seed >> 40) % 601) - 300;
    int len = snprintf(text, sizeof text, "%s%se%d", seed & 1 ? "-" : "", mtext, exp);
    double v;
    int fits = dec_fits_double(text, (size_t)len, &v);
    if (fabs(v) < 1e-290 || fabs(v) > 1e290) continue;
    size_t sn = dec_double_text(v, buf);
    if (!fits || dec_compare(text, (size_t)len, buf, sn) != 0)
      fail_msg("%s: fits %d, shortest %s", text, fits, buf);
  }
  assert_int_equal(dec_double_text(0.1, buf), 3);
  assert_string_equal(buf, "0.1");
  assert_int_equal(dec_scan("-1.5e+3x", 8), 7);
  assert_int_equal(dec_scan("0x10", 4), 1);
  assert_int_equal(dec_scan("inf", 3), 0);
}

/* A file of n bytes of JSON text (a string padded to length). */
static void write_json(const char *path, size_t n) {
  FILE *f = fopen(path, "wb");
  assert_non_null(f);
  fputc('"', f);
  for (size_t at = 1; at + 1 < n; at++) fputc('a' + (int)(at % 26), f);
  fputc('"', f);
  fclose(f);
}

/* input_map maps a large file (its text ends in a NUL, as a read one does)
 * and reads a small one, or one of a whole number of pages; input_release
 * undoes either; both give the file's bytes. */
static void test_input_map(void **state) {
  (void)state;
  static const struct { size_t size; int mapped; } cases[] = {
      {1000, 0}, {65536, 0}, {65537, 1}, {300001, 1}};
  char path[] = "/tmp/pg-input-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  close(fd);
  for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
    write_json(path, cases[i].size);
    input_limits lim = {1u << 30, PG_LIMIT_INPUT_BYTES, 1, NULL};
    char *text = NULL;
    size_t len = 0, mapped = 7;
    pg_diags *d = NULL;
    assert_int_equal(pg_diags_new(&d), PG_OK);
    assert_int_equal(input_map(path, path, &lim, &text, &len, &mapped, d), PG_OK);
    assert_int_equal(len, cases[i].size);
    assert_int_equal(mapped != 0, cases[i].mapped);
    if (mapped) assert_int_equal(mapped, len);
    assert_int_equal(text[0], '"');
    assert_int_equal(text[len - 1], '"');
    assert_int_equal(text[len], '\0');
    assert_int_equal(text[len / 2], 'a' + (int)((len / 2) % 26));
    input_release(text, mapped);
    /* Over the limit: refused before anything is mapped. */
    lim.max_bytes = cases[i].size - 1;
    text = NULL;
    assert_int_equal(input_map(path, path, &lim, &text, &len, &mapped, d), PG_ERR_LIMIT);
    assert_null(text);
    pg_diags_free(d);
  }
  unlink(path);
}

/* Whether the page of p is mapped in this process (/proc/self/pagemap,
 * bit 63); -1 where the kernel does not say. */
static int page_present(const void *p) {
  long page = sysconf(_SC_PAGESIZE);
  FILE *f = fopen("/proc/self/pagemap", "rb");
  if (!f || page <= 0) {
    if (f) fclose(f);
    return -1;
  }
  uint64_t entry = 0;
  int ok = fseek(f, (long)((uintptr_t)p / (uintptr_t)page * sizeof entry), SEEK_SET) == 0 &&
           fread(&entry, sizeof entry, 1, f) == 1;
  fclose(f);
  return ok ? (int)(entry >> 63) : -1;
}

/* input_release_except gives back the whole pages of a mapped text that no
 * range touches, and the text still reads the same there; a text that was
 * read gives back nothing. */
static void test_input_release_except(void **state) {
  (void)state;
  long page = sysconf(_SC_PAGESIZE);
  assert_true(page > 0);
  size_t P = (size_t)page, size = 40 * P + 123;
  char path[] = "/tmp/pg-release-XXXXXX";
  int fd = mkstemp(path);
  assert_true(fd >= 0);
  close(fd);
  write_json(path, size);
  input_limits lim = {1u << 30, PG_LIMIT_INPUT_BYTES, 1, NULL};
  char *text = NULL;
  size_t len = 0, mapped = 0;
  pg_diags *d = NULL;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  assert_int_equal(input_map(path, path, &lim, &text, &len, &mapped, d), PG_OK);
  assert_int_equal(mapped, size);
  /* Unsorted, overlapping; the first touches page 1 alone, the others
   * pages 20 to 25. */
  input_range keep[] = {{21 * P + 5, 25 * P + 1}, {P + 10, P + 20}, {20 * P - 1, 22 * P}};
  /* Given back: page 0, pages 2 to 18 (page 19 holds the byte before page
   * 20), and pages 26 to 39 (the last, partial one stays). */
  assert_int_equal(input_release_except(text, mapped, keep, 3), (1 + 17 + 14) * P);
  static const struct { size_t page; int present; } pages[] = {
      {0, 0}, {1, 1}, {2, 0}, {18, 0}, {19, 1}, {20, 1}, {25, 1}, {26, 0}, {39, 0}, {40, 1}};
  for (size_t i = 0; i < sizeof pages / sizeof *pages; i++) {
    int present = page_present(text + pages[i].page * P);
    if (present >= 0 && present != pages[i].present)
      fail_msg("page %zu: present %d, expected %d", pages[i].page, present, pages[i].present);
  }
  for (size_t at = 1; at + 1 < size; at += P / 3)
    assert_int_equal(text[at], 'a' + (int)(at % 26));
  assert_int_equal(text[size], '\0');
  input_release(text, mapped);
  /* A text that was read (a small file) has no pages to give back. */
  write_json(path, 1000);
  assert_int_equal(input_map(path, path, &lim, &text, &len, &mapped, d), PG_OK);
  assert_int_equal(mapped, 0);
  assert_int_equal(input_release_except(text, mapped, keep, 0), 0);
  assert_int_equal(text[500], 'a' + 500 % 26);
  input_release(text, mapped);
  pg_diags_free(d);
  unlink(path);
}

static void test_pos(void **state) {
  (void)state;
  const char *t = "ab\n\xc3\xa9t\xe2\x82\xac!\nx";
  static const pos_case cases[] = {
      {0, 1, 1, "the start"},
      {5, 2, 2, "after a two-byte character: column 2, not 3"},
      {9, 2, 4, "after a three-byte character: column 4"},
      {100, 3, 2, "past the end counts to the end"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    unsigned line, col;
    pos_line_col(t, strlen(t), cases[i].off, &line, &col);
    if (line != cases[i].line || col != cases[i].col)
      fail_msg("%s: %u:%u, expected %u:%u", cases[i].why, line, col, cases[i].line, cases[i].col);
  }
  size_t start, end;
  pos_line_span(t, strlen(t), 6, &start, &end);
  assert_int_equal(start, 3);
  assert_int_equal(end, 10);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_vec_growth), cmocka_unit_test(test_vec_first_capacity),
      cmocka_unit_test(test_vec_overflow), cmocka_unit_test(test_hash),
      cmocka_unit_test(test_idset), cmocka_unit_test(test_tupleset), cmocka_unit_test(test_field_memo), cmocka_unit_test(test_mscan), cmocka_unit_test(test_hash_mem), cmocka_unit_test(test_repair_utf8), cmocka_unit_test(test_utf8_ends),
      cmocka_unit_test(test_utf8),
      cmocka_unit_test(test_pos), cmocka_unit_test(test_decnum), cmocka_unit_test(test_input_map),
      cmocka_unit_test(test_input_release_except),
      cmocka_unit_test(test_strbuf_fixed),
      cmocka_unit_test(test_strbuf_growing),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
