/* UTF-8: the one check of an encoded character, for the JSON scanner
 * (RFC 8259 text must be UTF-8) and the XML writers (what XML cannot hold
 * becomes U+FFFD). */
#ifndef PG_UTF8_H
#define PG_UTF8_H

#include <stddef.h>
#include <stdint.h>

/* Length (1 to 4) of the well-formed UTF-8 sequence at p, of which `avail`
 * bytes may be read (bytes are read in order, so a NUL terminator also
 * stops it), with its code point in *cp when cp is not NULL. 0 when it is
 * not one: a stray continuation byte, a lead byte C0, C1 or F5 to FF, an
 * overlong form, a UTF-16 surrogate, a code point above U+10FFFF, or a
 * sequence cut short. */
size_t utf8_decode(const unsigned char *p, size_t avail, uint32_t *cp);
/* How many bytes of p[0..n) start no well-formed sequence (each would
 * become one U+FFFD): 0 for valid UTF-8. */
size_t utf8_invalid_bytes(const unsigned char *p, size_t n);

#endif
