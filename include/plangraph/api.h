/* What the library exports: it is built with hidden visibility, and only
 * what the public headers declare with PG_API is visible to a program that
 * links the shared library. */
#ifndef PLANGRAPH_API_H
#define PLANGRAPH_API_H

#if defined(__GNUC__) || defined(__clang__)
#define PG_API __attribute__((visibility("default")))
#else
#define PG_API
#endif

#endif
