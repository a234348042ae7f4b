/* Check reports: suites (one per query per plan) holding subjects with
 * their outcome, message, resources and graph path. Strings live in the
 * report's arena; arrays are malloc'd and freed with the report. Subjects
 * and plans are found through hash sets, so a report of n subjects is
 * built in O(n) whatever their names. */
#include "run/results.h"
#include "query/qast.h"
#include "base/vec.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int pg_report_new(pg_report **out) {
  *out = calloc(1, sizeof **out);
  if (!*out) return PG_ERR_NOMEM;
  arena_init(&(*out)->mem);
  idset_init(&(*out)->plan_ids);
  return PG_OK;
}

/* What adding subjects needs: the keys and the two sets over them. */
static void suite_release_index(report_suite *s) {
  free(s->keys);
  s->keys = NULL;
  s->cap_keys = 0;
  idset_release(&s->bases);
  idset_release(&s->suffixed);
  idset_release(&s->identities);
}

static void suite_release(report_suite *s) {
  free(s->subjects_owned);
  suite_release_index(s);
}

void report_close(pg_report *r, size_t first) {
  for (size_t i = first; i < r->n; i++) suite_release_index(&r->suites[i]);
}

void pg_report_free(pg_report *r) {
  if (!r) return;
  for (size_t i = 0; i < r->n; i++) suite_release(&r->suites[i]);
  free(r->suites);
  free(r->plans);
  free(r->errors);
  idset_release(&r->plan_ids);
  for (size_t i = 0; i < r->n_adopted; i++) arena_release(&r->adopted[i]);
  free(r->adopted);
  arena_release(&r->mem);
  free(r);
}

size_t pg_report_suite_count(const pg_report *r) { return r ? r->n : 0; }

const pg_suite_result *pg_report_suite(const pg_report *r, size_t i) {
  return r && i < r->n ? &r->suites[i].pub : NULL;
}

size_t pg_report_plan_count(const pg_report *r) { return r ? r->n_plans : 0; }

size_t report_suite_plan(const pg_report *r, size_t i) { return r->suites[i].plan_index; }

const report_plan *report_plan_at(const pg_report *r, size_t p) { return &r->plans[p]; }

int pg_report_add_error(pg_report *r, const char *plan, const char *message) {
  if (VEC_RESERVE(r->errors, r->cap_errors, r->n_errors + 1)) return PG_ERR_NOMEM;
  pg_plan_error e = {report_str(r, plan), report_str(r, message ? message : "")};
  if (!e.plan || !e.message) return PG_ERR_NOMEM;
  r->errors[r->n_errors++] = e;
  return PG_OK;
}

size_t pg_report_error_count(const pg_report *r) { return r ? r->n_errors : 0; }

const pg_plan_error *pg_report_error(const pg_report *r, size_t i) {
  return r && i < r->n_errors ? &r->errors[i] : NULL;
}

/* Any case: `--fail-on CRITICAL` is as good as `critical`. */
int pg_severity_rank(const char *s) {
  for (int i = 0; s && i <= SEV_CRITICAL; i++)
    if (strcasecmp(s, qseverity_name((qseverity)i)) == 0) return i;
  return -1;
}

const char *report_str(pg_report *r, const char *s) {
  return s ? arena_strndup(&r->mem, s, strlen(s)) : NULL;
}

report_suite *report_add_suite(pg_report *r) {
  if (VEC_RESERVE(r->suites, r->cap, r->n + 1)) return NULL;
  report_suite *s = &r->suites[r->n++];
  memset(s, 0, sizeof *s);
  idset_init(&s->bases);
  idset_init(&s->suffixed);
  idset_init(&s->identities);
  return s;
}

/* ---- plans ------------------------------------------------------------- */

static uint64_t str_hash(const char *s) { return hash_mem(HASH_FNV_OFFSET, s, strlen(s)); }

static int plan_eq(const void *ctx, int32_t id, const void *probe) {
  const pg_report *r = ctx;
  return strcmp(r->suites[r->plans[id].first].pub.plan, probe) == 0;
}

/* Numbers the plan of suite i (its pub.plan already set). */
static int number_plan(pg_report *r, size_t i) {
  report_suite *s = &r->suites[i];
  uint64_t h = str_hash(s->pub.plan);
  int32_t p = idset_find(&r->plan_ids, h, s->pub.plan, plan_eq, r);
  if (p < 0) {
    if (VEC_RESERVE(r->plans, r->cap_plans, r->n_plans + 1)) return PG_ERR_NOMEM;
    report_plan rp = {i, -1, -1, -1};
    r->plans[r->n_plans] = rp;
    if (idset_add(&r->plan_ids, h, (int32_t)r->n_plans) < 0)
      return PG_ERR_NOMEM;
    p = (int32_t)r->n_plans++;
  }
  s->plan_index = (size_t)p;
  return PG_OK;
}

int pg_report_plan_times(const pg_report *r, const char *plan, double *load, double *build,
                         double *evaluate) {
  int32_t p = r && plan ? idset_find(&r->plan_ids, str_hash(plan), plan, plan_eq, r) : -1;
  if (p < 0) return PG_ERR_NOT_FOUND;
  if (load) *load = r->plans[p].load_seconds;
  if (build) *build = r->plans[p].build_seconds;
  if (evaluate) *evaluate = r->plans[p].eval_seconds;
  return PG_OK;
}

void report_plan_times(pg_report *r, const char *plan, double load, double build,
                       double eval) {
  int32_t p = idset_find(&r->plan_ids, str_hash(plan), plan, plan_eq, r);
  if (p < 0) return;
  r->plans[p].load_seconds = load;
  r->plans[p].build_seconds = build;
  r->plans[p].eval_seconds = eval;
}

int report_set_plan(pg_report *r, report_suite *s, const char *plan) {
  if (!(s->pub.plan = report_str(r, plan))) return PG_ERR_NOMEM;
  return number_plan(r, (size_t)(s - r->suites));
}

int report_adopt(pg_report *to, pg_report *from) {
  int rc = PG_OK;
  if (VEC_RESERVE(to->adopted, to->cap_adopted, to->n_adopted + from->n_adopted + 1) ||
      VEC_RESERVE(to->suites, to->cap, to->n + from->n) ||
      VEC_RESERVE(to->errors, to->cap_errors, to->n_errors + from->n_errors)) {
    rc = PG_ERR_NOMEM;
    goto cleanup;
  }
  /* The strings stay where they are: `to` takes over the arenas. */
  to->adopted[to->n_adopted++] = from->mem;
  arena_init(&from->mem);
  for (size_t i = 0; i < from->n_adopted; i++) to->adopted[to->n_adopted++] = from->adopted[i];
  from->n_adopted = 0;
  for (size_t i = 0; i < from->n && rc == PG_OK; i++) {
    to->suites[to->n++] = from->suites[i];
    memset(&from->suites[i], 0, sizeof from->suites[i]);
    rc = number_plan(to, to->n - 1);
  }
  /* Plans that could not be checked: their strings are in the arenas. */
  for (size_t i = 0; i < from->n_errors; i++) to->errors[to->n_errors++] = from->errors[i];
cleanup:
  pg_report_free(from);
  return rc;
}

/* ---- subjects ---------------------------------------------------------- */

/* A name looked up, with its hash: a slot whose stored hash differs is
 * passed over without comparing text (names of one suite often share long
 * prefixes, module.x["a-0001"]...). */
typedef struct name_probe {
  const char *name;
  uint64_t hash;
} name_probe;

static int base_eq(const void *ctx, int32_t id, const void *probe) {
  const report_suite *s = ctx;
  const name_probe *q = probe;
  return s->keys[id].base_hash == q->hash && strcmp(s->keys[id].base, q->name) == 0;
}

static int name_eq(const void *ctx, int32_t id, const void *probe) {
  const report_suite *s = ctx;
  const name_probe *q = probe;
  return s->keys[id].name_hash == q->hash && strcmp(s->subjects_owned[id].name, q->name) == 0;
}

/* A subject's identity: the name the query gave and its resources. */
typedef struct identity {
  const char *base;
  const char *const *addresses;
  size_t n;
  uint64_t hash;   /* identity_hash, once known */
} identity;

/* From the name's hash: an address equal to the name (most subjects are
 * named by their one resource) is not hashed again. */
static uint64_t identity_hash(const identity *k, uint64_t base_hash) {
  uint64_t h = hash_word(base_hash, k->n);
  for (size_t i = 0; i < k->n; i++)
    h = hash_word(h, strcmp(k->addresses[i], k->base) == 0 ? base_hash
                                                            : str_hash(k->addresses[i]));
  return h;
}

static int identity_eq(const void *ctx, int32_t id, const void *probe) {
  const report_suite *s = ctx;
  const identity *k = probe;
  const pg_subject_result *sub = &s->subjects_owned[id];
  if (s->keys[id].identity != k->hash || sub->n_addresses != k->n ||
      strcmp(s->keys[id].base, k->base) != 0)
    return 0;
  for (size_t i = 0; i < k->n; i++)
    if (strcmp(sub->addresses[i], k->addresses[i]) != 0) return 0;
  return 1;
}

/* The first subject whose base name is `name`, or -1. */
static int32_t find_base(const report_suite *s, const char *name, uint64_t h) {
  name_probe q = {name, h};
  return idset_find(&s->bases, h, &q, base_eq, s);
}

/* Whether a subject's public name is `name`. The first subject of a base
 * holds the base itself unless it was taken then, by a suffixed name (in
 * `suffixed`); so a base in `bases` is always taken. */
static int name_taken(const report_suite *s, const char *name, uint64_t h) {
  name_probe q = {name, h};
  return find_base(s, name, h) >= 0 || idset_find(&s->suffixed, h, &q, name_eq, s) >= 0;
}

/* Puts subject id, whose identity hashes to h, in the suite's identities. */
static int add_identity(report_suite *s, int32_t id, uint64_t h) {
  subject_key *key = &s->keys[id];
  key->identity = h;
  if (idset_add(&s->identities, h, id) < 0) return PG_ERR_NOMEM;
  key->indexed = 1;
  return PG_OK;
}

/* The first subject of a base joins the identities once its base repeats. */
static int index_identity(report_suite *s, int32_t id) {
  const subject_key *key = &s->keys[id];
  if (key->indexed) return PG_OK;
  const pg_subject_result *sub = &s->subjects_owned[id];
  identity k = {key->base, sub->addresses, sub->n_addresses, 0};
  return add_identity(s, id, identity_hash(&k, key->base_hash));
}

/* "name (k)" for the first k from *next on that no subject has; *next
 * moves past it, so that k subjects of one name cost O(k), not O(k^2).
 * The result is in the report's arena. */
static const char *suffixed_name(pg_report *r, const report_suite *s, const char *name,
                                 unsigned *next, uint64_t *hash) {
  char buf[1200];
  unsigned k = *next ? *next : 2;
  for (;; k++) {
    snprintf(buf, sizeof buf, "%.1100s (%u)", name, k);
    *hash = str_hash(buf);
    if (!name_taken(s, buf, *hash)) break;
  }
  *next = k + 1;
  return report_str(r, buf);
}

static void count_outcome(report_suite *s, pg_outcome o, int delta) {
  size_t *n = o == PG_PASS ? &s->pub.passed : o == PG_FAIL ? &s->pub.failed : &s->pub.unknown;
  *n = (size_t)((long long)*n + delta);
}

/* How bad an outcome is: a repeated subject keeps the worst it had. */
static int outcome_rank(pg_outcome o) { return o == PG_FAIL ? 2 : o == PG_UNKNOWN ? 1 : 0; }

/* The same subject again: keep one, with the worse outcome and its text. */
static int merge_subject(pg_report *r, report_suite *s, int32_t id, pg_outcome outcome,
                         const char *message, const char *path, const char *path_json) {
  pg_subject_result *sub = &s->subjects_owned[id];
  if (outcome_rank(outcome) <= outcome_rank(sub->outcome)) return PG_OK;
  count_outcome(s, sub->outcome, -1);
  count_outcome(s, outcome, 1);
  sub->outcome = outcome;
  sub->message = report_str(r, message);
  sub->path = report_str(r, path);
  sub->path_json = report_str(r, path_json);
  return (message && !sub->message) || (path && !sub->path) ||
         (path_json && !sub->path_json) ? PG_ERR_NOMEM : PG_OK;
}

static int reserve_subject(report_suite *s) {
  size_t need = s->pub.n_subjects + 1;
  if (VEC_RESERVE(s->subjects_owned, s->cap_subjects, need) ||
      VEC_RESERVE(s->keys, s->cap_keys, need))
    return PG_ERR_NOMEM;
  s->pub.subjects = s->subjects_owned;
  return PG_OK;
}

/* Most subjects are named by their one resource: an address equal to
 * the name shares the name's copy (strings in the report are never
 * changed), which keeps a large suite's memory to one copy of each. */
static const char **copy_addresses(pg_report *r, const char *const *addresses, size_t n,
                                   const char *name) {
  const char **addrs = n ? arena_alloc(&r->mem, n * sizeof *addrs) : NULL;
  for (size_t i = 0; addrs && i < n; i++) {
    addrs[i] = strcmp(addresses[i], name) == 0 ? name : report_str(r, addresses[i]);
    if (!addrs[i]) return NULL;
  }
  return addrs;
}

/* The public name of a new subject whose base is `name`: the name itself
 * when free, else "name (k)" from the counter of the base's first subject
 * (`first`, or the new one when it is the first). */
static const char *public_name(pg_report *r, report_suite *s, int32_t first, int32_t id,
                               const char *name, uint64_t base_hash, uint64_t *hash) {
  name_probe q = {name, base_hash};
  if (first < 0 && idset_find(&s->suffixed, base_hash, &q, name_eq, s) < 0) {
    *hash = base_hash;
    return report_str(r, name);
  }
  return suffixed_name(r, s, name, &s->keys[first >= 0 ? first : id].next_suffix, hash);
}

int report_add_subject(pg_report *r, report_suite *s, const char *name,
                       pg_outcome outcome, const char *message,
                       const char *const *addresses, const pg_node_id *nodes,
                       size_t n_addresses, const char *path, const char *path_json) {
  uint64_t base_hash = str_hash(name);
  int32_t first = find_base(s, name, base_hash);
  identity k = {name, addresses, n_addresses, 0};
  if (first >= 0) {
    /* A repeated name: the same resources make the same subject. */
    if (index_identity(s, first) != PG_OK) return PG_ERR_NOMEM;
    k.hash = identity_hash(&k, base_hash);
    int32_t same = idset_find(&s->identities, k.hash, &k, identity_eq, s);
    if (same >= 0) return merge_subject(r, s, same, outcome, message, path, path_json);
  }
  if (reserve_subject(s) != PG_OK) return PG_ERR_NOMEM;
  int32_t id = (int32_t)s->pub.n_subjects;
  pg_subject_result *sub = &s->subjects_owned[id];
  subject_key *key = &s->keys[id];
  memset(sub, 0, sizeof *sub);
  memset(key, 0, sizeof *key);
  key->base_hash = base_hash;
  sub->name = public_name(r, s, first, id, name, base_hash, &key->name_hash);
  key->base = sub->name && strcmp(sub->name, name) == 0 ? sub->name : report_str(r, name);
  sub->outcome = outcome;
  sub->message = report_str(r, message);
  sub->path = report_str(r, path);
  sub->path_json = report_str(r, path_json);
  sub->addresses = key->base ? copy_addresses(r, addresses, n_addresses, key->base) : NULL;
  sub->n_addresses = n_addresses;
  if (nodes && n_addresses) {
    pg_node_id *ids = arena_alloc(&r->mem, n_addresses * sizeof *ids);
    if (!ids) return PG_ERR_NOMEM;
    memcpy(ids, nodes, n_addresses * sizeof *ids);
    key->nodes = ids;
  }
  if (!sub->name || !key->base || (n_addresses && !sub->addresses) ||
      (message && !sub->message) || (path && !sub->path) || (path_json && !sub->path_json))
    return PG_ERR_NOMEM;
  if ((first < 0 && idset_add(&s->bases, base_hash, id) < 0) ||
      (key->base != sub->name &&
       idset_add(&s->suffixed, key->name_hash, id) < 0))
    return PG_ERR_NOMEM;
  if (first >= 0 && add_identity(s, id, k.hash) != PG_OK) return PG_ERR_NOMEM;
  s->pub.n_subjects++;
  count_outcome(s, outcome, 1);
  return PG_OK;
}

/* A `plangraph:ignore=ID reason` line of the located block that names the
 * suite's query waives a failing subject: the reason is its justification. */
static int ignore_in_source(pg_report *r, report_suite *s, pg_subject_result *sub,
                            const char *ignores) {
  size_t idn = strlen(s->pub.query_id);
  for (const char *p = ignores; p && *p; p = strchr(p, '\n') ? strchr(p, '\n') + 1 : NULL) {
    if (strncmp(p, s->pub.query_id, idn) != 0 || (p[idn] != ' ' && p[idn] != '\n')) continue;
    const char *why = p + idn;
    while (*why == ' ') why++;
    size_t n = strcspn(why, "\n");
    char buf[1024];
    snprintf(buf, sizeof buf, "%.*s (plangraph:ignore in %s:%u)", (int)(n < 900 ? n : 900),
             n ? why : "ignored", sub->file, sub->line);
    if (!(sub->suppressed = report_str(r, buf))) return PG_ERR_NOMEM;
    sub->in_source = 1;
    s->pub.failed--;
    s->pub.suppressed++;
    return PG_OK;
  }
  return PG_OK;
}

/* The resource a subject is about: the one its name starts with ("{rt}
 * via {pc}" is the route table's), else its first. A subject's region and
 * file:line are that resource's, so that a route table in one region is
 * not shown at its peering connection, in the other. */
static size_t own_address(const pg_subject_result *sub) {
  for (size_t k = 0; k < sub->n_addresses; k++) {
    size_t n = strlen(sub->addresses[k]);
    if (strncmp(sub->name, sub->addresses[k], n) == 0 &&
        (sub->name[n] == '\0' || sub->name[n] == ' '))
      return k;
  }
  return 0;
}

/* The report's copies of the graph's region and file names, by the
 * graph's pointer: a suite's subjects name a few regions and files many
 * times over, and each is copied once per query, not per subject. */
#define LOCATE_MEMO 64
typedef struct locate_memo {
  const char *from[LOCATE_MEMO];
  const char *copy[LOCATE_MEMO];
} locate_memo;

static const char *graph_str(pg_report *r, locate_memo *m, const char *s) {
  size_t slot = (size_t)(hash_word(HASH_FNV_OFFSET, (uint64_t)(uintptr_t)s) % LOCATE_MEMO);
  if (m->from[slot] != s) {
    const char *copy = report_str(r, s);
    if (!copy) return NULL;
    m->from[slot] = s;
    m->copy[slot] = copy;
  }
  return m->copy[slot];
}

/* Takes sub's region (while it has none) and file and line (with the
 * ignore comments there) from node id, when it has them. */
static int locate_at(pg_report *r, report_suite *s, pg_subject_result *sub, const pg_graph *g,
                     pg_node_id id, locate_memo *m) {
  pg_node_info info;
  if (pg_graph_node(g, id, &info) != PG_OK) return PG_OK;
  if (!sub->region && info.region && strcmp(info.region, "unknown") != 0 &&
      !(sub->region = graph_str(r, m, info.region)))
    return PG_ERR_NOMEM;
  if (!info.file) return PG_OK;
  if (!(sub->file = graph_str(r, m, info.file))) return PG_ERR_NOMEM;
  sub->line = info.line;
  if (sub->outcome == PG_FAIL && info.ignores && ignore_in_source(r, s, sub, info.ignores) != PG_OK)
    return PG_ERR_NOMEM;
  return PG_OK;
}

/* Region, file and line of sub from its resources, its own first. A
 * subject named for a node that is not among its resources (a provider
 * configuration: resources list only resources and data sources) is
 * located at that node's block first. */
static int locate_subject(pg_report *r, report_suite *s, pg_subject_result *sub,
                          const pg_node_id *nodes, const pg_graph *g, locate_memo *m) {
  size_t own = own_address(sub);
  if ((!sub->n_addresses || strcmp(sub->addresses[own], sub->name) != 0) &&
      locate_at(r, s, sub, g, pg_graph_find(g, sub->name), m) != PG_OK)
    return PG_ERR_NOMEM;
  for (size_t step = 0; step < sub->n_addresses && !sub->file; step++) {
    size_t k = step == 0 ? own : step <= own ? step - 1 : step;
    pg_node_id id = nodes ? nodes[k] : pg_graph_find(g, sub->addresses[k]);
    if (locate_at(r, s, sub, g, id, m) != PG_OK) return PG_ERR_NOMEM;
  }
  return PG_OK;
}

int report_locate(pg_report *r, size_t first, const pg_graph *g) {
  locate_memo m = {{0}, {0}};
  for (size_t i = first; i < r->n; i++) {
    report_suite *s = &r->suites[i];
    for (size_t j = 0; j < s->pub.n_subjects; j++)
      if (locate_subject(r, s, &s->subjects_owned[j], s->keys ? s->keys[j].nodes : NULL, g,
                         &m) != PG_OK)
        return PG_ERR_NOMEM;
  }
  return PG_OK;
}
