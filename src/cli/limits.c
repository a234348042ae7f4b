/* Resource limits from the environment: PLANGRAPH_MAX_INPUT (bytes, with
 * an optional K, M or G suffix), PLANGRAPH_MAX_NODES, PLANGRAPH_INPUT_WAIT
 * (seconds) and PLANGRAPH_MAX_STEPS. They are environment variables rather
 * than options because a CI system sets them once for every command; an
 * unset or empty variable leaves the library's default. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli/cli.h"

static int bad_value(const char *var, const char *value, const char *want) {
  fprintf(stderr, "plangraph: %s=%s: wants %s\n", var, value, want);
  return EXIT_BAD;
}

/* A positive whole number, with a binary K/M/G suffix when sized. */
static int env_count(const char *var, int sized, uint64_t *out) {
  const char *s = getenv(var);
  if (!s || !*s) return EXIT_OK;
  const char *want = sized ? "a positive number of bytes (K, M or G suffix allowed)"
                           : "a positive whole number";
  char *end;
  errno = 0;
  unsigned long long v = strtoull(s, &end, 10);
  if (end == s || *s == '-' || errno) return bad_value(var, s, want);
  unsigned shift = 0;
  if (sized && *end) {
    const char *units = "KMG", *u = strchr(units, *end);
    if (!u || end[1]) return bad_value(var, s, want);
    shift = 10u * (unsigned)(u - units + 1);
    end++;
  }
  if (*end || v == 0 || v > (UINT64_MAX >> shift)) return bad_value(var, s, want);
  *out = (uint64_t)v << shift;
  return EXIT_OK;
}

int cli_load_limits(pg_load_options *opts) {
  int rc = env_count("PLANGRAPH_MAX_INPUT", 1, &opts->max_input_bytes);
  if (rc == EXIT_OK) rc = env_count("PLANGRAPH_MAX_NODES", 0, &opts->max_nodes);
  const char *s = getenv("PLANGRAPH_INPUT_WAIT");
  if (rc == EXIT_OK && s && *s) {
    char *end;
    double v = strtod(s, &end);
    if (end == s || *end || !(v > 0) || !isfinite(v))
      return bad_value("PLANGRAPH_INPUT_WAIT", s, "a positive number of seconds");
    opts->input_wait_seconds = v;
  }
  return rc;
}

int cli_check_limits(pg_check_options *opts) {
  return env_count("PLANGRAPH_MAX_STEPS", 0, &opts->max_steps);
}

int cli_limits_valid(void) {
  pg_load_options load = {0};
  pg_check_options check = {0, 0, 0};
  int rc = cli_load_limits(&load);
  return rc == EXIT_OK ? cli_check_limits(&check) : rc;
}

double cli_input_wait(void) {
  pg_load_options opts = {0};
  cli_load_limits(&opts);
  return opts.input_wait_seconds;
}

/* --timeout: one parser for every command that takes it, on the command
 * line or in the configuration file (the option table's CLI_SECONDS kind).
 * A finite positive number of seconds, at most a year (nan, inf, 1e19, 0,
 * -1 and trailing text are refused, so no value turns the limit off or
 * makes it fire at once). */
int cli_seconds(const char *s, double *out) {
  *out = 0;
  if (!s) return 1;
  char *end;
  errno = 0;
  double v = strtod(s, &end);
  if (end == s || *end || errno || !isfinite(v) || !(v > 0) || v > CLI_MAX_TIMEOUT) return 0;
  *out = v;
  return 1;
}
