/* JUnit XML for a report, written with libxml2's xmlTextWriter. The shape
 * follows the Jenkins xUnit JUnit schema (shared/junit/jenkins-junit-10.xsd):
 * one <testsuite> per query per plan, one <testcase> per subject, a
 * <failure> for each failing subject, a <skipped> for a subject that cannot
 * be decided before apply and for a query with no subject. A testcase's
 * classname is "plangraph.PLAN.QUERY-ID" whether the report covers one plan
 * or several, so files of separate runs merged by a CI server still say
 * which plan a testcase is from (docs/report-format.md). Text that XML
 * cannot hold (control characters, broken UTF-8) is replaced, never raw. */
#include <libxml/xmlwriter.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "plangraph/query.h"
#include "base/alloc.h"
#include "base/xmltext.h"
#include "report/ending.h"

typedef struct jw {
  xmlTextWriterPtr w;
  int rc;            /* a negative libxml2 result seen, or PG_ERR_NOMEM */
} jw;

static void attr(jw *j, const char *name, const char *value) {
  char *clean = xml_clean_text(value ? value : "", 1);
  if (!clean) {
    j->rc = PG_ERR_NOMEM;
    return;
  }
  if (xmlTextWriterWriteAttribute(j->w, BAD_CAST name, BAD_CAST clean) < 0) j->rc = -1;
  free(clean);
}

static void attr_count(jw *j, const char *name, size_t n) {
  char buf[32];
  snprintf(buf, sizeof buf, "%zu", n);
  attr(j, name, buf);
}

static void attr_time(jw *j, double seconds) {
  char buf[32];
  snprintf(buf, sizeof buf, "%.3f", seconds < 0 ? 0.0 : seconds);
  attr(j, "time", buf);
}

static void start(jw *j, const char *name) {
  if (xmlTextWriterStartElement(j->w, BAD_CAST name) < 0) j->rc = -1;
}

static void end(jw *j) {
  if (xmlTextWriterEndElement(j->w) < 0) j->rc = -1;
}

static void text(jw *j, const char *s) {
  char *clean = xml_clean_text(s, 0);
  if (!clean) j->rc = PG_ERR_NOMEM;
  else if (xmlTextWriterWriteString(j->w, BAD_CAST clean) < 0) j->rc = -1;
  free(clean);
}

static void property(jw *j, const char *name, const char *value) {
  start(j, "property");
  attr(j, "name", name);
  attr(j, "value", value);
  end(j);
}

/* "plangraph.PLAN.QUERY-ID": Jenkins takes the part after the last dot as
 * the class (the query) and the rest as the package (the plan); GitLab
 * shows it whole. */
static void attr_classname(jw *j, const pg_suite_result *s) {
  size_t n = strlen("plangraph..") + strlen(s->plan) + strlen(s->query_id) + 1;
  char *name = malloc(n);
  if (!name) {
    j->rc = -1;
    return;
  }
  snprintf(name, n, "plangraph.%s.%s", s->plan, s->query_id);
  attr(j, "classname", name);
  free(name);
}

static void write_subject(jw *j, const pg_suite_result *s, const pg_subject_result *sub) {
  start(j, "testcase");
  attr(j, "name", sub->name);
  attr_classname(j, s);
  attr_time(j, 0);
  if (sub->baselined) {
    start(j, "skipped");
    attr(j, "message", "in the baseline (a known failure, not new)");
    end(j);
  } else if (sub->suppressed) {
    char *m = malloc(strlen(sub->suppressed) + 16);
    if (m) sprintf(m, "waived: %s", sub->suppressed);
    start(j, "skipped");
    attr(j, "message", m ? m : sub->suppressed);
    end(j);
    free(m);
  } else if (sub->outcome == PG_FAIL) {
    start(j, "failure");
    attr(j, "message", sub->message);
    attr(j, "type", s->severity);
    size_t len = 96 + (sub->message ? strlen(sub->message) : 0) +
                 (sub->path ? strlen(sub->path) : 0) + (sub->file ? strlen(sub->file) : 0);
    for (size_t i = 0; i < sub->n_addresses; i++) len += strlen(sub->addresses[i]) + 3;
    char *body = malloc(len);
    if (!body) {
      j->rc = PG_ERR_NOMEM;
      return;
    }
    strcpy(body, sub->message ? sub->message : "");
    if (sub->n_addresses) {
      strcat(body, "\nresources:");
      for (size_t i = 0; i < sub->n_addresses; i++) {
        strcat(body, "\n  ");
        strcat(body, sub->addresses[i]);
      }
    }
    if (sub->path) {
      strcat(body, "\npath: ");
      strcat(body, sub->path);
    }
    if (sub->file) /* the schema has no file attribute on a testcase */
      sprintf(body + strlen(body), "\nlocation: %s:%u", sub->file, sub->line);
    strcat(body, "\n");
    text(j, body);
    free(body);
    end(j);
  } else if (sub->outcome == PG_UNKNOWN) {
    start(j, "skipped");
    attr(j, "message", sub->message);
    end(j);
  }
  end(j);
}

static void write_suite(jw *j, const pg_suite_result *s, int multi) {
  start(j, "testsuite");
  char name[1024];
  snprintf(name, sizeof name, "%s%s%s", multi ? s->plan : "", multi ? ":" : "", s->query_id);
  attr(j, "name", name);
  attr_count(j, "tests", s->skipped ? 1 : s->n_subjects);
  attr_count(j, "failures", s->failed);
  attr_count(j, "errors", 0);
  attr_count(j, "skipped", s->skipped ? 1 : s->unknown + s->suppressed + s->baselined);
  attr_time(j, s->seconds);
  attr(j, "timestamp", s->timestamp);
  attr(j, "file", s->plan);
  start(j, "properties");
  property(j, "severity", s->severity);
  property(j, "title", s->title);
  property(j, "plan", s->plan);
  for (size_t i = 0; i < s->n_params; i++) {
    char pname[300];
    snprintf(pname, sizeof pname, "param.%s", s->param_names[i]);
    /* The value the query received, as JSON (as in the JSON report). */
    property(j, pname, s->param_json ? s->param_json[i] : s->param_values[i]);
  }
  end(j);
  if (s->skipped) {
    start(j, "testcase");
    attr(j, "name", s->query_id);
    attr_classname(j, s);
    attr_time(j, 0);
    start(j, "skipped");
    attr(j, "message", s->skipped);
    end(j);
    end(j);
  }
  for (size_t i = 0; i < s->n_subjects; i++) write_subject(j, s, &s->subjects[i]);
  end(j);
}

/* A plan that could not be read or checked: a suite of its own with one
 * testcase in error, so a CI server shows the plan as broken, not as
 * having nothing to check. */
static void write_plan_error(jw *j, const pg_plan_error *e) {
  start(j, "testsuite");
  attr(j, "name", e->plan);
  attr_count(j, "tests", 1);
  attr_count(j, "failures", 0);
  attr_count(j, "errors", 1);
  attr_count(j, "skipped", 0);
  attr_time(j, 0);
  attr(j, "file", e->plan);
  start(j, "testcase");
  attr(j, "name", "plan could not be checked");
  size_t n = strlen("plangraph.") + strlen(e->plan) + 1;
  char *name = malloc(n);
  if (!name) {
    j->rc = PG_ERR_NOMEM;
    return;
  }
  snprintf(name, n, "plangraph.%s", e->plan);
  attr(j, "classname", name);
  free(name);
  attr_time(j, 0);
  start(j, "error");
  attr(j, "message", e->message);
  attr(j, "type", "plan");
  end(j);
  end(j);
  end(j);
}

int pg_report_write_junit(const pg_report *r, FILE *out, pg_diags *diags) {
  unsigned long mark = writer_begin();
  xml_quiet quiet = xml_quiet_enter();
  xmlOutputBufferPtr buf = xmlOutputBufferCreateFile(out, NULL);
  xmlTextWriterPtr w = buf ? xmlNewTextWriter(buf) : NULL;
  if (!w) {
    if (buf) xmlOutputBufferClose(buf);
    xml_quiet_leave(quiet);
    return writer_end(mark, PG_ERR_INTERNAL, "JUnit XML", diags);
  }
  jw j = {w, 0};
  xmlTextWriterSetIndent(w, 1);
  xmlTextWriterSetIndentString(w, BAD_CAST "  ");
  if (xmlTextWriterStartDocument(w, NULL, "UTF-8", NULL) < 0) j.rc = -1;
  size_t tests = 0, failures = 0;
  double time = 0;
  size_t n = pg_report_suite_count(r);
  for (size_t i = 0; i < n; i++) {
    const pg_suite_result *s = pg_report_suite(r, i);
    tests += s->skipped ? 1 : s->n_subjects;
    failures += s->failed;
    time += s->seconds;
  }
  size_t bad = pg_report_error_count(r);
  int multi = pg_report_plan_count(r) + bad > 1;
  start(&j, "testsuites");
  attr(&j, "name", "plangraph");
  attr_count(&j, "tests", tests + bad);
  attr_count(&j, "failures", failures);
  attr_count(&j, "errors", bad);
  attr_time(&j, time);
  for (size_t i = 0; i < n && j.rc == 0; i++) write_suite(&j, pg_report_suite(r, i), multi);
  for (size_t i = 0; i < bad && j.rc == 0; i++) write_plan_error(&j, pg_report_error(r, i));
  if (xmlTextWriterEndDocument(w) < 0) j.rc = -1;
  xmlFreeTextWriter(w); /* flushes and closes the buffer, not the FILE */
  xml_quiet_leave(quiet);
  return writer_end(mark, j.rc, "JUnit XML", diags);
}
