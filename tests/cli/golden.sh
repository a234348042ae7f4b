#!/usr/bin/env bash
# Golden tests: runs plangraph commands on the samples and compares their
# whole output (stdout, stderr and exit status) with tests/golden/*.out.
# UPDATE_GOLDEN=1 rewrites the files instead.
set -u
root=${PG_SOURCE_DIR:?}
bin=${PLANGRAPH:?}
golden="$root/tests/golden"
cd "$root" || exit 2

# A real-world case's terraform graph, kept gzipped in the repository.
accelerator_dot=$(mktemp)
trap 'rm -f "$accelerator_dot"' EXIT
gzip -dc tests/realworld/global-accelerator/tfgraph-plan.dot.gz >"$accelerator_dot"

cases=(
  "stats-dr|stats samples/dr-two-region/plan.json"
  "stats-single-json|stats samples/single-region/plan.json --format json"
  "stats-vars|stats samples/regions-from-variables/plan.json"
  "stats-region-from-workspace|stats samples/region-from-workspace/plan.json"
  "stats-nested-module-providers|stats samples/nested-module-providers/plan.json"
  "check-global-cluster-pass-through|check samples/global-cluster-pass-through/plan.json --only replica-per-region,global-cluster-no-backtrack,global-cluster-consistent -v"
  "check-conditional-branches|check samples/conditional-branches/plan.json --only lb-public-subnets,kms-key-per-region -v"
  "check-replica-baseline-region|check samples/replica-baseline-region/plan.json --only replica-per-region -v"
  "check-cloudtrail-key-region|check samples/cloudtrail-key-region/plan.json --only kms-key-per-region -v"
  "check-count-index-offset|check samples/count-index-offset/plan.json --only peering-routes-wired -v"
  "check-failover-secondary-unchecked|check samples/failover-secondary-unchecked/plan.json --only dr-components-per-region,failover-records-health-checked -v"
  "check-latency-no-health-checks|check samples/latency-no-health-checks/plan.json --only dr-components-per-region -v"
  "check-central-egress-tgw|check samples/central-egress-tgw/plan.json --only private-subnet-egress -v"
  "check-regional-sources|check samples/regional-sources/plan.json --only same-region-references -v"
  "check-kms-key-attribute-names|check samples/kms-key-attribute-names/plan.json --only kms-key-per-region -v"
  "check-health-check-alarm-region|check samples/health-check-alarm-region/plan.json --only health-check-meaningful -v"
  "check-health-check-no-listener|check samples/health-check-no-listener/plan.json --only health-check-meaningful -v"
  "check-data-lb-lookup|check samples/data-lb-lookup/plan.json --only health-check-meaningful,lb-has-targets -v"
  "check-cloudfront-origin-targets|check samples/cloudfront-origin-targets/plan.json --only lb-has-targets -v"
  "check-s3-sse-dynamic|check samples/s3-sse-dynamic/plan.json --only kms-key-per-region -v"
  "check-failover-split-root|check samples/failover-split-root/plan.json --only failover-records-health-checked -v"
  "check-rule-map-cidr|check samples/rule-map-cidr/plan.json --only same-region-references -v"
  "check-lag-alarm-region|check samples/lag-alarm-region/plan.json --only alarms-have-actions -v"
  "check-zone-region|check samples/zone-region/plan.json --only same-region-references -v"
  "check-elasticache-datastore-region|check samples/elasticache-datastore-region/plan.json --only replica-per-region,same-region-references -v"
  "check-msk-replicator-clusters|check samples/msk-replicator-clusters/plan.json --only same-region-references -v"
  "check-arc-shared-routing-control|check samples/arc-shared-routing-control/plan.json --only health-check-meaningful -v"
  "check-open-record-holders|check samples/open-record-holders/plan.json --only lb-has-targets -v"
  "stats-region-expressions|stats samples/region-expressions/plan.json"
  "check-apex-records|check samples/apex-records/plan.json --only failover-records-health-checked,health-check-meaningful,certificate-covers-host -v"
  "check-ami-from-instance|check samples/ami-from-instance/plan.json --only ami-from-lookup -v"
  "check-health-check-private-aurora|check samples/health-check-private-aurora/plan.json --only health-check-meaningful -v"
  "check-dynamodb-sse-off|check samples/dynamodb-sse-off/plan.json --only kms-key-per-region -v"
  "check-aurora-replica-cluster|check samples/aurora-replica-cluster/plan.json --only replica-per-region -v"
  "check-env-region-tie|check samples/env-region-tie/plan.json --only same-region-references -v"
  "check-lb-targets-elsewhere|check samples/lb-targets-elsewhere/plan.json --only lb-has-targets -v"
  "check-lb-targets-split-root|check samples/lb-targets-split-root/plan.json --only lb-has-targets -v"
  "check-replica-support-data|check samples/replica-support-data/plan.json --only replica-per-region -v"
  "check-s3-inline-replication|check samples/s3-inline-replication/plan.json --only s3-replication-ready -v"
  "check-env-region-replica|check samples/env-region-replica/plan.json --only same-region-references,dr-components-per-region,replica-per-region -v"
  "stats-env-region-replica|stats samples/env-region-replica/plan.json"
  "check-kms-key-through-local|check samples/kms-key-through-local/plan.json --only kms-key-per-region -v"
  "check-kms-key-through-local-graph|check samples/kms-key-through-local/plan.json --tf-graph samples/kms-key-through-local/tf-graph-plan.dot --only kms-key-per-region -v"
  "check-standby-eks-node-group|check samples/standby-eks-node-group/plan.json --only standby-capacity -v"
  "check-env-region-global|check samples/env-region-global/plan.json --only global-cluster-consistent,same-region-references,dr-components-per-region -v"
  "stats-env-region-global|stats samples/env-region-global/plan.json"
  "stats-env-region-replica-local|stats samples/env-region-replica-local/plan.json"
  "check-kms-key-nested-local|check samples/kms-key-nested-local/plan.json --only kms-key-per-region -v"
  "check-kms-key-nested-local-graph|check samples/kms-key-nested-local/plan.json --tf-graph samples/kms-key-nested-local/tf-graph-plan.dot --only kms-key-per-region -v"
  "stats-env-region-key-replica|stats samples/env-region-key-replica/plan.json"
  "check-env-region-key-replica|check samples/env-region-key-replica/plan.json --only same-region-references,kms-key-per-region -v"
  "check-region-swapped|check samples/region-swapped/plan.json --only kms-key-per-region,replica-per-region -v"
  "stats-region-swapped|stats samples/region-swapped/plan.json"
  "check-global-member-by-id|check samples/global-member-by-id/plan.json --only kms-key-per-region,global-cluster-no-backtrack -v"
  "check-kms-key-dynamic-block|check samples/kms-key-dynamic-block/plan.json --only kms-key-per-region -v"
  "check-kms-key-dynamic-block-graph|check samples/kms-key-dynamic-block/plan.json --tf-graph samples/kms-key-dynamic-block/tf-graph.dot --only kms-key-per-region -v"
  "check-alarm-silent-topic|check samples/alarm-silent-topic/plan.json --only alarms-have-actions -v"
  "stats-region-override|stats samples/region-override/plan.json"
  "stats-region-module-input|stats samples/region-module-input/plan.json"
  "check-lb-dynamic-forward|check samples/lb-dynamic-forward/plan.json --only lb-has-targets -v"
  "check-lb-dynamic-forward-graph|check samples/lb-dynamic-forward/plan.json --tf-graph samples/lb-dynamic-forward/tf-graph.dot --only lb-has-targets -v"
  "check-global-source-arn|check samples/global-source-arn/plan.json --only replica-per-region -v"
  "check-alarm-actions-disabled|check samples/alarm-actions-disabled/plan.json --only alarms-have-actions -v"
  "check-alarm-subscription-local|check samples/alarm-subscription-local/plan.json --only alarms-have-actions -v"
  "check-alarm-subscription-local-graph|check samples/alarm-subscription-local/plan.json --tf-graph samples/alarm-subscription-local/tf-graph-plan.dot --only alarms-have-actions -v"
  "stats-region-locals|stats samples/region-locals/plan.json"
  "stats-region-written-forms|stats samples/region-written-forms/plan.json"
  "check-sensitive-address-word|check samples/sensitive-address-word/plan.json -v"
  "check-region-locals|check samples/region-locals/plan.json --only kms-key-per-region -v"
  "check-peering-default-table-unused|check samples/peering-default-table-unused/plan.json --only peering-routes-wired -v"
  "check-peering-modules-by-region-key|check samples/peering-modules-by-region-key/plan.json --only peering-routes-wired,same-region-references -v"
  "check-peering-modules-by-region-key-graph|check samples/peering-modules-by-region-key/plan.json --tf-graph samples/peering-modules-by-region-key/tf-graph-plan.dot --only peering-routes-wired,same-region-references -v"
  "check-dr-data-tier|check samples/dr-data-tier/plan.json --only dr-components-per-region -v"
  "check-peering-default-table-counts|check samples/peering-default-table-counts/plan.json --only peering-routes-wired -v"
  "check-kms-keys-by-region-key-graph|check samples/kms-keys-by-region-key/plan.json --tf-graph samples/kms-keys-by-region-key/tf-graph-plan.dot --only kms-key-per-region -v"
  "check-peering-assoc-through-local|check samples/peering-assoc-through-local/plan.json --only peering-routes-wired -v"
  "check-peering-assoc-through-local-graph|check samples/peering-assoc-through-local/plan.json --tf-graph samples/peering-assoc-through-local/tf-graph-plan.dot --only peering-routes-wired -v"
  "check-dr-tier-region-unknown|check samples/dr-tier-region-unknown/plan.json --only dr-components-per-region -v"
  "check-ingress-private-users|check samples/ingress-private-users/plan.json --only no-open-ingress -v"
  "check-lb-subnets-module-map-graph|check samples/lb-subnets-module-map/plan.json --tf-graph samples/lb-subnets-module-map/tf-graph-plan.dot --only lb-public-subnets -v"
  "check-tgw-peering-public-tables|check samples/tgw-peering-public-tables/plan.json --only peering-routes-wired -v"
  "check-s3-versioning-dynamic|check samples/s3-versioning-dynamic/plan.json --only s3-replication-ready -v"
  "check-lb-subnets-conditional-input|check samples/lb-subnets-conditional-input/plan.json --only lb-public-subnets -v"
  "check-s3-replication-foreach-local-graph|check samples/s3-replication-foreach-local/plan.json --tf-graph samples/s3-replication-foreach-local/tf-graph-plan.dot --only s3-replication-ready -v"
  "check-kms-sse-s3-through-local-graph|check samples/kms-sse-s3-through-local/plan.json --tf-graph samples/kms-sse-s3-through-local/tf-graph-plan.dot --only kms-key-per-region -v"
  "check-health-check-disabled-cloudfront|check samples/health-check-disabled-cloudfront/plan.json --only health-check-meaningful -v"
  "check-alarm-sns-managed-key|check samples/alarm-sns-managed-key/plan.json --only alarms-have-actions -v"
  "check-kms-alias-arn-replica-key|check samples/kms-alias-arn-replica-key/plan.json --only kms-key-per-region -v"
  "check-s3-replication-sse-kms-objects|check samples/s3-replication-sse-kms-objects/plan.json --only s3-replication-ready -v"
  "check-cert-alias-chain|check samples/cert-alias-chain/plan.json --only certificate-covers-host -v"
  "check-global-table-replica-streams|check samples/global-table-replica-streams/plan.json --only same-region-references -v"
  "check-rds-replica-source-name|check samples/rds-replica-source-name/plan.json --only same-region-references -v"
  "check-peering-object-input|check samples/peering-object-input/plan.json --only peering-routes-wired -v"
  "check-tgw-main-table-users|check samples/tgw-main-table-users/plan.json --only peering-routes-wired -v"
  "check-s3-replication-inline-sse-kms|check samples/s3-replication-inline-sse-kms/plan.json --only s3-replication-ready -v"
  "check-replica-region-object-storage|check samples/replica-region-object-storage/plan.json --only replica-per-region -v"
  "check-peering-subnet-routes|check samples/peering-subnet-routes/plan.json --only peering-routes-wired -v"
  "check-dynamodb-replica-keys|check samples/dynamodb-replica-keys/plan.json --only kms-key-per-region -v"
  "check-replica-backups-replicated|check samples/replica-backups-replicated/plan.json --only replica-per-region -v"
  "check-tgw-mesh-module-input|check samples/tgw-mesh-module-input/plan.json --only peering-routes-wired -v"
  "check-tgw-mesh-module-input-graph|check samples/tgw-mesh-module-input/plan.json --tf-graph samples/tgw-mesh-module-input/tf-graph-plan.dot --only peering-routes-wired"
  "check-eventbridge-bus-arn-interpolated|check samples/eventbridge-bus-arn-interpolated/plan.json --only eventbridge-cross-region-policy -v"
  "check-peering-overlapping-cidrs|check samples/peering-overlapping-cidrs/plan.json --only peering-routes-wired -v"
  "check-kms-key-map-replica-local-graph|check samples/kms-key-map-replica-local/plan.json --tf-graph samples/kms-key-map-replica-local/tf-graph-plan.dot --only kms-key-per-region -v"
  "check-region-maps-lookup|check samples/region-maps-lookup/plan.json --only same-region-references,kms-key-per-region -v"
  "check-ami-ssm-resolve|check samples/ami-ssm-resolve/plan.json --only ami-from-lookup -v"
  "check-ecs-dynamic-load-balancer|check samples/ecs-dynamic-load-balancer/plan.json --only lb-has-targets -v"
  "check-ecs-dynamic-load-balancer-graph|check samples/ecs-dynamic-load-balancer/plan.json --tf-graph samples/ecs-dynamic-load-balancer/tf-graph.dot --only lb-has-targets"
  "check-private-subnet-nat-instance|check samples/private-subnet-nat-instance/plan.json --only private-subnet-egress -v"
  "check-lb-igw-attachment|check samples/lb-igw-attachment/plan.json --only lb-public-subnets -v"
  "check-peering-routes-for-each|check samples/peering-routes-for-each/plan.json --only peering-routes-wired -v"
  "check-lb-dynamic-route-graph|check samples/lb-dynamic-route/plan.json --tf-graph samples/lb-dynamic-route/tf-graph.dot --only lb-public-subnets -v"
  "check-cert-conditional|check samples/cert-conditional/plan.json --only certificate-covers-host -v"
  "check-failover-primary-root|check samples/failover-primary-root/plan.json --only failover-records-health-checked -v"
  "check-module-output-parts|check samples/module-output-parts/plan.json --only lb-public-subnets,private-subnet-egress,health-check-meaningful -v"
  "check-module-output-parts-graph|check samples/module-output-parts/plan.json --only health-check-meaningful --tf-graph samples/module-output-parts/tf-graph.dot -v"
  "stats-region-for-expressions|stats samples/region-for-expressions/plan.json"
  "check-region-for-expressions|check samples/region-for-expressions/plan.json -v"
  "check-lb-single-zone|check samples/lb-single-zone/plan.json --only lb-public-subnets -v"
  "check-health-check-firewalled|check samples/health-check-firewalled/plan.json --only health-check-meaningful -v"
  "check-weighted-lone-record|check samples/weighted-lone-record/plan.json --only failover-records-health-checked -v"
  "check-global-lag-rpo-alarm|check samples/global-lag-rpo-alarm/plan.json --only alarms-have-actions -v"
  "check-state-lock-replica|check samples/state-lock-replica/plan.json --only dr-components-per-region,replica-per-region -v"
  "check-allowed-regions-global|check samples/allowed-regions-global/plan.json --only allowed-regions --param allowed_regions=eu-west-1 -v"
  "check-ingress-cidr-later|check samples/ingress-cidr-later/plan.json --only no-open-ingress -v"
  "check-lambda-dynamic-vpc-config|check samples/lambda-dynamic-vpc-config/plan.json --only private-subnet-egress -v"
  "check-lambda-dynamic-vpc-config-graph|check samples/lambda-dynamic-vpc-config/plan.json --tf-graph samples/lambda-dynamic-vpc-config/tf-graph.dot --only private-subnet-egress -v"
  "check-eventbridge-same-credentials|check samples/eventbridge-same-credentials/plan.json --only eventbridge-cross-region-policy -v"
  "check-local-read-back|check samples/local-read-back/plan.json --only same-region-references -v"
  "check-local-read-back-graph|check samples/local-read-back/plan.json --only same-region-references --tf-graph samples/local-read-back/tf-graph-plan.dot -v"
  "check-alarm-route53-metrics|check samples/alarm-route53-metrics/plan.json --only alarms-have-actions -v"
  "check-health-check-private-targets|check samples/health-check-private-targets/plan.json --only health-check-meaningful -v"
  "check-replica-region-log-buckets|check samples/replica-region-log-buckets/plan.json --only replica-per-region,dr-components-per-region -v"
  "check-main-table-routes|check samples/main-table-routes/plan.json --only lb-public-subnets,private-subnet-egress -v"
  "check-sg-inline-peer-region|check samples/sg-inline-peer-region/plan.json --only same-region-references -v"
  "check-nat-egress-reach|check samples/nat-egress-reach/plan.json --only private-subnet-egress -v"
  "check-eventbridge-target-regions|check samples/eventbridge-target-regions/plan.json --only same-region-references,eventbridge-cross-region-policy -v"
  "check-dns-zone-through-local|check samples/dns-zone-through-local/plan.json --only failover-records-health-checked -v"
  "check-dns-zone-through-local-graph|check samples/dns-zone-through-local/plan.json --only failover-records-health-checked --tf-graph samples/dns-zone-through-local/tf-graph-plan.dot -v"
  "check-kms-message-open-setting|check samples/kms-message-open-setting/plan.json --only kms-key-per-region -v"
  "check-sensitive-arns|check samples/sensitive-arns/plan.json -v"
  "check-delivery-key-regions|check samples/delivery-key-regions/plan.json --only kms-key-per-region -v"
  "check-dns-dynamic-alias|check samples/dns-dynamic-alias/plan.json --only failover-records-health-checked,dr-components-per-region -v"
  "check-alarm-action-regions|check samples/alarm-action-regions/plan.json --only alarms-have-actions -v"
  "check-tgw-baseline-tables|check samples/tgw-baseline-tables/plan.json --only peering-routes-wired -v"
  "check-s3-replica-key-dynamic|check samples/s3-replica-key-dynamic/plan.json --only s3-replication-ready,kms-key-per-region -v"
  "check-peering-peer-region|check samples/peering-peer-region/plan.json --only same-region-references -v"
  "check-cdn-dynamic-origins|check samples/cdn-dynamic-origins/plan.json --tf-graph samples/cdn-dynamic-origins/tf-graph.dot --only dr-components-per-region,lb-has-targets -v"
  "stats-region-functions|stats samples/region-functions/plan.json"
  "check-region-functions|check samples/region-functions/plan.json -v"
  "check-accelerator-one-region|check samples/accelerator-one-region/plan.json --only dr-components-per-region -v"
  "check-ingress-dynamic-users|check samples/ingress-dynamic-users/plan.json --only no-open-ingress -v"
  "check-ingress-dynamic-users-graph|check samples/ingress-dynamic-users/plan.json --tf-graph samples/ingress-dynamic-users/tf-graph-plan.dot --only no-open-ingress -v"
  "check-s3-replica-key-module-input|check samples/s3-replica-key-module-input/plan.json --only kms-key-per-region -v"
  "check-s3-replica-key-module-input-graph|check samples/s3-replica-key-module-input/plan.json --tf-graph samples/s3-replica-key-module-input/tf-graph-plan.dot --only kms-key-per-region -v"
  "check-accelerator-dynamic-endpoints|check samples/accelerator-dynamic-endpoints/plan.json --only dr-components-per-region -v"
  "check-accelerator-dynamic-endpoints-graph|check samples/accelerator-dynamic-endpoints/plan.json --tf-graph samples/accelerator-dynamic-endpoints/tf-graph.dot --only dr-components-per-region -v"
  "check-same-region-dynamic-network-graph|check samples/same-region-dynamic-network/plan.json --tf-graph samples/same-region-dynamic-network/tf-graph.dot --only same-region-references -v"
  "check-s3-replication-rule-dynamic|check samples/s3-replication-rule-dynamic/plan.json --only kms-key-per-region -v"
  "check-s3-replication-rule-dynamic-graph|check samples/s3-replication-rule-dynamic/plan.json --tf-graph samples/s3-replication-rule-dynamic/tf-graph.dot --only kms-key-per-region -v"
  "check-ingress-nlb-targets|check samples/ingress-nlb-targets/plan.json --only no-open-ingress -v"
  "check-module-foreach-unnamed-output|check samples/module-foreach-unnamed-output/plan.json --only lb-public-subnets -v"
  "check-replica-env-region|check samples/replica-env-region/plan.json --only replica-per-region -v"
  "check-s3-replica-literal-destination|check samples/s3-replica-literal-destination/plan.json --only kms-key-per-region,s3-replication-ready -v"
  "check-peering-mesh-subnet-note|check samples/peering-mesh-subnet-note/plan.json --only peering-routes-wired -v"
  "check-nested-module-providers|check samples/nested-module-providers/plan.json --only same-region-references -v"
  "stats-evidence|stats samples/regions-from-evidence/plan.json"
  # terraform_data is in no region: counted apart, none, region() null.
  "stats-regionless|stats samples/regionless/plan.json"
  "explain-regionless|explain samples/regionless/plan.json terraform_data.release"
  "query-regionless|query samples/regionless/plan.json 'match (n: resource) return n, region(n) as region, known(region(n)) as known, same_region(n, n) as same'"
  "explain-evidence|explain samples/regions-from-evidence/plan.json aws_sqs_queue.env"
  "graph-vars-json|graph samples/regions-from-variables/plan.json"
  "graph-dr-dot-filtered|graph samples/dr-two-region/plan.json --format dot --type aws_subnet --region us-west-2"
  "graph-instance-keys-json|graph samples/instance-keys/plan.json --format json"
  "graph-instance-keys-graphml|graph samples/instance-keys/plan.json --format graphml"
  "graph-single-graphml|graph samples/single-region/plan.json --format graphml --type aws_s*"
  "explain-db|explain samples/single-region/plan.json aws_db_instance.db"
  "explain-missing|explain samples/dr-two-region/plan.json module.primary.aws_subnet.public"
  "path-found|path samples/dr-two-region/plan.json aws_route.secondary_to_primary[\"private\"] module.secondary.aws_vpc.main"
  "path-reverse|path samples/dr-two-region/plan.json module.primary.aws_vpc.main aws_vpc_peering_connection.dr"
  "path-none|path samples/single-region/plan.json aws_vpc.main aws_iam_role.app"
  "stats-tf-graph|stats samples/dr-two-region/plan.json --tf-graph samples/dr-two-region/tf-graph.dot"
  "check-locals-open|check samples/locals-network/plan.json --only lb-public-subnets -v"
  "check-locals-graph|check samples/locals-network/plan.json --tf-graph samples/locals-network/tf-graph-plan.dot --only lb-public-subnets -v"
  "query-locals-graph|query samples/locals-network/plan.json --tf-graph samples/locals-network/tf-graph-plan.dot 'match (s: aws_subnet) -[link vpc_id]-> (v: aws_vpc) return s, v'"
  "query-locals-open|query samples/locals-network/plan.json 'match (s: aws_subnet) return s, count([(s) -[link vpc_id]-> (v: aws_vpc) | v]) as vpcs, exists { (s) -[link vpc_id]-> (v: aws_vpc) } as any, exists { (s) -[link tags]-> (v: aws_vpc) } as by_tags'"
  "check-health-locals-graph|check samples/health-check-locals/plan.json --tf-graph samples/health-check-locals/tf-graph-plan.dot --only health-check-meaningful -v"
  "check-skip-unknown-region|check samples/regions-from-evidence/plan.json --no-builtin --queries tests/queries/subnets-in-asia.pgq -v"
  "query-undecided-membership|query samples/dr-two-region/plan.json 'match (v: aws_vpc) return v, count([x in [v.id, \"a\"] where x == \"a\"]) as undecided_count, count([x in [v.cidr_block, \"a\"] where x == \"a\"]) as known_count, exists { x in [x in [v.id] where x == \"b\"] where true } as undecided_exists'"
  "check-import|check samples/single-region/plan.json --no-builtin --queries tests/queries/imports -v"
  "check-undecided-reason|check samples/peering-one-way/plan.json --no-builtin --queries tests/queries/reasons/undecided-reason.pgq -v"
  "check-let-doubt-reason|check samples/kms-key-through-local/plan.json --no-builtin --queries tests/queries/reasons/let-doubt-reason.pgq -v"
  "check-import-escape|check samples/single-region/plan.json --no-builtin --queries tests/queries/bad-imports/escape.pgq"
  "check-import-missing|check samples/single-region/plan.json --no-builtin --queries tests/queries/bad-imports/missing.pgq"
  "check-import-library-check|check samples/single-region/plan.json --no-builtin --queries tests/queries/bad-imports/not-a-library.pgq"
  "check-import-cycle|check samples/single-region/plan.json --no-builtin --queries tests/queries/bad-imports/cycle.pgq"
  "query-raw-string|query samples/single-region/plan.json 'match (v: aws_vpc) return v.id =~ r\"^vpc-[0-9a-f]{17}$\" as raw, r\"{v}\\\\n\" as as_written'"
  "query-raw-unterminated|query samples/single-region/plan.json 'match (v: aws_vpc) return r\"abc'"
  "check-eventbridge-through-local|check samples/eventbridge-through-local/plan.json --only eventbridge-cross-region-policy -v"
  "check-eventbridge-through-local-graph|check samples/eventbridge-through-local/plan.json --tf-graph samples/eventbridge-through-local/tf-graph-plan.dot --only eventbridge-cross-region-policy -v"
  "check-peering-through-locals|check samples/peering-through-locals/plan.json --only peering-routes-wired -v"
  # A listener with one endpoint group in a region known only after apply:
  # the DR topology is unknown (not "no DR topology"), and dns is unknown.
  "check-topology-undecided|check tests/realworld/global-accelerator/plan.json --tf-graph $accelerator_dot --only dr-components-per-region -v"
  "check-topology-undecided-dns|check tests/realworld/global-accelerator/plan.json --tf-graph $accelerator_dot --only dr-components-per-region --param dr_regions=eu-west-1,us-west-2 -v"
  "check-dns-unchecked-records|check tests/realworld/lpa-store-serverless/plan.json --only dr-components-per-region -v"
  # Without -v: failures only, and the summary says how to see the unknowns.
  "check-unknown-hint|check samples/peering-through-locals/plan.json samples/dr-flawed/plan.json --only peering-routes-wired"
  "check-peering-main-table|check samples/peering-main-table/plan.json --only peering-routes-wired -v"
  "check-peering-through-locals-graph|check samples/peering-through-locals/plan.json --tf-graph samples/peering-through-locals/tf-graph-plan.dot --only peering-routes-wired -v"
  "check-kms-replica-own-key|check samples/kms-replica-own-key/plan.json --only kms-key-per-region -v"
  "check-locals-reduced-input|check samples/locals-reduced-input/plan.json --only same-region-references -v"
  # aws_subnet.public[0] names the for_each instance keyed "0".
  "check-number-keys|check samples/number-keys/plan.json --only lb-public-subnets -v"
  "check-accelerator-provider-regions|check samples/accelerator-provider-regions/plan.json --only dr-components-per-region -v"
  # configured(): an argument set, one left unset, a dynamic block (not in
  # plan JSON), and a node with no configuration block.
  "query-configured|query samples/accelerator-provider-regions/plan.json 'match (g: aws_globalaccelerator_endpoint_group), (p: provider) where address(p) == \"provider.aws\" return g, configured(g, \"listener_arn\") as listener, configured(g, \"endpoint_group_region\") as region, configured(g, \"endpoint_configuration\") as endpoints, configured(p, \"region\") as provider'"
  "check-backup-vault-regions|check samples/backup-vault-regions/plan.json --only same-region-references -v"
  "check-dns-origin-group-app|check samples/dns-origin-group-app/plan.json --only dr-components-per-region -v"
  "check-dns-origin-group-static|check samples/dns-origin-group-static/plan.json --only dr-components-per-region -v"
  # One record without a health check: "routes ... to it", not "them".
  "check-failover-one-unchecked|check samples/dns-forms/plan.json --only failover-records-health-checked -v"
  "check-kms-multi-region-key|check samples/kms-multi-region-key/plan.json --only kms-key-per-region -v"
  "check-failover-target-health|check samples/failover-target-health/plan.json --only failover-records-health-checked -v"
  # each.value in a module call's arguments: the call's for_each, read in
  # the call's scope (a map written out; a local, open without the graph).
  "check-replica-module-map|check samples/replica-module-map/plan.json --only replica-per-region -v"
  "check-replica-module-map-graph|check samples/replica-module-map/plan.json --tf-graph samples/replica-module-map/tf-graph-plan.dot --only replica-per-region -v"
  "check-health-check-api-domains|check samples/health-check-api-domains/plan.json --only health-check-meaningful -v"
  "query-references|query samples/health-check-api-domains/plan.json 'match (h: aws_route53_health_check) return h, references(h, \"fqdn\") as fqdn, references(h, \"ip_address\") as ip'"
  "check-dynamodb-global-v1|check samples/dynamodb-global-v1/plan.json --only replica-per-region,dr-components-per-region -v"
  "query-ambiguous-edges|query samples/module-list-index/plan.json 'match (n: aws_network_interface) -[e: link subnet_id]-> (s) return n, s, ambiguous(e) as ambiguous'"
  "check-module-list-index|check samples/module-list-index/plan.json --only same-region-references -v"
  "check-local-map-vpcs-graph|check samples/local-map-vpcs/plan.json --tf-graph samples/local-map-vpcs/tf-graph-plan.dot --only same-region-references,peering-routes-wired -v"
  "check-peering-routes-count-index|check samples/peering-routes-count-index/plan.json --only peering-routes-wired -v"
  "check-peering-routes-count-index-graph|check samples/peering-routes-count-index/plan.json --tf-graph samples/peering-routes-count-index/tf-graph-plan.dot --only peering-routes-wired -v"
  "check-s3-replication-actions|check samples/s3-replication-actions/plan.json --only s3-replication-ready -v"
  "check-replica-backup-region|check samples/replica-backup-region/plan.json --only replica-per-region -v"
  "check-accelerator-endpoint-regions|check samples/accelerator-endpoint-regions/plan.json --only same-region-references -v"
  "check-kms-replica-rule-dynamic|check samples/kms-replica-rule-dynamic/plan.json --only kms-key-per-region -v"
  "check-failover-alias-chain|check samples/failover-alias-chain/plan.json --only failover-records-health-checked,dr-components-per-region -v"
  "check-replica-module-outputs|check samples/replica-module-outputs/plan.json --only replica-per-region,dr-components-per-region -v"
  "check-replica-module-outputs-graph|check samples/replica-module-outputs/plan.json --tf-graph samples/replica-module-outputs/tf-graph-plan.dot --only replica-per-region,dr-components-per-region,same-region-references -v"
  "check-s3-replication-unversioned|check samples/s3-replication-unversioned/plan.json --only s3-replication-ready -v"
  "check-elasticache-global|check samples/elasticache-global/plan.json --only replica-per-region -v"
  "check-ingress-default-group|check samples/ingress-default-group/plan.json --only no-open-ingress -v"
  "check-locals-reduced-input-graph|check samples/locals-reduced-input/plan.json --tf-graph samples/locals-reduced-input/tf-graph-plan.dot --only same-region-references -v"
  "query-pattern-join|query samples/dr-two-region/plan.json 'match (s: aws_subnet) -[link vpc_id]-> (v: aws_vpc) <-[link vpc_id]- (s) return s, v'"
  "query-pattern-join-two|query samples/dr-two-region/plan.json 'match (a: aws_lb) -[link subnets]-> (s: aws_subnet) -[link vpc_id]-> (v: aws_vpc) <-[link vpc_id]- (g: aws_security_group) <-[link security_groups]- (a) return a, v, g'"
  "query-char-index|query samples/single-region/plan.json 'match (v: aws_vpc) return \"é€😀x\"[0] as first, \"é€😀x\"[-2] as emoji, length(\"é€😀x\") as chars, \"é\"[1] as past_end' --format json"
  "query-runtime-error-location|query samples/single-region/plan.json 'match (v: aws_vpc) return v.cidr_block =~ (v.cidr_block + \"(\")'"
  "query-def-let|query samples/single-region/plan.json 'def prefix(v) = let c = v.cidr_block let bits = split(c, \"/\")[1] \"slash \" + bits match (v: aws_vpc) return v, prefix(v) as p'"
  "query-def-let-shadow|query samples/single-region/plan.json 'def f(v) = let v = 1 v match (v: aws_vpc) return f(v)'"
  "query-record|query samples/dr-two-region/plan.json 'match (v: aws_vpc) return {vpc: v, region: region(v), cidr: v.cidr_block} as r, {a: 1}.a as a, {a: 1}.b as missing, distinct([{x: 1}, {x: 1}, {x: 2}]) as d, {x: 1} == {x: 1} as same, {x: 1} == {y: 1} as other'"
  "query-record-json|query samples/dr-two-region/plan.json --format json 'match (v: aws_vpc) return {vpc: v, region: region(v)} as r'"
  "query-record-twice|query samples/dr-two-region/plan.json 'match (v: aws_vpc) return {vpc: v, vpc: 1}'"
  "query-hops|query samples/dr-two-region/plan.json 'match (r: aws_route_table_association) -[link {2}]-> (v: aws_vpc) return r, v'"
  "query-hops-any|query samples/dr-two-region/plan.json 'match (v: aws_vpc) return v, count([(x: resource) -[link {1,}]-> (v) | x]) as depends, count([(x: resource) -[link vpc_id]-> (v) | x]) as direct'"
  "query-hops-named|query samples/dr-two-region/plan.json 'match (r: aws_route_table_association) -[e: link {1,3}]-> (v: aws_vpc) return r'"
  "query-hops-zero|query samples/dr-two-region/plan.json 'match (r) -[link {0,3}]-> (v) return r'"
  "query-hops-ambiguous|query samples/peering-modules/plan.json 'match (pc: aws_vpc_peering_connection) return pc, exists { (pc) -[link {1,2}]-> (v: aws_vpc) } as reaches_vpc'"
  "query-arn-literals|query samples/arn-literals/plan.json 'match (a) -[e: value]-> (b) return a, label(e) as label, b, region(b) as region'"
  "query-dynamic-blocks|query samples/kms-inline/plan.json 'match (n: aws_s3_bucket) -[e: reference]-> (t) return n, label(e) as label, t'"
  "query-computed-not-dynamic|query samples/rule-map-inputs/plan.json 'match (n: aws_db_subnet_group) -[e: reference]-> (t) return n, label(e) as label, t'"
  "check-unknown-messages|check samples/ops-forms/plan.json --only standby-capacity,eventbridge-cross-region-policy -v"
  "stats-locals-graph|stats samples/locals-network/plan.json --tf-graph samples/locals-network/tf-graph-plan.dot"
  "bad-state|stats ../shared/corpus/not-plan-json/show-json-state__modules.json"
  "bad-usage|graph samples/dr-two-region/plan.json --format svg"
  "bad-option|stats --frobnicate samples/dr-two-region/plan.json"
  "help-graph|graph --help"
  "check-dr-text|check samples/dr-two-region/plan.json -v"
  "check-flawed-text|check samples/dr-flawed/plan.json --param allowed_regions=us-east-1,us-west-2"
  "check-bad-plan|check samples/no-such-plan.json"
  "check-help|check --help"
  "list-queries|list-queries --queries tests/queries/low-severity.pgq"
  "list-functions|list-functions"
  "query-table|query samples/peering-ok/plan.json 'match (rt: aws_route_table|aws_default_route_table) -[link vpc_id|default_route_table_id]-> (v: aws_vpc) return rt, v, region(rt) as region, rt.route[*].cidr_block as routes'"
  "query-unknown-region-template|query samples/regions-from-evidence/plan.json 'match (s: aws_subnet) where not known(region(s)) return \"{s} ({region(s)}) is here\" as t'"
  "stats-regions-from-maps|stats samples/regions-from-maps/plan.json"
  "query-unknown-region|query samples/regions-from-evidence/plan.json 'match (s: aws_subnet) return s, region(s) as region, region(s) == region(s) as same'"
  "query-csv|query samples/single-region/plan.json 'match (d: aws_db_instance) return d, d.password, d.username' --format csv"
  "query-error|query samples/single-region/plan.json 'match (d: aws_db_instance) return d.password, regoin(d)'"
  "lint-error|lint tests/lint/bad-edge.pgq"
  "check-color-always|check samples/ops-forms/plan.json --only standby-capacity --color always -v"
  "check-standby-scaling|check samples/standby-scaling/plan.json --only standby-capacity -v"
  "check-color-skip|check samples/regions-from-evidence/plan.json --no-builtin --queries tests/queries/subnets-in-asia.pgq --color always -v"
  "check-force-color|FORCE_COLOR=1 check samples/dr-flawed/plan.json --only db-instance-class"
  "check-no-color-wins|NO_COLOR=1 FORCE_COLOR=1 check samples/dr-flawed/plan.json --only db-instance-class"
  "check-color-never|FORCE_COLOR=1 check samples/dr-flawed/plan.json --only db-instance-class --color never"
  "check-color-bad|check samples/dr-flawed/plan.json --color sometimes"
  "check-several-plans|check samples/dr-flawed/plan.json samples/dr-two-region/plan.json --only db-instance-class,allowed-regions --param allowed_regions=us-east-1"
  "check-bad-plan-among|check samples/dr-flawed/plan.json samples/no-such-plan.json samples/dr-two-region/plan.json --only db-instance-class,allowed-regions --param allowed_regions=us-east-1"
  "check-zero-queries|check samples/dr-flawed/plan.json --only db-instance-class --skip db-instance-class"
  "check-empty-folder|check samples/dr-flawed/plan.json --no-builtin --queries tests/cli/empty-queries"
  "check-short-attached|check samples/dr-flawed/plan.json -j1 -ftext -o- --only db-instance-class"
  "check-short-flag-attached|check samples/dr-flawed/plan.json -vx"
  "check-junit-stdout|check samples/single-region/plan.json --junit -"
  "check-sarif-stdout|check samples/single-region/plan.json --sarif -"
  "check-output-is-input|check samples/single-region/plan.json -o samples/single-region/plan.json"
  "check-junit-is-input|check samples/single-region/plan.json --junit samples/single-region/plan.json"
  "check-timeout-bad|check samples/single-region/plan.json --timeout 5x"
  "check-jobs-bad|check samples/single-region/plan.json --jobs 0"
  "check-format-bad|check samples/single-region/plan.json -f xml"
  "check-fail-on-upper|check samples/dr-flawed/plan.json --only db-instance-class --fail-on CRITICAL"
  "check-param-left-out|check samples/dr-flawed/plan.json --only db-instance-class --param allowed_regions=us-east-1"
  "query-no-query|query samples/single-region/plan.json"
  "query-both|query samples/single-region/plan.json 'match (v: aws_vpc) return v' -F tests/queries/low-severity.pgq"
  "query-format-short|query samples/single-region/plan.json -f json 'match (v: aws_vpc) return v'"
  "query-timeout-bad|query samples/single-region/plan.json --timeout 5x 'match (v: aws_vpc) return v'"
  "query-ambiguous|query samples/peering-modules/plan.json 'match (pc: aws_vpc_peering_connection) return pc, exists { (pc) -[link vpc_id]-> (v: aws_vpc) } as via_ambiguous, exists { (pc) -[link tags]-> (v: aws_vpc) } as no_such_edge'"
)

failed=0
passed=0
skipped=0
for c in "${cases[@]}"; do
  name=${c%%|*}
  args=${c#*|}
  eval "set -- $args"
  # Leading NAME=VALUE words are the case's environment (NO_COLOR, ...).
  envs=()
  while [ $# -gt 0 ] && [[ $1 == [A-Z]*=* ]]; do envs+=("$1"); shift; done
  # A case on a file of ../shared (there in CI, not in a user's clone).
  shared=$(printf '%s\n' "$@" | grep -m1 '^\.\./shared/')
  if [ -n "$shared" ] && [ ! -e "$shared" ]; then
    echo "SKIP $name: $shared is absent (no ../shared beside the repository)"
    skipped=$((skipped + 1))
    continue
  fi
  actual=$(env -u NO_COLOR -u FORCE_COLOR "${envs[@]}" "$bin" "$@" 2>&1; echo "exit: $?")
  if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
    printf '%s\n' "$actual" >"$golden/$name.out"
    continue
  fi
  if diff -u "$golden/$name.out" <(printf '%s\n' "$actual") >/tmp/golden-diff.$$; then
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    head -40 /tmp/golden-diff.$$
    failed=$((failed + 1))
  fi
done
rm -f /tmp/golden-diff.$$
# The DOT output must render.
if command -v dot >/dev/null 2>&1; then
  if "$bin" graph samples/dr-two-region/plan.json --format dot | dot -Tsvg >/dev/null; then
    passed=$((passed + 1))
  else
    echo "FAIL dot does not render the DOT output"
    failed=$((failed + 1))
  fi
fi
# One meaning per option (issue 14): across every command's --help, a
# short letter always stands for the same long option, and a long option
# other than --format (whose choices are the command's) has one help line.
commands=$("$bin" --help | awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }')
if conflicts=$(for c in $commands; do "$bin" "$c" --help; done | awk '
    /^  -[A-Za-z], --/ { l = $1; n = $2; sub(",", "", l)
                         if (l in long && long[l] != n) print l " is " long[l] " and " n
                         long[l] = n }
    /^ +(-[A-Za-z], )?--[a-z]/ { n = $0; sub(/^ +(-[A-Za-z], )?/, "", n); h = n
                         sub(/ .*/, "", n); if (n == "--format") next
                         if (n in help && help[n] != h) print n " has two help lines"
                         help[n] = h }') && [ -n "$commands" ] && [ -z "$conflicts" ]; then
  passed=$((passed + 1))
else
  echo "FAIL options mean different things in different commands: ${conflicts:-no commands found}"
  failed=$((failed + 1))
fi
echo "golden: $passed passed, $failed failed, $skipped skipped"
[ "$failed" = 0 ]
