/* var.NAME.PATH through the call's written argument, local.NAME.PATH
 * through the local's written value (see varpath.h).
 *
 * The argument's (or local's) text is read with hclexpr_structure, each reference
 * standing as a placeholder object {MARK: "module.router_r0"}: in text of
 * literals, constructors and references nothing computes with a
 * reference's value, so the result is the argument's shape with the
 * placeholders where the references' values go. The path then walks that
 * shape; where it meets a placeholder, the rest of the path is that
 * reference's.
 *
 * A part of the argument that nothing the plan shows reads (no reference
 * of the module's resources, outputs or calls, nor of its locals' text)
 * is read by what plan JSON leaves out: a dynamic block's content
 * (`rule.value.replica_kms_key_id`, the block's for_each over
 * var.replication.rules). Its references stay with every reader of the
 * variable, as they all did before: narrowing them away would lose the
 * block's only link. */
#include "resolve/varpath.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plan/address.h"
#include "resolve/hclexpr.h"
#include "resolve/refpath.h"

/* A placeholder's one key: no HCL object key holds a control character. */
#define MARK "\x01ref"
#define READ_MAX 256   /* references one argument may read (more: not read) */
#define READ_LEN 256

typedef struct texts_read {
  char *names;   /* READ_MAX strings of READ_LEN bytes */
  size_t n;
  int over;      /* one did not fit */
} texts_read;

static json_t *placeholder(void *ctx, const char *ref, char *why, size_t why_len, int *how) {
  texts_read *r = ctx;
  (void)why;
  (void)why_len;
  *how = HCLEXPR_EXACT;
  if (r->n >= READ_MAX || strlen(ref) >= READ_LEN) r->over = 1;
  else snprintf(r->names + r->n++ * READ_LEN, READ_LEN, "%s", ref);
  return json_pack("{ss}", MARK, ref);
}

static const char *placeholder_ref(json_t *v) {
  return json_is_object(v) && json_object_size(v) == 1 ? json_string_value(json_object_get(v, MARK))
                                                        : NULL;
}

/* The alternatives of a condition in the shape (hclexpr.h), or NULL. */
static json_t *alternatives_of(json_t *v) {
  return json_is_object(v) && json_object_size(v) == 1
             ? json_object_get(v, HCLEXPR_ALTERNATIVES)
             : NULL;
}

/* The argument's shape, or NULL when its text cannot tell it (new);
 * plan_refs (NULL for a local: plan JSON records none) are what the text
 * must read. */
static json_t *read_shape(build *b, const char *key, json_t *plan_refs) {
  const char *file, *text;
  unsigned line;
  if (!(text = sources_expr(b, key, &file, &line)) || !*text) return NULL;
  texts_read r = {malloc((size_t)READ_MAX * READ_LEN), 0, 0};
  if (!r.names) return NULL;
  char why[256];
  json_t *v = hclexpr_structure(text, placeholder, &r, why, sizeof why);
  if (v && (r.over || (plan_refs && !refpath_reads_exactly(plan_refs, r.names, READ_LEN, r.n)))) {
    json_decref(v);
    v = NULL;
  }
  free(r.names);
  return v;
}

/* ---- which parts the module reads ------------------------------------- */

/* The path steps of a reference after "var.NAME" or "local.NAME" (ref
 * starts so), as strings, into a new array; NULL when it does not parse. */
static json_t *steps_after(const char *ref) {
  addr_steps st;
  if (addr_parse(ref, strlen(ref), &st) < 0) return NULL;
  json_t *out = json_array();
  for (size_t i = 2; out && i < st.count; i++) {
    const addr_step *k = &st.steps[i];
    json_t *s = k->kind == STEP_NUM   ? json_sprintf("%lld", (long long)k->num)
                : k->kind == STEP_STR ? json_string(k->key)
                                      : json_stringn(k->name, k->len);
    if (!s || json_array_append_new(out, s) != 0) {
      json_decref(out);
      out = NULL;
    }
  }
  addr_steps_free(&st);
  return out;
}

typedef struct readers {
  const char *ns;  /* "var." or "local." */
  size_t ns_len;
  const char *name;
  size_t len;
  json_t *paths;   /* the parts read: arrays of steps */
  int nomem;
} readers;

/* Whether ref names the value r reads (NS.NAME), whole or a part. */
static int names_value(const readers *r, const char *ref) {
  const char *rest = ref + r->ns_len;
  return strncmp(ref, r->ns, r->ns_len) == 0 && strncmp(rest, r->name, r->len) == 0 &&
         (rest[r->len] == '\0' || rest[r->len] == '.' || rest[r->len] == '[');
}

static void add_read(readers *r, const char *ref) {
  json_t *p = steps_after(ref);
  if (!p || json_array_append_new(r->paths, p) != 0) r->nomem = 1;
}

/* The reads of NS.NAME among plan JSON's references under v: each list
 * of "references", not what a child module's own configuration reads. */
static void plan_reads(readers *r, json_t *v) {
  const char *k;
  json_t *x;
  size_t i;
  if (json_is_array(v)) json_array_foreach(v, i, x) plan_reads(r, x);
  if (!json_is_object(v)) return;
  json_object_foreach(v, k, x) {
    if (strcmp(k, "module") == 0 || strcmp(k, "variables") == 0) continue;
    if (strcmp(k, "references") != 0) {
      plan_reads(r, x);
      continue;
    }
    json_t *ref;
    json_array_foreach(x, i, ref) {
      const char *t = json_string_value(ref);
      if (t && names_value(r, t) && refpath_read(x, i)) add_read(r, t);
    }
  }
}

/* The reads of NS.NAME in a local value's text. */
static int text_reads(void *ctx, const char *text) {
  readers *r = ctx;
  char ref[READ_LEN];
  for (const char *s = strstr(text, r->ns); s && !r->nomem; s = strstr(s + r->ns_len, r->ns)) {
    int boundary = s == text || !(s[-1] == '_' || s[-1] == '.' || (s[-1] >= '0' && s[-1] <= '9') ||
                                  ((s[-1] | 0x20) >= 'a' && (s[-1] | 0x20) <= 'z'));
    if (boundary && hclexpr_reference_at(s, ref, sizeof ref) && names_value(r, ref))
      add_read(r, ref);
  }
  return r->nomem;
}

/* Whether some read path reaches the part at path: one is a prefix of
 * the other. */
static int reached(json_t *reads, json_t *path) {
  size_t i;
  json_t *read;
  json_array_foreach(reads, i, read) {
    size_t n = json_array_size(read) < json_array_size(path) ? json_array_size(read)
                                                              : json_array_size(path);
    size_t k = 0;
    while (k < n && json_equal(json_array_get(read, k), json_array_get(path, k))) k++;
    if (k == n) return 1;
  }
  return 0;
}

/* The references of the placeholders under v (at path) that no read
 * reaches, appended to out. */
static int unreached(json_t *v, json_t *path, json_t *reads, json_t *out) {
  const char *ref = placeholder_ref(v);
  if (ref)
    return reached(reads, path) ? 0 : json_array_append_new(out, json_string(ref));
  size_t i;
  const char *k;
  json_t *x;
  int rc = 0;
  json_t *alts = alternatives_of(v);  /* either is the value at path */
  if (alts) {
    json_array_foreach(alts, i, x) if (unreached(x, path, reads, out)) return -1;
    return 0;
  }
  if (json_is_array(v))
    json_array_foreach(v, i, x) {
      json_t *s = json_sprintf("%zu", i);
      rc = s && json_array_append_new(path, s) == 0 ? unreached(x, path, reads, out) : -1;
      json_array_remove(path, json_array_size(path) - 1);
      if (rc) return -1;
    }
  if (json_is_object(v))
    json_object_foreach(v, k, x) {
      rc = json_array_append_new(path, json_string(k)) == 0 ? unreached(x, path, reads, out) : -1;
      json_array_remove(path, json_array_size(path) - 1);
      if (rc) return -1;
    }
  return 0;
}

/* The references of shape (the value of NS.NAME, ns "var." or "local.")
 * that nothing module m shows reads (new), or NULL out of memory. */
static json_t *unread_refs(build *b, const cfg_module *m, const char *ns, const char *name,
                          json_t *shape) {
  readers r = {ns, strlen(ns), name, strlen(name), json_array(), 0};
  json_t *out = json_array(), *path = json_array();
  char prefix[600];
  if (r.paths && out && path) {
    plan_reads(&r, m->obj);
    snprintf(prefix, sizeof prefix, "%s#local.", m->address);
    sources_each_expr(b, prefix, text_reads, &r);
  }
  if (!r.paths || !out || !path || r.nomem || unreached(shape, path, r.paths, out) < 0) {
    json_decref(out);
    out = NULL;
  }
  json_decref(r.paths);
  json_decref(path);
  return out;
}

/* ---- the pick ----------------------------------------------------------- */

/* Whether v holds a placeholder anywhere. */
static int holds_refs(json_t *v) {
  if (placeholder_ref(v)) return 1;
  size_t i;
  const char *k;
  json_t *x;
  if (json_is_array(v))
    json_array_foreach(v, i, x) if (holds_refs(x)) return 1;
  if (json_is_object(v))
    json_object_foreach(v, k, x) if (holds_refs(x)) return 1;
  return 0;
}

typedef int (*shape_reader)(json_t *v, const addr_steps *st, size_t i, const char *text,
                            json_t *out);

/* What one of a condition's alternatives gives, read by read: where only
 * one gives references (`var.on ? module.net.ids : []`), those; where
 * several do, the text does not tell which (0), and the variable's
 * reading marks them as the branches they are. An alternative that does
 * not hold the path and has no reference gives none. 1, 0, or -1. */
static int one_alternative(json_t *alts, shape_reader read, const addr_steps *st, size_t i,
                           const char *text, json_t *out) {
  json_t *given = NULL, *alt;
  size_t k;
  int rc = 1;
  json_array_foreach(alts, k, alt) {
    json_t *tmp = json_array();
    int r = tmp ? read(alt, st, i, text, tmp) : -1;
    if (r < 0 || (r == 0 && holds_refs(alt))) rc = r;
    else if (json_array_size(tmp) && given) rc = 0;
    else if (json_array_size(tmp)) given = json_incref(tmp);
    json_decref(tmp);
    if (rc <= 0) break;
  }
  if (rc == 1 && given && json_array_extend(out, given) != 0) rc = -1;
  json_decref(given);
  return rc;
}

/* Every placeholder's reference in v, appended to out: 1, 0 (a condition
 * whose alternatives both give references), -1 out of memory. */
static int collect(json_t *v, const addr_steps *st, size_t i, const char *text, json_t *out) {
  const char *ref = placeholder_ref(v);
  if (ref) return json_array_append_new(out, json_string(ref)) == 0 ? 1 : -1;
  json_t *alts = alternatives_of(v);
  if (alts) return one_alternative(alts, collect, st, i, text, out);
  size_t k;
  const char *key;
  json_t *x;
  int rc = 1;
  if (json_is_array(v))
    json_array_foreach(v, k, x) if ((rc = collect(x, st, i, text, out)) <= 0) return rc;
  if (json_is_object(v))
    json_object_foreach(v, key, x) if ((rc = collect(x, st, i, text, out)) <= 0) return rc;
  return 1;
}

/* Walks steps i.. of text's path st through shape v into out: 1, 0
 * (cannot tell), -1 out of memory. */
static int walk_from(json_t *v, const addr_steps *st, size_t i, const char *text, json_t *out) {
  for (; i < st->count; i++) {
    const char *ref = placeholder_ref(v);
    if (ref) {  /* the rest of the path is this reference's */
      json_t *s = json_sprintf("%s%s", ref, text + st->steps[i - 1].end);
      return s && json_array_append_new(out, s) == 0 ? 1 : -1;
    }
    json_t *alts = alternatives_of(v);
    if (alts) return one_alternative(alts, walk_from, st, i, text, out);
    /* A part the text does not hold may be one the variable's type
     * adds (an optional() default): not told. */
    if (!(v = refpath_step(v, &st->steps[i]))) return 0;
  }
  return collect(v, st, i, text, out);
}

/* Walks text ("v" + path) through shape into out: 1, 0 (cannot tell),
 * -1 out of memory. */
static int walk(json_t *shape, const char *text, size_t len, json_t *out) {
  addr_steps st;
  int parsed = addr_parse(text, len, &st);
  if (parsed < 0) return parsed == ADDR_NOMEM ? -1 : 0;
  int rc = walk_from(shape, &st, 1, text, out);
  addr_steps_free(&st);
  return rc;
}

/* varpath_pick for NS.NAME ("var.", "local."). */
static int pick(build *b, const cfg_module *m, const char *ns, const char *name,
                json_t *plan_refs, const char *path, json_t **out) {
  *out = NULL;
  if (!sources_found(b)) return 0;  /* nothing to read, at no cost per reference */
  char key[600];
  int local = ns[0] == 'l';
  /* A whole variable is what plan JSON's references give already. */
  if (!m || !m->address || (!local && !*path) ||
      snprintf(key, sizeof key, "%s#%s%s", m->address, local ? "local." : "", name) >=
          (int)sizeof key)
    return 0;
  if (!b->written_args && !(b->written_args = json_object())) return -1;
  json_t *kept = json_object_get(b->written_args, key);
  if (!kept) {  /* read once: [shape, unread refs], or null when the text cannot tell */
    json_t *v = read_shape(b, key, plan_refs), *unread = v ? unread_refs(b, m, ns, name, v) : NULL;
    if (v && !unread) {
      json_decref(v);
      return -1;
    }
    kept = v ? json_pack("[oo]", v, unread) : json_null();
    if (!kept || json_object_set_new(b->written_args, key, kept) != 0) return -1;
  }
  if (json_is_null(kept)) return 0;
  size_t n = strlen(path);
  char *text = malloc(n + 2);
  json_t *picked = json_array();
  int rc = text && picked ? 1 : -1;
  if (rc == 1) {
    text[0] = 'v';
    memcpy(text + 1, path, n + 1);
    rc = walk(json_array_get(kept, 0), text, n + 1, picked);
  }
  if (rc == 1 && json_array_extend(picked, json_array_get(kept, 1)) != 0) rc = -1;
  free(text);
  if (rc == 1) *out = picked;
  else json_decref(picked);
  return rc;
}

int varpath_pick(build *b, const cfg_module *m, const char *name, json_t *plan_refs,
                 const char *path, json_t **out) {
  return pick(b, m, "var.", name, plan_refs, path, out);
}

int varpath_pick_local(build *b, const cfg_module *m, const char *name, const char *path,
                       json_t **out) {
  return pick(b, m, "local.", name, NULL, path, out);
}

void varpath_release(build *b) {
  json_decref(b->written_args);
  b->written_args = NULL;
}
