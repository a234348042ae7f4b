/* Loading: read the plan bytes (file, standard input, or a binary plan file
 * converted by the caller's callback), then run the build stages in order. */
#include "resolve/locals.h"
#include "resolve/lookups.h"
#include "resolve/plausible.h"
#include "resolve/srcdot.h"
#include "resolve/varpath.h"
#include "graph/graph_impl.h"
#include "base/clock.h"
#include "base/input.h"
#include "graph/ig_guard.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int is_zip(const char *buf, size_t len) {
  return len >= 4 && memcmp(buf, "PK\x03\x04", 4) == 0;
}

static int load_owned(pg_graph **out, const char *name, char *text, size_t len, size_t mapped,
                      const pg_load_options *opts, double started, pg_diags *diags);
static input_limits read_limits(const pg_load_options *opts, const char *expected);
static void release_unread_sections(pg_graph *g);
static void release_unread_text(pg_graph *g);

/* A binary plan file, through the caller's converter when it has one. */
static int convert(const char *path, const char *name, uint64_t max,
                   const pg_load_options *opts, char **text, size_t *len, pg_diags *diags) {
  int stdin_ = strcmp(path, "-") == 0;
  int rc = !stdin_ && opts && opts->convert
               ? opts->convert(path, opts->convert_ctx, max, text, len, diags)
               : PG_ERR_NOT_FOUND;
  if (rc == PG_ERR_NOT_FOUND) {
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL,
                 "is a binary plan file; plangraph reads its JSON form: run "
                 "`terraform show -json %s > plan.json` in the directory "
                 "that made it, then pass plan.json", stdin_ ? "PLANFILE" : path);
    return PG_ERR_NOT_PLAN;
  }
  if (rc == PG_OK && !*text) {
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL,
                 "is a binary plan file and its converter gave no text");
    rc = PG_ERR_INTERNAL;
  }
  return rc;
}

int pg_graph_load(pg_graph **out, const char *path, const pg_load_options *opts,
                  pg_diags *diags) {
  *out = NULL;
  double started = clock_seconds();
  const char *name = strcmp(path, "-") == 0 ? "<stdin>" : path;
  input_limits lim = read_limits(opts, "the JSON file that `terraform show -json PLANFILE` "
                                       "writes");
  uint64_t max = lim.max_bytes;
  char *text = NULL;
  size_t len = 0, mapped = 0;
  int rc = input_map(path, name, &lim, &text, &len, &mapped, diags);
  if (rc != PG_OK) return rc;
  if (is_zip(text, len)) {
    input_release(text, mapped);
    text = NULL;
    mapped = 0;
    rc = convert(path, name, max, opts, &text, &len, diags);
    if (rc != PG_OK) return rc;
  }
  return load_owned(out, name, text, len, mapped, opts, started, diags);
}

int pg_graph_load_buffer(pg_graph **out, const char *name, const char *data,
                         size_t len, const pg_load_options *opts,
                         pg_diags *diags) {
  *out = NULL;
  double started = clock_seconds();
  char *text = malloc(len + 1);
  if (!text) return PG_ERR_NOMEM;
  if (len) memcpy(text, data, len);
  text[len] = '\0';
  return load_owned(out, name ? name : "<buffer>", text, len, 0, opts, started, diags);
}

/* The limits a file the caller names is read with (the plan, the graph). */
static input_limits read_limits(const pg_load_options *opts, const char *expected) {
  uint64_t max = opts && opts->max_input_bytes ? opts->max_input_bytes : PG_DEFAULT_MAX_INPUT;
  double wait = opts && opts->input_wait_seconds > 0 ? opts->input_wait_seconds
                                                     : PG_DEFAULT_INPUT_WAIT;
  return (input_limits){max, PG_LIMIT_INPUT_BYTES, wait, expected};
}

/* `terraform graph` output, read as the plan is read. */
static int tf_graph(build *b, const char *plan_name, const pg_load_options *opts) {
  const char *path = opts->tf_graph_path;
  if (strcmp(path, "-") == 0 && strcmp(plan_name, "<stdin>") == 0) {
    pg_diags_add(b->diags, PG_SEV_ERROR, "<stdin>", 0, 0, NULL,
                 "standard input is the plan; the `terraform graph` output must be "
                 "another file");
    return PG_ERR_IO;
  }
  input_limits lim = read_limits(opts, "the DOT text that `terraform graph` writes");
  return tfgraph_apply(b, path, &lim);
}

static int load_owned(pg_graph **out, const char *name, char *text, size_t len, size_t mapped,
                      const pg_load_options *opts, double started, pg_diags *diags) {
  pg_graph *g = calloc(1, sizeof *g);
  if (!g) {
    input_release(text, mapped);
    return PG_ERR_NOMEM;
  }
  arena_init(&g->arena);
  g->text = text;
  g->text_len = len;
  g->text_mapped = mapped;
  g->max_nodes = opts && opts->max_nodes ? opts->max_nodes : PG_DEFAULT_MAX_NODES;
  int rc = strtab_init(&g->strs, &g->arena) == 0 ? PG_OK : PG_ERR_NOMEM;
  if (rc == PG_OK) {
    g->source = g_intern_cstr(g, name);
    g->str_unknown = g_intern_cstr(g, "unknown");
    if (!g->source || !g->str_unknown) rc = PG_ERR_NOMEM;
  }
  build b = {.g = g, .diags = diags};
  /* Every igraph call of the build runs with the library's handlers. */
  ig_guard saved = ig_guard_enter();
  if (rc == PG_OK) rc = plan_read_sections(&b);
  if (rc == PG_OK) release_unread_sections(g);
  /* Loading is reading the bytes and their sections; the rest is building. */
  double loaded = clock_seconds();
  g->load_seconds = loaded - started;
  if (rc == PG_OK) rc = config_load(&b);
  if (rc == PG_OK) rc = nodes_build(&b);
  /* Before regions: a provider's region expression is read from them. */
  if (rc == PG_OK && opts && opts->source_dir) rc = sources_scan(&b, opts->source_dir);
  if (rc == PG_OK) rc = regions_resolve(&b);
  if (rc == PG_OK) rc = refs_resolve(&b);
  if (rc == PG_OK) rc = values_link(&b);
  if (rc == PG_OK) rc = secrets_collect(&b);
  if (rc == PG_OK && opts && opts->tf_graph_path) rc = tf_graph(&b, name, opts);
  /* Locals from the sources' text (tfgraph_apply reads it too). */
  if (rc == PG_OK && !(opts && opts->tf_graph_path)) rc = srcdot_resolve(&b);
  if (rc == PG_OK) rc = locals_finish(&b);
  if (rc == PG_OK) rc = lookups_link(&b);
  if (rc == PG_OK) plausible_edges(&b);
  /* Last, so that every reference and value edge can tie regions together. */
  if (rc == PG_OK) rc = regions_infer(&b);
  if (rc == PG_OK) rc = sources_locate(&b);
  if (rc == PG_OK) rc = g_finish(&b);
  ig_guard_leave(saved);
  locals_release(&b);
  varpath_release(&b);
  sources_scan_free(&b);
  g->build_seconds = clock_seconds() - loaded;
  if (rc != PG_OK && g->over_node_limit) {
    rc = PG_ERR_LIMIT;
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL,
                 "has more than %llu graph nodes, the limit",
                 (unsigned long long)g->max_nodes);
    pg_diags_set_limit(diags, PG_LIMIT_NODES);
  } else if (rc == PG_ERR_NOMEM) {
    pg_diags_add(diags, PG_SEV_ERROR, name, 0, 0, NULL, "out of memory");
  }
  if (rc != PG_OK) {
    pg_graph_free(g);
    return rc;
  }
  release_unread_text(g);
  *out = g;
  return PG_OK;
}

/* A mapped plan's pages that no later stage reads go back as soon as it
 * is known which (input_release_except): first the sections the build
 * does not read, then, once built, all but the nodes' values. */

/* The build reads resource_changes (or planned_values in a plan without
 * them), prior_state, configuration and variables; the rest of a plan
 * (planned_values beside resource_changes, relevant_attributes,
 * output_changes) is 40% of the bench's plans. */
static void release_unread_sections(pg_graph *g) {
  jslice read[] = {g->sec_resource_changes.p ? g->sec_resource_changes : g->sec_planned_values,
                   g->sec_prior_state, g->sec_configuration, g->sec_variables};
  input_range keep[sizeof read / sizeof *read];
  size_t n = 0;
  for (size_t i = 0; i < sizeof read / sizeof *read; i++)
    if (read[i].p) {
      size_t at = (size_t)(read[i].p - g->text);
      keep[n++] = (input_range){at, at + read[i].n};
    }
  g->text_released = input_release_except(g->text, g->text_mapped, keep, n);
}

/* Once built, the graph reads the plan text only through its nodes'
 * slices (values and their marks); the configuration and variables were
 * parsed into trees of their own, and the `before` values of updates and
 * prior_state's managed resources are not read again. Without memory for
 * the ranges, nothing more goes back. */
static void release_unread_text(pg_graph *g) {
  if (!g->text_mapped) return;
  input_range *keep = malloc((3 * g->n_nodes + 1) * sizeof *keep);
  if (!keep) return;
  size_t n = 0;
  for (size_t i = 0; i < g->n_nodes; i++) {
    const jslice s[3] = {g->nodes[i].values, g->nodes[i].unknown, g->nodes[i].sensitive};
    for (int k = 0; k < 3; k++)
      if (s[k].p && s[k].n) {
        size_t at = (size_t)(s[k].p - g->text);
        keep[n++] = (input_range){at, at + s[k].n};
      }
  }
  g->text_released = input_release_except(g->text, g->text_mapped, keep, n);
  free(keep);
}
