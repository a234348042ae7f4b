/* How a byte is written inside a JSON string: one rule for every JSON
 * writer of ours (reports, query values, explain) and for the secrets
 * guard, which looks for each secret as they and jansson write it. '"' and '\\' and the
 * control characters are escaped, the usual ones by name; every other
 * byte stands for itself (the output layer repairs broken UTF-8). */
#ifndef PG_JSONESC_H
#define PG_JSONESC_H

#include <stdio.h>

/* The escape of c ("\\n", "\\u001f"), in buf when it must be made, or
 * NULL when c is written as it is. upper: hex digits in upper case, as
 * jansson writes them (the SARIF, CI and graph exports go through it). */
static inline const char *json_escape_as(unsigned char c, char buf[8], int upper) {
  switch (c) {
  case '"': return "\\\"";
  case '\\': return "\\\\";
  case '\n': return "\\n";
  case '\r': return "\\r";
  case '\t': return "\\t";
  case '\b': return "\\b";
  case '\f': return "\\f";
  default: break;
  }
  if (c >= 0x20) return NULL;
  snprintf(buf, 8, upper ? "\\u%04X" : "\\u%04x", c);
  return buf;
}

/* Our own writers' form. */
static inline const char *json_escape(unsigned char c, char buf[8]) {
  return json_escape_as(c, buf, 0);
}

#endif
