/* The built-in queries' documentation (docs/queries.md, compiled in), read
 * by section: what the SARIF rules quote as each query's help. */
#ifndef PG_REPORT_QUERY_DOCS_H
#define PG_REPORT_QUERY_DOCS_H

/* The paragraph that starts with "**LABEL.**" (label "Fix", "Why",
 * "Checks") in the section "## `ID`", without the label and with its lines
 * joined by spaces; malloc'd, or NULL when there is none. */
char *query_doc_paragraph(const char *id, const char *label);

#endif
