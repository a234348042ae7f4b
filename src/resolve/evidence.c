/* Region evidence: what one node's planned values say about the region its
 * provider configuration talks to. AWS APIs are regional, so a known
 * availability zone, the region a data.aws_region read during planning, the
 * region inside the node's own ARN or endpoint, the per-resource `region`
 * that hashicorp/aws 6 records, and the region of a literal alarm action
 * (which CloudWatch takes from the alarm's region only) all name the region
 * of the client that made or read the node. Attributes that may name another region
 * (`source_region`, tags, a replica's destination) are never read: the
 * table below lists the only ones that count. */
#include "resolve/marks.h"
#include "resolve/regionname.h"
#include "resolve/regions.h"
#include "resolve/secrets.h"

#include <string.h>

/* ---- region names in strings ------------------------------------------- */

static int lower(char c) { return c >= 'a' && c <= 'z'; }

/* The region of an availability zone name: "eu-west-1a", or a Local or
 * Wavelength Zone ("us-west-2-lax-1a"). Zone ids ("use1-az1") name none. */
static size_t az_region(const char *s, size_t n) {
  size_t p = region_name_prefix(s, n);
  if (!p || p == n) return 0;
  if (s[p] == '-') return p + 1 < n && lower(s[p + 1]) ? p : 0;
  for (size_t i = p; i < n; i++)
    if (!lower(s[i])) return 0;
  return p;
}

/* The region label of an AWS hostname ("db.abc.eu-west-1.rds.amazonaws.com"). */
static const char *host_region(const char *s, size_t n, size_t *len) {
  static const char *const suffixes[] = {".amazonaws.com", ".amazonaws.com.cn"};
  /* A URL (a subscription's endpoint) may name any region's service. */
  if (memchr(s, '/', n) || memchr(s, ':', n)) return NULL;
  int aws = 0;
  for (size_t i = 0; i < 2; i++) {
    size_t k = strlen(suffixes[i]);
    if (n > k && memcmp(s + n - k, suffixes[i], k) == 0) aws = 1;
  }
  for (size_t i = 0; aws && i < n;) {
    const char *dot = memchr(s + i, '.', n - i);
    size_t end = dot ? (size_t)(dot - s) : n;
    if (region_name_is(s + i, end - i)) {
      *len = end - i;
      return s + i;
    }
    i = end + 1;
  }
  return NULL;
}

/* ---- which attributes count --------------------------------------------- */

typedef enum ev_kind {
  EV_ZONE,     /* an availability zone, or a list of them */
  EV_REGION,   /* a region name */
  EV_HOST,     /* a hostname or endpoint of the node itself */
  EV_ARN,      /* the node's own ARN */
  EV_ACTIONS   /* ARNs CloudWatch takes only from the alarm's own region */
} ev_kind;

enum { EV_MANAGED = 1, EV_DATA = 2 };

typedef struct ev_attr {
  const char *type;   /* resource type, or NULL for any */
  const char *attr;   /* top-level attribute */
  ev_kind kind;
  unsigned modes;     /* EV_MANAGED | EV_DATA */
} ev_attr;

/* A data source's `region` or ARN may describe what it looked up (a bucket
 * in another region), so data sources count only through zones, hostnames
 * and data.aws_region; a managed resource's own `region` and `arn` are
 * where its provider made it. */
static const ev_attr ev_attrs[] = {
    {NULL, "availability_zone", EV_ZONE, EV_MANAGED | EV_DATA},
    {NULL, "availability_zones", EV_ZONE, EV_MANAGED | EV_DATA},
    {"aws_availability_zones", "names", EV_ZONE, EV_DATA},
    {"aws_region", "name", EV_REGION, EV_DATA},
    {"aws_region", "region", EV_REGION, EV_DATA},
    {NULL, "region", EV_REGION, EV_MANAGED},
    {NULL, "arn", EV_ARN, EV_MANAGED},
    {NULL, "endpoint", EV_HOST, EV_MANAGED | EV_DATA},
    {NULL, "reader_endpoint", EV_HOST, EV_MANAGED | EV_DATA},
    {NULL, "address", EV_HOST, EV_MANAGED | EV_DATA},
    {NULL, "dns_name", EV_HOST, EV_MANAGED | EV_DATA},
    {NULL, "hostname", EV_HOST, EV_MANAGED | EV_DATA},
    /* CloudWatch refuses an alarm action of another region (an SNS topic,
     * a Lambda function, an auto scaling policy, arn:aws:automate:REGION:
     * ec2:stop): a literal action ARN names the alarm's region. */
    {"aws_cloudwatch_metric_alarm", "alarm_actions", EV_ACTIONS, EV_MANAGED},
    {"aws_cloudwatch_metric_alarm", "ok_actions", EV_ACTIONS, EV_MANAGED},
    {"aws_cloudwatch_metric_alarm", "insufficient_data_actions", EV_ACTIONS, EV_MANAGED},
    {"aws_cloudwatch_composite_alarm", "alarm_actions", EV_ACTIONS, EV_MANAGED},
    {"aws_cloudwatch_composite_alarm", "ok_actions", EV_ACTIONS, EV_MANAGED},
    {"aws_cloudwatch_composite_alarm", "insufficient_data_actions", EV_ACTIONS, EV_MANAGED},
};

/* data.aws_region looks up another region when told one: then its values
 * describe that region, not the provider's. */
static const char *const region_lookup_args[] = {"name", "region", "endpoint", "id", NULL};

static int sets_lookup_arg(const node *n) {
  json_t *ex = json_object_get(n->config, "expressions");
  for (size_t i = 0; region_lookup_args[i]; i++)
    if (json_object_get(ex, region_lookup_args[i])) return 1;
  return 0;
}

/* ---- reading one node ---------------------------------------------------- */

typedef struct scan {
  pg_graph *g;
  pg_node_id id;
  region_fact_sink sink;
  void *ctx;
} scan;

/* A fact shown by sc's node about the region of node about. */
static int emit_about(scan *sc, pg_node_id about, const char *attr, const char *r, size_t rlen,
                      jslice shown, const char *assumed) {
  char what[320];
  size_t n = shown.n > 200 ? 200 : shown.n;
  snprintf(what, sizeof what, "%s %.*s%s", attr, (int)n, shown.p, shown.n > n ? "..." : "");
  /* A fact that would show a secret is no fact. */
  if (g_holds_secret(sc->g, what, strlen(what)) || g_holds_secret(sc->g, r, rlen))
    return PG_OK;
  region_fact f = {g_intern(sc->g, r, rlen), sc->id, g_intern_cstr(sc->g, what), about, assumed};
  if (!f.region || !f.what) return PG_ERR_NOMEM;
  return sc->sink(sc->ctx, &f);
}

static int emit(scan *sc, const ev_attr *a, const char *r, size_t rlen, jslice shown) {
  return emit_about(sc, sc->id, a->attr, r, rlen, shown, a->kind == EV_ACTIONS ? a->attr : NULL);
}

/* One known string of attribute a. Escaped strings name no region. */
static int one_string(scan *sc, const ev_attr *a, jslice v) {
  if (memchr(v.p, '\\', v.n)) return PG_OK;
  size_t len = 0;
  const char *r = NULL;
  switch (a->kind) {
  case EV_ZONE: len = az_region(v.p, v.n); r = len ? v.p : NULL; break;
  case EV_REGION: r = region_name_is(v.p, v.n) ? v.p : NULL; len = v.n; break;
  case EV_HOST: r = host_region(v.p, v.n, &len); break;
  case EV_ARN: {
    const node *n = &sc->g->nodes[sc->id];
    r = n->arn_value ? region_from_arn(sc->g, n->arn_value) : NULL;
    len = r ? strlen(r) : 0;
    if (r && !region_name_is(r, len)) r = NULL;
    break;
  }
  case EV_ACTIONS: {
    char arn[512];
    if (v.n >= sizeof arn) break;
    memcpy(arn, v.p, v.n);
    arn[v.n] = '\0';
    r = region_from_arn(sc->g, arn);
    len = r ? strlen(r) : 0;
    if (r && !region_name_is(r, len)) r = NULL;
    break;
  }
  }
  return r ? emit(sc, a, r, len, v) : PG_OK;
}

static int one_attr(scan *sc, const ev_attr *a, jslice v) {
  int k = js_slice_kind(v);
  if (k == JS_STRING) return one_string(sc, a, (jslice){v.p + 1, v.n - 2});
  if (k != JS_ARRAY || (a->kind != EV_ZONE && a->kind != EV_ACTIONS)) return PG_OK;
  js_elems es;
  jslice e;
  js_elems_init(&es, v);
  while (js_elems_next(&es, &e)) {
    if (js_slice_kind(e) != JS_STRING) continue;
    int rc = one_string(sc, a, (jslice){e.p + 1, e.n - 2});
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

#define N_ATTRS (sizeof ev_attrs / sizeof *ev_attrs)

/* A managed resource's `region` that names another region than its own
 * (regions.h, region_argument). */
static int foreign_region(const node *n, unsigned mode, const ev_attr *a) {
  const char *own = region_argument(n->type);
  return mode == EV_MANAGED && a->kind == EV_REGION && (!own || strcmp(own, a->attr) != 0);
}

/* Notes member key's value v in found[] for each attribute of the table it
 * is (the last one wins when a key repeats, as in js_member). */
static void note_member(const node *n, unsigned mode, jslice key, jslice v, jslice *found) {
  for (size_t i = 0; i < N_ATTRS; i++) {
    const ev_attr *a = &ev_attrs[i];
    if ((a->modes & mode) && js_raw_eq(key, a->attr) &&
        (!a->type || strcmp(a->type, n->type) == 0) && !foreign_region(n, mode, a))
      found[i] = v;
  }
}

/* One pass over the top-level members (every resource's values may be
 * read here when provider regions come from locals), then the facts in
 * the table's order, so that the strongest is named first. */
int evidence_scan(pg_graph *g, pg_node_id id, region_fact_sink sink, void *ctx) {
  const node *n = &g->nodes[id];
  unsigned mode = n->kind == PG_NODE_DATA ? EV_DATA : EV_MANAGED;
  if (!n->values.p || js_slice_kind(n->values) != JS_OBJECT) return PG_OK;
  if (mode == EV_DATA && strcmp(n->type, "aws_region") == 0 && sets_lookup_arg(n))
    return PG_OK;
  jslice found[N_ATTRS] = {{0}};
  jscan s;
  size_t start = (size_t)(n->values.p - g->text);
  js_init(&s, g->text, start, start + n->values.n);
  js_iter it;
  jslice key, v;
  js_obj_open(&s, &it);
  while (js_obj_next(&s, &it, &key) > 0 && js_skip(&s, &v) == 0)
    note_member(n, mode, key, v, found);
  scan sc = {g, id, sink, ctx};
  for (size_t i = 0; i < N_ATTRS; i++) {
    /* The plan marks it sensitive: it says nothing we may repeat. */
    if (found[i].p && marks_all(marks_member(n->sensitive, ev_attrs[i].attr))) continue;
    int rc = found[i].p ? one_attr(&sc, &ev_attrs[i], found[i]) : PG_OK;
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}

/* ---- what one node says of another ------------------------------------- */

/* A reference under `label` from a `from` resource, beside whose value
 * `region_attr` says the region of what the reference names: a Route 53
 * health check's cloudwatch_alarm_region is the region of the alarm its
 * cloudwatch_alarm_name names (the check itself is global). */
typedef struct ev_pointer {
  const char *from;
  const char *label;
  const char *region_attr;
} ev_pointer;

static const ev_pointer ev_pointers[] = {
    {"aws_route53_health_check", "cloudwatch_alarm_name", "cloudwatch_alarm_region"},
};

int evidence_scan_edge(pg_graph *g, pg_edge_id id, region_fact_sink sink, void *ctx) {
  const edge *e = &g->edges[id];
  if (e->kind != PG_EDGE_REFERENCE || !e->label) return PG_OK;
  const node *from = &g->nodes[e->from];
  for (size_t i = 0; i < sizeof ev_pointers / sizeof *ev_pointers; i++) {
    const ev_pointer *p = &ev_pointers[i];
    if (strcmp(e->label, p->label) != 0 || strcmp(from->type, p->from) != 0) continue;
    jslice v;
    if (!from->values.p || js_member(from->values, p->region_attr, &v) != 1 ||
        js_slice_kind(v) != JS_STRING || marks_all(marks_member(from->sensitive, p->region_attr)))
      continue;
    jslice r = {v.p + 1, v.n - 2};
    if (memchr(r.p, '\\', r.n) || !region_name_is(r.p, r.n)) continue;
    scan sc = {g, e->from, sink, ctx};
    int rc = emit_about(&sc, e->to, p->region_attr, r.p, r.n, r, p->region_attr);
    if (rc != PG_OK) return rc;
  }
  return PG_OK;
}
