/* Check reports: suites (one per query per plan) holding subjects with
 * their outcome, message, resources and graph path. Strings live in the
 * report's arena; arrays are malloc'd and freed with the report. */
#include "run/results.h"
#include "query/qast.h"
#include "base/vec.h"

#include <stdlib.h>
#include <string.h>

int pg_report_new(pg_report **out) {
  *out = calloc(1, sizeof **out);
  if (!*out) return PG_ERR_NOMEM;
  arena_init(&(*out)->mem);
  return PG_OK;
}

void pg_report_free(pg_report *r) {
  if (!r) return;
  for (size_t i = 0; i < r->n; i++) free(r->suites[i].subjects_owned);
  free(r->suites);
  arena_release(&r->mem);
  free(r);
}

size_t pg_report_suite_count(const pg_report *r) { return r ? r->n : 0; }

const pg_suite_result *pg_report_suite(const pg_report *r, size_t i) {
  return r && i < r->n ? &r->suites[i].pub : NULL;
}

size_t pg_report_plan_count(const pg_report *r) {
  size_t n = 0;
  for (size_t i = 0; r && i < r->n; i++) {
    int seen = 0;
    for (size_t j = 0; j < i && !seen; j++)
      seen = strcmp(r->suites[j].pub.plan, r->suites[i].pub.plan) == 0;
    n += !seen;
  }
  return n;
}

int pg_severity_rank(const char *s) {
  qseverity sev;
  return s && qseverity_parse(s, &sev) == 0 ? (int)sev : -1;
}

const char *report_str(pg_report *r, const char *s) {
  return s ? arena_strndup(&r->mem, s, strlen(s)) : NULL;
}

report_suite *report_add_suite(pg_report *r) {
  if (VEC_RESERVE(r->suites, r->cap, r->n + 1)) return NULL;
  report_suite *s = &r->suites[r->n++];
  memset(s, 0, sizeof *s);
  return s;
}

/* A name already in the suite gets " (2)", " (3)"...: JUnit consumers keep
 * only the first of duplicate names. */
static const char *unique_name(pg_report *r, report_suite *s, const char *name) {
  const char *candidate = name;
  char buf[1200];
  for (unsigned k = 2;; k++) {
    int taken = 0;
    for (size_t i = 0; i < s->pub.n_subjects && !taken; i++)
      taken = strcmp(s->subjects_owned[i].name, candidate) == 0;
    if (!taken) return report_str(r, candidate);
    snprintf(buf, sizeof buf, "%.1100s (%u)", name, k);
    candidate = buf;
  }
}

int report_add_subject(pg_report *r, report_suite *s, const char *name,
                       pg_outcome outcome, const char *message,
                       char *const *addresses, size_t n_addresses, const char *path) {
  if (VEC_RESERVE(s->subjects_owned, s->cap_subjects, s->pub.n_subjects + 1))
    return PG_ERR_NOMEM;
  pg_subject_result *sub = &s->subjects_owned[s->pub.n_subjects];
  memset(sub, 0, sizeof *sub);
  sub->name = unique_name(r, s, name);
  sub->outcome = outcome;
  sub->message = report_str(r, message);
  sub->path = report_str(r, path);
  const char **addrs = n_addresses ? arena_alloc(&r->mem, n_addresses * sizeof *addrs) : NULL;
  if (!sub->name || (n_addresses && !addrs)) return PG_ERR_NOMEM;
  for (size_t i = 0; i < n_addresses; i++)
    if (!(addrs[i] = report_str(r, addresses[i]))) return PG_ERR_NOMEM;
  sub->addresses = addrs;
  sub->n_addresses = n_addresses;
  s->pub.n_subjects++;
  s->pub.subjects = s->subjects_owned;
  if (outcome == PG_PASS) s->pub.passed++;
  else if (outcome == PG_FAIL) s->pub.failed++;
  else s->pub.unknown++;
  return PG_OK;
}
