/* The output guard (plangraph/guard.h): copies of the loaded plans'
 * secrets, each with the forms the writers give it (JSON and XML escapes,
 * visible control characters), in one multi-pattern search; each form is
 * tagged with where the plan marks the secret, so that a refusal can say
 * which value it found without showing it. */
#include "plangraph/guard.h"
#include "base/jsonesc.h"
#include "base/mscan.h"
#include "base/strbuf.h"
#include "base/strtab.h"
#include "graph/graph_impl.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pg_guard {
  mscan m;           /* every form of every secret, tagged with its origin
                        (the origin's interned copy, as an integer) */
  arena mem;         /* the origins' and the public texts' copies */
  strtab origins;    /* where the plans mark secrets, each copied once */
  strtab public;     /* text plangraph prints that a secret is part of */
};

int pg_guard_new(pg_guard **out) {
  *out = calloc(1, sizeof **out);
  if (!*out) return PG_ERR_NOMEM;
  mscan_init(&(*out)->m);
  arena_init(&(*out)->mem);
  if (strtab_init(&(*out)->origins, &(*out)->mem) != 0 ||
      strtab_init(&(*out)->public, &(*out)->mem) != 0) {
    arena_release(&(*out)->mem);
    free(*out);
    *out = NULL;
    return PG_ERR_NOMEM;
  }
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

/* Public text: what plangraph prints of a plan that is no value of it, a
 * block's .tf file and a node's address, of which the plan's structure
 * (its module sources, its configuration's names) or the file system
 * decides every byte. A secret may be part of one by chance (a plain
 * String SSM parameter, which the provider marks sensitive whatever its
 * type, that names a module's folder: modules/aft-account-request/...),
 * and printing it shows nothing the plan keeps secret. Kept are the
 * texts that hold a secret, and of a file each suffix after a '/' that
 * does (reports print paths relative to a repository root, or absolute),
 * each once. */
static int keep_public(pg_guard *gd, const char *t) {
  for (const char *s = t; s; s = strchr(s, '/') ? strchr(s, '/') + 1 : NULL) {
    size_t at, n = strlen(s);
    if (n < PG_GUARD_MIN_SECRET || mscan_find(&gd->m, s, n, &at) < 0) return 0;
    if (!strtab_intern(&gd->public, s, n)) return -1;
  }
  return 0;
}

static int keep_public_texts(pg_guard *gd, const pg_graph *g) {
  if (!g->n_secrets) return 0;
  if (mscan_build(&gd->m) < 0) return -1;
  gd->m.built = 1;
  for (size_t i = 0; i < g->n_nodes; i++) {
    const node *n = &g->nodes[i];
    if ((n->src_file && keep_public(gd, n->src_file) < 0) || (n->address && keep_public(gd, n->address) < 0))
      return -1;
  }
  return 0;
}

int pg_guard_add_graph(pg_guard *gd, const pg_graph *g) {
  for (size_t i = 0; i < g->n_secrets; i++) {
    const char *o = g->secrets[i].origin ? g->secrets[i].origin : "";
    const str_entry *origin = strtab_intern(&gd->origins, o, strlen(o));
    if (!origin ||
        add_secret(&gd->m, g->secrets[i].text, g->secrets[i].len, (size_t)(uintptr_t)origin->str) < 0)
      return PG_ERR_NOMEM;
  }
  gd->m.built = 0;
  return keep_public_texts(gd, g) < 0 ? PG_ERR_NOMEM : PG_OK;
}

/* Whether buf[at, at + len) lies inside an occurrence of a public text. */
static int inside_public(const pg_guard *gd, const char *buf, size_t n, size_t at, size_t len) {
  for (size_t i = 0; i < gd->public.count; i++) {
    const str_entry *t = gd->public.entries[i];
    if (!t || t->len < len) continue;
    size_t from = at + len > t->len ? at + len - t->len : 0;
    for (size_t s = from; s <= at && s + t->len <= n; s++)
      if (memcmp(buf + s, t->str, t->len) == 0) return 1;
  }
  return 0;
}

int pg_guard_find(pg_guard *gd, const char *buf, size_t n, pg_guard_hit *hit) {
  if (!gd->m.built && mscan_build(&gd->m) < 0) return -1;
  size_t at = 0, from = 0;
  long i;
  for (;;) {
    i = mscan_find(&gd->m, buf + from, n - from, &at);
    if (i < 0) return 0;
    at += from;
    if (!inside_public(gd, buf, n, at, gd->m.pats[i].len)) break;
    from = at + 1;
  }
  if (hit) {
    hit->offset = at;
    size_t line = 1;
    for (const char *p = buf; (p = memchr(p, '\n', (size_t)(buf + at - p))); p++) line++;
    hit->line = line;
    hit->origin = (const char *)(uintptr_t)gd->m.pats[i].tag;
  }
  return 1;
}

int pg_guard_check(pg_guard *gd, const char *buf, size_t n) {
  return pg_guard_find(gd, buf, n, NULL);
}

void pg_guard_free(pg_guard *gd) {
  if (!gd) return;
  mscan_free(&gd->m);
  strtab_release(&gd->origins);
  strtab_release(&gd->public);
  arena_release(&gd->mem);
  free(gd);
}
