/* ARN keys: which literal ARN names which planned resource. Separate
 * stacks name their peers by ARN text; the planned peer's own ARN is known
 * only after apply, but its identifying attribute (an RDS identifier, a
 * bucket name, a topic name) is known, and with its region it says what
 * the ARN will be. Both sides reduce to one key, compared by values.c:
 *
 *   \1 SERVICE \37 REGION \37 KIND \37 NAME
 *
 * REGION is empty for the services whose ARNs have none (S3, RDS global
 * clusters); KIND is the resource type in the ARN (db, cluster, key, alias,
 * event-bus, loadbalancer, targetgroup), empty for services with one
 * (S3 buckets, SNS topics, SQS queues). A plan string never starts with
 * \1 (JSON escapes control characters, and values.c skips escaped
 * strings), so a key never equals a value by chance. */
#include "resolve/arns.h"

#include <string.h>

/* What a resource type's ARN is made of. */
typedef struct arn_form {
  const char *type;     /* resource type (managed or data source) */
  const char *service;  /* the ARN's service field */
  const char *kind;     /* the ARN's resource kind, "" when it has none */
  const char *attr;     /* the planned attribute that is the ARN's name */
  const char *strip;    /* a prefix of attr that the name leaves out, or NULL */
  int global;           /* the ARN has no region */
} arn_form;

static const arn_form forms[] = {
    {"aws_db_instance", "rds", "db", "identifier", NULL, 0},
    {"aws_rds_cluster", "rds", "cluster", "cluster_identifier", NULL, 0},
    {"aws_rds_global_cluster", "rds", "global-cluster", "global_cluster_identifier", NULL, 1},
    {"aws_kms_key", "kms", "key", "key_id", NULL, 0},
    {"aws_kms_replica_key", "kms", "key", "key_id", NULL, 0},
    {"aws_kms_alias", "kms", "alias", "name", "alias/", 0},
    {"aws_s3_bucket", "s3", "", "bucket", NULL, 1},
    {"aws_sns_topic", "sns", "", "name", NULL, 0},
    {"aws_sqs_queue", "sqs", "", "name", NULL, 0},
    {"aws_cloudwatch_event_bus", "events", "event-bus", "name", NULL, 0},
    {"aws_lb", "elasticloadbalancing", "loadbalancer", "name", NULL, 0},
    {"aws_alb", "elasticloadbalancing", "loadbalancer", "name", NULL, 0},
    {"aws_elb", "elasticloadbalancing", "loadbalancer", "name", NULL, 0},
    {"aws_lb_target_group", "elasticloadbalancing", "targetgroup", "name", NULL, 0},
    {"aws_alb_target_group", "elasticloadbalancing", "targetgroup", "name", NULL, 0},
};

typedef struct part {
  const char *p;
  size_t n;
} part;

static size_t key(char *out, part service, part region, part kind, part name) {
  if (!name.n || !service.n) return 0;
  size_t len = 1 + service.n + 1 + region.n + 1 + kind.n + 1 + name.n;
  if (len >= ARNS_KEY_MAX) return 0;
  char *o = out;
  *o++ = '\1';
  const part parts[4] = {service, region, kind, name};
  for (size_t i = 0; i < 4; i++) {
    if (i) *o++ = '\37';
    memcpy(o, parts[i].p, parts[i].n);
    o += parts[i].n;
  }
  *o = '\0';
  return len;
}

static part cstr(const char *s) { return (part){s, s ? strlen(s) : 0}; }

/* The next field of s up to sep (or the end); advances *at past it. */
static part field(const char *s, size_t n, size_t *at, char sep) {
  size_t start = *at, i = start;
  while (i < n && s[i] != sep) i++;
  *at = i < n ? i + 1 : n + 1;
  return (part){s + start, i - start};
}

static int part_eq(part a, const char *lit) {
  return a.n == strlen(lit) && memcmp(a.p, lit, a.n) == 0;
}

static const arn_form *form_of_service(part service, part kind) {
  for (size_t i = 0; i < sizeof forms / sizeof forms[0]; i++)
    if (part_eq(service, forms[i].service) && part_eq(kind, forms[i].kind)) return &forms[i];
  return NULL;
}

/* The resource field of an ARN as KIND and NAME: "db:orders", "key/ID",
 * "alias/NAME", "event-bus/NAME", "loadbalancer/app/NAME/ID",
 * "targetgroup/NAME/ID", or a bare NAME (S3, SNS, SQS). An S3 object ARN
 * (bucket/key) or an SNS subscription (topic:ID) reads as a KIND no form
 * has, so it names no bucket or topic. */
static int resource_parts(part res, part *kind, part *name) {
  size_t i = 0;
  while (i < res.n && res.p[i] != ':' && res.p[i] != '/') i++;
  if (i == res.n) {
    *kind = (part){res.p, 0};
    *name = res;
    return res.n > 0;
  }
  *kind = (part){res.p, i};
  *name = (part){res.p + i + 1, res.n - i - 1};
  if (part_eq(*kind, "loadbalancer") || part_eq(*kind, "targetgroup")) {
    size_t at = i + 1;
    *name = field(res.p, res.n, &at, '/');
    if (part_eq(*kind, "loadbalancer") &&
        (part_eq(*name, "app") || part_eq(*name, "net") || part_eq(*name, "gwy")))
      *name = field(res.p, res.n, &at, '/');
  }
  return name->n > 0 && !memchr(name->p, ':', name->n);
}

size_t arns_of_text(const char *s, size_t n, char *out) {
  if (n < 8 || memcmp(s, "arn:", 4) != 0 || memchr(s, '\\', n)) return 0;
  size_t at = 4;
  part partition = field(s, n, &at, ':');
  part service = field(s, n, &at, ':');
  part region = field(s, n, &at, ':');
  field(s, n, &at, ':'); /* account */
  if (at > n || !partition.n) return 0;
  part res = {s + at, n - at}, kind, name;
  if (!resource_parts(res, &kind, &name)) return 0;
  const arn_form *f = form_of_service(service, kind);
  if (!f || (f->global != (region.n == 0))) return 0;
  return key(out, service, region, kind, name);
}

size_t arns_of_node(const pg_graph *g, const node *n, char *out) {
  if (!n->type || !n->values.p) return 0;
  const arn_form *f = NULL;
  for (size_t i = 0; i < sizeof forms / sizeof forms[0] && !f; i++)
    if (strcmp(n->type, forms[i].type) == 0) f = &forms[i];
  if (!f) return 0;
  part region = {"", 0};
  if (!f->global) {
    if (!n->region || n->region == g->str_unknown) return 0;
    region = cstr(n->region);
  }
  jslice v;
  if (!js_member(n->values, f->attr, &v) || js_slice_kind(v) != JS_STRING) return 0;
  part name = {v.p + 1, v.n - 2};
  if (memchr(name.p, '\\', name.n)) return 0;
  if (f->strip) {
    size_t k = strlen(f->strip);
    if (name.n <= k || memcmp(name.p, f->strip, k) != 0) return 0;
    name.p += k;
    name.n -= k;
  }
  return key(out, cstr(f->service), region, cstr(f->kind), name);
}

/* Types whose required `arn` argument is what they act on (hashicorp/aws
 * 5.100: an event target's target, a notification channel, a Lake
 * Formation resource's bucket). A topic policy's `arn` is its topic's,
 * made in the topic's region, so it stays. */
static const char *const foreign_arn_types[] = {
    "aws_cloudwatch_event_target",
    "aws_notifications_channel_association",
    "aws_lakeformation_resource",
};

int arns_foreign(const char *type) {
  for (size_t i = 0; type && i < sizeof foreign_arn_types / sizeof *foreign_arn_types; i++)
    if (strcmp(type, foreign_arn_types[i]) == 0) return 1;
  return 0;
}
