/* What terraform's path.module, path.root and path.cwd are in a module,
 * and the text file() reads, for the region expressions the sources write
 * (regionchain.c). Paths are the module folders sources.c found. */
#ifndef PG_MODPATHS_H
#define PG_MODPATHS_H

#include <jansson.h>

#include "graph/graph_impl.h"

/* path.module, path.root or path.cwd (ref, as written) in module m, as
 * terraform gives it: a new string, or NULL with why (the folders are not
 * known, or ref is no such path). */
json_t *modpath_value(const pg_graph *g, const cfg_module *m, const char *ref, char *why,
                      size_t why_len);

/* The text of the file at path (relative: from the root module's folder,
 * where terraform runs), at most MODPATH_FILE_MAX bytes: a new string, or
 * NULL with why. */
#define MODPATH_FILE_MAX (1u << 20)
json_t *modpath_file(const pg_graph *g, const char *path, char *why, size_t why_len);

#endif
