/* The one monotonic clock: seconds as a double, for the timings the
 * library reports (load, build, each query). */
#ifndef PG_CLOCK_H
#define PG_CLOCK_H

#include <time.h>

static inline double clock_seconds(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

#endif
