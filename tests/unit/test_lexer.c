/* The query lexer, one test per row of the token table (qast.h's
 * PG_TOKENS): each case lexes a short text and checks the kind and byte
 * range of its first token, and that nothing but the end follows. A test
 * at the end checks that the cases cover every token kind. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "case_table.h"
#include "query/qast.h"

typedef struct lex_case {
  const char *name;     /* the test's name */
  const char *src;
  tok_kind kind;        /* the first token */
  uint32_t start, end;  /* its byte range */
  const char *error;    /* the lexer's message for T_BAD, or NULL */
} lex_case;

static const lex_case cases[] = {
    {"T_EOF empty", "", T_EOF, 0, 0, NULL},
    {"T_EOF after a comment", "  # a comment", T_EOF, 13, 13, NULL},
    {"T_IDENT", " aws_vpc ", T_IDENT, 1, 8, NULL},
    {"T_IDENT starting with in", "index", T_IDENT, 0, 5, NULL},
    {"T_STRING double-quoted", "\"a \\\" b\"", T_STRING, 0, 8, NULL},
    {"T_STRING single-quoted", "'x'", T_STRING, 0, 3, NULL},
    {"T_RAW single-quoted", "r'[0-9]{12}\\'", T_RAW, 0, 13, NULL},
    {"T_RAW double-quoted", "r\"a'b\"", T_RAW, 0, 6, NULL},
    {"T_IDENT r before a name", "rx", T_IDENT, 0, 2, NULL},
    {"T_BAD unterminated raw string", "r'abc", T_BAD, 0, 5, "unterminated raw string"},
    {"T_NUMBER", "3.25", T_NUMBER, 0, 4, NULL},
    {"T_PARAM", "$allowed_regions", T_PARAM, 0, 16, NULL},
    {"T_IN", "in", T_IN, 0, 2, NULL},
    {"T_LPAREN", "(", T_LPAREN, 0, 1, NULL},
    {"T_RPAREN", ")", T_RPAREN, 0, 1, NULL},
    {"T_LBRACK", "[", T_LBRACK, 0, 1, NULL},
    {"T_RBRACK", "]", T_RBRACK, 0, 1, NULL},
    {"T_LBRACE", "{", T_LBRACE, 0, 1, NULL},
    {"T_RBRACE", "}", T_RBRACE, 0, 1, NULL},
    {"T_COMMA", ",", T_COMMA, 0, 1, NULL},
    {"T_DOT", ".", T_DOT, 0, 1, NULL},
    {"T_COLON", ":", T_COLON, 0, 1, NULL},
    {"T_PIPE", "|", T_PIPE, 0, 1, NULL},
    {"T_STAR", "*", T_STAR, 0, 1, NULL},
    {"T_PLUS", "+", T_PLUS, 0, 1, NULL},
    {"T_MINUS", "-", T_MINUS, 0, 1, NULL},
    {"T_SLASH", "/", T_SLASH, 0, 1, NULL},
    {"T_EQ", "==", T_EQ, 0, 2, NULL},
    {"T_NE", "!=", T_NE, 0, 2, NULL},
    {"T_LT", "<", T_LT, 0, 1, NULL},
    {"T_LE", "<=", T_LE, 0, 2, NULL},
    {"T_GT", ">", T_GT, 0, 1, NULL},
    {"T_GE", ">=", T_GE, 0, 2, NULL},
    {"T_MATCH", "=~", T_MATCH, 0, 2, NULL},
    {"T_NOMATCH", "!~", T_NOMATCH, 0, 2, NULL},
    {"T_ASSIGN", "=", T_ASSIGN, 0, 1, NULL},
    {"T_ARROW_R", "->", T_ARROW_R, 0, 2, NULL},
    {"T_ARROW_L", "<-", T_ARROW_L, 0, 2, NULL},
    {"T_BAD character", "@", T_BAD, 0, 1, NULL},
    {"T_BAD one UTF-8 character", "\xc3\xa9", T_BAD, 0, 2, NULL},
    {"T_BAD unterminated string", "'abc", T_BAD, 0, 4, "unterminated string"},
    {"T_BAD lone dollar", "$ ", T_BAD, 0, 1, "'$' must start a parameter name ($allowed_regions)"},
    {"T_BAD lone bang", "!", T_BAD, 0, 1, "'!' is not an operator here (use 'not', '!=' or '!~')"},
};

static const char *case_name(const void *row) { return ((const lex_case *)row)->name; }

static void test_token(void **state) {
  const lex_case *c = *state;
  lexer lx;
  lex_init(&lx, c->src, 0, (uint32_t)strlen(c->src));
  token t = lex_next(&lx);
  assert_string_equal(tok_kind_name(t.kind), tok_kind_name(c->kind));
  assert_int_equal(t.start, c->start);
  assert_int_equal(t.end, c->end);
  if (c->error) assert_string_equal(lx.error, c->error);
  else assert_null(lx.error);
  if (t.kind != T_EOF) assert_string_equal(tok_kind_name(lex_next(&lx).kind), "end of file");
}

/* Every row of PG_TOKENS has a case above. */
static void test_every_kind_covered(void **state) {
  (void)state;
  for (int k = 0; k < T_COUNT_; k++) {
    int found = 0;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) found |= (int)cases[i].kind == k;
    if (!found) fail_msg("no lexer case for %s", tok_kind_name((tok_kind)k));
  }
}

/* A token's range inside a larger text, and space_before. */
static void test_ranges_in_text(void **state) {
  (void)state;
  static const char src[] = "x.y  -[ref]->(z)";
  static const tok_kind want[] = {T_IDENT, T_DOT, T_IDENT, T_MINUS, T_LBRACK, T_IDENT,
                                  T_RBRACK, T_ARROW_R, T_LPAREN, T_IDENT, T_RPAREN, T_EOF};
  static const uint32_t starts[] = {0, 1, 2, 5, 6, 7, 10, 11, 13, 14, 15, 16};
  lexer lx;
  lex_init(&lx, src, 0, sizeof src - 1);
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    token t = lex_next(&lx);
    assert_string_equal(tok_kind_name(t.kind), tok_kind_name(want[i]));
    assert_int_equal(t.start, starts[i]);
    assert_int_equal(t.space_before, i == 3);
  }
}

int main(void) {
  const struct CMUnitTest whole[] = {
      cmocka_unit_test(test_every_kind_covered),
      cmocka_unit_test(test_ranges_in_text),
  };
  int failed = run_case_table("lexer tokens", cases, sizeof cases[0],
                              sizeof cases / sizeof cases[0], case_name, test_token);
  return failed + cmocka_run_group_tests(whole, NULL, NULL);
}
