/* Local values resolved from the .tf sources (see srcdot.h): a DOT built
 * from the references in each local's and output's expression text. */
#include "resolve/srcdot.h"

#include <stdio.h>
#include <string.h>

#include "base/strbuf.h"
#include "resolve/locals.h"
#include "resolve/tfdot.h"

/* Templates inside strings inside indexes...: deeper text is not read. */
#define SCAN_DEPTH_MAX 32

static int ident_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
static int ident_char(char c) { return ident_start(c) || (c >= '0' && c <= '9') || c == '-'; }

typedef struct scan {
  const char *s;
  srcdot_ref_fn fn;
  void *ctx;
} scan;

static size_t string_end(const char *s, size_t i, size_t end, const scan *sc, unsigned depth,
                         int *rc);

/* The index past the bracket that closes the one at s[i] ('(', '[' or
 * '{'), strings and other brackets inside skipped; end when none does. */
static size_t skip_bracketed(const char *s, size_t i, size_t end) {
  unsigned depth = 0;
  while (i < end) {
    char c = s[i];
    if (c == '"') {
      i = string_end(s, i, end, NULL, 0, NULL);
      continue;
    }
    if (c == '(' || c == '[' || c == '{') depth++;
    if ((c == ')' || c == ']' || c == '}') && --depth == 0) return i + 1;
    i++;
  }
  return end;
}

static int scan_text(const scan *sc, size_t i, size_t end, unsigned depth);

/* The index past the string that opens at s[i]; end when it does not
 * close. With sc, each ${...} and %{...} of it is scanned as expression
 * text (the first nonzero return of the scan into *rc); without, skipped
 * whole. $${ and %%{ are literal text. */
static size_t string_end(const char *s, size_t i, size_t end, const scan *sc, unsigned depth,
                         int *rc) {
  for (i++; i < end; i++) {
    if (s[i] == '\\' && i + 1 < end) {
      i++;
    } else if (s[i] == '"') {
      return i + 1;
    } else if ((s[i] == '$' || s[i] == '%') && i + 2 < end && s[i + 1] == s[i] && s[i + 2] == '{') {
      i += 2;
    } else if ((s[i] == '$' || s[i] == '%') && i + 1 < end && s[i + 1] == '{') {
      size_t close = skip_bracketed(s, i + 1, end);
      if (sc && !*rc) *rc = scan_text(sc, i + 2, close > i + 2 ? close - 1 : close, depth + 1);
      i = close - 1;
    }
  }
  return end;
}

/* A traversal starting at s[i]: its names into names (at most 4), the
 * expressions of its indexes scanned on the way; *next is past it.
 * Returns how many names it has, 0 for a function's name, or -1 when fn
 * stopped the scan (*rc set). */
static int traversal(const scan *sc, size_t i, size_t end, unsigned depth, srcdot_name *names,
                     size_t *next, int *rc) {
  const char *s = sc->s;
  size_t n = 0, j = i;
  while (j < end && ident_char(s[j])) j++;
  names[n++] = (srcdot_name){s + i, j - i};
  size_t k = j;
  while (k < end && s[k] == ' ') k++;
  /* A function's name, or a provider function's namespace (provider::p::f). */
  if (k < end && (s[k] == '(' || (s[k] == ':' && k + 1 < end && s[k + 1] == ':'))) {
    *next = j;
    return 0;
  }
  for (;;) {
    if (j + 1 < end && s[j] == '.' && ident_start(s[j + 1])) {
      size_t a = ++j;
      while (j < end && ident_char(s[j])) j++;
      if (n < 4) names[n++] = (srcdot_name){s + a, j - a};
    } else if (j + 1 < end && s[j] == '.' && s[j + 1] == '*') {
      j += 2;
    } else if (j < end && s[j] == '[') {
      size_t close = skip_bracketed(s, j, end);
      if ((*rc = scan_text(sc, j + 1, close > j + 1 ? close - 1 : close, depth + 1))) return -1;
      j = close;
    } else {
      break;
    }
  }
  *next = j;
  return (int)n;
}

static int scan_text(const scan *sc, size_t i, size_t end, unsigned depth) {
  const char *s = sc->s;
  if (depth > SCAN_DEPTH_MAX) return 0;
  while (i < end) {
    char c = s[i];
    if (c == '"') {
      int rc = 0;
      i = string_end(s, i, end, sc, depth, &rc);
      if (rc) return rc;
    } else if (ident_start(c) && (i == 0 || (!ident_char(s[i - 1]) && s[i - 1] != '.'))) {
      srcdot_name names[4];
      size_t next;
      int rc = 0;
      int n = traversal(sc, i, end, depth, names, &next, &rc);
      if (n < 0) return rc;
      if (n >= 2 && (rc = sc->fn(sc->ctx, names, (size_t)n))) return rc;
      i = next > i ? next : i + 1;
    } else {
      i++;
    }
  }
  return 0;
}

int srcdot_each_reference(const char *text, srcdot_ref_fn fn, void *ctx) {
  scan sc = {text, fn, ctx};
  return scan_text(&sc, 0, strlen(text), 0);
}

/* ---- the DOT ------------------------------------------------------------ */

typedef struct dot_build {
  build *b;
  tfdot *d;
  const char *scope;     /* the expression's module, "" for the root */
  const char *from;      /* its DOT address */
  tfdot_kind from_kind;
  strbuf to;
  int rc;
} dot_build;

static int add_reference(void *ctx, const srcdot_name *names, size_t n) {
  dot_build *db = ctx;
  tfdot_kind kind;
  int named = tfdot_reference(db->scope, names, n, TFDOT_TYPE_NEEDS_UNDERSCORE | TFDOT_WHOLE_MODULE,
                              &db->to, &kind);
  if (named < 0) return db->rc = PG_ERR_NOMEM;
  if (named == 0) return 0;
  db->rc = tfdot_add_edge(db->b, db->d, db->from, db->from_kind, db->to.buf, kind);
  return db->rc;
}

/* Where a module call's argument is read: the module that holds the call
 * ("module.a" of "module.a.module.b"; "" at the root), its length. */
static size_t caller_scope(const char *callee, size_t len) {
  for (size_t i = len; i-- > 0;)
    if (strncmp(callee + i, ".module.", 8) == 0) return i;
  return 0;
}

/* One source expression: a local's or an output's value, keyed
 * "SCOPE#local.NAME" or "SCOPE#output.NAME" (SCOPE "" for the root), or a
 * module call's argument, "SCOPE.module.M#NAME", which is the called
 * module's variable NAME and is read in SCOPE (as terraform's DOT has the
 * variable depend on what the argument reads). */
static int add_value(void *ctx, const char *key, const char *text) {
  dot_build *db = ctx;
  const char *hash = strchr(key, '#');
  if (!hash || !*text) return 0;  /* a heredoc or a text too long: not kept */
  char scope[1024], from[1280];
  size_t n = (size_t)(hash - key), s = n;
  tfdot_kind kind;
  int wrote;
  if (strncmp(hash + 1, "local.", 6) == 0 || strncmp(hash + 1, "output.", 7) == 0) {
    kind = hash[1] == 'l' ? TFDOT_LOCAL : TFDOT_OUTPUT;
    wrote = snprintf(from, sizeof from, "%.*s%s%s", (int)n, key, n ? "." : "", hash + 1);
  } else if (n > 7 && strncmp(key, "module.", 7) == 0) {
    kind = TFDOT_VAR;
    s = caller_scope(key, n);
    wrote = snprintf(from, sizeof from, "%.*s.var.%s", (int)n, key, hash + 1);
  } else {
    return 0;
  }
  if (s >= sizeof scope || wrote < 0 || (size_t)wrote >= sizeof from) return 0;
  memcpy(scope, key, s);
  scope[s] = '\0';
  db->scope = scope;
  db->from = from;
  db->from_kind = kind;
  /* A value that names nothing is a node all the same: what it reads is
   * known (constants, or nothing of the plan). */
  if (tfdot_add_node(db->b, db->d, from, kind) < 0) return db->rc = PG_ERR_NOMEM;
  srcdot_each_reference(text, add_reference, db);
  return db->rc;
}

/* A module read whole (`module.m`, or `module.m[key]` then an index): it
 * may be any of its outputs, as terraform's close node of the module. */
static int add_module_outputs(void *ctx, const char *key, const char *text) {
  (void)text;
  dot_build *db = ctx;
  const char *hash = strchr(key, '#');
  if (!hash || strncmp(hash + 1, "output.", 7) != 0) return 0;
  char to[1280];
  if ((size_t)snprintf(to, sizeof to, "%.*s.%s", (int)(hash - key), key, hash + 1) >= sizeof to)
    return 0;
  db->rc = tfdot_add_edge(db->b, db->d, db->from, TFDOT_MODULE, to, TFDOT_OUTPUT);
  return db->rc;
}

static int link_modules(dot_build *db) {
  size_t n = db->d->n_nodes;  /* the outputs added are no modules */
  for (size_t i = 0; i < n && db->rc == PG_OK; i++) {
    if (db->d->nodes[i].kind != TFDOT_MODULE) continue;
    char prefix[1280];
    const char *addr = db->d->nodes[i].addr;
    if ((size_t)snprintf(prefix, sizeof prefix, "%s#output.", addr) >= sizeof prefix) continue;
    db->from = addr;
    sources_each_keyed(db->b, prefix, add_module_outputs, db);
  }
  return db->rc;
}

int srcdot_resolve(build *b) {
  if (!b->n_locals || !sources_found(b)) return PG_OK;
  tfdot d;
  tfdot_init(&d);
  dot_build db = {b, &d, "", NULL, TFDOT_LOCAL, SB_GROWING, PG_OK};
  sources_each_keyed(b, "", add_value, &db);
  int rc = db.rc;
  if (rc == PG_OK) rc = link_modules(&db);
  if (rc == PG_OK) rc = tfdot_index(&d);
  if (rc == PG_OK) rc = locals_resolve(b, &d);
  sb_release(&db.to);
  tfdot_release(&d);
  return rc;
}
