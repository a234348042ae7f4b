/* Graph tests on the real sample plans: nodes, every edge rule (module
 * inputs and outputs, nested modules, count and for_each references to one
 * instance and to all, depends_on, values), providers and regions, actions,
 * indexes and paths. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "graph/graph_impl.h"

#define REF PG_EDGE_REFERENCE

typedef struct samples {
  pg_graph *dr;       /* dr-two-region */
  pg_graph *single;   /* single-region */
  pg_graph *vars;     /* regions-from-variables */
} samples;

static int setup(void **state) {
  samples *s = calloc(1, sizeof *s);
  s->dr = load_sample("dr-two-region", 0);
  s->single = load_sample("single-region", 0);
  s->vars = load_sample("regions-from-variables", 0);
  *state = s;
  return 0;
}

static int teardown(void **state) {
  samples *s = *state;
  pg_graph_free(s->dr);
  pg_graph_free(s->single);
  pg_graph_free(s->vars);
  free(s);
  return 0;
}

static void test_nodes_and_addresses(void **state) {
  samples *s = *state;
  pg_node_info n;
  assert_int_equal(pg_graph_node(s->dr, node_at(s->dr, "module.secondary.aws_subnet.public[1]"), &n), PG_OK);
  assert_int_equal(n.kind, PG_NODE_RESOURCE);
  assert_string_equal(n.type, "aws_subnet");
  assert_string_equal(n.name, "public");
  assert_string_equal(n.module, "module.secondary");
  assert_int_equal(n.index_kind, PG_INDEX_NUMBER);
  assert_int_equal(n.index_number, 1);
  assert_string_equal(n.config_address, "module.secondary.aws_subnet.public");
  assert_int_equal(n.action, PG_ACTION_CREATE);

  pg_graph_node(s->dr, node_at(s->dr, "module.primary.aws_route_table.rt[\"private\"]"), &n);
  assert_int_equal(n.index_kind, PG_INDEX_STRING);
  assert_string_equal(n.index_string, "private");

  pg_graph_node(s->vars, node_at(s->vars, "module.app[\"blue\"].module.queue"), &n);
  assert_int_equal(n.kind, PG_NODE_MODULE);
  assert_string_equal(n.module, "module.app[\"blue\"]");
  assert_string_equal(n.config_address, "module.app.module.queue");
  pg_graph_node(s->vars, node_at(s->vars, "module.app[\"blue\"]"), &n);
  assert_int_equal(n.index_kind, PG_INDEX_STRING);
  assert_string_equal(n.index_string, "blue");
  assert_int_equal(count_edges(s->vars, "module.app[\"blue\"]", "module.app[\"blue\"].module.queue",
                               PG_EDGE_MODULE, NULL), 1);
  assert_int_equal(count_edges(s->vars, "module.app[\"blue\"].module.queue",
                               "module.app[\"blue\"].module.queue.aws_sqs_queue.this",
                               PG_EDGE_MODULE, NULL), 1);
}

static void test_module_input(void **state) {
  samples *s = *state;
  /* var.global_cluster_id follows the module call's argument. */
  assert_int_equal(count_edges(s->dr, "module.secondary.aws_rds_cluster.member",
                               "aws_rds_global_cluster.main", REF, "global_cluster_identifier"), 1);
  /* Two levels: var.topic_arn -> module.app's topic_arn -> the topic. */
  assert_int_equal(count_edges(s->vars, "module.app[\"green\"].module.queue.aws_sqs_queue_policy.this",
                               "aws_sns_topic.alerts", REF, "policy"), 1);
  /* And the input stays in its own module instance. */
  assert_int_equal(count_edges(s->vars, "module.app[\"green\"].module.queue.aws_sqs_queue.this",
                               "module.app[\"green\"].aws_s3_bucket.data", REF, "tags"), 1);
  assert_int_equal(count_edges(s->vars, "module.app[\"green\"].module.queue.aws_sqs_queue.this",
                               "module.app[\"blue\"].aws_s3_bucket.data", REF, NULL), 0);
}

static void test_module_output(void **state) {
  samples *s = *state;
  assert_int_equal(count_edges(s->dr, "aws_vpc_peering_connection.dr",
                               "module.primary.aws_vpc.main", REF, "vpc_id"), 1);
  assert_int_equal(count_edges(s->dr, "aws_vpc_peering_connection.dr",
                               "module.secondary.aws_vpc.main", REF, "peer_vpc_id"), 1);
  /* An output naming one for_each instance. */
  assert_int_equal(count_edges(s->dr, "aws_route.primary_to_secondary[\"private\"]",
                               "module.primary.aws_route_table.rt[\"private\"]", REF,
                               "for_each"), 1);
  assert_int_equal(count_edges(s->dr, "aws_route.primary_to_secondary[\"private\"]",
                               "module.primary.aws_route_table.rt[\"public\"]", REF, NULL), 0);
}

static void test_nested_modules(void **state) {
  samples *s = *state;
  assert_int_equal(count_edges(s->dr, "module.primary.aws_rds_cluster.member",
                               "module.primary.module.kms.aws_kms_key.this", REF, "kms_key_id"), 1);
  assert_int_equal(count_edges(s->dr, "module.primary.aws_rds_cluster.member",
                               "module.secondary.module.kms.aws_kms_key.this", REF, NULL), 0);
  /* Root -> module.app["blue"] output -> module.queue output -> resource. */
  assert_int_equal(count_edges(s->vars, "aws_sns_topic_subscription.blue",
                               "module.app[\"blue\"].module.queue.aws_sqs_queue.this", REF,
                               "endpoint"), 1);
}

static void test_count_and_for_each(void **state) {
  samples *s = *state;
  /* aws_subnet.public[*].id: every instance. */
  assert_int_equal(count_edges(s->dr, "module.primary.aws_lb.app",
                               "module.primary.aws_subnet.public[0]", REF, "subnets"), 1);
  assert_int_equal(count_edges(s->dr, "module.primary.aws_lb.app",
                               "module.primary.aws_subnet.public[1]", REF, "subnets"), 1);
  /* aws_route_table.rt["public"]: that instance only. */
  assert_int_equal(count_edges(s->dr, "module.primary.aws_route.public_default",
                               "module.primary.aws_route_table.rt[\"public\"]", REF,
                               "route_table_id"), 1);
  assert_int_equal(count_edges(s->dr, "module.primary.aws_route.public_default",
                               "module.primary.aws_route_table.rt[\"private\"]", REF, NULL), 0);
  /* route_table_id = each.value: the attribute's own label, to the same
   * instance that for_each names. */
  const char *peer_route = "aws_route.primary_to_secondary[\"private\"]";
  assert_int_equal(count_edges(s->dr, peer_route,
                               "module.primary.aws_route_table.rt[\"private\"]", REF,
                               "route_table_id"), 1);
  assert_int_equal(count_edges(s->dr, peer_route,
                               "module.primary.aws_route_table.rt[\"public\"]", REF, NULL), 0);
  /* subnet_id = aws_subnet.public[count.index].id: the instance with the
   * holder's own index, not every instance. */
  const char *assoc = "module.primary.aws_route_table_association.public[1]";
  assert_int_equal(count_edges(s->dr, assoc, "module.primary.aws_subnet.public[1]", REF,
                               "subnet_id"), 1);
  assert_int_equal(count_edges(s->dr, assoc, "module.primary.aws_subnet.public[0]", REF,
                               NULL), 0);
  /* module.app["blue"]: one module instance. for_each = module.app: the
   * instance with the holder's own key (each.value is module.app[each.key]),
   * not every instance (n x n edges on a scaled plan). */
  assert_int_equal(count_edges(s->vars, "aws_sns_topic_subscription.blue",
                               "module.app[\"green\"].module.queue.aws_sqs_queue.this", REF, NULL), 0);
  const char *alarm = "aws_cloudwatch_metric_alarm.queue_depth[\"blue\"]";
  assert_int_equal(count_edges(s->vars, alarm, "module.app[\"blue\"].module.queue.aws_sqs_queue.this",
                               REF, "for_each"), 1);
  assert_int_equal(count_edges(s->vars, alarm, "module.app[\"green\"].module.queue.aws_sqs_queue.this",
                               REF, NULL), 0);
  /* The whole module instance: its node too, and what is in it. */
  assert_int_equal(count_edges(s->vars, alarm, "module.app[\"blue\"]", REF, "for_each"), 1);
  assert_int_equal(count_edges(s->vars, alarm, "module.app[\"green\"]", REF, NULL), 0);
  assert_true(reaches(s->vars, node_at(s->vars, alarm),
                      node_at(s->vars, "module.app[\"blue\"].module.queue.aws_sqs_queue_policy.this")));
}

static void test_depends_on(void **state) {
  samples *s = *state;
  /* module "secondary" { depends_on = [module.primary] } */
  assert_int_equal(count_edges(s->dr, "module.secondary.module.kms.aws_kms_key.this",
                               "module.primary", PG_EDGE_DEPENDS_ON, NULL), 1);
  assert_true(reaches(s->dr, node_at(s->dr, "module.secondary.aws_vpc.main"),
                      node_at(s->dr, "module.primary.aws_lb.app")));
  assert_int_equal(count_edges(s->single, "data.aws_ami.app", "aws_iam_role.app",
                               PG_EDGE_DEPENDS_ON, NULL), 1);
}

static void test_value_edges(void **state) {
  samples *s = *state;
  /* A literal vpc_id that equals the existing VPC's id. */
  assert_int_equal(count_edges(s->single, "aws_route_table.main", "aws_vpc.main",
                               PG_EDGE_VALUE, "vpc_id"), 1);
  assert_int_equal(count_edges(s->single, "aws_route_table.main", "aws_vpc.main", REF, NULL), 0);
  /* A resource being deleted still shows what it used. */
  assert_int_equal(count_edges(s->single, "aws_instance.legacy", "aws_subnet.app[0]",
                               PG_EDGE_VALUE, "subnet_id"), 1);
  /* Nothing exists in the DR plan: no value edges at all. */
  for (pg_edge_id i = 0; (size_t)i < pg_graph_edge_count(s->dr); i++) {
    pg_edge_info e;
    pg_graph_edge(s->dr, i, &e);
    assert_int_not_equal(e.kind, PG_EDGE_VALUE);
  }
}

/* An id attribute references only what can give it its value: in
 * tests/realworld/tgw-peering, `vpc_id = each.value.vpc_id` over a module
 * input map that also names the other region's transit gateway keeps its
 * reference to the VPC and the subnets (a subnet holds a vpc_id) and makes
 * the transit gateway a dependency; a non-id attribute of the same map
 * keeps its references. */
static void test_id_attributes(void **state) {
  (void)state;
  pg_diags *d;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  pg_graph *g = NULL;
  assert_int_equal(pg_graph_load(&g, source_path("tests/realworld/tgw-peering/plan.json"), NULL, d),
                   PG_OK);
  const char *att = "module.tgw_peer.aws_ec2_transit_gateway_vpc_attachment.this[\"vpc2\"]";
  const char *tgw = "module.tgw.aws_ec2_transit_gateway.this[0]";
  assert_int_equal(count_edges(g, att, "module.vpc2.aws_vpc.this[0]", REF, "vpc_id"), 1);
  assert_int_equal(count_edges(g, att, "module.vpc2.aws_subnet.private[0]", REF, "subnet_ids"), 1);
  assert_int_equal(count_edges(g, att, tgw, REF, "vpc_id"), 0);
  assert_int_equal(count_edges(g, att, tgw, PG_EDGE_DEPENDS_ON, "vpc_id"), 1);
  assert_int_equal(count_edges(g, att, tgw, REF, "subnet_ids"), 0);
  assert_int_equal(count_edges(g, att, tgw, REF, "dns_support"), 1);
  /* Nothing ties the two providers now: every region is known. */
  pg_node_info info;
  assert_int_equal(pg_graph_node(g, node_at(g, att), &info), PG_OK);
  assert_string_equal(info.region, "eu-central-1");
  pg_graph_free(g);
  pg_diags_free(d);
}

/* An event target is in its rule's region (tests/realworld/eventbridge-
 * fan-in): the targets' provider takes its region from the environment,
 * and their `rule` ties it to the rules' us-east-2, and so the role and
 * policies on the same provider. */
static void test_event_rule_ties(void **state) {
  (void)state;
  pg_diags *d;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  pg_graph *g = NULL;
  assert_int_equal(pg_graph_load(&g, source_path("tests/realworld/eventbridge-fan-in/plan.json"),
                                 NULL, d),
                   PG_OK);
  const char *target = "aws_cloudwatch_event_target.EBtargets[\"arn:aws:events:us-east-2:"
                       "123456789012:event-bus/eventBus1\"]";
  pg_node_info info;
  assert_int_equal(pg_graph_node(g, node_at(g, target), &info), PG_OK);
  assert_string_equal(info.region, "us-east-2");
  assert_non_null(strstr(info.region_source, "rule"));
  assert_int_equal(pg_graph_node(g, node_at(g, "aws_iam_role.event_bus_invoke_central_event_bus"),
                                 &info),
                   PG_OK);
  assert_string_equal(info.region, "us-east-2");
  /* The central bus's own rule and target stay with their bus. */
  assert_int_equal(
      pg_graph_node(g, node_at(g, "module.central_eventbridge.aws_cloudwatch_event_rule.this[\"log-rule\"]"),
                    &info),
      PG_OK);
  assert_string_equal(info.region, "ca-central-1");
  pg_graph_free(g);
  pg_diags_free(d);
}

static void test_actions(void **state) {
  samples *s = *state;
  static const struct {
    const char *address;
    pg_action action;
    pg_node_kind kind;
    int present;
  } want[] = {
      {"aws_vpc.main", PG_ACTION_NOOP, PG_NODE_RESOURCE, 1},
      {"aws_security_group.web", PG_ACTION_UPDATE, PG_NODE_RESOURCE, 1},
      {"aws_subnet.app[1]", PG_ACTION_REPLACE, PG_NODE_RESOURCE, 1},
      {"aws_subnet.app[0]", PG_ACTION_NOOP, PG_NODE_RESOURCE, 1},
      {"aws_instance.legacy", PG_ACTION_DELETE, PG_NODE_RESOURCE, 0},
      {"data.aws_ami.app", PG_ACTION_READ, PG_NODE_DATA, 1},
      /* Read while planning: only in prior_state. */
      {"data.aws_iam_policy_document.assume", PG_ACTION_NOOP, PG_NODE_DATA, 1},
      {"aws_db_instance.db", PG_ACTION_CREATE, PG_NODE_RESOURCE, 1},
  };
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++) {
    pg_node_info n;
    pg_graph_node(s->single, node_at(s->single, want[i].address), &n);
    assert_int_equal(n.action, want[i].action);
    assert_int_equal(n.kind, want[i].kind);
    assert_int_equal(pg_action_present(n.action), want[i].present);
  }
  /* Forgotten (a `removed` block with destroy = false): no longer there. */
  assert_false(pg_action_present(PG_ACTION_FORGET));
  assert_int_equal(count_edges(s->single, "aws_iam_role.app", "data.aws_iam_policy_document.assume",
                               REF, "assume_role_policy"), 1);
}

static void expect_region(const pg_graph *g, const char *address, const char *region,
                          const char *source_part) {
  pg_node_info n;
  pg_graph_node(g, node_at(g, address), &n);
  assert_string_equal(n.region, region);
  if (source_part && !strstr(n.region_source, source_part))
    fail_msg("%s: region source \"%s\" lacks \"%s\"", address, n.region_source, source_part);
}

static void test_providers_and_regions(void **state) {
  samples *s = *state;
  pg_node_info n;
  pg_graph_node(s->dr, node_at(s->dr, "module.secondary.aws_lb.app"), &n);
  assert_int_equal(n.provider, node_at(s->dr, "provider.aws.secondary"));
  expect_region(s->dr, "module.secondary.aws_lb.app", "us-west-2", "aws.secondary");
  expect_region(s->dr, "module.primary.module.kms.aws_kms_key.this", "us-east-1", NULL);
  expect_region(s->dr, "provider.aws", "unknown", "has no region in the plan");
  assert_int_equal(count_edges(s->dr, "provider.aws.primary", "region.us-east-1",
                               PG_EDGE_REGION, NULL), 1);
  assert_int_equal(pg_graph_region_count(s->dr), 2);
  assert_string_equal(pg_graph_region_name(s->dr, 0), "us-east-1");
  assert_string_equal(pg_graph_region_name(s->dr, 1), "us-west-2");

  expect_region(s->vars, "aws_sns_topic.alerts", "us-east-2", "var.primary_region = \"us-east-2\" (plan variables)");
  expect_region(s->vars, "module.app[\"blue\"].aws_s3_bucket.data", "us-west-1", "var.dr_region");
  expect_region(s->vars, "module.edge.aws_cloudfront_origin_access_identity.edge", "us-west-1",
                "var.region <- module.edge input <- var.dr_region");
  expect_region(s->vars, "aws_s3_bucket.audit", "unknown", "local.audit_region, a local value");
  assert_int_equal(pg_graph_region_count(s->vars), 2);
}

static void test_unresolved_locals(void **state) {
  samples *s = *state;
  int found = 0;
  for (size_t i = 0; i < pg_graph_unresolved_count(s->dr); i++) {
    const pg_unresolved *u = pg_graph_unresolved_get(s->dr, i);
    assert_true(strncmp(u->reference, "local.", 6) == 0);
    if (strcmp(u->config_address, "module.primary.aws_subnet.private") == 0 &&
        strcmp(u->label, "vpc_id") == 0 && strcmp(u->reference, "local.vpc_id") == 0)
      found = 1;
  }
  assert_true(found);
  assert_int_equal(pg_graph_unresolved_count(s->dr), 4);
  size_t resolved, unresolved;
  pg_graph_reference_counts(s->dr, &resolved, &unresolved);
  assert_int_equal(unresolved, 8);
  assert_true(resolved > 60);
  /* Without --tf-graph the local stays unresolved, but the module makes one
   * VPC and is handed none: vpc_id names it (resolve/modunique.h). */
  assert_int_equal(count_edges(s->dr, "module.primary.aws_subnet.private[0]",
                               "module.primary.aws_vpc.main", PG_EDGE_REFERENCE, "vpc_id"), 1);
  /* A module handed a VPC (hub_vpc_id) keeps its local open, though it
   * makes one of its own; with the graph, the local names the hub's. */
  pg_graph *g = load_sample("locals-network", 0);
  pg_node_id shared = node_at(g, "module.spoke.aws_subnet.shared");
  assert_false(reaches(g, shared, node_at(g, "module.spoke.aws_vpc.this")));
  assert_false(reaches(g, shared, node_at(g, "module.edge.aws_vpc.this[0]")));
  const char *const *open;
  assert_int_equal(pg_graph_open_labels(g, shared, &open), 1);
  assert_string_equal(open[0], "vpc_id");
  assert_int_equal(count_edges(g, "module.edge.aws_subnet.public[0]", "module.edge.aws_vpc.this[0]",
                               PG_EDGE_REFERENCE, "vpc_id"), 1);
  pg_graph_free(g);
}

static void test_tf_graph_fills_locals(void **state) {
  (void)state;
  pg_graph *g = load_sample("dr-two-region", 1);
  assert_int_equal(count_edges(g, "module.primary.aws_subnet.private[0]", "module.primary.aws_vpc.main",
                               PG_EDGE_DEPENDS_ON, "tf-graph"), 1);
  assert_int_equal(count_edges(g, "module.secondary.aws_subnet.private[1]", "module.secondary.aws_vpc.main",
                               PG_EDGE_DEPENDS_ON, "tf-graph"), 1);
  /* Only the gaps: the four private subnets. */
  assert_int_equal(pg_graph_tf_graph_added(g), 4);
  pg_graph_free(g);
}

/* Edges from node `from` under label to resources of config address `to`:
 * how many, and how many of them are ambiguous. */
static int label_edges(const pg_graph *g, const char *from, const char *label, const char *to,
                       int *ambiguous) {
  const pg_edge_id *ids;
  size_t n = pg_graph_out_edges(g, node_at(g, from), &ids);
  int found = 0;
  *ambiguous = 0;
  for (size_t i = 0; i < n; i++) {
    pg_edge_info e;
    pg_node_info t;
    pg_graph_edge(g, ids[i], &e);
    pg_graph_node(g, e.to, &t);
    if (e.kind != PG_EDGE_REFERENCE || !e.label || strcmp(e.label, label) != 0 ||
        strcmp(t.config_address, to) != 0)
      continue;
    found++;
    *ambiguous += e.ambiguous != 0;
  }
  return found;
}

static int open_label(const pg_graph *g, const char *holder, const char *label) {
  const char *const *open;
  size_t n = pg_graph_open_labels(g, node_at(g, holder), &open);
  for (size_t i = 0; i < n; i++)
    if (strcmp(open[i], label) == 0) return 1;
  return 0;
}

/* A local that reads `module.m[local.k].out` depends, in the -type=plan
 * DOT, on the module's close node only: the replica's source is the one
 * DB instance behind the module's outputs, its security group one of the
 * sg module's two (ambiguous), and its tags nothing (known in the plan). */
static void test_tf_graph_module_outputs(void **state) {
  (void)state;
  const char *mapped = "module.mapped[\"dr\"].aws_db_instance.this";
  pg_graph *g = load_sample("replica-module-outputs", 0);
  assert_false(pg_graph_tf_graph_locals(g));
  assert_true(open_label(g, mapped, "replicate_source_db"));
  pg_graph_free(g);

  g = load_sample("replica-module-outputs", 2);
  assert_true(pg_graph_tf_graph_locals(g));
  assert_false(open_label(g, mapped, "replicate_source_db"));
  int ambiguous;
  assert_int_equal(label_edges(g, mapped, "replicate_source_db", "module.orders.aws_db_instance.this",
                               &ambiguous), 1);
  assert_int_equal(ambiguous, 0);
  /* Of the module's kind only: not its parameter group. */
  assert_int_equal(label_edges(g, mapped, "replicate_source_db",
                               "module.orders.aws_db_parameter_group.this", &ambiguous), 0);
  assert_int_equal(label_edges(g, mapped, "vpc_security_group_ids",
                               "module.sg.aws_security_group.this", &ambiguous), 2);
  assert_int_equal(ambiguous, 2);
  pg_graph_free(g);
}

static void test_indexes(void **state) {
  samples *s = *state;
  int n = 0;
  for (pg_node_id i = pg_graph_first_of_type(s->dr, "aws_subnet"); i >= 0;
       i = pg_graph_next_of_type(s->dr, i)) {
    pg_node_info info;
    pg_graph_node(s->dr, i, &info);
    assert_string_equal(info.type, "aws_subnet");
    n++;
  }
  assert_int_equal(n, 8);
  n = 0;
  for (pg_node_id i = pg_graph_first_in_region(s->dr, "us-west-2"); i >= 0;
       i = pg_graph_next_in_region(s->dr, i))
    n++;
  assert_int_equal(n, 21);
  n = 0;
  for (pg_node_id i = pg_graph_first_of_config(s->dr, "module.primary.aws_route_table.rt"); i >= 0;
       i = pg_graph_next_of_config(s->dr, i))
    n++;
  assert_int_equal(n, 2);
  assert_int_equal(pg_graph_first_of_type(s->dr, "aws_nothing"), -1);
  assert_int_equal(pg_graph_find(s->dr, "aws_subnet.public"), -1);
}

static void test_shortest_path(void **state) {
  samples *s = *state;
  pg_node_id *nodes;
  pg_edge_id *edges;
  size_t len;
  pg_node_id from = node_at(s->dr, "aws_route.secondary_to_primary[\"private\"]");
  pg_node_id to = node_at(s->dr, "module.primary.aws_vpc.main");
  assert_int_equal(pg_graph_shortest_path(s->dr, from, to, &nodes, &edges, &len), PG_OK);
  assert_int_equal(len, 1);
  assert_int_equal(nodes[0], from);
  assert_int_equal(nodes[1], to);
  free(nodes);
  free(edges);
  assert_int_equal(pg_graph_shortest_path(s->dr, to, from, &nodes, &edges, &len), PG_ERR_NOT_FOUND);
  assert_null(nodes);
}

static void test_values_redacted(void **state) {
  samples *s = *state;
  char *v = pg_node_values_render(s->single, node_at(s->single, "aws_db_instance.db"));
  assert_non_null(v);
  assert_null(strstr(v, "s3cr3t"));
  assert_non_null(strstr(v, "\"password\": \"(sensitive)\""));
  assert_non_null(strstr(v, "\"id\": \"(known after apply)\""));
  free(v);
}

/* A mapped plan gives back the pages the graph does not read once it is
 * built (load.c), and every node's values read the same as from a plan
 * held in memory, which gives back nothing. */
static void test_text_released(void **state) {
  samples *s = *state;
  const char *path = source_path("samples/dr-two-region/plan.json");
  FILE *f = fopen(path, "rb");
  assert_non_null(f);
  static char buf[1 << 20];
  size_t n = fread(buf, 1, sizeof buf, f);
  fclose(f);
  assert_true(n > 64 * 1024 && n < sizeof buf);
  pg_diags *d;
  assert_int_equal(pg_diags_new(&d), PG_OK);
  pg_graph *held = NULL;
  assert_int_equal(pg_graph_load_buffer(&held, path, buf, n, NULL, d), PG_OK);
  pg_diags_free(d);
  assert_int_equal(held->text_released, 0);
  /* planned_values alone is a third of this plan. */
  assert_true(s->dr->text_released > n / 4);
  assert_int_equal(pg_graph_node_count(held), pg_graph_node_count(s->dr));
  size_t with_values = 0;
  for (pg_node_id id = 0; (size_t)id < pg_graph_node_count(held); id++) {
    pg_values_text a, b;
    assert_int_equal(pg_graph_node_values(held, id, &a), pg_graph_node_values(s->dr, id, &b));
    assert_int_equal(a.values_len, b.values_len);
    assert_int_equal(a.unknown_len, b.unknown_len);
    assert_int_equal(a.sensitive_len, b.sensitive_len);
    if (a.values_len) assert_memory_equal(a.values, b.values, a.values_len);
    if (a.unknown_len) assert_memory_equal(a.unknown, b.unknown, a.unknown_len);
    if (a.sensitive_len) assert_memory_equal(a.sensitive, b.sensitive, a.sensitive_len);
    with_values += a.values_len > 0;
  }
  assert_true(with_values > 20);
  pg_graph_free(held);
}

int main(void) {
  const struct CMUnitTest tests[] = {
      cmocka_unit_test(test_nodes_and_addresses),
      cmocka_unit_test(test_module_input),
      cmocka_unit_test(test_module_output),
      cmocka_unit_test(test_nested_modules),
      cmocka_unit_test(test_count_and_for_each),
      cmocka_unit_test(test_depends_on),
      cmocka_unit_test(test_value_edges),
      cmocka_unit_test(test_id_attributes),
      cmocka_unit_test(test_event_rule_ties),
      cmocka_unit_test(test_actions),
      cmocka_unit_test(test_providers_and_regions),
      cmocka_unit_test(test_unresolved_locals),
      cmocka_unit_test(test_tf_graph_fills_locals),
      cmocka_unit_test(test_tf_graph_module_outputs),
      cmocka_unit_test(test_indexes),
      cmocka_unit_test(test_shortest_path),
      cmocka_unit_test(test_values_redacted),
      cmocka_unit_test(test_text_released),
  };
  return cmocka_run_group_tests(tests, setup, teardown);
}
