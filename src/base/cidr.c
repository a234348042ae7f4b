/* CIDR containment (cidr.h): both parsed to 16 address bytes, family and
 * prefix, then the outer prefix's bits compared. */
#include "base/cidr.h"

#include <arpa/inet.h>
#include <stdlib.h>
#include <string.h>

/* Parses "a.b.c.d/n", "x::y/n" or a bare address (full prefix). */
static int parse_cidr(const char *s, size_t n, unsigned char addr[16], int *family, int *prefix) {
  if (n >= 64) return 0;
  char buf[64];
  memcpy(buf, s, n);
  buf[n] = '\0';
  char *slash = strchr(buf, '/');
  if (slash) *slash = '\0';
  memset(addr, 0, 16);
  if (inet_pton(AF_INET, buf, addr) == 1) *family = 4;
  else if (inet_pton(AF_INET6, buf, addr) == 1) *family = 6;
  else return 0;
  int max = *family == 4 ? 32 : 128;
  if (slash) {
    char *end;
    long p = strtol(slash + 1, &end, 10);
    if (*end || end == slash + 1 || p < 0 || p > max) return 0;
    *prefix = (int)p;
  } else {
    *prefix = max;
  }
  return 1;
}

int cidr_holds(const char *outer, size_t on, const char *inner, size_t in) {
  unsigned char x[16], y[16];
  int famx, famy, px, py;
  if (!parse_cidr(outer, on, x, &famx, &px) || !parse_cidr(inner, in, y, &famy, &py) ||
      famx != famy || py < px)
    return 0;
  for (int bit = 0; bit < px; bit++) {
    int mask = 0x80 >> (bit % 8);
    if ((x[bit / 8] & mask) != (y[bit / 8] & mask)) return 0;
  }
  return 1;
}
