/* Test helpers: paths to samples and the corpus, loading plans, and edge
 * look-ups by address. */
#ifndef PG_TEST_HELPERS_H
#define PG_TEST_HELPERS_H

#include "plangraph/plangraph.h"

/* "$PG_SOURCE_DIR/rel" in a static buffer. */
const char *source_path(const char *rel);
/* Loads a sample plan (samples/NAME/plan.json), failing the test if it
 * does not load. tf_graph 1: also read samples/NAME/tf-graph.dot; 2: its
 * tf-graph-plan.dot (the -type=plan form, with local values). */
pg_graph *load_sample(const char *name, int tf_graph);
/* Finds the node, failing the test when it is missing. */
pg_node_id node_at(const pg_graph *g, const char *address);
/* Number of edges from -> to of the given kind (and label, unless NULL). */
int count_edges(const pg_graph *g, const char *from, const char *to, pg_edge_kind kind,
                const char *label);
/* True when `to` is reachable from `from`. */
int reaches(const pg_graph *g, pg_node_id from, pg_node_id to);

#endif
