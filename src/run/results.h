/* The report's private layout and the calls that fill it (check.c). */
#ifndef PG_REPORT_H
#define PG_REPORT_H

#include <stdint.h>

#include "base/arena.h"
#include "base/hash.h"
#include "plangraph/query.h"

/* What the report keeps about each subject besides its public fields,
 * so that adding one costs O(1) whatever the suite holds. */
typedef struct subject_key {
  const char *base;      /* the name the query gave, before any suffix */
  uint64_t base_hash;    /* hash of base */
  uint64_t name_hash;    /* hash of the public name (base, or base " (k)") */
  uint64_t identity;     /* hash of base and addresses, once indexed */
  unsigned next_suffix;  /* first subject of its base: the next " (k)" to try */
  int indexed;           /* in the suite's identities */
  /* The graph's ids of its addresses, in their order, so that locating
   * it needs no lookup by address; NULL when the adder gave none. Valid
   * while the graph the subject came from is. */
  const pg_node_id *nodes;
} subject_key;

typedef struct report_suite {
  pg_suite_result pub;             /* what callers see */
  pg_subject_result *subjects_owned;
  subject_key *keys;               /* parallel to subjects_owned */
  size_t cap_subjects, cap_keys;
  /* Most subjects have a name of their own: one look-up in `bases` finds
   * that none had it before. The other two sets hold only the subjects of
   * repeated names, so a suite of distinct names costs one set. */
  idset bases;                     /* the first subject of each base name */
  idset suffixed;                  /* subjects named "base (k)", by that name */
  idset identities;                /* subjects of a repeated base, by base
                                      name and addresses */
  size_t plan_index;               /* which of the report's plans */
} report_suite;

/* One distinct plan of the report. */
typedef struct report_plan {
  size_t first;          /* its first suite, whose pub.plan names it */
  double load_seconds;   /* reading and parsing it; < 0 when not known */
  double build_seconds;  /* building its graph; < 0 when not known */
  double eval_seconds;   /* evaluating every query (wall time) */
} report_plan;

struct pg_report {
  report_suite *suites;
  size_t n, cap;
  report_plan *plans;               /* distinct plans, in order of appearance */
  size_t n_plans, cap_plans;
  idset plan_ids;                   /* plans by name */
  pg_plan_error *errors;            /* plans that could not be checked */
  size_t n_errors, cap_errors;
  arena mem;                        /* every string */
  arena *adopted;                   /* arenas taken over from merged reports */
  size_t n_adopted, cap_adopted;
};

/* Copies s into the report (NULL stays NULL). */
const char *report_str(pg_report *r, const char *s);
/* A new zeroed suite; NULL when out of memory. The pointer is valid until
 * the next report_add_suite. */
report_suite *report_add_suite(pg_report *r);
/* Sets the suite's plan (copied), numbering distinct plans in order of
 * first appearance. PG_OK or PG_ERR_NOMEM. */
int report_set_plan(pg_report *r, report_suite *s, const char *plan);
/* Adds a subject, copying every string (nodes, the ids of the addresses
 * in the graph they name, or NULL, is kept for report_locate). A subject
 * with the name and the
 * resources of one already in the suite is that subject (its outcome
 * becomes the worse of the two); another subject of the same name gets
 * " (2)", " (3)"... Each call costs O(its strings), whatever the suite
 * holds. */
int report_add_subject(pg_report *r, report_suite *s, const char *name,
                       pg_outcome outcome, const char *message,
                       const char *const *addresses, const pg_node_id *nodes,
                       size_t n_addresses, const char *path, const char *path_json);
/* Gives each subject of suites first.. the source location of the first
 * of its resources that has one (pg_node_info.file, .line), from g, the
 * graph its subjects were added from. PG_OK or PG_ERR_NOMEM. */
int report_locate(pg_report *r, size_t first, const pg_graph *g);
/* Suites first.. are complete (located too): frees what only adding and
 * locating subjects need, about 60 bytes a subject, so that a long check
 * does not hold it for every suite at once. No subject may be added to
 * them, nor located, after this. */
void report_close(pg_report *r, size_t first);
/* Moves every suite of `from` to the end of `to` and takes over its
 * memory; `from` is freed. PG_OK or PG_ERR_NOMEM (then `from` is freed and
 * `to` holds what was moved so far). */
int report_adopt(pg_report *to, pg_report *from);
/* The index (0..plan count - 1) of the plan of suite i. */
size_t report_suite_plan(const pg_report *r, size_t i);
/* Records how long the plan named `plan` took to load, build and
 * evaluate; nothing when no suite has that plan. */
void report_plan_times(pg_report *r, const char *plan, double load, double build,
                       double eval);
/* Plan p of the report (p < pg_report_plan_count). */
const report_plan *report_plan_at(const pg_report *r, size_t p);

#endif
