/* Query language lexer: each byte is sorted into a character class (space,
 * name start, digit, punctuation), and the class picks the scanner: a
 * switch over the classes, then one over punctuation with a table of
 * two-character operators. Tokens are slices of the source; the lexer
 * allocates nothing. Comments run from `#` to the end of the line. */
#include "query/qast.h"

#include <pthread.h>
#include <string.h>

enum { C_OTHER, C_SPACE, C_IDSTART, C_DIGIT, C_PUNCT };

/* The classes of the 256 byte values, made once (every byte of every
 * query file passes here, and the built-in ones are read by each run). */
static unsigned char classes[256];

static void classes_init(void) {
  for (unsigned c = 1; c < 256; c++)
    classes[c] = strchr("()[]{},.:|*+-/=!<>~$\"'#", (int)c) ? C_PUNCT : C_OTHER;
  for (unsigned c = 'a'; c <= 'z'; c++) classes[c] = classes[c - 'a' + 'A'] = C_IDSTART;
  for (unsigned c = '0'; c <= '9'; c++) classes[c] = C_DIGIT;
  classes['_'] = C_IDSTART;
  classes[' '] = classes['\t'] = classes['\r'] = classes['\n'] = C_SPACE;
}

static inline unsigned char char_class(unsigned char c) { return classes[c]; }

static int is_ident_char(unsigned char c) {
  unsigned char k = char_class(c);
  return k == C_IDSTART || k == C_DIGIT;
}

void lex_init(lexer *lx, const char *src, uint32_t start, uint32_t end) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, classes_init);
  lx->src = src;
  lx->pos = start;
  lx->end = end;
  lx->error = NULL;
}

static int skip_space(lexer *lx) {
  int skipped = 0;
  while (lx->pos < lx->end) {
    unsigned char c = (unsigned char)lx->src[lx->pos];
    if (char_class(c) == C_SPACE) {
      lx->pos++;
    } else if (c == '#') {
      const char *nl = memchr(lx->src + lx->pos, '\n', lx->end - lx->pos);
      lx->pos = nl ? (uint32_t)(nl - lx->src) : lx->end;
    } else {
      break;
    }
    skipped = 1;
  }
  return skipped;
}

static tok_kind lex_string(lexer *lx, char quote) {
  while (lx->pos < lx->end) {
    char c = lx->src[lx->pos++];
    if (c == quote) return T_STRING;
    if (c == '\n') break;
    if (c == '\\') {
      if (lx->pos >= lx->end) break;
      if (lx->src[lx->pos] == '\n') break;
      lx->pos++; /* \" \' \\ \n \t \{ \} decode; others stay (regex: \. \d) */
    }
  }
  lx->error = "unterminated string";
  return T_BAD;
}

/* r'...' or r"...": the bytes as written, no escapes, no placeholders
 * (regular expressions: r'^[0-9]{12}$'). It cannot hold its own quote. */
static tok_kind lex_raw(lexer *lx, char quote) {
  lx->pos++;
  while (lx->pos < lx->end) {
    char c = lx->src[lx->pos++];
    if (c == quote) return T_RAW;
    if (c == '\n') break;
  }
  lx->error = "unterminated raw string";
  return T_BAD;
}

static tok_kind lex_number(lexer *lx) {
  while (lx->pos < lx->end && char_class((unsigned char)lx->src[lx->pos]) == C_DIGIT)
    lx->pos++;
  if (lx->pos + 1 < lx->end && lx->src[lx->pos] == '.' &&
      char_class((unsigned char)lx->src[lx->pos + 1]) == C_DIGIT) {
    lx->pos++;
    while (lx->pos < lx->end && char_class((unsigned char)lx->src[lx->pos]) == C_DIGIT)
      lx->pos++;
  }
  return T_NUMBER;
}

/* Two-character operators first, then one-character ones. */
static tok_kind lex_punct(lexer *lx, char c) {
  char n = lx->pos < lx->end ? lx->src[lx->pos] : '\0';
  static const struct { char a, b; tok_kind k; } two[] = {
      {'=', '=', T_EQ},    {'!', '=', T_NE},      {'<', '=', T_LE},
      {'>', '=', T_GE},    {'=', '~', T_MATCH},   {'!', '~', T_NOMATCH},
      {'-', '>', T_ARROW_R}, {'<', '-', T_ARROW_L}};
  for (size_t i = 0; i < sizeof two / sizeof two[0]; i++)
    if (two[i].a == c && two[i].b == n) {
      lx->pos++;
      return two[i].k;
    }
  switch (c) {
  case '(': return T_LPAREN;
  case ')': return T_RPAREN;
  case '[': return T_LBRACK;
  case ']': return T_RBRACK;
  case '{': return T_LBRACE;
  case '}': return T_RBRACE;
  case ',': return T_COMMA;
  case '.': return T_DOT;
  case ':': return T_COLON;
  case '|': return T_PIPE;
  case '*': return T_STAR;
  case '+': return T_PLUS;
  case '-': return T_MINUS;
  case '/': return T_SLASH;
  case '<': return T_LT;
  case '>': return T_GT;
  case '=': return T_ASSIGN;
  case '"': case '\'': return lex_string(lx, c);
  case '$':
    if (lx->pos < lx->end && char_class((unsigned char)lx->src[lx->pos]) == C_IDSTART) {
      while (lx->pos < lx->end && is_ident_char((unsigned char)lx->src[lx->pos]))
        lx->pos++;
      return T_PARAM;
    }
    lx->error = "'$' must start a parameter name ($allowed_regions)";
    return T_BAD;
  case '!':
    lx->error = "'!' is not an operator here (use 'not', '!=' or '!~')";
    return T_BAD;
  }
  lx->error = NULL;
  return T_BAD;
}

token lex_next(lexer *lx) {
  token t;
  t.space_before = skip_space(lx);
  t.start = lx->pos;
  lx->error = NULL;
  if (lx->pos >= lx->end) {
    t.kind = T_EOF;
    t.end = lx->pos;
    return t;
  }
  unsigned char c = (unsigned char)lx->src[lx->pos++];
  switch (char_class(c)) {
  case C_IDSTART:
    if (c == 'r' && lx->pos < lx->end && (lx->src[lx->pos] == '\'' || lx->src[lx->pos] == '"')) {
      t.kind = lex_raw(lx, lx->src[lx->pos]);
      break;
    }
    while (lx->pos < lx->end && is_ident_char((unsigned char)lx->src[lx->pos])) lx->pos++;
    /* `in` is the one keyword with a token of its own (the parser's
     * comparison level); the other keywords are names it recognises. */
    t.kind = lx->pos - t.start == 2 && memcmp(lx->src + t.start, "in", 2) == 0 ? T_IN : T_IDENT;
    break;
  case C_DIGIT:
    t.kind = lex_number(lx);
    break;
  case C_PUNCT:
    t.kind = lex_punct(lx, (char)c);
    break;
  default:
    /* A whole UTF-8 sequence is one bad character, not several. */
    while (lx->pos < lx->end && ((unsigned char)lx->src[lx->pos] & 0xC0) == 0x80)
      lx->pos++;
    t.kind = T_BAD;
    break;
  }
  t.end = lx->pos;
  return t;
}
