/* The output guard (plangraph/guard.h): copies of the loaded plans'
 * secrets, each with the forms the writers give it (JSON and XML escapes,
 * visible control characters), in one multi-pattern search. */
#include "plangraph/guard.h"
#include "base/jsonesc.h"
#include "base/mscan.h"
#include "base/strbuf.h"
#include "graph/graph_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pg_guard {
  mscan m;      /* every form of every secret */
};

int pg_guard_new(pg_guard **out) {
  *out = calloc(1, sizeof **out);
  if (!*out) return PG_ERR_NOMEM;
  mscan_init(&(*out)->m);
  return PG_OK;
}

/* s inside a JSON string (base/jsonesc.h), hex escapes in upper or lower
 * case (0, or -1 out of memory). */
static int json_form_as(strbuf *b, const char *s, size_t n, int upper) {
  for (size_t i = 0; i < n; i++) {
    char buf[8];
    const char *esc = json_escape_as((unsigned char)s[i], buf, upper);
    if (esc) sb_add(b, esc);
    else sb_addn(b, s + i, 1);
  }
  return b->full ? -1 : 0;
}

/* As our own JSON writers write it, and as jansson does. */
static int json_form(strbuf *b, const char *s, size_t n) { return json_form_as(b, s, n, 0); }
static int jansson_form(strbuf *b, const char *s, size_t n) { return json_form_as(b, s, n, 1); }

/* s as the XML writers escape it. */
static int xml_form(strbuf *b, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    const char *esc = s[i] == '&' ? "&amp;" : s[i] == '<' ? "&lt;" : s[i] == '>' ? "&gt;"
                      : s[i] == '"' ? "&quot;" : s[i] == '\'' ? "&apos;" : NULL;
    if (esc) sb_add(b, esc);
    else sb_addn(b, s + i, 1);
  }
  return b->full ? -1 : 0;
}

/* Adds form(s) when it differs from s. */
static int add_form(mscan *m, const char *s, size_t n, int (*form)(strbuf *, const char *, size_t)) {
  strbuf b = SB_GROWING;
  int rc = form(&b, s, n);
  if (rc == 0 && (b.len != n || memcmp(b.buf, s, n) != 0)) rc = mscan_add(m, b.buf, b.len);
  sb_release(&b);
  return rc;
}

static int add_secret(mscan *m, const char *s, size_t n) {
  if (mscan_add(m, s, n) < 0 || add_form(m, s, n, json_form) < 0 ||
      add_form(m, s, n, jansson_form) < 0 || add_form(m, s, n, xml_form) < 0)
    return -1;
  char *visible = pg_text_visible(s, n, 0);
  if (!visible) return -1;
  int rc = strcmp(visible, s) == 0 ? 0 : mscan_add(m, visible, strlen(visible));
  free(visible);
  return rc;
}

int pg_guard_add_graph(pg_guard *gd, const pg_graph *g) {
  for (size_t i = 0; i < g->n_secrets; i++)
    if (add_secret(&gd->m, g->secrets[i].text, g->secrets[i].len) < 0) return PG_ERR_NOMEM;
  gd->m.built = 0;
  return PG_OK;
}

int pg_guard_check(pg_guard *gd, const char *buf, size_t n) {
  if (!gd->m.built && mscan_build(&gd->m) < 0) return -1;
  return mscan_find(&gd->m, buf, n) >= 0;
}

void pg_guard_free(pg_guard *gd) {
  if (!gd) return;
  mscan_free(&gd->m);
  free(gd);
}
