/* Diagnostics list: an owned, growable array of located messages. */
#include "plangraph/diag.h"
#include "base/vec.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pg_diags {
  pg_diag *items;   /* malloc'd array */
  size_t count;     /* used */
  size_t cap;       /* allocated */
};

int pg_diags_new(pg_diags **out) {
  *out = calloc(1, sizeof **out);
  return *out ? PG_OK : PG_ERR_NOMEM;
}

static void diag_clear(pg_diag *d) {
  free((char *)d->file);
  free((char *)d->json_path);
  free((char *)d->message);
  free((char *)d->snippet);
  free((char *)d->param);
}

void pg_diags_free(pg_diags *diags) {
  if (!diags) return;
  for (size_t i = 0; i < diags->count; i++) diag_clear(&diags->items[i]);
  free(diags->items);
  free(diags);
}

size_t pg_diags_count(const pg_diags *diags) { return diags ? diags->count : 0; }

const pg_diag *pg_diags_get(const pg_diags *diags, size_t i) {
  return diags && i < diags->count ? &diags->items[i] : NULL;
}

void pg_diags_truncate(pg_diags *diags, size_t n) {
  while (diags && diags->count > n) diag_clear(&diags->items[--diags->count]);
}

size_t pg_diags_error_count(const pg_diags *diags) {
  size_t n = 0;
  for (size_t i = 0; diags && i < diags->count; i++)
    if (diags->items[i].severity == PG_SEV_ERROR) n++;
  return n;
}

/* Messages quote plan text (addresses, keys), which may hold newlines,
 * terminal escapes or megabytes: a diagnostic stays one printable line of
 * bounded length, whatever the input. */
#define DIAG_MAX_TEXT 4096

static char *tidy(const char *s) {
  if (!s) return NULL;
  size_t n = strlen(s), cut = n > DIAG_MAX_TEXT ? DIAG_MAX_TEXT : n;
  while (cut < n && cut > 0 && ((unsigned char)s[cut] & 0xC0) == 0x80) cut--;
  char *out = malloc(cut * 4 + 64), *o = out;
  if (!out) return NULL;
  for (size_t i = 0; i < cut; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '\n') o += sprintf(o, "\\n");
    else if (c == '\t') o += sprintf(o, "\\t");
    else if (c == '\r') o += sprintf(o, "\\r");
    else if (c < 0x20 || c == 0x7f) o += sprintf(o, "\\x%02x", c);
    else *o++ = (char)c;
  }
  if (cut < n) o += sprintf(o, "... (%zu more bytes)", n - cut);
  *o = '\0';
  return out;
}

static char *dup_or_null(const char *s) { return tidy(s); }

int pg_diags_add(pg_diags *diags, pg_severity severity, const char *file,
                 unsigned line, unsigned column, const char *json_path,
                 const char *fmt, ...) {
  if (!diags) return PG_OK;
  if (VEC_RESERVE_FIRST(diags->items, diags->cap, diags->count + 1, 8) < 0) return PG_ERR_NOMEM;
  va_list ap;
  va_start(ap, fmt);
  char *msg = NULL;
  int len = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (len >= 0 && (msg = malloc((size_t)len + 1))) {
    va_start(ap, fmt);
    vsnprintf(msg, (size_t)len + 1, fmt, ap);
    va_end(ap);
  }
  char *raw = msg;
  msg = tidy(raw);
  free(raw);
  pg_diag *d = &diags->items[diags->count];
  d->severity = severity;
  d->file = dup_or_null(file);
  d->line = line;
  d->column = column;
  d->json_path = dup_or_null(json_path);
  d->message = msg;
  d->snippet = NULL;
  d->limit = PG_LIMIT_NONE;
  d->arg = PG_ARG_NONE;
  d->param = NULL;
  if (!msg || (file && !d->file) || (json_path && !d->json_path)) {
    diag_clear(d);
    return PG_ERR_NOMEM;
  }
  diags->count++;
  return PG_OK;
}

static const char *severity_name(pg_severity s) {
  switch (s) {
  case PG_SEV_ERROR: return "error";
  case PG_SEV_WARNING: return "warning";
  case PG_SEV_NOTE: return "note";
  }
  return "error";
}

int pg_diags_set_snippet(pg_diags *diags, const char *snippet) {
  if (!diags || !diags->count || !snippet) return PG_OK;
  pg_diag *d = &diags->items[diags->count - 1];
  free((char *)d->snippet);
  d->snippet = strdup(snippet);
  return d->snippet ? PG_OK : PG_ERR_NOMEM;
}

int pg_diags_set_limit(pg_diags *diags, pg_limit limit) {
  if (diags && diags->count) diags->items[diags->count - 1].limit = limit;
  return PG_OK;
}

int pg_diags_set_arg(pg_diags *diags, pg_arg arg, const char *param) {
  if (!diags || !diags->count) return PG_OK;
  pg_diag *d = &diags->items[diags->count - 1];
  free((char *)d->param);
  d->arg = arg;
  d->param = param ? strdup(param) : NULL;
  return !param || d->param ? PG_OK : PG_ERR_NOMEM;
}

char *pg_diag_format(const pg_diag *d) {
  char loc[64] = "";
  if (d->line) snprintf(loc, sizeof loc, ":%u:%u", d->line, d->column);
  const char *file = d->file ? d->file : "plangraph";
  const char *path = d->json_path && *d->json_path ? d->json_path : NULL;
  size_t n = strlen(file) + strlen(loc) + strlen(d->message) + 64 +
             (path ? strlen(path) : 0) + (d->snippet ? strlen(d->snippet) + 1 : 0);
  char *s = malloc(n);
  if (!s) return NULL;
  if (path)
    snprintf(s, n, "%s%s: %s: %s (at %s)", file, loc, severity_name(d->severity),
             d->message, path);
  else
    snprintf(s, n, "%s%s: %s: %s", file, loc, severity_name(d->severity),
             d->message);
  if (d->snippet) {
    strcat(s, "\n");
    strcat(s, d->snippet);
  }
  return s;
}

const char *pg_status_name(int status) {
  switch (status) {
  case PG_OK: return "ok";
  case PG_ERR_IO: return "i/o error";
  case PG_ERR_PARSE: return "parse error";
  case PG_ERR_NOT_PLAN: return "not a plan";
  case PG_ERR_LIMIT: return "limit exceeded";
  case PG_ERR_NOMEM: return "out of memory";
  case PG_ERR_NOT_FOUND: return "not found";
  case PG_ERR_INTERNAL: return "internal error";
  case PG_ERR_TIMEOUT: return "timed out";
  }
  return "error";
}
