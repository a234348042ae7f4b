/* Plan reader: checks that the text is one JSON object that is a Terraform
 * plan (and not state, configuration or HCP Terraform's redacted format),
 * and finds the byte ranges of the sections later stages read. */
#include "graph/graph_impl.h"

#include <stddef.h>
#include <stdio.h>
#include <string.h>

/* Top-level keys of a .tf.json configuration file. */
static const char *const config_keys[] = {"resource", "provider", "terraform",
                                          "variable", "module", "locals",
                                          "data", "output", NULL};

typedef struct top_seen {
  int format_version, values, plan_format_version, config_key, planned_values;
  int resource_changes, configuration, prior_state, provider_schemas;
  int lineage;                 /* a terraform.tfstate file has one */
  int errored;                 /* "errored": true, terraform plan failed */
  size_t format_version_at, errored_at;
} top_seen;

/* The top-level keys the reader notes: whether it was seen (to tell a plan
 * from other documents) and which section slice it fills. */
#define NO_FIELD ((size_t)-1)
typedef struct top_key {
  const char *key;
  size_t seen;                 /* offset of its flag in top_seen, or NO_FIELD */
  size_t section;              /* offset of its slice in pg_graph, or NO_FIELD */
} top_key;

static const top_key top_keys[] = {
    {"planned_values", offsetof(top_seen, planned_values), offsetof(pg_graph, sec_planned_values)},
    {"resource_changes", offsetof(top_seen, resource_changes),
     offsetof(pg_graph, sec_resource_changes)},
    {"prior_state", offsetof(top_seen, prior_state), offsetof(pg_graph, sec_prior_state)},
    {"configuration", offsetof(top_seen, configuration), offsetof(pg_graph, sec_configuration)},
    {"variables", NO_FIELD, offsetof(pg_graph, sec_variables)},
    {"values", offsetof(top_seen, values), NO_FIELD},
    {"plan_format_version", offsetof(top_seen, plan_format_version), NO_FIELD},
    {"provider_schemas", offsetof(top_seen, provider_schemas), NO_FIELD},
    {"lineage", offsetof(top_seen, lineage), NO_FIELD},
};

static const top_key *find_top_key(jslice key) {
  for (size_t i = 0; i < sizeof top_keys / sizeof top_keys[0]; i++)
    if (js_raw_eq(key, top_keys[i].key)) return &top_keys[i];
  return NULL;
}

static int string_member(build *b, jscan *s, const char *key, const char **out) {
  if (js_peek_kind(s) != JS_STRING) {
    int k = js_peek_kind(s);
    return b_error_at(b, PG_ERR_PARSE, s->pos, key,
                      "expected a string, found %s", js_kind_name(k));
  }
  jslice raw;
  if (js_string(s, &raw) < 0) return b_scan_error(b, s, key);
  *out = g_intern_slice(b->g, raw);
  return *out ? PG_OK : PG_ERR_NOMEM;
}

/* terraform (1.x) writes a plan file even when `terraform plan -out` fails,
 * and `terraform show -json` of it says "errored": true: what it could not
 * plan is missing, so any finding about it would be about a plan that does
 * not exist. */
static int errored_member(build *b, jscan *s, top_seen *seen) {
  int k = js_peek_kind(s);
  if (k != JS_TRUE && k != JS_FALSE)
    return b_error_at(b, PG_ERR_PARSE, s->pos, "errored",
                      "expected true or false, found %s", js_kind_name(k));
  seen->errored = k == JS_TRUE;
  seen->errored_at = s->pos;
  return js_skip(s, NULL) < 0 ? b_scan_error(b, s, "errored") : PG_OK;
}

static int refuse_errored(build *b, const top_seen *seen) {
  if (!seen->errored) return PG_OK;
  return b_error_at(b, PG_ERR_NOT_PLAN, seen->errored_at, "errored",
                    "is the plan of a failed `terraform plan` (\"errored\": true): "
                    "what terraform could not plan is missing from it, so it cannot "
                    "be checked; fix the errors terraform printed and plan again");
}

static void note_config_key(jslice key, top_seen *seen) {
  for (size_t i = 0; config_keys[i]; i++)
    if (js_raw_eq(key, config_keys[i])) seen->config_key = 1;
}

static int read_member(build *b, jscan *s, jslice key, top_seen *seen) {
  pg_graph *g = b->g;
  jslice *section = NULL;
  if (js_raw_eq(key, "format_version")) {
    seen->format_version = 1;
    js_peek_kind(s);
    seen->format_version_at = s->pos;
    return string_member(b, s, "format_version", &g->format_version);
  }
  if (js_raw_eq(key, "terraform_version"))
    return string_member(b, s, "terraform_version", &g->terraform_version);
  if (js_raw_eq(key, "errored")) return errored_member(b, s, seen);
  const top_key *k = find_top_key(key);
  if (k && k->seen != NO_FIELD) *(int *)((char *)seen + k->seen) = 1;
  if (k && k->section != NO_FIELD) section = (jslice *)((char *)g + k->section);
  if (!k) note_config_key(key, seen);
  jslice raw;
  if (js_skip(s, section ? &raw : NULL) < 0) {
    char name[64];
    snprintf(name, sizeof name, "%.*s", key.n < 60 ? (int)key.n : 60, key.p);
    return b_scan_error(b, s, name);
  }
  if (section) *section = raw;
  return PG_OK;
}

/* Says what a valid JSON object that is not a plan is. */
static int classify(build *b, const top_seen *seen) {
  const char *what = NULL;
  if (seen->lineage && !seen->format_version)
    what = "is a Terraform state file (terraform.tfstate), not a plan; run "
           "`terraform plan -out=PLANFILE` and `terraform show -json PLANFILE`";
  else if (seen->plan_format_version)
    what = "is HCP Terraform's redacted plan format, not the plan JSON that "
           "`terraform show -json PLANFILE` writes; download the unredacted "
           "JSON plan (json-output) or run terraform show -json locally";
  else if (seen->values)
    what = "is Terraform state JSON (`terraform show -json` with no plan "
           "file), not a plan; run `terraform show -json PLANFILE`";
  else if (seen->provider_schemas)
    what = "is provider schema JSON (`terraform providers schema -json`), "
           "not a plan";
  else if (seen->config_key && !seen->format_version)
    what = "is Terraform configuration in JSON syntax (.tf.json), not a "
           "plan; run `terraform plan -out=PLANFILE` and `terraform show "
           "-json PLANFILE`";
  else if (!seen->format_version)
    what = "has no format_version: it is not the JSON that `terraform show "
           "-json PLANFILE` writes";
  else if (!seen->planned_values && !seen->resource_changes &&
           !seen->configuration && !seen->prior_state)
    what = "has no planned_values, resource_changes or configuration: this "
           "is Terraform state JSON or another document, not a plan";
  if (!what) return PG_OK;
  return b_error_at(b, PG_ERR_NOT_PLAN, (size_t)-1, NULL, "%s", what);
}

static int check_format_version(build *b, const top_seen *seen) {
  const char *v = b->g->format_version;
  if (!v) return PG_OK;
  if ((v[0] == '0' || v[0] == '1') && v[1] == '.') return PG_OK;
  return b_error_at(b, PG_ERR_NOT_PLAN, seen->format_version_at,
                    "format_version",
                    "unsupported plan format_version \"%s\"; plangraph reads "
                    "0.x and 1.x (terraform 0.12 to 1.x)", v);
}

/* Windows PowerShell 5's `>` writes UTF-16 with a byte order mark; the
 * JSON then starts with a BOM or has NUL bytes between ASCII ones. */
static int is_utf16(const char *t, size_t n) {
  const unsigned char *u = (const unsigned char *)t;
  if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) return 1;
  return n >= 2 && ((u[0] && !u[1]) || (!u[0] && u[1]));
}

int plan_read_sections(build *b) {
  pg_graph *g = b->g;
  if (is_utf16(g->text, g->text_len))
    return b_error_at(b, PG_ERR_PARSE, (size_t)-1, NULL,
                      "is UTF-16 text (PowerShell's > writes UTF-16); plangraph reads "
                      "UTF-8: use `terraform show -json PLANFILE | Out-File -Encoding "
                      "utf8 plan.json`");
  /* A UTF-8 byte order mark (Out-File -Encoding utf8 writes one) is skipped. */
  size_t start = g->text_len >= 3 && memcmp(g->text, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
  jscan s;
  js_init(&s, g->text, start, g->text_len);
  int kind = js_peek_kind(&s);
  if (kind == JS_END)
    return b_error_at(b, PG_ERR_PARSE, (size_t)-1, NULL,
                      "is empty; expected the JSON that `terraform show -json "
                      "PLANFILE` writes");
  if (kind != JS_OBJECT) {
    if (kind == JS_BAD)
      return b_error_at(b, PG_ERR_PARSE, s.pos, NULL,
                        "is not JSON; expected the JSON that `terraform show "
                        "-json PLANFILE` writes");
    return b_error_at(b, PG_ERR_PARSE, s.pos, NULL,
                      "expected a JSON object at the top level, found %s",
                      js_kind_name(kind));
  }
  static const char *const known[] = {"format_version", "terraform_version", "planned_values",
                                      "resource_changes", "prior_state", "configuration",
                                      "variables", "output_changes", "errored", NULL};
  unsigned once = 0;
  top_seen seen = {0};
  js_iter it;
  jslice key;
  js_obj_open(&s, &it);
  int r;
  while ((r = js_obj_next(&s, &it, &key)) > 0) {
    int rc = b_key_once(b, &s, key, known, &once, NULL);
    if (rc == PG_OK) rc = read_member(b, &s, key, &seen);
    if (rc != PG_OK) return rc;
  }
  if (r < 0) return b_scan_error(b, &s, NULL);
  if (js_peek_kind(&s) != JS_END)
    return b_error_at(b, PG_ERR_PARSE, s.pos, NULL,
                      "unexpected data after the top-level JSON object");
  int rc = classify(b, &seen);
  if (rc == PG_OK) rc = check_format_version(b, &seen);
  if (rc == PG_OK) rc = refuse_errored(b, &seen);
  return rc;
}
