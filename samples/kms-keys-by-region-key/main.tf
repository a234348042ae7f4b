# kms-key-per-region with --tf-graph when a volume's key comes from a map
# of whole key modules picked by a region name a data source reads
# (local.keys[data.aws_region.west.name], through a second local).
# `terraform graph -type=plan` shows the locals reading both key modules
# and both data.aws_region: a region data source is the map's key, never
# the key itself. plangraph linked it as the volume's KMS key, and failed
# the eu-west-1 volume (critical) for using "data.aws_region.east from
# us-east-1". It is unknown now, with or without the graph: the plan does
# not say which module's key the map gives.
# Plan it with scripts/regen-samples.

data "aws_region" "east" {
  provider = aws.primary
}

data "aws_region" "west" {
  provider = aws.secondary
}

module "key_east" {
  source    = "./key"
  providers = { aws = aws.primary }
}

module "key_west" {
  source    = "./key"
  providers = { aws = aws.secondary }
}

locals {
  keys = {
    (data.aws_region.east.name) = module.key_east
    (data.aws_region.west.name) = module.key_west
  }
  key_west = local.keys[data.aws_region.west.name]
}

resource "aws_ebs_volume" "west" {
  provider          = aws.secondary
  availability_zone = "eu-west-1a"
  size              = 10
  encrypted         = true
  kms_key_id        = local.key_west.key_arn
}
