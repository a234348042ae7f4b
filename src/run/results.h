/* The report's private layout and the calls that fill it (check.c). */
#ifndef PG_REPORT_H
#define PG_REPORT_H

#include "base/arena.h"
#include "plangraph/query.h"

typedef struct report_suite {
  pg_suite_result pub;             /* what callers see */
  pg_subject_result *subjects_owned;
  size_t cap_subjects;
} report_suite;

struct pg_report {
  report_suite *suites;
  size_t n, cap;
  arena mem;                        /* every string */
};

/* Copies s into the report (NULL stays NULL). */
const char *report_str(pg_report *r, const char *s);
/* A new zeroed suite; NULL when out of memory. The pointer is valid until
 * the next report_add_suite. */
report_suite *report_add_suite(pg_report *r);
/* Adds a subject, copying every string; a duplicate name gets a suffix. */
int report_add_subject(pg_report *r, report_suite *s, const char *name,
                       pg_outcome outcome, const char *message,
                       char *const *addresses, size_t n_addresses, const char *path);

#endif
