/* References and value paths of plan JSON expressions (refpath.h). */
#include "resolve/refpath.h"

#include <stdlib.h>
#include <string.h>

#include "plan/address.h"

/* Whether reference a names a part of reference b, or b itself
 * (`var.m` of `var.m["a"]`, `module.c` of `module.c.region`): terraform
 * lists a reference and the objects it goes through. */
static int part_of(const char *a, const char *b) {
  size_t n = strlen(a);
  return strncmp(a, b, n) == 0 && (b[n] == '\0' || b[n] == '.' || b[n] == '[');
}

/* Whether refs[i] is what the expression reads, not an object another of
 * refs goes through; the first of equal ones. */
int refpath_read(json_t *refs, size_t i) {
  const char *a = json_string_value(json_array_get(refs, i));
  if (!a) return 0;
  for (size_t j = 0; j < json_array_size(refs); j++) {
    const char *b = json_string_value(json_array_get(refs, j));
    if (j == i || !b || !part_of(a, b)) continue;
    if (strcmp(a, b) != 0 || j < i) return 0;
  }
  return 1;
}

size_t refpath_count_reads(json_t *refs) {
  size_t n = 0;
  for (size_t i = 0; i < json_array_size(refs); i++) n += refpath_read(refs, i);
  return n;
}

/* The one reference an expression reads. */
const char *refpath_only_read(json_t *refs) {
  for (size_t i = 0; i < json_array_size(refs); i++)
    if (refpath_read(refs, i)) return json_string_value(json_array_get(refs, i));
  return json_string_value(json_array_get(refs, 0));
}

/* The part of value v that path names (`["primary"]`, `.dr.region`,
 * `[0]`: the traversal after a variable's name, as terraform writes it),
 * or NULL when v has no such part or path does not parse. */
json_t *refpath_step(json_t *v, const addr_step *k) {
  char name[256];
  if (k->kind == STEP_NUM && json_is_object(v)) {
    snprintf(name, sizeof name, "%lld", (long long)k->num);  /* [2] of a map: its "2" */
    return json_object_get(v, name);
  }
  if (k->kind == STEP_NUM) return k->num >= 0 ? json_array_get(v, (size_t)k->num) : NULL;
  if (k->kind == STEP_STR && json_is_array(v) && *k->key && strlen(k->key) < 10 &&
      strspn(k->key, "0123456789") == strlen(k->key))
    return json_array_get(v, (size_t)atol(k->key));  /* ["1"]: terraform converts it */
  if (k->kind == STEP_STR) return json_object_get(v, k->key);
  if (k->len >= sizeof name) return NULL;
  memcpy(name, k->name, k->len);
  name[k->len] = '\0';
  return json_object_get(v, name);
}

json_t *refpath_value_at(json_t *v, const char *path) {
  if (!*path) return v;
  size_t n = strlen(path);
  char *text = malloc(n + 2);
  if (!text) return NULL;
  text[0] = 'v';
  memcpy(text + 1, path, n + 1);
  addr_steps st;
  int parsed = addr_parse(text, n + 1, &st);
  if (parsed < 0) {
    free(text);
    return NULL;
  }
  for (size_t i = 1; v && i < st.count; i++) v = refpath_step(v, &st.steps[i]);
  addr_steps_free(&st);
  free(text);  /* after the steps: a name step points into it */
  return v;
}

int refpath_reads_exactly(json_t *refs, const char *read, size_t stride, size_t n) {
  for (size_t i = 0; i < json_array_size(refs); i++) {
    if (!refpath_read(refs, i)) continue;
    const char *want = json_string_value(json_array_get(refs, i));
    size_t k = 0;
    while (k < n && strcmp(read + k * stride, want) != 0) k++;
    if (k == n) return 0;
  }
  for (size_t k = 0; k < n; k++) {
    size_t i = 0;
    while (i < json_array_size(refs) &&
           strcmp(json_string_value(json_array_get(refs, i)), read + k * stride) != 0)
      i++;
    if (i == json_array_size(refs)) return 0;
  }
  return 1;
}
