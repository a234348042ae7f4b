/* Waivers (pg_report_waive) and baselines (pg_report_baseline): accepted
 * findings. Waivers: accepted findings, by query id and an
 * address glob, until an expiry date. A waived subject stays a failing
 * subject of the report, marked suppressed with its justification, so
 * that every format can say it was accepted rather than drop it; an
 * expired waiver is said in the message of the failure it no longer
 * covers. */
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "run/results.h"

static int matches(const pg_waiver *w, const report_suite *s, const pg_subject_result *sub) {
  if (strcmp(w->query, "*") != 0 && strcmp(w->query, s->pub.query_id) != 0) return 0;
  if (sub->n_addresses == 0) return fnmatch(w->address, sub->name, 0) == 0;
  for (size_t i = 0; i < sub->n_addresses; i++)
    if (fnmatch(w->address, sub->addresses[i], 0) == 0) return 1;
  return 0;
}

/* "reason (owner, until DATE)", or the parts there are. */
static const char *justification(pg_report *r, const pg_waiver *w) {
  char buf[2048];
  int n = snprintf(buf, sizeof buf, "%s", w->reason ? w->reason : "waived");
  if (w->owner || w->expires)
    snprintf(buf + n, sizeof buf - (size_t)n, " (%s%s%s%s)", w->owner ? w->owner : "",
             w->owner && w->expires ? ", " : "", w->expires ? "until " : "",
             w->expires ? w->expires : "");
  return report_str(r, buf);
}

static const char *expired_message(pg_report *r, const pg_subject_result *sub,
                                   const pg_waiver *w) {
  const char *m = sub->message ? sub->message : sub->name;
  size_t n = strlen(m) + strlen(w->expires) + (w->reason ? strlen(w->reason) : 0) + 64;
  char *buf = malloc(n);
  if (!buf) return NULL;
  snprintf(buf, n, "%s (the waiver of this finding expired on %s: %s)", m, w->expires,
           w->reason ? w->reason : "");
  const char *out = report_str(r, buf);
  free(buf);
  return out;
}

int pg_report_waive(pg_report *r, const pg_waiver *waivers, size_t n, const char *today,
                    size_t *matched, pg_diags *diags) {
  (void)diags;
  for (size_t i = 0; matched && i < n; i++) matched[i] = 0;
  for (size_t i = 0; i < r->n; i++) {
    report_suite *s = &r->suites[i];
    for (size_t j = 0; j < s->pub.n_subjects; j++) {
      pg_subject_result *sub = &s->subjects_owned[j];
      if (sub->outcome != PG_FAIL || sub->suppressed) continue;
      size_t k = 0;
      while (k < n && !matches(&waivers[k], s, sub)) k++;
      if (k == n) continue;
      if (matched) matched[k]++;
      const pg_waiver *w = &waivers[k];
      if (w->expires && today && strcmp(w->expires, today) < 0) {
        if (!(sub->message = expired_message(r, sub, w))) return PG_ERR_NOMEM;
        continue;
      }
      if (!(sub->suppressed = justification(r, w))) return PG_ERR_NOMEM;
      s->pub.failed--;
      s->pub.suppressed++;
    }
  }
  return PG_OK;
}

/* ---- baseline ------------------------------------------------------------ */

static uint64_t hash_str(uint64_t h, const char *s) {
  return hash_bytes(h, s ? s : "", (s ? strlen(s) : 0) + 1);
}

void pg_subject_fingerprint(const pg_report *r, const pg_suite_result *s,
                            const pg_subject_result *sub, char out[17]) {
  uint64_t h = hash_str(HASH_FNV_OFFSET, s->query_id);
  h = hash_str(h, sub->name);
  for (size_t i = 0; i < sub->n_addresses; i++) h = hash_str(h, sub->addresses[i]);
  if (pg_report_plan_count(r) > 1) h = hash_str(h, s->plan);
  snprintf(out, 17, "%016llx", (unsigned long long)h);
}

/* Baseline fingerprints in order, to be found by binary search: a
 * subject is looked up in O(log n), so a large baseline over a large
 * report costs O((subjects + n) log n), not subjects x n. */
static int by_text(const void *a, const void *b) {
  return strcmp(**(const char *const *const *)a, **(const char *const *const *)b);
}

/* The first of sorted[0..n) equal to fp, or n. */
static size_t first_equal(const char *const *const *sorted, size_t n, const char *fp) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (strcmp(*sorted[mid], fp) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo < n && strcmp(*sorted[lo], fp) == 0 ? lo : n;
}

int pg_report_baseline(pg_report *r, const char *const *fps, size_t n, int *found) {
  for (size_t i = 0; found && i < n; i++) found[i] = 0;
  const char *const **sorted = malloc((n ? n : 1) * sizeof *sorted);
  if (!sorted) return PG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) sorted[i] = &fps[i];
  qsort(sorted, n, sizeof *sorted, by_text);
  for (size_t i = 0; i < r->n; i++) {
    report_suite *s = &r->suites[i];
    for (size_t j = 0; j < s->pub.n_subjects; j++) {
      pg_subject_result *sub = &s->subjects_owned[j];
      if (sub->outcome != PG_FAIL || sub->suppressed || sub->baselined) continue;
      char fp[17];
      pg_subject_fingerprint(r, &s->pub, sub, fp);
      size_t k = first_equal(sorted, n, fp);
      if (k == n) continue;
      /* Every copy of a repeated fingerprint matched: mark them once. */
      if (found && !found[sorted[k] - fps])
        for (size_t e = k; e < n && strcmp(*sorted[e], fp) == 0; e++) found[sorted[e] - fps] = 1;
      sub->baselined = 1;
      s->pub.failed--;
      s->pub.baselined++;
    }
  }
  free(sorted);
  return PG_OK;
}
