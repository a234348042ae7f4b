/* How a report writer ends: one rule for every format, so that memory
 * running out is said as "out of memory writing the ...", whichever call
 * noticed it (jansson and libxml2 answer it like any other failure, and a
 * memory stream like a failed write), and never as a failed write or a
 * smaller report. */
#ifndef PG_REPORT_ENDING_H
#define PG_REPORT_ENDING_H

#include "plangraph/diag.h"

/* Starts a writer: the mark writer_end compares against. */
unsigned long writer_begin(void);

/* The writer's status from its outcome: failed is 0 (done), PG_ERR_NOMEM
 * (memory ran out) or any other non-zero value (a call failed). Returns
 * PG_ERR_NOMEM when memory ran out, a jansson or libxml2 allocation failed
 * since mark, or a call failed with errno ENOMEM (a memory stream that
 * could not grow); else PG_ERR_IO when a call failed; else PG_OK. what
 * names the output ("JSON report"); a diagnostic says which ending. */
int writer_end(unsigned long mark, int failed, const char *what, pg_diags *diags);

#endif
