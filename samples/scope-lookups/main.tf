# Scope regions are the regions in use. A DynamoDB table in us-east-1 with
# a replica in eu-west-1 is checked in every scope region
# (replica-per-region):
# - us-east-1 holds a member: pass; eu-west-1 holds the replica too, but
#   keeps nothing else than an archive bucket, object storage no database
#   serves, and is no region the table must cover (no subject);
# - ap-southeast-2 has a root-module provider configuration and nothing
#   else: a provider block of the root module declares intent, so it is a
#   scope region, but the plan manages no resource there, so the table's
#   replica may be in another configuration's state (a design split into
#   one root per region): undecided;
# - module.lookups declares configurations for four regions; eu-central-1
#   is in scope because a data source is read under it (allowed-regions
#   checks it), but that data source only reads the provider's own region,
#   which declares no workload: replica-per-region owes no member there (no
#   subject; it was undecided); sa-east-1, ca-central-1 and ap-northeast-1
#   are used by nothing and are no scope regions (no subject).

module "lookups" {
  source = "./modules/lookups"
}

resource "aws_dynamodb_table" "sessions" {
  name             = "sessions"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  replica {
    region_name = "eu-west-1"
  }
}

resource "aws_s3_bucket" "archive" {
  provider = aws.eu
  bucket   = "acme-sessions-archive"
}
