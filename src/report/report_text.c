/* A report as text for people, laid out for a 100-column terminal: a
 * finding takes two lines (status, severity, query id, subject, region;
 * then, indented, the message, cut to fit, and where the subject is
 * declared); lines break at spaces only, so a long address stays whole
 * (past the 100th column) for grep and copy. With several plans, each plan's findings follow a "== PLAN"
 * heading. Verbose output adds passing, unknown and skipped subjects, gives messages whole
 * and each failing query's documented fix. Then a summary line per plan,
 * a line per plan that could not be checked and a grand total when there
 * are several. Colour is the caller's choice: the library never looks at
 * a terminal. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plangraph/guard.h"
#include "plangraph/query.h"
#include "base/visible.h"
#include "report/ending.h"
#include "report/query_docs.h"
#include "run/results.h"

#define WIDTH 100   /* columns a line may take */
#define INDENT 6    /* where the second line of a finding starts */

/* How a subject (or a query) came out, and how it looks. */
typedef enum status { ST_FAIL, ST_PASS, ST_UNKNOWN, ST_SKIP, ST_WAIVED, ST_KNOWN } status;

static const struct {
  const char *word;   /* padded to 7 columns by the caller */
  const char *color;  /* ANSI: red, green, yellow, then dim */
} looks[] = {
    [ST_FAIL] = {"FAIL", "\033[1;31m"},  [ST_PASS] = {"pass", "\033[32m"},
    [ST_UNKNOWN] = {"unknown", "\033[33m"}, [ST_SKIP] = {"skip", "\033[2m"},
    [ST_WAIVED] = {"waived", "\033[2m"}, [ST_KNOWN] = {"known", "\033[2m"},
};

/* Columns taken by the UTF-8 text s[0..n): one per code point. */
static size_t columns(const char *s, size_t n) {
  size_t c = 0;
  for (size_t i = 0; i < n; i++) c += ((unsigned char)s[i] & 0xC0) != 0x80;
  return c;
}

/* The length in bytes of the longest prefix of s[0..n) that takes at most
 * cols columns, never splitting a code point. */
static size_t prefix_fitting(const char *s, size_t n, size_t cols) {
  size_t c = 0, i = 0;
  for (; i < n; i++) {
    if (((unsigned char)s[i] & 0xC0) != 0x80 && c++ == cols) break;
  }
  return i;
}

/* Where to break s[0..n) so the first piece takes at most cols columns:
 * after the last space in that piece (outside brackets and quotes, so
 * ["a b"] stays whole); with `overflow`, when there is none, after the
 * first space past it (a word is never split: an address in a report
 * must stay whole for grep and copy), else n; without, at cols. */
static size_t break_at(const char *s, size_t n, size_t cols, int overflow) {
  size_t fit = prefix_fitting(s, n, cols), best = 0;
  int depth = 0, quoted = 0;
  for (size_t i = 0; i < (overflow && !best ? n : fit); i++) {
    if (s[i] == '"' && (i == 0 || s[i - 1] != '\\')) quoted = !quoted;
    else if (!quoted && s[i] == '[') depth++;
    else if (!quoted && s[i] == ']' && depth) depth--;
    else if (!quoted && !depth && s[i] == ' ' && i > 0) {
      if (i >= fit) return i + 1;
      best = i + 1;
    }
  }
  return best ? best : overflow ? n : fit;
}

/* Where to cut s[0..n) before "..." so the piece takes at most cols
 * columns: at a space, unless that leaves less than half the room
 * (a long word: an escaped value), then inside the word; trailing spaces
 * and punctuation dropped. */
static size_t cut_at(const char *s, size_t n, size_t cols) {
  size_t k = break_at(s, n, cols, 0);
  if (columns(s, k) < cols / 2) k = prefix_fitting(s, n, cols);
  while (k && strchr(" ,;:", s[k - 1])) k--;
  return k;
}

/* Writes text from column `col` (the caller wrote that much), breaking at
 * spaces onto lines indented by INDENT (a word longer than the room left
 * runs past WIDTH whole); with `cut`, everything past the first line is
 * replaced by "...". Ends the last line. */
static void flow(FILE *f, size_t col, const char *text, int cut) {
  size_t n = strlen(text);
  while (col + columns(text, n) > WIDTH) {
    if (cut) {
      size_t k = cut_at(text, n, WIDTH - col - 3);
      fprintf(f, "%.*s...\n", (int)k, text);
      return;
    }
    size_t k = break_at(text, n, WIDTH - col, 1);
    if (k >= n) break;
    size_t shown = k;
    while (shown && text[shown - 1] == ' ') shown--;
    fprintf(f, "%.*s\n%*s", (int)shown, text, INDENT, "");
    text += k;
    n -= k;
    while (*text == ' ') text++, n--;
    col = INDENT;
  }
  fprintf(f, "%s\n", text);
}

/* Whether text names an AWS region itself (us-west-2, us-gov-east-1,
 * eu-central-1): letters, dash, [letters, dash,] letters, dash, digit. */
static int names_region(const char *text) {
  for (const char *p = text; *p; p++) {
    if (p != text && ((p[-1] >= 'a' && p[-1] <= 'z') || p[-1] == '-')) continue;
    const char *q = p;
    int parts = 0;
    while (parts < 4) {
      const char *start = q;
      while (*q >= 'a' && *q <= 'z') q++;
      if (q == start || *q != '-') break;
      q++;
      parts++;
    }
    if (parts >= 2 && *q >= '0' && *q <= '9') return 1;
  }
  return 0;
}

/* The subject's declaration, " (FILE:LINE)", in buf ("" when none). */
static const char *place(const pg_subject_result *sub, char *buf, size_t cap) {
  buf[0] = '\0';
  if (sub && sub->file) snprintf(buf, cap, " (%s:%u)", sub->file, sub->line);
  return buf;
}

/* What head_line left to the second line. */
enum { HEAD_PLACED = 1,        /* it said where the subject is declared */
       HEAD_REGION_LEFT = 2 }; /* the region did not fit: the message says it */

/* The first line: status, severity, query id, subject and region, and where the subject is
 * declared when that fits too. With `movable`, a region that would push
 * the line past WIDTH is left to the second line, so a finding takes two
 * lines unless its subject alone is too long (then it goes on a line of
 * its own, whole).
 * Returns HEAD_* flags, or -1 when memory ran out. */
static int head_line(FILE *f, int color, status st, const pg_suite_result *s,
                     const pg_subject_result *sub, int movable) {
  const char *subject = sub ? sub->name : NULL, *region = sub ? sub->region : NULL;
  if (color) fprintf(f, "%s%-7s\033[0m", looks[st].color, looks[st].word);
  else fprintf(f, "%-7s", looks[st].word);
  char where[1100];
  strbuf b = SB_GROWING;
  sb_add(&b, " ");
  sb_add(&b, s->severity);
  for (size_t pad = strlen(s->severity); pad < 8; pad++) sb_add(&b, " ");
  sb_add(&b, " ");
  sb_add(&b, s->query_id);
  /* Plan values cannot erase or forge a line (control characters shown). */
  if (subject && *subject) {
    sb_add(&b, "  ");
    sb_add_visible(&b, subject, strlen(subject), 0);
  }
  /* A subject that names a region (its own or another) gets no other. */
  int own_region = region && !(subject && names_region(subject));
  int left = own_region && movable && 7 + columns(b.buf, b.len) <= WIDTH &&
             7 + columns(b.buf, b.len) + 4 + columns(region, strlen(region)) > WIDTH;
  if (own_region && !left) {
    sb_add(&b, "  [");
    sb_add_visible(&b, region, strlen(region), 0);
    sb_add(&b, "]");
  }
  place(sub, where, sizeof where);
  int placed = *where && 7 + columns(b.buf, b.len) + columns(where, strlen(where)) <= WIDTH;
  if (placed) sb_add(&b, where);
  if (b.full) {
    sb_release(&b);
    return -1;
  }
  flow(f, 7, b.buf, 0);
  sb_release(&b);
  return (placed ? HEAD_PLACED : 0) | (left ? HEAD_REGION_LEFT : 0);
}

/* The message without the subject it starts with (the first line says
 * it), nor the region in parentheses after it: "X (us-east-1) has no..."
 * reads "has no...". */
static const char *after_subject(const char *message, const pg_subject_result *sub) {
  if (!message) return "";
  size_t n = sub ? strlen(sub->name) : 0;
  if (!n || strncmp(message, sub->name, n) != 0 || message[n] != ' ') return message;
  const char *p = message + n + 1;
  if (*p == '(') {
    const char *close = strchr(p, ')');
    if (close && close[1] == ' ' && close - p < 40) p = close + 2;
  }
  return *p ? p : message;
}

/* The second line: the message, cut to fit unless verbose (then wrapped),
 * and where the subject is declared unless the first line said it: after
 * the message when that leaves it 50 columns, else (a long path) on a line
 * of its own, never left out. Returns -1 when memory ran out (never a
 * shorter line). */
static int message_line(FILE *f, const pg_subject_result *sub, const char *message,
                         int verbose, int head) {
  char where[1100];
  strbuf b = SB_GROWING;
  if (sub && sub->region && (head & HEAD_REGION_LEFT)) {
    sb_add(&b, "[");
    sb_add_visible(&b, sub->region, strlen(sub->region), 0);
    sb_add(&b, "] ");
  }
  const char *said = verbose ? message : after_subject(message, sub);
  sb_add_visible(&b, said, strlen(said), 0);
  if (sub && sub->suppressed) {
    sb_add(&b, " [waived: ");
    sb_add(&b, sub->suppressed);
    sb_add(&b, "]");
  }
  if (sub && sub->baselined) sb_add(&b, " [in the baseline]");
  /* A shorter line is no answer. */
  if (b.full) {
    sb_release(&b);
    return -1;
  }
  if (head & HEAD_PLACED) place(NULL, where, sizeof where);
  else place(sub, where, sizeof where);
  size_t room = WIDTH - INDENT, wcols = columns(where, strlen(where)), text_len = b.len;
  char own_line[sizeof where] = "";
  if (!verbose && wcols + 50 > room) {
    memcpy(own_line, where + 1, strlen(where)); /* without its leading space */
    where[0] = '\0';
    wcols = 0;
  }
  fprintf(f, "%*s", INDENT, "");
  if (verbose || columns(b.buf, text_len) + wcols <= room) {
    if (sb_add(&b, where) < 0) {
      sb_release(&b);
      return -1;
    }
    flow(f, INDENT, b.buf, !verbose);
  } else {
    size_t k = cut_at(b.buf, text_len, room - wcols - 3);
    fprintf(f, "%.*s...%s\n", (int)k, b.buf, where);
  }
  if (own_line[0]) fprintf(f, "%*s%s\n", INDENT, "", own_line);
  sb_release(&b);
  return 0;
}

static status subject_status(const pg_subject_result *sub) {
  if (sub->suppressed) return ST_WAIVED;
  if (sub->baselined) return ST_KNOWN;
  return sub->outcome == PG_PASS ? ST_PASS : sub->outcome == PG_FAIL ? ST_FAIL : ST_UNKNOWN;
}

/* The documented fix of a built-in query, once, under its first failure:
 * after its last subject it read as part of that subject, often a pass. */
static void fix_line(FILE *f, const pg_suite_result *s) {
  char *fix = query_doc_paragraph(s->query_id, "Fix");
  if (!fix) return;
  size_t n = strlen(fix);
  while (n && fix[n - 1] == ' ') fix[--n] = '\0';
  fprintf(f, "%*sfix: ", INDENT, "");
  flow(f, INDENT + 5, fix, 0);
  free(fix);
}

/* Whether suite_lines would write anything for s. */
static int suite_shows(const pg_suite_result *s, int verbose) {
  if (verbose) return s->n_subjects || s->skipped;
  for (size_t j = 0; j < s->n_subjects; j++)
    if (subject_status(&s->subjects[j]) == ST_FAIL) return 1;
  return 0;
}

/* A suite's lines; -1 when memory ran out. */
static int suite_lines(FILE *f, const pg_suite_result *s, const pg_text_options *o) {
  int any_failed = 0;
  for (size_t j = 0; j < s->n_subjects; j++) {
    const pg_subject_result *sub = &s->subjects[j];
    status st = subject_status(sub);
    if (st != ST_FAIL && !o->verbose) continue;
    /* A pass says nothing more (verbose: where it is); the others say why. */
    int head = head_line(f, o->color, st, s, sub, st != ST_PASS);
    if (head < 0 || (st != ST_PASS && message_line(f, sub, sub->message, o->verbose, head) < 0))
      return -1;
    if (o->verbose && st == ST_FAIL && !any_failed) fix_line(f, s);
    if (st == ST_PASS && !(head & HEAD_PLACED) && sub->file) {
      /* Where a pass is declared, when its first line had no room for it:
       * on a line of its own, never left out (as for a failure). */
      char where[1100];
      place(sub, where, sizeof where);
      fprintf(f, "%*s%s\n", INDENT, "", where + 1);
    }
    any_failed |= st == ST_FAIL;
  }
  if (o->verbose && s->skipped &&
      (head_line(f, o->color, ST_SKIP, s, NULL, 0) < 0 ||
       message_line(f, NULL, s->skipped, 1, HEAD_PLACED) < 0))
    return -1;
  return 0;
}

/* Totals of one plan's suites, or of all of them. */
typedef struct plan_totals {
  size_t queries, subjects, passed, failed, unknown, skipped, suppressed, baselined;
} plan_totals;

static void add_totals(plan_totals *to, const plan_totals *t) {
  to->queries += t->queries;
  to->subjects += t->subjects;
  to->passed += t->passed;
  to->failed += t->failed;
  to->unknown += t->unknown;
  to->skipped += t->skipped;
  to->suppressed += t->suppressed;
  to->baselined += t->baselined;
}

/* "N failed" and the like, coloured when asked and not zero. */
static void count(FILE *f, int color, const char *ansi, size_t n, const char *what,
                  const char *sep) {
  if (color && n) fprintf(f, "%s%zu %s\033[0m%s", ansi, n, what, sep);
  else fprintf(f, "%zu %s%s", n, what, sep);
}

/* NAME: Q queries (S with no subject, when some), N subjects: P passed, F failed, U
 * unknown, then the waived and baselined counts when there are some. Output
 * that is not verbose lists failures only: where some subjects are unknown
 * it says how to see them, so that they are not taken for passes. */
static void totals_line(FILE *f, const char *name, const plan_totals *t, int color, int verbose) {
  fprintf(f, "%s: %zu quer%s", name, t->queries, t->queries == 1 ? "y" : "ies");
  if (t->skipped) fprintf(f, " (%zu with no subject)", t->skipped);
  fprintf(f, ", %zu subject%s: ", t->subjects, t->subjects == 1 ? "" : "s");
  count(f, color, looks[ST_PASS].color, t->passed, "passed", ", ");
  count(f, color, looks[ST_FAIL].color, t->failed, "failed", ", ");
  count(f, color, looks[ST_UNKNOWN].color, t->unknown, "unknown", "");
  if (t->unknown && !verbose) fputs(" (-v shows them)", f);
  if (t->suppressed) fprintf(f, ", %zu waived", t->suppressed);
  if (t->baselined) fprintf(f, ", %zu in the baseline", t->baselined);
  fputc('\n', f);
}

/* The plans that could not be checked, then the grand total when the
 * report covers more than one plan. */
static void error_lines(FILE *f, const pg_report *r, const plan_totals *all, size_t np,
                        int color, int verbose) {
  size_t ne = pg_report_error_count(r);
  for (size_t i = 0; i < ne; i++) {
    const pg_plan_error *e = pg_report_error(r, i);
    fputs(color ? "\033[1;31mERROR\033[0m  " : "ERROR  ", f);
    pg_text_write_visible(f, e->plan, strlen(e->plan), 0);
    fputs(": not checked: ", f);
    pg_text_write_visible(f, e->message, strlen(e->message), 0);
    fputc('\n', f);
  }
  if (np + ne < 2) return;
  char name[96];
  if (ne) snprintf(name, sizeof name, "total of %zu plans (%zu not checked)", np + ne, ne);
  else snprintf(name, sizeof name, "total of %zu plans", np);
  totals_line(f, name, all, color, verbose);
}

/* A summary line per plan, in order of first appearance: one pass over the
 * suites, whatever the number of plans. */
static int plan_summaries(FILE *f, const pg_report *r, int color, int verbose) {
  size_t np = pg_report_plan_count(r), n = pg_report_suite_count(r);
  plan_totals *t = calloc(np ? np : 1, sizeof *t), all = {0};
  if (!t) return PG_ERR_NOMEM;
  for (size_t i = 0; i < n; i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    plan_totals *p = &t[report_suite_plan(r, i)];
    p->queries++;
    p->subjects += s->n_subjects;
    p->passed += s->passed;
    p->failed += s->failed;
    p->unknown += s->unknown;
    p->skipped += s->skipped != NULL;
    p->suppressed += s->suppressed;
    p->baselined += s->baselined;
  }
  for (size_t p = 0; p < np; p++) {
    totals_line(f, pg_report_suite(r, report_plan_at(r, p)->first)->plan, &t[p], color, verbose);
    add_totals(&all, &t[p]);
  }
  error_lines(f, r, &all, np, color, verbose);
  free(t);
  return PG_OK;
}

int pg_report_write_text(const pg_report *r, FILE *out, const pg_text_options *opts,
                         pg_diags *diags) {
  static const pg_text_options plain = {0, 0};
  const pg_text_options *o = opts ? opts : &plain;
  unsigned long mark = writer_begin();
  int multi = pg_report_plan_count(r) + pg_report_error_count(r) > 1;
  size_t n = pg_report_suite_count(r), shown_plan = (size_t)-1;
  for (size_t i = 0; i < n; i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    if (!suite_shows(s, o->verbose)) continue;
    /* Several plans: a heading line before each plan's findings, so that
     * a finding's lines stay as short as with one plan. */
    if (multi && report_suite_plan(r, i) != shown_plan) {
      shown_plan = report_suite_plan(r, i);
      fputs("== ", out);
      pg_text_write_visible(out, s->plan, strlen(s->plan), 0);
      fputc('\n', out);
    }
    if (suite_lines(out, s, o) < 0) return writer_end(mark, PG_ERR_NOMEM, "text report", diags);
  }
  int rc = plan_summaries(out, r, o->color, o->verbose);
  if (rc == PG_OK && ferror(out)) rc = PG_ERR_IO;
  return writer_end(mark, rc, "text report", diags);
}
