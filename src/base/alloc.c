/* Counting allocators for jansson and libxml2, and libxml2 kept quiet:
 * see alloc.h. The wrappers call the C library's allocator, the one both
 * libraries use by default, so memory taken before the switch is freed
 * correctly after it. */
#include "base/alloc.h"

#include <jansson.h>
#include <libxml/xmlmemory.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

static _Thread_local unsigned long failures; /* failed allocations, this thread */
static pthread_once_t installed = PTHREAD_ONCE_INIT;

static void *counted(void *p) {
  if (!p) failures++;
  return p;
}

static void *j_malloc(size_t n) { return counted(malloc(n)); }

static void *x_malloc(size_t n) { return counted(malloc(n)); }

static void *x_realloc(void *p, size_t n) {
  void *q = realloc(p, n);
  if (!q && n) failures++;
  return q;
}

static char *x_strdup(const char *s) {
  char *copy = strdup(s);
  if (!copy) failures++;
  return copy;
}

static void install(void) {
  json_set_alloc_funcs(j_malloc, free);
  xmlMemSetup(free, x_malloc, x_realloc, x_strdup);
}

unsigned long alloc_mark(void) {
  pthread_once(&installed, install);
  return failures;
}

int alloc_failed_since(unsigned long mark) { return failures != mark; }

void alloc_note_failure(void) { failures++; }

/* The library never prints: libxml2's messages (including its own "out
 * of memory" lines) are dropped; its callers see the failed call. */
static void quiet_generic(void *ctx, const char *msg, ...) {
  (void)ctx;
  (void)msg;
}

static void quiet_structured(void *ctx, xmlErrorPtr err) {
  (void)ctx;
  (void)err;
}

xml_quiet xml_quiet_enter(void) {
  xml_quiet saved = {xmlGenericErrorContext, xmlGenericError, xmlStructuredErrorContext,
                     xmlStructuredError};
  xmlSetGenericErrorFunc(NULL, quiet_generic);
  xmlSetStructuredErrorFunc(NULL, quiet_structured);
  return saved;
}

void xml_quiet_leave(xml_quiet saved) {
  xmlSetGenericErrorFunc(saved.generic_ctx, saved.generic_fn);
  xmlSetStructuredErrorFunc(saved.structured_ctx, saved.structured_fn);
}
