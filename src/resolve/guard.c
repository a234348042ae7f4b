/* The output guard (plangraph/guard.h): copies of the loaded plans'
 * secrets, each with the forms the writers give it (JSON and XML escapes,
 * visible control characters), in one multi-pattern search; each form is
 * tagged with where the plan marks the secret, so that a refusal can say
 * which value it found without showing it. */
#include "plangraph/guard.h"
#include "base/jsonesc.h"
#include "base/mscan.h"
#include "base/strbuf.h"
#include "base/vec.h"
#include "graph/graph_impl.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pg_guard {
  mscan m;           /* every form of every secret, tagged with its origin */
  char **origins;    /* copies of where the plans mark each secret */
  size_t n_origins, cap_origins;
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
static int add_form(mscan *m, const char *s, size_t n, size_t tag,
                    int (*form)(strbuf *, const char *, size_t)) {
  strbuf b = SB_GROWING;
  int rc = form(&b, s, n);
  if (rc == 0 && (b.len != n || memcmp(b.buf, s, n) != 0)) rc = mscan_add(m, b.buf, b.len, tag);
  sb_release(&b);
  return rc;
}

static int add_secret(mscan *m, const char *s, size_t n, size_t tag) {
  if (mscan_add(m, s, n, tag) < 0 || add_form(m, s, n, tag, json_form) < 0 ||
      add_form(m, s, n, tag, jansson_form) < 0 || add_form(m, s, n, tag, xml_form) < 0)
    return -1;
  char *visible = pg_text_visible(s, n, 0);
  if (!visible) return -1;
  int rc = strcmp(visible, s) == 0 ? 0 : mscan_add(m, visible, strlen(visible), tag);
  free(visible);
  return rc;
}

/* The tag of origin: its index in gd->origins, where it is copied once
 * (a graph's origins are interned, so a repeat is the same pointer as the
 * last one added, the common case); (size_t)-1 out of memory. */
static size_t origin_tag(pg_guard *gd, const char *origin) {
  const char *o = origin ? origin : "";
  if (gd->n_origins && strcmp(gd->origins[gd->n_origins - 1], o) == 0) return gd->n_origins - 1;
  char *copy = strdup(o);
  if (!copy || VEC_PUSH(gd->origins, gd->n_origins, gd->cap_origins, copy) < 0) {
    free(copy);
    return (size_t)-1;
  }
  return gd->n_origins - 1;
}

int pg_guard_add_graph(pg_guard *gd, const pg_graph *g) {
  for (size_t i = 0; i < g->n_secrets; i++) {
    size_t tag = origin_tag(gd, g->secrets[i].origin);
    if (tag == (size_t)-1 ||
        add_secret(&gd->m, g->secrets[i].text, g->secrets[i].len, tag) < 0)
      return PG_ERR_NOMEM;
  }
  gd->m.built = 0;
  return PG_OK;
}

int pg_guard_find(pg_guard *gd, const char *buf, size_t n, pg_guard_hit *hit) {
  if (!gd->m.built && mscan_build(&gd->m) < 0) return -1;
  size_t at = 0;
  long i = mscan_find(&gd->m, buf, n, &at);
  if (i < 0) return 0;
  if (hit) {
    hit->offset = at;
    size_t line = 1;
    for (const char *p = buf; (p = memchr(p, '\n', (size_t)(buf + at - p))); p++) line++;
    hit->line = line;
    hit->origin = gd->origins[gd->m.pats[i].tag];
  }
  return 1;
}

int pg_guard_check(pg_guard *gd, const char *buf, size_t n) {
  return pg_guard_find(gd, buf, n, NULL);
}

void pg_guard_free(pg_guard *gd) {
  if (!gd) return;
  mscan_free(&gd->m);
  for (size_t i = 0; i < gd->n_origins; i++) free(gd->origins[i]);
  free(gd->origins);
  free(gd);
}
