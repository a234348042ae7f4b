/* Terraform's file(), jsondecode() and yamldecode() for the expression
 * reader (hclexpr.h). Company code often keeps its regions in a settings
 * file beside the configuration (`yamldecode(file("${path.module}/env/
 * prod.yaml")).region`); plan JSON records that the provider reads
 * path.module, never what the file says. The host reads the file (the
 * reader knows no folders); jansson and libyaml read the text, as
 * terraform's decoders would. */
#include "resolve/hclexpr_impl.h"

#include <errno.h>
#include <stdlib.h>
#include <yaml.h>

/* A YAML document's nodes converted at most: aliases may repeat a node
 * many times ("billion laughs"), and a settings file has a few hundred. */
#define YAML_NODES_MAX 100000u

json_t *hx_fn_file(px *p, json_t **a, size_t n) {
  (void)n;
  if (!a[0]) return NULL;
  const char *path = json_string_value(a[0]);
  if (!path) {
    hx_say(p, "file() of a value that is no string");
    return NULL;
  }
  if (!p->read) {
    hx_say(p, "file(\"%.120s\"), which is read only where the sources are", path);
    return NULL;
  }
  return p->read(p->ctx, path, p->why, p->why_len);
}

json_t *hx_fn_jsondecode(px *p, json_t **a, size_t n) {
  (void)n;
  if (!a[0]) return NULL;
  const char *text = json_string_value(a[0]);
  if (!text) {
    hx_say(p, "jsondecode() of a value that is no string");
    return NULL;
  }
  json_error_t err;
  json_t *v = json_loadb(text, json_string_length(a[0]), JSON_DECODE_ANY, &err);
  if (!v) {
    hx_say(p, "jsondecode() of text that is no JSON (line %d, column %d: %s)", err.line,
           err.column, err.text);
    p->erred = 1;  /* terraform fails the call: try() catches it */
  }
  return v;
}

/* ---- YAML -------------------------------------------------------------------- */

typedef struct {
  px *p;
  yaml_document_t *doc;
  unsigned long nodes;
  unsigned depth;
} yconv;

static json_t *ynode(yconv *c, yaml_node_t *nd);

static int one_of(const char *s, const char *const *words) {
  for (; *words; words++)
    if (strcmp(s, *words) == 0) return 1;
  return 0;
}

/* A plain scalar's value by YAML 1.2's core schema, as terraform's
 * yamldecode reads it: null, a bool, a number, else the text. A quoted one
 * is always text. */
static json_t *yscalar(const yaml_node_t *nd) {
  const char *s = (const char *)nd->data.scalar.value;
  size_t len = nd->data.scalar.length;
  /* (libyaml's loader tags every untagged scalar !!str, so the tag cannot
   * tell an explicit one: the style decides.) */
  if (nd->data.scalar.style != YAML_PLAIN_SCALAR_STYLE) return json_stringn(s, len);
  static const char *const nulls[] = {"", "~", "null", "Null", "NULL", NULL};
  static const char *const trues[] = {"true", "True", "TRUE", NULL};
  static const char *const falses[] = {"false", "False", "FALSE", NULL};
  if (strlen(s) != len) return json_stringn(s, len);  /* a NUL inside: text */
  if (one_of(s, nulls)) return json_null();
  if (one_of(s, trues)) return json_true();
  if (one_of(s, falses)) return json_false();
  const char *digits = s + (*s == '-' || *s == '+');
  if (*digits && strspn(digits, "0123456789") == strlen(digits) && strlen(digits) < 16)
    return json_integer((json_int_t)strtoll(s, NULL, 10));
  char *end;
  errno = 0;
  double d = strtod(s, &end);
  /* (strtod also reads hex, inf and nan, which the schema writes otherwise) */
  if (*s && !*end && !errno && strspn(digits, "0123456789.eE+-") == strlen(digits) &&
      strchr("0123456789.", *digits))
    return json_real(d);
  return json_stringn(s, len);
}

static json_t *ysequence(yconv *c, yaml_node_t *nd) {
  json_t *out = json_array();
  for (yaml_node_item_t *it = nd->data.sequence.items.start; out && it < nd->data.sequence.items.top;
       it++) {
    json_t *v = ynode(c, yaml_document_get_node(c->doc, *it));
    if (!v || json_array_append_new(out, v) != 0) {
      json_decref(out);
      return NULL;
    }
  }
  return out;
}

/* A mapping's key: a scalar's text (terraform's objects are keyed by
 * strings), into *key; 0 for any other key. */
static int ykey(yconv *c, yaml_node_t *k, const char **key) {
  if (!k || k->type != YAML_SCALAR_NODE ||
      strlen((const char *)k->data.scalar.value) != k->data.scalar.length) {
    hx_not_understood(c->p, "a YAML mapping key that is no text");
    return 0;
  }
  *key = (const char *)k->data.scalar.value;
  return 1;
}

/* `<<: *base` (or a list of such): the merged mappings' members that the
 * mapping does not set itself. */
static int ymerge(yconv *c, json_t *out, yaml_node_t *v) {
  json_t *from = ynode(c, v);
  if (!from) return 0;
  json_t *list = json_is_array(from) ? from : NULL, *e;
  size_t i;
  int ok = json_is_object(from) || list;
  if (!list) ok = ok && json_object_update_missing(out, from) == 0;
  json_array_foreach(list, i, e) ok = ok && json_is_object(e) && json_object_update_missing(out, e) == 0;
  if (!ok && !c->p->bad) hx_not_understood(c->p, "a YAML merge of something other than mappings");
  json_decref(from);
  return ok;
}

static json_t *ymapping(yconv *c, yaml_node_t *nd) {
  json_t *out = json_object();
  yaml_node_pair_t *merges = NULL;
  for (yaml_node_pair_t *pr = nd->data.mapping.pairs.start; out && pr < nd->data.mapping.pairs.top;
       pr++) {
    const char *key;
    if (!ykey(c, yaml_document_get_node(c->doc, pr->key), &key)) goto fail;
    if (strcmp(key, "<<") == 0) {
      merges = pr;
      continue;
    }
    json_t *v = ynode(c, yaml_document_get_node(c->doc, pr->value));
    if (!v || json_object_set_new(out, key, v) != 0) goto fail;
  }
  /* Members written beside the merge win over the merged ones. */
  if (out && merges && !ymerge(c, out, yaml_document_get_node(c->doc, merges->value))) goto fail;
  return out;
fail:
  json_decref(out);
  return NULL;
}

static json_t *ynode(yconv *c, yaml_node_t *nd) {
  if (!nd) return hx_not_understood(c->p, "a YAML node that is missing");
  if (++c->nodes > YAML_NODES_MAX || c->depth >= DEPTH_MAX)
    return hx_not_understood(c->p, "a YAML document too large or nested too deep");
  c->depth++;
  json_t *v = nd->type == YAML_SCALAR_NODE     ? yscalar(nd)
              : nd->type == YAML_SEQUENCE_NODE ? ysequence(c, nd)
              : nd->type == YAML_MAPPING_NODE  ? ymapping(c, nd)
                                               : hx_not_understood(c->p, "an empty YAML node");
  c->depth--;
  return v;
}

json_t *hx_fn_yamldecode(px *p, json_t **a, size_t n) {
  (void)n;
  if (!a[0]) return NULL;
  const char *text = json_string_value(a[0]);
  if (!text) {
    hx_say(p, "yamldecode() of a value that is no string");
    return NULL;
  }
  yaml_parser_t parser;
  yaml_document_t doc;
  if (!yaml_parser_initialize(&parser)) return NULL;
  yaml_parser_set_input_string(&parser, (const unsigned char *)text, json_string_length(a[0]));
  json_t *v = NULL;
  if (!yaml_parser_load(&parser, &doc)) {
    hx_say(p, "yamldecode() of text that is no YAML (line %zu: %s)", parser.problem_mark.line + 1,
           parser.problem ? parser.problem : "unreadable");
    p->erred = 1;
    yaml_parser_delete(&parser);
    return NULL;
  }
  yaml_node_t *root = yaml_document_get_root_node(&doc);
  yconv c = {p, &doc, 0, 0};
  /* An empty text is null; a second document is an error in terraform. */
  yaml_document_t next;
  int more = 0;
  if (yaml_parser_load(&parser, &next)) {
    more = yaml_document_get_root_node(&next) != NULL;
    yaml_document_delete(&next);
  }
  if (more) {
    hx_say(p, "yamldecode() of text with more than one YAML document");
    p->erred = 1;
  } else {
    v = root ? ynode(&c, root) : json_null();
  }
  yaml_document_delete(&doc);
  yaml_parser_delete(&parser);
  return v;
}
