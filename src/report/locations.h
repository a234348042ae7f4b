/* What the CI formats (SARIF, GitHub, GitLab) share about a finding: its
 * file as a path relative to the repository root, the same path as a URI
 * reference, the level a severity maps to, and a fingerprint that stays
 * the same from run to run while the finding does. */
#ifndef PG_REPORT_LOCATIONS_H
#define PG_REPORT_LOCATIONS_H

#include "plangraph/query.h"

/* The repository root as an absolute, symlink-free path (malloc'd), or
 * NULL when root is NULL or does not exist. */
char *loc_root_real(const char *root);
/* file relative to root_real when it lies under it (malloc'd); else file
 * itself, cleaned of a leading "./". NULL only when out of memory. */
char *loc_repo_path(const char *root_real, const char *file);
/* path with every byte outside RFC 3986's unreserved set and '/'
 * percent-encoded (malloc'd), or NULL when out of memory. */
char *loc_uri_encode(const char *path);
/* Where a finding points: its block's file and line, else the plan file at
 * line 1 (the CI formats all need a file). *path is malloc'd. */
int loc_of(const char *root_real, const pg_suite_result *s, const pg_subject_result *sub,
           char **path, unsigned *line);

#endif
