/* Scanner tests: every case either validates or fails with the exact
 * message and offset; decoding and positions. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "base/jscan.h"
#include "base/pos.h"

typedef struct scan_case {
  const char *text;
  const char *error;   /* NULL: valid */
  size_t at;           /* offset of the error */
} scan_case;

static const scan_case cases[] = {
    {"{}", NULL, 0},
    {" [1, -2.5e+3, true, false, null, \"x\"] ", NULL, 0},
    {"{\"a\": {\"b\": [[], {}]}}", NULL, 0},
    {"\"\\u00e9\\ud83d\\ude00\"", NULL, 0},
    {"\"caf\xc3\xa9\"", NULL, 0},
    {"", "unexpected end of input, expected a value", 0},
    {"{\"a\": 1", "unexpected end of input inside an object", 7},
    {"{\"a\" 1}", "expected ':' after object key, found '1'", 5},
    {"[1 2]", "expected ',' or ']' in an array, found '2'", 3},
    {"[1,]", "expected a value, found ']'", 3},
    {"{\"a\":1,}", "expected a string, found '}'", 7},
    {"01", NULL, 0}, /* a number then trailing data: the caller checks */
    {"-", "invalid number", 0},
    {"1.", "invalid number", 0},
    {"1e", "invalid number", 0},
    {"tru", "invalid literal, expected true", 0},
    {"\"abc", "unterminated string", 0},
    {"\"a\tb\"", "control character 0x09 in string", 2},
    {"\"\\x\"", "invalid escape in string", 1},
    {"\"\\u12\"", "invalid \\u escape in string", 1},
    {"\"\\ud800\"", "unpaired UTF-16 surrogate in string", 1},
    {"\"\\udc00\"", "unpaired UTF-16 surrogate in string", 1},
    {"\"\xff\"", "invalid UTF-8 in string", 1},
    {"\"\xc0\xaf\"", "invalid UTF-8 in string", 1},
    {"\"\xed\xa0\x80\"", "invalid UTF-8 in string", 1},
    {"\"\xe2\x82\"", "invalid UTF-8 in string", 1},
};

static void test_cases(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    const scan_case *c = &cases[i];
    jscan s;
    js_init(&s, c->text, 0, strlen(c->text));
    int r = js_skip(&s, NULL);
    if (!c->error) {
      assert_int_equal(r, 0);
      continue;
    }
    assert_int_equal(r, -1);
    assert_string_equal(s.err, c->error);
    assert_int_equal(s.err_pos, c->at);
  }
}

static void test_depth_limit(void **state) {
  (void)state;
  enum { N = 100000 };
  static char deep[2 * N + 1];
  memset(deep, '[', N);
  memset(deep + N, ']', N);
  jscan s;
  js_init(&s, deep, 0, 2 * N);
  assert_int_equal(js_skip(&s, NULL), -1);
  assert_string_equal(s.err, "JSON nested deeper than 512 levels");
  assert_int_equal(s.err_pos, 512);
  /* Exactly at the limit is fine. */
  char ok[1025];
  memset(ok, '[', 512);
  memset(ok + 512, ']', 512);
  js_init(&s, ok, 0, 1024);
  assert_int_equal(js_skip(&s, NULL), 0);
}

static void test_objects_and_decoding(void **state) {
  (void)state;
  const char *t = "{\"k\\u0065y\": \"a\\nb\\u00e9\", \"n\": [1, 2]}";
  jscan s;
  js_init(&s, t, 0, strlen(t));
  js_iter it;
  jslice key, raw;
  assert_int_equal(js_obj_open(&s, &it), 0);
  assert_int_equal(js_obj_next(&s, &it, &key), 1);
  assert_true(js_raw_eq(key, "key"));
  assert_int_equal(js_string(&s, &raw), 0);
  char out[16];
  assert_int_equal(js_decoded_len(raw), 5);
  js_decode(raw, out);
  assert_string_equal(out, "a\nb\xc3\xa9");
  assert_int_equal(js_obj_next(&s, &it, &key), 1);
  assert_true(js_raw_eq(key, "n"));
  assert_int_equal(js_peek_kind(&s), JS_ARRAY);
  assert_int_equal(js_skip(&s, &raw), 0);
  assert_int_equal(raw.n, 6);
  assert_int_equal(js_obj_next(&s, &it, &key), 0);
  assert_int_equal(js_peek_kind(&s), JS_END);
}

/* Member look-up in a validated slice: the value found must be the one the
 * validating reader finds (strings holding brackets, quotes and escapes,
 * nested containers, scalars before a closer, the last of repeated keys). */
typedef struct member_case {
  const char *object, *key, *value; /* value NULL: absent */
} member_case;

static const member_case member_cases[] = {
    {"{\"a\": 1, \"b\": 2}", "b", "2"},
    {"{ \"a\" :\t\"x}]\\\"\" ,\n \"b\":true }", "a", "\"x}]\\\"\""},
    {"{\"a\": {\"b\": [1, {\"c\": \"}\"}]}, \"d\": null}", "d", "null"},
    {"{\"a\": {\"b\": [1, {\"c\": \"}\"}]}, \"d\": null}", "a", "{\"b\": [1, {\"c\": \"}\"}]}"},
    {"{\"k\\u0065y\": -1.5e3}", "key", "-1.5e3"},
    /* Escaped keys against the text wanted: same raw length with an
     * escape (never equal), longer raw text decoding to it, shorter. */
    {"{\"a\\\\b\": 1}", "a\\\\b", NULL},
    {"{\"a\\\\b\": 1}", "a\\b", "1"},
    {"{\"\\u00e9t\\u00e9\": 2, \"ab\": 3}", "\xc3\xa9t\xc3\xa9", "2"},
    {"{\"ab\": 3}", "abc", NULL},
    {"{\"a\": 1, \"a\": [2]}", "a", "[2]"},
    /* Runs of backslashes before a quote: even ends the string, odd
     * escapes the quote (at a string's start, middle and end). */
    {"{\"a\": \"\\\\\", \"b\": 1}", "b", "1"},
    {"{\"a\": \"x\\\\\\\"}\", \"b\": 2}", "a", "\"x\\\\\\\"}\""},
    {"{\"a\": [\"\\\\\\\\\", \"\\\"]\"], \"b\": 3}", "b", "3"},
    {"{\"a\": 1}", "b", NULL},
    {"{}", "a", NULL},
    {"[1]", "a", NULL},
};

static void test_members(void **state) {
  (void)state;
  for (size_t i = 0; i < sizeof member_cases / sizeof *member_cases; i++) {
    const member_case *c = &member_cases[i];
    jslice v = {c->object, strlen(c->object)}, out;
    int found = js_member(v, c->key, &out);
    if (!c->value) {
      assert_int_equal(found, 0);
      continue;
    }
    assert_int_equal(found, 1);
    assert_int_equal(out.n, strlen(c->value));
    assert_memory_equal(out.p, c->value, out.n);
  }
}

/* js_members walks an object's members in order, keys raw and values
 * whole; nothing for any other value; stops at text that does not scan. */
static void test_member_walk(void **state) {
  (void)state;
  static const struct {
    const char *object;
    const char *want; /* "key=value;" per member, as written */
  } walks[] = {
      {"{\"a\": 1, \"b\": [2, {\"c\": 3}], \"k\\u0065y\": \"x\"}",
       "a=1;b=[2, {\"c\": 3}];k\\u0065y=\"x\";"},
      {"{}", ""},
      {"[1, 2]", ""},
      {"\"text\"", ""},
      {"", ""},
      {"{\"a\": 1, \"b\": }", "a=1;"},
  };
  for (size_t i = 0; i < sizeof walks / sizeof *walks; i++) {
    char got[128] = "";
    js_members m;
    jslice key, value;
    js_members_init(&m, (jslice){walks[i].object, strlen(walks[i].object)});
    while (js_members_next(&m, &key, &value)) {
      size_t used = strlen(got);
      snprintf(got + used, sizeof got - used, "%.*s=%.*s;", (int)key.n, key.p, (int)value.n,
               value.p);
    }
    assert_string_equal(got, walks[i].want);
    assert_int_equal(js_members_next(&m, &key, &value), 0);
  }
}

static void test_line_col(void **state) {
  (void)state;
  const char *t = "{\n  \"a\": 1,\n  x\n}";
  unsigned line, col;
  pos_line_col(t, strlen(t), (size_t)(strchr(t, 'x') - t), &line, &col);
  assert_int_equal(line, 3);
  assert_int_equal(col, 3);
  pos_line_col(t, strlen(t), 0, &line, &col);
  assert_int_equal(line, 1);
  assert_int_equal(col, 1);
}

/* A string's bytes are passed over eight at a time while none needs a
 * look: each kind of byte that does (the closing quote, an escape, a
 * control byte, UTF-8 beyond ASCII, broken UTF-8) is found at every place
 * in and around the eight-byte steps, strings of 0 to 40 bytes. */
static void test_string_every_offset(void **state) {
  (void)state;
  static const struct {
    const char *bytes;   /* put at offset k of a run of 'a' */
    const char *error;   /* NULL: the string is valid */
    size_t len;          /* bytes of raw text it adds */
  } kinds[] = {
      {"\\\"", NULL, 2},   {"\\n", NULL, 2},     {"\\u00e9", NULL, 6},
      {"\xc3\xa9", NULL, 2}, {"\xe2\x82\xac", NULL, 3},
      {"\x01", "control character 0x01 in string", 1},
      {"\x1f", "control character 0x1f in string", 1},
      {"\xff", "invalid UTF-8 in string", 1},
      {"\\q", "invalid escape in string", 2},
  };
  for (size_t n = 0; n <= 40; n++) {
    for (size_t k = 0; k <= n; k++) {
      for (size_t t = 0; t < sizeof kinds / sizeof kinds[0]; t++) {
        char text[64];
        size_t at = 0;
        text[at++] = '"';
        for (size_t i = 0; i < k; i++) text[at++] = 'a';
        memcpy(text + at, kinds[t].bytes, kinds[t].len);
        at += kinds[t].len;
        for (size_t i = k; i < n; i++) text[at++] = 'a';
        text[at++] = '"';
        jscan s;
        jslice raw = {0};
        js_init(&s, text, 0, at);
        int rc = js_string(&s, &raw);
        if (kinds[t].error) {
          assert_int_equal(rc, -1);
          assert_string_equal(s.err, kinds[t].error);
          assert_int_equal(s.err_pos, 1 + k);
        } else {
          assert_int_equal(rc, 0);
          assert_int_equal(raw.n, n + kinds[t].len);
          assert_int_equal(s.pos, at);
        }
        /* Unterminated: the same bytes without the closing quote. */
        js_init(&s, text, 0, at - 1);
        rc = js_string(&s, NULL);
        assert_int_equal(rc, -1);
      }
    }
  }
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_cases),
      cmocka_unit_test(test_depth_limit),
      cmocka_unit_test(test_objects_and_decoding),
      cmocka_unit_test(test_members),
      cmocka_unit_test(test_member_walk),
      cmocka_unit_test(test_line_col),
      cmocka_unit_test(test_string_every_offset),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
