/* Exact decimal numbers: see decnum.h. */
#include "base/decnum.h"

#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define EXP_BOUND 4000000000000000000LL

/* A number as 0.d1d2...dn x 10^adj: its significant digits are the digits
 * of int part then fraction part, from `lead` on, `count` of them. */
typedef struct dec {
  int neg;
  const char *ip, *fp;   /* integer and fraction digits */
  size_t in, fn;
  size_t lead, count;    /* leading zeros skipped; significant digits */
  long long adj;         /* decimal exponent of the first significant digit */
} dec;

static size_t digits(const char *t, size_t n, size_t i) {
  while (i < n && t[i] >= '0' && t[i] <= '9') i++;
  return i;
}

size_t dec_scan(const char *t, size_t n) {
  size_t i = n && t[0] == '-' ? 1 : 0, j = digits(t, n, i);
  if (j == i) return 0;
  if (j + 1 < n && t[j] == '.' && digits(t, n, j + 1) > j + 1) j = digits(t, n, j + 1);
  if (j < n && (t[j] == 'e' || t[j] == 'E')) {
    size_t k = j + 1 < n && (t[j + 1] == '+' || t[j + 1] == '-') ? j + 2 : j + 1;
    if (digits(t, n, k) > k) j = digits(t, n, k);
  }
  return j;
}

static char digit_at(const dec *d, size_t k) {
  return k < d->in ? d->ip[k] : d->fp[k - d->in];
}

static void parse(const char *t, size_t n, dec *d) {
  size_t i = 0;
  memset(d, 0, sizeof *d);
  if (i < n && (t[i] == '-' || t[i] == '+')) d->neg = t[i++] == '-';
  d->ip = t + i;
  while (i < n && t[i] >= '0' && t[i] <= '9') i++;
  d->in = (size_t)(t + i - d->ip);
  d->fp = t + i;
  if (i < n && t[i] == '.') {
    d->fp = t + ++i;
    while (i < n && t[i] >= '0' && t[i] <= '9') i++;
    d->fn = (size_t)(t + i - d->fp);
  }
  long long e = 0;
  if (i < n && (t[i] == 'e' || t[i] == 'E')) {
    int eneg = 0;
    if (++i < n && (t[i] == '-' || t[i] == '+')) eneg = t[i++] == '-';
    for (; i < n && t[i] >= '0' && t[i] <= '9'; i++)
      e = e < EXP_BOUND / 10 ? e * 10 + (t[i] - '0') : EXP_BOUND;
    if (eneg) e = -e;
  }
  size_t total = d->in + d->fn;
  while (d->lead < total && digit_at(d, d->lead) == '0') d->lead++;
  size_t last = total;
  while (last > d->lead && digit_at(d, last - 1) == '0') last--;
  d->count = last - d->lead;
  d->adj = e + (long long)d->in - (long long)d->lead;
  if (!d->count) d->neg = 0;   /* -0 is 0 */
}

/* Compares magnitudes. */
static int cmp_abs(const dec *a, const dec *b) {
  if (!a->count || !b->count) return (a->count != 0) - (b->count != 0);
  if (a->adj != b->adj) return a->adj < b->adj ? -1 : 1;
  size_t n = a->count < b->count ? a->count : b->count;
  for (size_t k = 0; k < n; k++) {
    char x = digit_at(a, a->lead + k), y = digit_at(b, b->lead + k);
    if (x != y) return x < y ? -1 : 1;
  }
  return (a->count > n) - (b->count > n);
}

int dec_compare(const char *a, size_t an, const char *b, size_t bn) {
  dec x, y;
  parse(a, an, &x);
  parse(b, bn, &y);
  if (x.neg != y.neg) return x.neg ? -1 : 1;
  int c = cmp_abs(&x, &y);
  return x.neg ? -c : c;
}

size_t dec_double_text(double d, char *buf) {
  int n = 0;
  for (int prec = 1; prec <= 17; prec++) {
    n = snprintf(buf, DEC_DOUBLE_TEXT, "%.*g", prec, d);
    if (strtod(buf, NULL) == d) break;
  }
  return n > 0 ? (size_t)n : 0;
}

/* A decimal of at most DBL_DIG (15) significant digits in the range of
 * normal doubles comes back from its nearest double unchanged when that
 * double is rounded to 15 digits, so no shorter or other text of at most
 * 15 digits reads as the same double: its shortest text is the number
 * written. Plan numbers (ports, counts, sizes, thresholds) are nearly all
 * such, and need no search for the shortest text. */
static int within_double_digits(const char *text, size_t n) {
  dec d;
  parse(text, n, &d);
  return d.count <= 15 && d.adj >= -300 && d.adj <= 300;
}

int dec_fits_double(const char *text, size_t n, double *out) {
  char tmp[64];
  char *copy = n < sizeof tmp ? tmp : malloc(n + 1);
  if (!copy) {
    *out = 0;
    return 0;
  }
  memcpy(copy, text, n);
  copy[n] = '\0';
  *out = strtod(copy, NULL);
  if (copy != tmp) free(copy);
  if (!isfinite(*out)) return 0;
  if (within_double_digits(text, n)) return 1;
  char shortest[DEC_DOUBLE_TEXT];
  size_t sn = dec_double_text(*out, shortest);
  return dec_compare(text, n, shortest, sn) == 0;
}
