/* Waivers (pg_report_waive) and baselines (pg_report_baseline): accepted
 * findings. Waivers: accepted findings, by query id and an address glob
 * (`*` and `?`; see "matching"), until an expiry date. A waived subject
 * stays a failing subject of the report, marked suppressed with its
 * justification, so that every format can say it was accepted rather than
 * drop it; an expired waiver is said in the message of the failure it no
 * longer covers. */
#include <fnmatch.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/hash.h"
#include "run/results.h"

/* ---- matching -----------------------------------------------------------
 * A waiver's address is a glob in which `*` matches any run of characters
 * and `?` one character; every other character is itself. Brackets are
 * literal because addresses are full of them (`db[0]`, `svc["a"]`): an
 * address copied from a report waives that resource. Waivers without a
 * wildcard (most of a long list) are found by hash, so that checking N
 * failing subjects against W waivers costs N look-ups, not N x W
 * comparisons; the ones with a wildcard are tried in order, and the first
 * waiver of the list that matches counts either way. */

typedef struct waiver_index {
  const pg_waiver *w;
  char **fnm;           /* fnmatch form of each waiver with a wildcard, else NULL */
  int32_t *globs;       /* the waivers with a wildcard, in list order */
  size_t n_globs;
  idset exact;          /* the others by query and address (the first of equals) */
} waiver_index;

typedef struct exact_key {
  const char *query, *address;
} exact_key;

static uint64_t exact_hash(const char *query, const char *address) {
  uint64_t h = hash_mem(HASH_FNV_OFFSET, query, strlen(query));
  return hash_mem(h, address, strlen(address));
}

static int exact_eq(const void *ctx, int32_t id, const void *probe) {
  const pg_waiver *w = &((const waiver_index *)ctx)->w[id];
  const exact_key *k = probe;
  return strcmp(w->query, k->query) == 0 && strcmp(w->address, k->address) == 0;
}

/* The pattern for fnmatch: `[` and `\` escaped, `*` and `?` left as they
 * are. NULL when out of memory. */
static char *fnmatch_form(const char *glob) {
  char *out = malloc(2 * strlen(glob) + 1), *o = out;
  if (!out) return NULL;
  for (const char *p = glob; *p; p++) {
    if (*p == '[' || *p == '\\') *o++ = '\\';
    *o++ = *p;
  }
  *o = '\0';
  return out;
}

static void index_release(waiver_index *x, size_t n) {
  for (size_t i = 0; x->fnm && i < n; i++) free(x->fnm[i]);
  free(x->fnm);
  free(x->globs);
  idset_release(&x->exact);
}

static int index_build(waiver_index *x, const pg_waiver *w, size_t n) {
  memset(x, 0, sizeof *x);
  x->w = w;
  idset_init(&x->exact);
  x->fnm = calloc(n ? n : 1, sizeof *x->fnm);
  x->globs = malloc((n ? n : 1) * sizeof *x->globs);
  if (!x->fnm || !x->globs) return PG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    if (strpbrk(w[i].address, "*?")) {
      if (!(x->fnm[i] = fnmatch_form(w[i].address))) return PG_ERR_NOMEM;
      x->globs[x->n_globs++] = (int32_t)i;
      continue;
    }
    exact_key k = {w[i].query, w[i].address};
    uint64_t h = exact_hash(k.query, k.address);
    if (idset_find(&x->exact, h, &k, exact_eq, x) < 0 &&
        idset_add(&x->exact, h, (int32_t)i) < 0)
      return PG_ERR_NOMEM;
  }
  return PG_OK;
}

/* The earliest waiver without a wildcard that names `address`, for the
 * query or for every query ("*"); n when none. */
static size_t first_exact(const waiver_index *x, size_t n, const char *query,
                          const char *address) {
  size_t best = n;
  const char *queries[2] = {query, "*"};
  for (size_t q = 0; q < 2; q++) {
    exact_key k = {queries[q], address};
    int32_t id = idset_find(&x->exact, exact_hash(k.query, address), &k, exact_eq, x);
    if (id >= 0 && (size_t)id < best) best = (size_t)id;
  }
  return best;
}

/* Whether the subject's resources (its name when it has none) match
 * waiver i, which has a wildcard. */
static int glob_matches(const waiver_index *x, size_t i, const char *query,
                        const pg_subject_result *sub) {
  const pg_waiver *w = &x->w[i];
  if (strcmp(w->query, "*") != 0 && strcmp(w->query, query) != 0) return 0;
  if (sub->n_addresses == 0) return fnmatch(x->fnm[i], sub->name, 0) == 0;
  for (size_t a = 0; a < sub->n_addresses; a++)
    if (fnmatch(x->fnm[i], sub->addresses[a], 0) == 0) return 1;
  return 0;
}

/* The first waiver of the list that matches the subject; n when none. */
static size_t first_match(const waiver_index *x, size_t n, const char *query,
                          const pg_subject_result *sub) {
  size_t best = n;
  if (sub->n_addresses == 0) best = first_exact(x, n, query, sub->name);
  for (size_t a = 0; a < sub->n_addresses; a++) {
    size_t k = first_exact(x, best, query, sub->addresses[a]);
    if (k < best) best = k;
  }
  for (size_t g = 0; g < x->n_globs && (size_t)x->globs[g] < best; g++)
    if (glob_matches(x, (size_t)x->globs[g], query, sub)) return (size_t)x->globs[g];
  return best;
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
  waiver_index x;
  int rc = index_build(&x, waivers, n);
  for (size_t i = 0; rc == PG_OK && i < r->n; i++) {
    report_suite *s = &r->suites[i];
    for (size_t j = 0; rc == PG_OK && j < s->pub.n_subjects; j++) {
      pg_subject_result *sub = &s->subjects_owned[j];
      if (sub->outcome != PG_FAIL || sub->suppressed) continue;
      size_t k = first_match(&x, n, s->pub.query_id, sub);
      if (k == n) continue;
      if (matched) matched[k]++;
      const pg_waiver *w = &waivers[k];
      if (w->expires && today && strcmp(w->expires, today) < 0) {
        if (!(sub->message = expired_message(r, sub, w))) rc = PG_ERR_NOMEM;
        continue;
      }
      if (!(sub->suppressed = justification(r, w))) {
        rc = PG_ERR_NOMEM;
        continue;
      }
      s->pub.failed--;
      s->pub.suppressed++;
    }
  }
  index_release(&x, n);
  return rc;
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
