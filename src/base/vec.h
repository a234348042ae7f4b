/* Growable arrays: the one place an array of ours grows. A vector is three
 * fields the owner keeps side by side (items, count, capacity); vec_reserve
 * doubles the capacity until `need` elements fit, so n appends cost O(n).
 * The array is malloc'd and the owner frees it with free(). */
#ifndef PG_VEC_H
#define PG_VEC_H

#include <stddef.h>

/* Makes room for `need` elements of `size` bytes in the array whose address
 * is `items_addr` (a T ** passed as void *) with capacity *cap, starting at
 * `first` elements. Returns 0, or -1 when out of memory or when the byte
 * count would overflow; the array is then unchanged. */
int vec_reserve(void *items_addr, size_t *cap, size_t need, size_t size, size_t first);

/* VEC_RESERVE(v, cap, need): vec_reserve for an array `v` of any type. */
#define VEC_RESERVE(v, cap, need) VEC_RESERVE_FIRST(v, cap, need, 16)
/* The same, with the first capacity given (large for arrays known to fill
 * up, tiny in debug builds so that arrays move and sanitizers see it). */
#define VEC_RESERVE_FIRST(v, cap, need, first)                                  \
  vec_reserve(&(v), &(cap), (need), sizeof *(v), (first))

/* VEC_PUSH(v, n, cap, x): appends x; 0, or -1 when out of memory. */
#define VEC_PUSH(v, n, cap, x)                                                  \
  (VEC_RESERVE(v, cap, (n) + 1) ? -1 : ((v)[(n)++] = (x), 0))

#endif
