/* Growable arrays (see vec.h). */
#include "base/vec.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

int vec_reserve(void *items_addr, size_t *cap, size_t need, size_t size, size_t first) {
  if (need <= *cap) return 0;
  size_t ncap = *cap ? *cap : first;
  while (ncap < need) {
    if (ncap > SIZE_MAX / 2) return -1;
    ncap *= 2;
  }
  if (size && ncap > SIZE_MAX / size) return -1;
  /* The caller's pointer is read and written as bytes, so any T * works
   * without an aliasing cast. */
  void *items;
  memcpy(&items, items_addr, sizeof items);
  void *grown = realloc(items, ncap * size);
  if (!grown) return -1;
  memcpy(items_addr, &grown, sizeof grown);
  *cap = ncap;
  return 0;
}
