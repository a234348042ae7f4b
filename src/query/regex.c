/* Regular expressions on PCRE2 (see regex.h): compile once with
 * back-references refused, match under limits, JIT when available. A
 * pattern is JIT-compiled at its first match, not when the query is read:
 * the built-in queries hold about a hundred patterns, most of which a
 * plan never reaches (a query with no subject in it), and each JIT
 * compile costs executable pages: compiling all of them up front kept
 * 0.6 MB more for the whole run of a 9 MB plan's check, a tenth of what
 * check takes beyond loading the plan. */
#define PCRE2_CODE_UNIT_WIDTH 8
#include "query/regex.h"

#include <pcre2.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>

/* PCRE2's depth limit (nested backtracking frames) and heap limit (KiB of
 * backtracking frames) for one match: far above what a real pattern needs
 * on an attribute value, far below what would hurt the machine. */
#define DEPTH_LIMIT 10000u
#define HEAP_LIMIT_KIB 20480u

/* Whether the JIT compile was tried (jit_state): it changes the code, so
 * it runs once, under the lock, before any match, even when the workers
 * of a check share the pattern. */
enum { JIT_UNTRIED, JIT_TRIED };

struct qregex {
  pcre2_code *code;            /* the compiled pattern */
  pcre2_match_context *mctx;   /* its limits */
  atomic_int jit_state;        /* JIT_UNTRIED until the first match */
  pthread_mutex_t jit_lock;    /* held while JIT-compiling */
};

void qregex_free(qregex *re) {
  if (!re) return;
  pthread_mutex_destroy(&re->jit_lock);
  pcre2_match_context_free(re->mctx);
  pcre2_code_free(re->code);
  free(re);
}

int qregex_compile(qregex **out, const char *pattern, size_t len, char *why, size_t cap,
                   size_t *offset) {
  *out = NULL;
  *offset = 0;
  int err = 0;
  PCRE2_SIZE at = 0;
  pcre2_code *code = pcre2_compile((PCRE2_SPTR)pattern, len,
                                   PCRE2_UTF | PCRE2_MATCH_INVALID_UTF |
                                       PCRE2_NEVER_BACKSLASH_C,
                                   &err, &at, NULL);
  if (!code) {
    /* Compiling allocates too: a refused allocation is no fault of the
     * pattern's (PCRE2 says so with either code). */
    if (err == PCRE2_ERROR_NOMEMORY || err == PCRE2_ERROR_HEAP_FAILED) return -2;
    PCRE2_UCHAR msg[200];
    if (pcre2_get_error_message(err, msg, sizeof msg) < 0) snprintf((char *)msg, sizeof msg, "error %d", err);
    snprintf(why, cap, "%s", (const char *)msg);
    *offset = at;
    return -1;
  }
  uint32_t backrefs = 0;
  pcre2_pattern_info(code, PCRE2_INFO_BACKREFMAX, &backrefs);
  if (backrefs) {
    pcre2_code_free(code);
    snprintf(why, cap, "back-references (\\1, \\k<name>) are not supported");
    return -1;
  }
  qregex *re = calloc(1, sizeof *re);
  pcre2_match_context *mctx = re ? pcre2_match_context_create(NULL) : NULL;
  if (!re || !mctx) {
    free(re);
    pcre2_code_free(code);
    return -2;
  }
  pcre2_set_match_limit(mctx, QREGEX_MATCH_LIMIT);
  pcre2_set_depth_limit(mctx, DEPTH_LIMIT);
  pcre2_set_heap_limit(mctx, HEAP_LIMIT_KIB);
  re->code = code;
  re->mctx = mctx;
  atomic_init(&re->jit_state, JIT_UNTRIED);
  pthread_mutex_init(&re->jit_lock, NULL);
  *out = re;
  return 0;
}

/* JIT-compiles re unless that was tried. Where the platform has no JIT,
 * or it fails, pcre2_match interprets the pattern, with the same
 * results. */
static void jit_once(qregex *re) {
  if (atomic_load_explicit(&re->jit_state, memory_order_acquire) == JIT_TRIED) return;
  pthread_mutex_lock(&re->jit_lock);
  if (atomic_load_explicit(&re->jit_state, memory_order_relaxed) == JIT_UNTRIED) {
    (void)pcre2_jit_compile(re->code, PCRE2_JIT_COMPLETE);
    atomic_store_explicit(&re->jit_state, JIT_TRIED, memory_order_release);
  }
  pthread_mutex_unlock(&re->jit_lock);
}

/* A match is all the evaluator asks, never where: one pair of offsets is
 * room enough (pcre2_match returns 0, a match, when groups do not fit). */
struct qregex_scratch {
  pcre2_match_data *md;
};

qregex_scratch *qregex_scratch_new(void) {
  qregex_scratch *s = malloc(sizeof *s);
  if (s && !(s->md = pcre2_match_data_create(1, NULL))) {
    free(s);
    s = NULL;
  }
  return s;
}

void qregex_scratch_free(qregex_scratch *s) {
  if (!s) return;
  pcre2_match_data_free(s->md);
  free(s);
}

int qregex_match(qregex *re, qregex_scratch *s, const char *text, size_t len, char *why,
                 size_t cap) {
  jit_once(re);
  int rc = pcre2_match(re->code, (PCRE2_SPTR)text, len, 0, 0, s->md, re->mctx);
  if (rc >= 0) return 1;
  if (rc == PCRE2_ERROR_NOMATCH) return 0;
  if (rc == PCRE2_ERROR_NOMEMORY) return -2;
  if (rc == PCRE2_ERROR_MATCHLIMIT)
    snprintf(why, cap, "needs more than %u backtracking steps on one value",
             QREGEX_MATCH_LIMIT);
  else if (rc == PCRE2_ERROR_DEPTHLIMIT || rc == PCRE2_ERROR_HEAPLIMIT ||
           rc == PCRE2_ERROR_JIT_STACKLIMIT)
    snprintf(why, cap, "needs more backtracking memory than allowed on one value");
  else {
    PCRE2_UCHAR msg[200];
    if (pcre2_get_error_message(rc, msg, sizeof msg) < 0) snprintf((char *)msg, sizeof msg, "error %d", rc);
    snprintf(why, cap, "%s", (const char *)msg);
  }
  return -1;
}
