/* Sections of docs/queries.md (see query_docs.h). The text is embedded by
 * the build (cmake/embed_text.cmake), so a query's fix is written once, in
 * the docs, and SARIF consumers show the same words. */
#include "report/query_docs.h"
#include "base/alloc.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const char pg_query_docs[];

/* The section of id: from its heading to the next "## " heading. */
static const char *section(const char *id, const char **end) {
  char head[300];
  snprintf(head, sizeof head, "\n## `%s`\n", id);
  const char *p = strstr(pg_query_docs, head);
  if (!p) return NULL;
  p += strlen(head);
  *end = strstr(p, "\n## ");
  if (!*end) *end = p + strlen(p);
  return p;
}

char *query_doc_paragraph(const char *id, const char *label) {
  const char *end = NULL, *p = section(id, &end); /* NULL: quiets gcc -Os */
  char mark[64];
  snprintf(mark, sizeof mark, "\n**%s.** ", label);
  for (const char *q = p; q && q < end; q++) {
    if (strncmp(q, mark, strlen(mark)) != 0) continue;
    q += strlen(mark);
    const char *stop = strstr(q, "\n\n");
    if (!stop || stop > end) stop = end;
    char *out = malloc((size_t)(stop - q) + 1);
    if (!out) {
      alloc_note_failure(); /* not "no such paragraph": see report/ending.h */
      return NULL;
    }
    size_t n = 0;
    for (; q < stop; q++) out[n++] = *q == '\n' ? ' ' : *q;
    out[n] = '\0';
    return out;
  }
  return NULL;
}
