/* Allocation failures inside jansson and libxml2, made visible. Both
 * libraries answer an allocation failure with the same NULL or -1 as a
 * syntax error, a bad argument or a failed write, and libxml2 prints its
 * own line. Their allocators are replaced (once, process-wide) by
 * wrappers around the C library's that count failures per thread, so a
 * caller takes a mark before a call and asks afterwards whether memory ran
 * out in between: then the answer is "out of memory", never "parse
 * error" or "write failed". libxml2's own error output is silenced
 * around our calls (the library never prints). */
#ifndef PG_BASE_ALLOC_H
#define PG_BASE_ALLOC_H

#include <libxml/xmlerror.h>

/* Installs the counting allocators (first call only) and returns this
 * thread's count of failed jansson and libxml2 allocations so far. */
unsigned long alloc_mark(void);

/* Whether a jansson or libxml2 allocation failed in this thread since
 * mark was taken. */
int alloc_failed_since(unsigned long mark);

/* Counts a failed allocation of the caller's own, for code between a mark
 * and its check that falls back on something else when malloc fails (a
 * report writer that would otherwise print a shorter text). */
void alloc_note_failure(void);

/* libxml2's generic and structured error handlers set to quiet ones for
 * this thread, and back again. Pair them around every use of libxml2. */
typedef struct xml_quiet {
  void *generic_ctx;                 /* the handlers in place before enter */
  xmlGenericErrorFunc generic_fn;
  void *structured_ctx;
  xmlStructuredErrorFunc structured_fn;
} xml_quiet;

xml_quiet xml_quiet_enter(void);
void xml_quiet_leave(xml_quiet saved);

#endif
