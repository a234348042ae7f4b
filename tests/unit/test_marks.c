/* Tests of the marks reader (resolve/marks.h) on small JSON: lookups one
 * step down, positions along a path, the walk over marked leaves with the
 * values beside them, and the placeholder texts. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
#include <string.h>

#include "resolve/marks.h"

static jslice S(const char *s) { return (jslice){s, strlen(s)}; }
static jslice NONE(void) { return (jslice){NULL, 0}; }

static int slice_is(jslice s, const char *text) {
  return s.n == strlen(text) && memcmp(s.p, text, s.n) == 0;
}

static void test_lookup(void **state) {
  (void)state;
  jslice m = S("{\"a\": true, \"b\": {\"c\": true}, \"l\": [false, true], \"d\": {}, \"d\": true}");
  assert_false(marks_all(m));
  assert_false(marks_all(NONE()));
  assert_false(marks_all(S("false")));
  assert_true(marks_all(S(" true ")));
  assert_true(marks_all(marks_member(m, "a")));
  assert_true(slice_is(marks_member(m, "b"), "{\"c\": true}"));
  assert_true(marks_all(marks_member(marks_member(m, "b"), "c")));
  assert_null(marks_member(m, "zz").p);
  /* A key that repeats: the last one counts, as in terraform. */
  assert_true(marks_all(marks_member(m, "d")));
  assert_false(marks_all(marks_element(marks_member(m, "l"), 0)));
  assert_true(marks_all(marks_element(marks_member(m, "l"), 1)));
  assert_null(marks_element(marks_member(m, "l"), 2).p);
  /* `true` covers everything below it. */
  assert_true(marks_all(marks_member(S("true"), "any")));
  assert_true(marks_all(marks_element(marks_member(S("true"), "x"), 3)));
  /* Keys with escapes match their decoded form. */
  assert_true(marks_all(marks_member(S("{\"t\\u0061gs\": true}"), "tags")));
  /* Wrong shapes mark nothing. */
  assert_null(marks_member(S("[true]"), "0").p);
  assert_null(marks_element(S("{\"0\": true}"), 0).p);
}

static void test_at(void **state) {
  (void)state;
  jslice m = S("{\"tags\": {\"k\": true}, \"rules\": [{}, {\"port\": true}], \"all\": true}");
  marks_step tags_k[] = {{S("tags"), 0}, {S("k"), 0}};
  marks_step tags_j[] = {{S("tags"), 0}, {S("j"), 0}};
  marks_step rule1_port[] = {{S("rules"), 0}, {NONE(), 1}, {S("port"), 0}};
  marks_step rule0_port[] = {{S("rules"), 0}, {NONE(), 0}, {S("port"), 0}};
  marks_step below_all[] = {{S("all"), 0}, {S("x"), 0}, {NONE(), 9}};
  assert_true(marks_at(m, tags_k, 2));
  assert_false(marks_at(m, tags_j, 2));
  assert_false(marks_at(m, tags_k, 1));
  assert_true(marks_at(m, rule1_port, 3));
  assert_false(marks_at(m, rule0_port, 3));
  assert_true(marks_at(m, below_all, 3));
  assert_false(marks_at(m, NULL, 0));
  assert_true(marks_at(S("true"), NULL, 0));
}

/* Collects "path=value" lines. */
typedef struct seen {
  char text[1024];
  int stop_after;      /* stop the walk after this many leaves (0: never) */
  int count;
} seen;

static int collect(void *ctx, const marks_leaf *leaf) {
  seen *s = ctx;
  size_t n = strlen(s->text);
  for (size_t i = 0; i < leaf->depth; i++) {
    const marks_step *st = &leaf->path[i];
    n += st->key.p ? (size_t)snprintf(s->text + n, sizeof s->text - n, "/%.*s", (int)st->key.n, st->key.p)
                   : (size_t)snprintf(s->text + n, sizeof s->text - n, "/%zu", st->index);
  }
  snprintf(s->text + n, sizeof s->text - n, "=%.*s;", (int)leaf->value.n,
           leaf->value.p ? leaf->value.p : "");
  s->count++;
  return s->stop_after && s->count >= s->stop_after ? 42 : 0;
}

static void test_visit(void **state) {
  (void)state;
  jslice v = S("{\"pw\": \"hunter22\", \"tags\": {\"a\": \"x\", \"b\": \"y\"}, "
               "\"l\": [1, [2, 3]], \"n\": null}");
  jslice m = S("{\"pw\": true, \"tags\": {\"b\": true}, \"l\": [false, [false, true]], "
               "\"gone\": true, \"n\": false}");
  seen s = {"", 0, 0};
  assert_int_equal(marks_visit(m, v, 64, collect, &s), 0);
  assert_string_equal(s.text, "/pw=\"hunter22\";/tags/b=\"y\";/l/1/1=3;/gone=;");
  /* Only the top level. */
  seen top = {"", 0, 0};
  assert_int_equal(marks_visit(m, v, 1, collect, &top), 0);
  assert_string_equal(top.text, "/pw=\"hunter22\";/gone=;");
  /* The whole value marked: one leaf, the root. */
  seen all = {"", 0, 0};
  assert_int_equal(marks_visit(S("true"), v, 0, collect, &all), 0);
  assert_int_equal(all.count, 1);
  /* A nonzero return stops the walk and comes back. */
  seen stop = {"", 1, 0};
  assert_int_equal(marks_visit(m, v, 64, collect, &stop), 42);
  assert_int_equal(stop.count, 1);
  /* No marks, or marks that mark nothing. */
  seen none = {"", 0, 0};
  assert_int_equal(marks_visit(NONE(), v, 64, collect, &none), 0);
  assert_int_equal(marks_visit(S("{\"tags\": {}}"), v, 64, collect, &none), 0);
  assert_int_equal(none.count, 0);
}

static void test_placeholder(void **state) {
  (void)state;
  assert_string_equal(marks_placeholder(MARKS_SENSITIVE, 0), "(sensitive)");
  assert_string_equal(marks_placeholder(MARKS_SENSITIVE, 1), "\"(sensitive)\"");
  assert_string_equal(marks_placeholder(MARKS_UNKNOWN, 0), "(known after apply)");
  assert_string_equal(marks_placeholder(MARKS_UNKNOWN, 1), "\"(known after apply)\"");
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_lookup), cmocka_unit_test(test_at),
      cmocka_unit_test(test_visit), cmocka_unit_test(test_placeholder),
  };
  return cmocka_run_group_tests(tests, NULL, NULL);
}
