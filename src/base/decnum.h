/* Exact decimal numbers: a number kept as the text it was written in (a
 * JSON number, a query literal), compared by its decimal value. Terraform
 * numbers are arbitrary precision and plan JSON writes them in full (1e400
 * as 401 digits), so a number a double cannot hold is kept as text rather
 * than rounded, or turned into infinity. A double takes part in a
 * comparison as its shortest round-trip text ("0.1", not 0.1000...0555),
 * the number a person or terraform wrote. Texts are never allocated here. */
#ifndef PG_DECNUM_H
#define PG_DECNUM_H

#include <stddef.h>

/* Room for any double's shortest text. */
#define DEC_DOUBLE_TEXT 32

/* The length of the number text at the start of t ([-]digits[.digits]
 * [(e|E)[+|-]digits], as JSON writes numbers, leading zeros allowed), 0
 * when there is none. */
size_t dec_scan(const char *t, size_t n);
/* -1, 0 or 1 as the number a is below, equal to or above b. Both are valid
 * number texts: [-]digits[.digits][(e|E)[+|-]digits]. Exponents beyond
 * +-4e18 are taken as that bound. */
int dec_compare(const char *a, size_t an, const char *b, size_t bn);
/* The shortest text that reads back as the finite double d, into buf
 * (DEC_DOUBLE_TEXT bytes); returns its length. */
size_t dec_double_text(double d, char *buf);
/* Reads text as a double into *out (±HUGE_VAL beyond double) and returns
 * 1 when that double stands for exactly the number written (its shortest
 * text has the same value), 0 when only the text is exact. */
int dec_fits_double(const char *text, size_t n, double *out);

#endif
