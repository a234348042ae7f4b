/* --baseline FILE: the findings a team has accepted as they are (written
 * by --write-baseline), by fingerprint. Known ones are reported as in the
 * baseline, not as failures; the baseline's findings that no longer fail
 * are listed so that the file can be trimmed. */
#include <jansson.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static int bad(const char *path, int line, int col, const char *msg) {
  pg_diags *d = NULL;
  if (pg_diags_new(&d) == PG_OK) {
    pg_diags_add(d, PG_SEV_ERROR, path, line > 0 ? (unsigned)line : 0,
                 col > 0 ? (unsigned)col : 0, NULL, "%s", msg);
    cli_print_diags(d);
  }
  pg_diags_free(d);
  return EXIT_BAD;
}

/* Whether the report ran query id (a finding of a query left out by
 * --only or --skip is not fixed, only not looked at). */
static int ran(const pg_report *r, const char *id) {
  for (size_t i = 0; id && i < pg_report_suite_count(r); i++)
    if (strcmp(pg_report_suite(r, i)->query_id, id) == 0) return 1;
  return 0;
}

/* Lists the baseline's findings that did not fail this time, of the
 * queries that ran; marks the others found. */
static void fixed(const pg_report *r, const char *path, json_t *findings, int *found,
                  size_t n) {
  size_t gone = 0;
  for (size_t i = 0; i < n; i++) {
    json_t *q = json_object_get(json_array_get(findings, i), "query");
    if (!found[i] && json_is_string(q) && !ran(r, json_string_value(q))) found[i] = 1;
    gone += !found[i];
  }
  if (!gone) return;
  fprintf(stderr, "%s: note: %zu finding%s of the baseline no longer fail%s; remove %s:\n",
          path, gone, gone == 1 ? "" : "s", gone == 1 ? "s" : "", gone == 1 ? "it" : "them");
  for (size_t i = 0; i < n; i++) {
    if (found[i]) continue;
    json_t *f = json_array_get(findings, i);
    fprintf(stderr, "  %s  %s  %s\n", json_string_value(json_object_get(f, "fingerprint")),
            json_string_value(json_object_get(f, "query")),
            json_string_value(json_object_get(f, "subject")));
  }
}

int cli_apply_baseline(pg_report *r, const char *path) {
  if (!path) return EXIT_OK;
  json_error_t err;
  json_t *doc = json_load_file(path, 0, &err);
  if (!doc) return bad(path, err.line, err.column, err.text);
  json_t *findings = json_object_get(doc, "findings");
  size_t n = json_array_size(findings);
  const char **fps = calloc(n + 1, sizeof *fps);
  int *found = calloc(n + 1, sizeof *found);
  int rc = fps && found ? EXIT_OK : EXIT_BAD;
  if (rc != EXIT_OK) cli_say_out_of_memory(NULL);
  else if (!json_is_array(findings) || json_integer_value(json_object_get(doc, "version")) != 1)
    rc = bad(path, 0, 0, "is not a plangraph baseline (version 1, written by --write-baseline)");
  for (size_t i = 0; rc == EXIT_OK && i < n; i++)
    if (!(fps[i] = json_string_value(json_object_get(json_array_get(findings, i), "fingerprint"))))
      rc = bad(path, 0, 0, "has a finding without a fingerprint");
  if (rc == EXIT_OK && pg_report_baseline(r, fps, n, found) != PG_OK) {
    cli_say_out_of_memory(NULL);
    rc = EXIT_BAD;
  }
  if (rc == EXIT_OK) fixed(r, path, findings, found, n);
  free(fps);
  free(found);
  json_decref(doc);
  return rc;
}
