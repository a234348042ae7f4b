/* CIDR blocks as text: whether one holds another (cidr_contains() of the
 * query language, network rules of the queries). IPv4 and IPv6, by
 * inet_pton; no allocation. */
#ifndef PG_CIDR_H
#define PG_CIDR_H

#include <stddef.h>

/* 1 when the block outer[0, on) ("a.b.c.d/n", "x::y/n", or a bare address:
 * a full prefix) holds the block or address inner[0, in), of the same
 * family; 0 otherwise, and for text that is neither. */
int cidr_holds(const char *outer, size_t on, const char *inner, size_t in);

#endif
