/* Module paths and file() for region expressions (modpaths.h). The
 * folders are those sources.c found, each lexically folded from the root
 * folder the caller named, so one is made relative to another by their
 * components alone. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "resolve/modpaths.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The next component of *s ('/' apart), its length; *s moves past it. */
static size_t component(const char **s, const char **start) {
  while (**s == '/') (*s)++;
  *start = *s;
  while (**s && **s != '/') (*s)++;
  return (size_t)(*s - *start);
}

/* Appends '/' (unless first) and the n bytes at part to out; *o past cap
 * once it does not fit, and nothing more is written. */
static void append_component(char *out, size_t cap, size_t *o, const char *part, size_t n) {
  size_t need = (*o ? 1 : 0) + n;
  if (*o >= cap || need >= cap - *o) {
    *o = cap;
    return;
  }
  if (*o) out[(*o)++] = '/';
  memcpy(out + *o, part, n);
  *o += n;
  out[*o] = '\0';
}

/* dir relative to root (both folded, both absolute or both relative),
 * into out: "." when they are one. 0 when it does not fit. */
static int relative_to(const char *root, const char *dir, char *out, size_t cap) {
  const char *r = root, *d = dir, *rs, *ds;
  size_t rn, dn;
  for (;;) {  /* skip the components they share */
    const char *r0 = r, *d0 = d;
    rn = component(&r, &rs);
    dn = component(&d, &ds);
    if (!rn || rn != dn || strncmp(rs, ds, rn) != 0) {
      r = r0;
      d = d0;
      break;
    }
  }
  size_t o = 0;
  out[0] = '\0';
  while ((rn = component(&r, &rs)))
    if (!(rn == 1 && *rs == '.')) append_component(out, cap, &o, "..", 2);
  while ((dn = component(&d, &ds)))
    if (!(dn == 1 && *ds == '.')) append_component(out, cap, &o, ds, dn);
  if (o >= cap) return 0;
  if (!o) snprintf(out, cap, ".");
  return 1;
}

json_t *modpath_value(const pg_graph *g, const cfg_module *m, const char *ref, char *why,
                      size_t why_len) {
  const char *root = g->cfg_root ? g->cfg_root->dir : NULL;
  char rel[PATH_MAX];
  if (!root) {
    snprintf(why, why_len, "%s: the configuration's folder is not known", ref);
    return NULL;
  }
  if (strcmp(ref, "path.root") == 0) return json_string(".");
  if (strcmp(ref, "path.cwd") == 0) {
    char *abs = realpath(root, NULL);
    json_t *v = abs ? json_string(abs) : NULL;
    if (!abs) snprintf(why, why_len, "%s: %s", ref, strerror(errno));
    free(abs);
    return v;
  }
  if (strcmp(ref, "path.module") != 0) {
    snprintf(why, why_len, "%s is no path terraform gives", ref);
    return NULL;
  }
  if (!m || !m->dir) {
    snprintf(why, why_len, "path.module of %s: the module's folder is not known",
             m && *m->address ? m->address : "the root module");
    return NULL;
  }
  if (!relative_to(root, m->dir, rel, sizeof rel)) {
    snprintf(why, why_len, "path.module of %s: its folder's name is too long", m->address);
    return NULL;
  }
  return json_string(rel);
}

json_t *modpath_file(const pg_graph *g, const char *path, char *why, size_t why_len) {
  const char *root = g->cfg_root ? g->cfg_root->dir : NULL;
  char full[PATH_MAX];
  if (path[0] != '/' && !root) {
    snprintf(why, why_len, "file(\"%.120s\"): the configuration's folder is not known", path);
    return NULL;
  }
  if (snprintf(full, sizeof full, "%s%s%s", path[0] == '/' ? "" : root, path[0] == '/' ? "" : "/",
               path) >= (int)sizeof full) {
    snprintf(why, why_len, "file(\"%.120s\"): the path is too long", path);
    return NULL;
  }
  FILE *f = fopen(full, "rb");
  if (!f) {
    snprintf(why, why_len, "file(\"%.120s\"): %s", path, strerror(errno));
    return NULL;
  }
  char *text = malloc(MODPATH_FILE_MAX + 1);
  size_t n = text ? fread(text, 1, MODPATH_FILE_MAX + 1, f) : 0;
  int failed = text && ferror(f);
  fclose(f);
  json_t *v = NULL;
  if (!text) {
    snprintf(why, why_len, "file(\"%.120s\"): out of memory", path);
  } else if (failed || n > MODPATH_FILE_MAX) {
    snprintf(why, why_len, "file(\"%.120s\"): %s", path,
             failed ? "it cannot be read" : "larger than plangraph reads (1 MiB)");
  } else if (!(v = json_stringn(text, n))) {
    snprintf(why, why_len, "file(\"%.120s\"): not UTF-8 text", path);
  }
  free(text);
  return v;
}
