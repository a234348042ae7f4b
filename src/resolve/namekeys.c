/* Name keys: which literal identifier names which planned resource (see
 * namekeys.h). One table: the attribute a member names its owner under,
 * and the owner types whose identifier it is. */
#include "resolve/namekeys.h"

#include <string.h>

#include "base/jscan.h"

typedef struct name_form {
  const char *attr;   /* the member's attribute: the owner's identifier */
  const char *type;   /* the owner's resource type (managed or data source) */
  const char *id;     /* the owner's attribute that its identifier is */
} name_form;

/* Global databases: a member cluster joins by the global cluster's
 * identifier, which the provider makes the global cluster's id. */
static const name_form forms[] = {
    {"global_cluster_identifier", "aws_rds_global_cluster", "global_cluster_identifier"},
    {"global_cluster_identifier", "aws_docdb_global_cluster", "global_cluster_identifier"},
    {"global_cluster_identifier", "aws_neptune_global_cluster", "global_cluster_identifier"},
};

#define N_FORMS (sizeof forms / sizeof forms[0])

/* \2 ATTR \37 NAME into out: its length, or 0 when it does not fit or a
 * part is empty. */
static size_t key(char *out, const char *attr, size_t a, const char *name, size_t n) {
  if (!a || !n || 1 + a + 1 + n >= NAMEKEYS_KEY_MAX) return 0;
  out[0] = '\2';
  memcpy(out + 1, attr, a);
  out[1 + a] = '\37';
  memcpy(out + 2 + a, name, n);
  out[2 + a + n] = '\0';
  return 2 + a + n;
}

size_t namekeys_of_node(const node *n, char *out) {
  if (!n->type || !n->values.p) return 0;
  for (size_t i = 0; i < N_FORMS; i++) {
    if (strcmp(n->type, forms[i].type) != 0) continue;
    jslice v;
    if (!js_member(n->values, forms[i].id, &v) || js_slice_kind(v) != JS_STRING || v.n < 3 ||
        memchr(v.p, '\\', v.n))
      return 0;
    return key(out, forms[i].attr, strlen(forms[i].attr), v.p + 1, v.n - 2);
  }
  return 0;
}

/* Called for every string of every node: the label is tested first, and
 * the string read only under an attribute of the table. */
size_t namekeys_of_value(const char *label, size_t l, const char *s, size_t n, char *out) {
  for (size_t i = 0; i < N_FORMS; i++)
    if (strlen(forms[i].attr) == l && memcmp(forms[i].attr, label, l) == 0)
      return memchr(s, '\\', n) ? 0 : key(out, forms[i].attr, l, s, n);
  return 0;
}
