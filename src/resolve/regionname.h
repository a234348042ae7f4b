/* Region names in strings: what an AWS region name looks like
 * ("eu-west-1", "us-gov-west-1"), for the region evidence of planned values
 * (evidence.c) and for the secrets that a region name never is (secrets.c).
 * Text only: no graph, so that both can use it. */
#ifndef PG_REGIONNAME_H
#define PG_REGIONNAME_H

#include <stddef.h>

/* Length of the region name that s (n bytes) starts with: two letters,
 * then one or more dash-separated words, then a dash and a number; 0 when
 * s does not start with one. */
size_t region_name_prefix(const char *s, size_t n);

/* Whether s (n bytes) is a region name and nothing more. */
int region_name_is(const char *s, size_t n);

#endif
