/* Block headers of Terraform source files (see tfscan.h). The HCL side is
 * a small lexer that tracks brace depth and recognises, at depth 0, a
 * header: an identifier, its labels (quoted or bare), then `{`; in a
 * provider block, also its `alias = "..."` at depth 1. Everything
 * that could hold a stray brace or quote is skipped as a unit: comments
 * (#, //, block), strings with their ${...} and %{...} templates, and
 * heredocs. The JSON side walks the object with the project's scanner and
 * takes the line of each name key. */
#include "plan/tfscan.h"

#include <string.h>

#include "base/jscan.h"
#include "base/pos.h"

#define WORD_MAX 256
#define REGION_MAX 4096  /* a provider's region expression longer is not kept */
#define NEST_MAX 64   /* templates inside strings inside templates... */

typedef struct lex {
  const char *s;   /* the text; not owned */
  size_t n, i;     /* its length, and the cursor */
  unsigned line;   /* line of the cursor, 1-based */
} lex;

static int peek(const lex *l, size_t k) {
  return l->i + k < l->n ? (unsigned char)l->s[l->i + k] : -1;
}

static void step(lex *l) {
  if (l->s[l->i] == '\n') l->line++;
  l->i++;
}

static int is_ident(int c, int first) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80 ||
         (!first && ((c >= '0' && c <= '9') || c == '-'));
}

static void skip_line(lex *l) {
  while (l->i < l->n && l->s[l->i] != '\n') l->i++;
}

static void skip_block_comment(lex *l) {
  l->i += 2;
  while (l->i < l->n && !(l->s[l->i] == '*' && peek(l, 1) == '/')) step(l);
  if (l->i < l->n) l->i += 2;
}

static void skip_template(lex *l, unsigned nest);

/* From an opening quote to past the closing one; a string never spans a
 * line, so an unterminated one ends at the newline. */
static void skip_string(lex *l, unsigned nest) {
  l->i++;
  while (l->i < l->n) {
    int c = l->s[l->i];
    if (c == '"') {
      l->i++;
      return;
    }
    if (c == '\n') return;
    if (c == '\\') {
      l->i++;
      if (l->i < l->n && l->s[l->i] != '\n') l->i++;
    } else if ((c == '$' || c == '%') && peek(l, 1) == c && peek(l, 2) == '{') {
      l->i += 3; /* $${ and %%{ are literal */
    } else if ((c == '$' || c == '%') && peek(l, 1) == '{') {
      l->i += 2;
      skip_template(l, nest + 1);
    } else {
      l->i++;
    }
  }
}

/* Inside ${ ... }: to past the brace that closes it. */
static void skip_template(lex *l, unsigned nest) {
  unsigned open = 0;
  while (l->i < l->n) {
    int c = l->s[l->i];
    if (c == '"' && nest < NEST_MAX) {
      skip_string(l, nest);
      continue;
    }
    if (c == '{') open++;
    else if (c == '}' && open-- == 0) {
      l->i++;
      return;
    }
    step(l);
  }
}

/* At "<<": skips a heredoc (<<WORD or <<-WORD, to the line that holds only
 * WORD) and returns 1, or returns 0 when this is not one. */
static int skip_heredoc(lex *l) {
  size_t j = l->i + 2, a;
  if (j < l->n && l->s[j] == '-') j++;
  for (a = j; j < l->n && is_ident((unsigned char)l->s[j], j == a);) j++;
  size_t wlen = j - a;
  if (wlen == 0) return 0;
  const char *word = l->s + a;
  l->i = j;
  skip_line(l);
  while (l->i < l->n) {
    step(l); /* the newline */
    size_t b = l->i, e;
    skip_line(l);
    e = l->i;
    while (b < e && (l->s[b] == ' ' || l->s[b] == '\t')) b++;
    while (e > b && (l->s[e - 1] == ' ' || l->s[e - 1] == '\t' || l->s[e - 1] == '\r')) e--;
    if (e - b == wlen && memcmp(l->s + b, word, wlen) == 0) return 1;
  }
  return 1;
}

/* ---- headers at depth 0 ---------------------------------------------------- */

#define IGNORE_MAX 1024
#define IGNORE_MARK "plangraph:ignore="

typedef struct header {
  char ignores[IGNORE_MAX];/* directives since the last block, by lines */
  char word[3][WORD_MAX];  /* block type and labels */
  size_t n;                /* words seen */
  unsigned line;           /* line of the first word */
  int bad;                 /* something else on the line: not a header */
} header;

static void add_word(header *h, const char *p, size_t len, unsigned line) {
  if (h->n == 0) h->line = line;
  if (h->n == 3 || len >= WORD_MAX) {
    h->bad = 1;
    return;
  }
  memcpy(h->word[h->n], p, len);
  h->word[h->n++][len] = '\0';
}

/* A quoted label at depth 0; one with an escape or a template is not a
 * name terraform accepts, so it spoils the header. */
static void take_label(lex *l, header *h) {
  size_t a = l->i + 1, j = a;
  while (j < l->n && l->s[j] != '"' && l->s[j] != '\n' && l->s[j] != '\\' &&
         !(l->s[j] == '{' && j > a && (l->s[j - 1] == '$' || l->s[j - 1] == '%')))
    j++;
  if (j < l->n && l->s[j] == '"') {
    add_word(h, l->s + a, j - a, l->line);
    l->i = j + 1;
  } else {
    h->bad = 1;
    skip_string(l, 0);
  }
}

static int emit(const header *h, tfscan_fn fn, void *ctx) {
  if (h->bad || h->n < 2) return 0;
  const char *k = h->word[0], *ig = h->ignores[0] ? h->ignores : NULL;
  if ((strcmp(k, "resource") == 0 || strcmp(k, "data") == 0) && h->n == 3)
    return fn(ctx, &(tfscan_header){k, h->word[1], h->word[2], h->line, ig, NULL, 0});
  if (strcmp(k, "module") == 0 && h->n == 2)
    return fn(ctx, &(tfscan_header){k, NULL, h->word[1], h->line, ig, NULL, 0});
  return 0;
}

/* A line comment at depth 0 (cursor at # or //): keeps a
 * plangraph:ignore= directive for the next header, then skips the line. */
static void depth0_comment(lex *l, header *h) {
  size_t a = l->i + (l->s[l->i] == '#' ? 1 : 2);
  skip_line(l);
  while (a < l->i && (l->s[a] == ' ' || l->s[a] == '\t')) a++;
  size_t m = strlen(IGNORE_MARK), used = strlen(h->ignores);
  if (l->i - a <= m || strncmp(l->s + a, IGNORE_MARK, m) != 0) return;
  size_t e = l->i;
  while (e > a && (l->s[e - 1] == ' ' || l->s[e - 1] == '\r' || l->s[e - 1] == '\t')) e--;
  size_t n = e - a - m;
  if (used + n + 2 > IGNORE_MAX) return;
  memcpy(h->ignores + used, l->s + a + m, n);
  h->ignores[used + n] = '\n';
  h->ignores[used + n + 1] = '\0';
}

/* Forgets the header words but keeps the directives gathered so far. */
static void reset_words(header *h) {
  h->n = 0;
  h->line = 0;
  h->bad = 0;
}

/* One token at depth 0 (a word, a label, or something that spoils the
 * header); the cursor moves past it. */
static void depth0_token(lex *l, header *h) {
  int c = l->s[l->i];
  if (c == '"') {
    take_label(l, h);
  } else if (is_ident(c, 1)) {
    size_t a = l->i;
    while (l->i < l->n && is_ident((unsigned char)l->s[l->i], 0)) l->i++;
    add_word(h, l->s + a, l->i - a, l->line);
  } else {
    if (c != ' ' && c != '\t' && c != '\r') h->bad = 1;
    l->i++;
  }
}

/* A provider block being read: its header, and its alias once found. It is
 * reported when it closes, since the alias, which tells one configuration
 * of a provider from another, is in its body. */
typedef struct provider_block {
  int open;
  int bad;                 /* its alias is no plain name: not reported */
  char type[WORD_MAX];
  char alias[WORD_MAX];
  char ignores[IGNORE_MAX];
  unsigned line;
  char region[REGION_MAX];  /* its region expression, or "" */
  unsigned region_line;     /* its line; set with "" when it is not kept */
} provider_block;

static int is_provider(const header *h) {
  return !h->bad && h->n == 2 && strcmp(h->word[0], "provider") == 0;
}

static void provider_open(provider_block *p, const header *h) {
  p->open = 1;
  p->bad = 0;
  memcpy(p->type, h->word[1], sizeof p->type);
  memcpy(p->ignores, h->ignores, sizeof p->ignores);
  p->alias[0] = '\0';
  p->line = h->line;
  p->region[0] = '\0';
  p->region_line = 0;
}

static void skip_blanks(lex *l) {
  while (l->i < l->n && (l->s[l->i] == ' ' || l->s[l->i] == '\t')) l->i++;
}

/* Appends text[a, b) to the region expression being kept, with runs of
 * blanks as one space; 0 when it does not fit. */
static int region_put(char *out, size_t *n, const char *text, size_t a, size_t b) {
  for (size_t i = a; i < b; i++) {
    int blank = text[i] == ' ' || text[i] == '\t' || text[i] == '\r' || text[i] == '\n';
    if (blank && (*n == 0 || out[*n - 1] == ' ')) continue;
    if (*n + 2 > REGION_MAX) return 0;
    out[(*n)++] = blank ? ' ' : text[i];
  }
  out[*n] = '\0';
  return 1;
}

/* The expression after `NAME =` (cursor past the `=`) into out
 * (REGION_MAX bytes): to the end of the line, or of the last line a
 * bracket it opens spans. Strings (with their templates) are taken whole,
 * comments left out. The text is kept only when it all fits and its
 * brackets close; else out is "". Returns the line it starts on, or 0
 * when there is no text at all. */
static unsigned expr_text(lex *l, char *out) {
  unsigned open = 0, line = l->line;
  size_t n = 0;
  int fits = 1;
  skip_blanks(l);
  while (l->i < l->n) {
    int c = l->s[l->i], d = peek(l, 1);
    if (c == '#' || (c == '/' && d == '/')) {
      skip_line(l);
    } else if (c == '/' && d == '*') {
      skip_block_comment(l);
    } else if (c == '\n' && open == 0) {
      break;
    } else if (c == '<' && d == '<' && skip_heredoc(l)) {
      fits = 0;  /* a heredoc: not a form worth keeping */
      break;
    } else if (c == '"') {
      size_t a = l->i;
      skip_string(l, 0);
      fits &= region_put(out, &n, l->s, a, l->i);
    } else {
      if (c == '(' || c == '[' || c == '{') open++;
      if (c == ')' || c == ']' || c == '}') {
        if (open == 0) break;  /* the block's brace: `locals { a = "b" }` on one line */
        open--;
      }
      fits &= region_put(out, &n, l->s, l->i, l->i + 1);
      step(l);
    }
  }
  while (n && out[n - 1] == ' ') out[--n] = '\0';
  /* Not kept, but there: the caller must not take the plan's references
   * for its value (a bracket that never closes ran to the end). */
  if (!fits || open) n = 0;
  out[n] = '\0';
  return n || !fits ? line : 0;
}

/* At an identifier at depth 1 (not after a `.`): its name into word and
 * the cursor past `=`, or 0 when it is no argument (`==`, a nested
 * block's name, too long). */
static int argument_name(lex *l, char *word) {
  size_t a = l->i;
  while (l->i < l->n && is_ident((unsigned char)l->s[l->i], 0)) l->i++;
  if (l->i - a >= WORD_MAX) return 0;
  memcpy(word, l->s + a, l->i - a);
  word[l->i - a] = '\0';
  skip_blanks(l);
  if (peek(l, 0) != '=' || peek(l, 1) == '=') return 0;
  l->i++;
  return 1;
}

/* An identifier at depth 1 of a provider block (cursor at its first
 * character, which follows no `.`: not an attribute of an expression):
 * `alias = "NAME"` sets the alias, `region = EXPR` keeps the expression;
 * anything else is only passed over. */
static void provider_word(lex *l, provider_block *p) {
  char word[WORD_MAX];
  if (!argument_name(l, word)) return;
  if (strcmp(word, "region") == 0) {
    p->region_line = expr_text(l, p->region);
    return;
  }
  if (strcmp(word, "alias") != 0) return;
  skip_blanks(l);
  p->bad = 1; /* until the value proves a plain name */
  if (peek(l, 0) != '"') return;
  size_t b = l->i + 1, j = b;
  while (j < l->n && j - b < WORD_MAX - 1 && l->s[j] != '"' && l->s[j] != '\\' &&
         l->s[j] != '\n' && l->s[j] != '$' && l->s[j] != '%')
    j++;
  if (j >= l->n || l->s[j] != '"') return; /* an escape or a template */
  p->bad = 0;
  memcpy(p->alias, l->s + b, j - b);
  p->alias[j - b] = '\0';
  l->i = j + 1;
}

/* A module call, an output block or a locals block being read: each
 * argument of a call, an output's value and each local value is reported
 * with its expression as written (plan JSON records what they read, not
 * what they do; of a local, nothing at all). */
typedef enum { VALUE_CALL, VALUE_OUTPUT, VALUE_LOCALS } value_kind;

typedef struct value_block {
  int open;
  value_kind kind;
  char name[WORD_MAX];     /* the call's or output's */
} value_block;

static void value_open(value_block *v, const header *h) {
  const char *k = h->word[0];
  v->open = !h->bad && ((h->n == 2 && (strcmp(k, "module") == 0 || strcmp(k, "output") == 0)) ||
                        (h->n == 1 && strcmp(k, "locals") == 0));
  v->kind = k[0] == 'm' ? VALUE_CALL : k[0] == 'o' ? VALUE_OUTPUT : VALUE_LOCALS;
  if (v->open && h->n == 2) memcpy(v->name, h->word[1], sizeof v->name);
}

static int value_word(lex *l, const value_block *v, tfscan_fn fn, void *ctx) {
  char word[WORD_MAX], text[REGION_MAX];
  if (!argument_name(l, word) || (v->kind == VALUE_OUTPUT && strcmp(word, "value") != 0)) return 0;
  unsigned line = expr_text(l, text);
  if (!line) return 0;
  switch (v->kind) {
  case VALUE_OUTPUT: return fn(ctx, &(tfscan_header){"output", NULL, v->name, line, NULL, text, line});
  case VALUE_LOCALS: return fn(ctx, &(tfscan_header){"local", NULL, word, line, NULL, text, line});
  default: return fn(ctx, &(tfscan_header){"argument", v->name, word, line, NULL, text, line});
  }
}

static int provider_close(provider_block *p, tfscan_fn fn, void *ctx) {
  p->open = 0;
  if (p->bad) return 0;
  return fn(ctx, &(tfscan_header){"provider", p->type, p->alias, p->line,
                                  p->ignores[0] ? p->ignores : NULL,
                                  p->region_line ? p->region : NULL, p->region_line});
}

int tfscan_hcl(const char *text, size_t len, tfscan_fn fn, void *ctx) {
  lex l = {text, len, 0, 1};
  header h;
  memset(&h, 0, sizeof h);
  provider_block p = {0};
  value_block v = {0};
  unsigned depth = 0;
  int rc = 0;
  while (rc == 0 && l.i < l.n) {
    int c = l.s[l.i], d = peek(&l, 1);
    if ((c == '#' || (c == '/' && d == '/')) && depth == 0) {
      depth0_comment(&l, &h);
    } else if (c == '#' || (c == '/' && d == '/')) {
      skip_line(&l);
    } else if (c == '/' && d == '*') {
      skip_block_comment(&l);
    } else if (c == '\n') {
      if (depth == 0) reset_words(&h);
      step(&l);
    } else if (c == '<' && d == '<' && skip_heredoc(&l)) {
      h.bad = 1;
    } else if (c == '{') {
      if (depth++ == 0 && is_provider(&h)) provider_open(&p, &h);
      else if (depth == 1) rc = emit(&h, fn, ctx);
      if (depth == 1) value_open(&v, &h);
      memset(&h, 0, sizeof h);
      l.i++;
    } else if (c == '}') {
      if (depth) depth--;
      if (depth == 0 && p.open) rc = provider_close(&p, fn, ctx);
      if (depth == 0) v.open = 0;
      memset(&h, 0, sizeof h);
      l.i++;
    } else if (depth == 0) {
      depth0_token(&l, &h);
    } else if (c == '"') {
      skip_string(&l, 0);
    } else if (depth == 1 && p.open && is_ident(c, 1) && (l.i == 0 || l.s[l.i - 1] != '.')) {
      provider_word(&l, &p);
    } else if (depth == 1 && v.open && is_ident(c, 1) && (l.i == 0 || l.s[l.i - 1] != '.')) {
      rc = value_word(&l, &v, fn, ctx);
    } else {
      l.i++;
    }
  }
  return rc;
}

/* ---- JSON ------------------------------------------------------------------ */

typedef struct jctx {
  jscan s;
  const char *text;
  size_t len;
  tfscan_fn fn;
  void *ctx;
} jctx;

static int key_text(jslice key, char *out) {
  if (js_decoded_len(key) >= WORD_MAX) return 0;
  js_decode(key, out);
  return 1;
}

/* The object of names under one block type (or under "module"): each name
 * key is a header at its own line. */
static int json_names(jctx *j, const char *kind, const char *type) {
  js_iter it;
  jslice key;
  int more, rc = 0;
  if (js_peek_kind(&j->s) != JS_OBJECT) return js_skip(&j->s, NULL) < 0 ? -1 : 0;
  if (js_obj_open(&j->s, &it) < 0) return -1;
  while (rc == 0 && (more = js_obj_next(&j->s, &it, &key)) == 1) {
    char name[WORD_MAX];
    unsigned line, col;
    pos_line_col(j->text, j->len, (size_t)(key.p - j->text), &line, &col);
    if (key_text(key, name)) rc = j->fn(j->ctx, &(tfscan_header){kind, type, name, line, NULL, NULL, 0});
    if (rc == 0 && js_skip(&j->s, NULL) < 0) return -1;
  }
  return rc ? rc : more < 0 ? -1 : 0;
}

static int json_types(jctx *j, const char *kind) {
  js_iter it;
  jslice key;
  int more, rc = 0;
  if (js_peek_kind(&j->s) != JS_OBJECT) return js_skip(&j->s, NULL) < 0 ? -1 : 0;
  if (js_obj_open(&j->s, &it) < 0) return -1;
  while (rc == 0 && (more = js_obj_next(&j->s, &it, &key)) == 1) {
    char type[WORD_MAX];
    if (key_text(key, type)) rc = json_names(j, kind, type);
    else if (js_skip(&j->s, NULL) < 0) return -1;
  }
  return rc ? rc : more < 0 ? -1 : 0;
}

/* One provider configuration object v, whose block starts at line. */
static int json_provider(jctx *j, const char *type, jslice v, unsigned line) {
  jslice alias;
  char name[WORD_MAX] = "";
  if (js_slice_kind(v) != JS_OBJECT) return 0;
  if (js_member(v, "alias", &alias) && js_slice_kind(alias) == JS_STRING &&
      !key_text((jslice){alias.p + 1, alias.n - 2}, name))
    return 0;
  return j->fn(j->ctx, &(tfscan_header){"provider", type, name, line, NULL, NULL, 0});
}

/* "provider": {"aws": {...}} or {"aws": [{...}, {"alias": "west", ...}]}. */
static int json_providers(jctx *j) {
  js_iter it;
  jslice key, v, e;
  int more, rc = 0;
  if (js_peek_kind(&j->s) != JS_OBJECT) return js_skip(&j->s, NULL) < 0 ? -1 : 0;
  if (js_obj_open(&j->s, &it) < 0) return -1;
  while (rc == 0 && (more = js_obj_next(&j->s, &it, &key)) == 1) {
    char type[WORD_MAX];
    unsigned line, col;
    if (js_skip(&j->s, &v) < 0) return -1;
    if (!key_text(key, type)) continue;
    pos_line_col(j->text, j->len, (size_t)(key.p - j->text), &line, &col);
    if (js_slice_kind(v) != JS_ARRAY) {
      rc = json_provider(j, type, v, line);
      continue;
    }
    js_elems el;
    js_elems_init(&el, v);
    while (rc == 0 && js_elems_next(&el, &e) == 1) {
      pos_line_col(j->text, j->len, (size_t)(e.p - j->text), &line, &col);
      rc = json_provider(j, type, e, line);
    }
  }
  return rc ? rc : more < 0 ? -1 : 0;
}

/* A JSON value as expression text: JSON's own syntax (strings, with their
 * ${...} templates, numbers, true, false, null, [...] and {"k": v}) reads
 * as the HCL of the same value; blanks outside strings are left out. ""
 * when it does not fit in REGION_MAX. */
static void json_expr_text(jslice v, char *out) {
  size_t n = 0;
  int quoted = 0;
  for (size_t i = 0; i < v.n; i++) {
    char c = v.p[i];
    if (!quoted && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) continue;
    if (n + 2 > REGION_MAX) {
      out[0] = '\0';
      return;
    }
    out[n++] = c;
    if (quoted && c == '\\' && i + 1 < v.n) {
      if (n + 2 > REGION_MAX) {
        out[0] = '\0';
        return;
      }
      out[n++] = v.p[++i];
    } else if (c == '"') {
      quoted = !quoted;
    }
  }
  out[n] = '\0';
}

/* "locals": {"NAME": value, ...} (or a list of such objects): each value,
 * as expression text, under kind "local". */
static int json_locals_object(jctx *j, jslice obj) {
  js_members m;
  jslice key, v;
  int more, rc = 0;
  if (js_slice_kind(obj) != JS_OBJECT) return 0;
  js_members_init(&m, obj);
  while (rc == 0 && (more = js_members_next(&m, &key, &v)) == 1) {
    char name[WORD_MAX], text[REGION_MAX];
    unsigned line, col;
    if (!key_text(key, name)) continue;
    pos_line_col(j->text, j->len, (size_t)(v.p - j->text), &line, &col);
    json_expr_text(v, text);
    rc = j->fn(j->ctx, &(tfscan_header){"local", NULL, name, line, NULL, text, line});
  }
  return rc ? rc : more < 0 ? -1 : 0;
}

static int json_locals(jctx *j) {
  jslice v, e;
  if (js_skip(&j->s, &v) < 0) return -1;
  if (js_slice_kind(v) != JS_ARRAY) return json_locals_object(j, v);
  js_elems el;
  js_elems_init(&el, v);
  int rc = 0;
  while (rc == 0 && js_elems_next(&el, &e) == 1) rc = json_locals_object(j, e);
  return rc;
}

int tfscan_json(const char *text, size_t len, tfscan_fn fn, void *ctx) {
  jctx j = {.text = text, .len = len, .fn = fn, .ctx = ctx};
  js_init(&j.s, text, 0, len);
  js_iter it;
  jslice key;
  int more, rc = 0;
  if (js_peek_kind(&j.s) != JS_OBJECT || js_obj_open(&j.s, &it) < 0) return 0;
  while (rc == 0 && (more = js_obj_next(&j.s, &it, &key)) == 1) {
    if (js_raw_eq(key, "resource")) rc = json_types(&j, "resource");
    else if (js_raw_eq(key, "data")) rc = json_types(&j, "data");
    else if (js_raw_eq(key, "module")) rc = json_names(&j, "module", NULL);
    else if (js_raw_eq(key, "provider")) rc = json_providers(&j);
    else if (js_raw_eq(key, "locals")) rc = json_locals(&j);
    else if (js_skip(&j.s, NULL) < 0) rc = -1;
  }
  (void)more;
  return rc < 0 ? 0 : rc;
}
