/* Address parser: identifiers, dots, and [number] or ["string"] keys, in the
 * quoting terraform uses when it writes addresses (Go-style escapes). */
#include "plan/address.h"
#include "base/vec.h"

#include <stdlib.h>
#include <string.h>

static int is_ident_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

static int is_ident(char c) {
  return is_ident_start(c) || (c >= '0' && c <= '9') || c == '-';
}

static int push(addr_steps *out, size_t *cap, addr_step st) {
  return VEC_RESERVE_FIRST(out->steps, *cap, out->count + 1, 8) < 0
             ? -1 : (out->steps[out->count++] = st, 0);
}

/* Writes code point cp as UTF-8 at k; returns the bytes written. */
static size_t put_utf8(char *k, unsigned long cp) {
  if (cp < 0x80) return k[0] = (char)cp, 1;
  if (cp < 0x800) return k[0] = (char)(0xC0 | cp >> 6), k[1] = (char)(0x80 | (cp & 0x3F)), 2;
  if (cp < 0x10000) {
    k[0] = (char)(0xE0 | cp >> 12);
    k[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
    k[2] = (char)(0x80 | (cp & 0x3F));
    return 3;
  }
  k[0] = (char)(0xF0 | cp >> 18);
  k[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
  k[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
  k[3] = (char)(0x80 | (cp & 0x3F));
  return 4;
}

/* A \uXXXX or \UXXXXXXXX escape (terraform's for characters that do not
 * print) at t[i]; its length, or 0 when it is not one. */
static size_t unicode_escape(const char *t, size_t len, size_t i, unsigned long *cp) {
  size_t digits = t[i + 1] == 'u' ? 4 : t[i + 1] == 'U' ? 8 : 0;
  if (!digits || i + 2 + digits > len) return 0;
  *cp = 0;
  for (size_t d = 0; d < digits; d++) {
    char c = t[i + 2 + d];
    int v = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
          : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (v < 0) return 0;
    *cp = *cp << 4 | (unsigned long)v;
  }
  return *cp <= 0x10FFFF ? digits + 2 : 0;
}

/* Decodes a quoted key starting after the opening quote into k (room for
 * the rest of the text), undoing terraform's quoting (HCL's: \n \r \t \"
 * \\, \uXXXX and \UXXXXXXXX, $${ and %%{); returns the index after the
 * closing quote, or 0 on error. No escape is longer decoded than written. */
static size_t quoted_key(const char *t, size_t len, size_t i, char *k) {
  size_t o = 0, n;
  unsigned long cp;
  while (i < len && t[i] != '"') {
    if (t[i] == '\\' && i + 1 < len && (n = unicode_escape(t, len, i, &cp))) {
      o += put_utf8(k + o, cp);
      i += n;
    } else if (t[i] == '\\' && i + 1 < len) {
      char x = t[i + 1];
      k[o++] = x == 'n' ? '\n' : x == 't' ? '\t' : x == 'r' ? '\r' : x;
      i += 2;
    } else if ((t[i] == '$' || t[i] == '%') && i + 2 < len && t[i + 1] == t[i] &&
               t[i + 2] == '{') {
      k[o++] = t[i++];   /* $${ is a literal ${ */
      i++;
    } else {
      k[o++] = t[i++];
    }
  }
  if (i >= len) return 0;
  k[o] = '\0';
  return i + 1;
}

int addr_parse(const char *t, size_t len, addr_steps *out) {
  size_t cap = 0, i = 0, kused = 0;
  out->steps = NULL;
  out->count = 0;
  out->keys = NULL;
  out->overflow = 0;
  while (i < len) {
    addr_step st = {0};
    if (t[i] == '[') {
      i++;
      if (i < len && t[i] == '"') {
        /* All keys share one buffer: a decoded key and its NUL take no
         * more bytes than its `["..."]`, so len + 1 holds them all. */
        if (!out->keys && !(out->keys = malloc(len + 1))) goto nomem;
        st.key = out->keys + kused;
        size_t j = quoted_key(t, len, i + 1, st.key);
        if (!j) goto fail;
        kused += strlen(st.key) + 1;
        st.kind = STEP_STR;
        i = j;
      } else {
        int neg = 0;
        if (i < len && t[i] == '-') {
          neg = 1;
          i++;
        }
        if (i >= len || t[i] < '0' || t[i] > '9') goto fail;
        int64_t v = 0;
        while (i < len && t[i] >= '0' && t[i] <= '9') {
          if (v > (INT64_MAX - 9) / 10) {
            out->overflow = 1;
            goto fail;
          }
          v = v * 10 + (t[i++] - '0');
        }
        st.kind = STEP_NUM;
        st.num = neg ? -v : v;
      }
      if (i >= len || t[i] != ']') goto fail;
      i++;
      st.end = i;
      if (push(out, &cap, st) < 0) goto nomem;
      continue;
    }
    if (out->count > 0) {
      if (t[i] != '.') goto fail;
      i++;
    }
    if (i >= len || !is_ident_start(t[i])) goto fail;
    st.kind = STEP_NAME;
    st.name = t + i;
    while (i < len && is_ident(t[i])) i++;
    st.len = (size_t)(t + i - st.name);
    st.end = i;
    if (push(out, &cap, st) < 0) goto nomem;
  }
  return out->count ? 0 : -1;
nomem:
  addr_steps_free(out);
  return ADDR_NOMEM;
fail:
  {
    int overflow = out->overflow;
    addr_steps_free(out);
    out->overflow = overflow;
  }
  return -1;
}

void addr_steps_free(addr_steps *s) {
  free(s->keys);
  s->keys = NULL;
  free(s->steps);
  s->steps = NULL;
  s->count = 0;
}

int step_is(const addr_step *s, const char *name) {
  size_t n = strlen(name);
  return s->kind == STEP_NAME && s->len == n && memcmp(s->name, name, n) == 0;
}

char *addr_config_string(const addr_steps *s, size_t count) {
  size_t n = 1;
  for (size_t i = 0; i < count && i < s->count; i++)
    if (s->steps[i].kind == STEP_NAME) n += s->steps[i].len + 1;
  char *out = malloc(n);
  if (!out) return NULL;
  size_t o = 0;
  for (size_t i = 0; i < count && i < s->count; i++) {
    if (s->steps[i].kind != STEP_NAME) continue;
    if (o) out[o++] = '.';
    memcpy(out + o, s->steps[i].name, s->steps[i].len);
    o += s->steps[i].len;
  }
  out[o] = '\0';
  return out;
}

/* Steps [i] and [i+1] are a name, then an optional key; returns the index
 * after them, or 0 when step i is not a name. */
static size_t name_and_key(const addr_steps *st, size_t i) {
  if (i >= st->count || st->steps[i].kind != STEP_NAME) return 0;
  i++;
  return i < st->count && st->steps[i].kind != STEP_NAME ? i + 1 : i;
}

static int name_eq(const addr_step *s, const char *name) {
  return s->kind == STEP_NAME && strlen(name) == s->len && memcmp(s->name, name, s->len) == 0;
}

int addr_check_resource(const char *text, size_t len, const char *type, const char *name,
                        int is_data, addr_key *key) {
  addr_steps st;
  if (key) *key = (addr_key){STEP_NAME, 0, NULL};
  int parsed = addr_parse(text, len, &st);
  if (parsed == ADDR_NOMEM) return -3;
  if (parsed < 0) return st.overflow ? -2 : -1;
  size_t i = 0;
  /* Terraform reserves "module", so no resource type can be named so. */
  while (i + 1 < st.count && step_is(&st.steps[i], "module"))
    if (!(i = name_and_key(&st, i + 1))) break;
  int ok = 1;
  if (is_data) ok = i < st.count && step_is(&st.steps[i++], "data");
  ok = ok && i + 1 < st.count && name_eq(&st.steps[i], type) && name_eq(&st.steps[i + 1], name);
  if (ok) {
    size_t end = name_and_key(&st, i + 1);
    ok = end == st.count;
  }
  int rc = ok ? 0 : -1;
  if (ok && key && i + 2 < st.count) {
    const addr_step *k = &st.steps[i + 2];
    key->kind = k->kind;
    key->num = k->num;
    if (k->kind == STEP_STR && !(key->str = strdup(k->key))) rc = -3;
  }
  addr_steps_free(&st);
  return rc;
}

size_t addr_common_module_depth(const char *a, const char *b) {
  size_t d = 0;
  const char *pa = a, *pb = b;
  while (strncmp(pa, "module.", 7) == 0 && strncmp(pb, "module.", 7) == 0) {
    const char *ea = strchr(pa + 7, '.'), *eb = strchr(pb + 7, '.');
    if (!ea || !eb || ea - pa != eb - pb || strncmp(pa, pb, (size_t)(ea - pa)) != 0)
      break;
    d++;
    pa = ea + 1;
    pb = eb + 1;
  }
  return d;
}

size_t addr_instance_prefix(const char *inst, size_t depth) {
  if (!depth) return 0;
  addr_steps st;
  int parsed = addr_parse(inst, strlen(inst), &st);
  if (parsed < 0) return parsed == ADDR_NOMEM ? SIZE_MAX : 0;
  size_t seen = 0, end = 0;
  for (size_t i = 0; i + 1 < st.count && seen < depth; i++) {
    if (!step_is(&st.steps[i], "module") || st.steps[i + 1].kind != STEP_NAME) continue;
    seen++;
    end = st.steps[i + 1].end;
    if (i + 2 < st.count && st.steps[i + 2].kind != STEP_NAME) end = st.steps[i + 2].end;
  }
  addr_steps_free(&st);
  return end;
}
