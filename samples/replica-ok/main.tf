# replica-per-region, passing: every replication group has a member in both
# regions. The global cluster's members come from a module given its
# provider through `providers = {...}`; the RDS primary has a cross-region
# read replica made with count; the DynamoDB table replicates with a
# replica block.

resource "aws_rds_global_cluster" "orders" {
  provider                  = aws.primary
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
}

module "orders_primary" {
  source            = "./modules/member"
  providers         = { aws = aws.primary }
  name              = "orders-use1"
  global_cluster_id = aws_rds_global_cluster.orders.id
  primary           = true
}

module "orders_secondary" {
  source            = "./modules/member"
  providers         = { aws = aws.secondary }
  name              = "orders-euw1"
  global_cluster_id = aws_rds_global_cluster.orders.id
  primary           = false
  depends_on        = [module.orders_primary]
}

resource "aws_db_instance" "ledger" {
  provider            = aws.primary
  identifier          = "ledger"
  engine              = "postgres"
  instance_class      = "db.r6g.large"
  allocated_storage   = 50
  username            = "ledger"
  password            = "not-a-real-password-2"
  skip_final_snapshot = true
}

resource "aws_db_instance" "ledger_replica" {
  count               = 1
  provider            = aws.secondary
  identifier          = "ledger-replica-${count.index}"
  replicate_source_db = aws_db_instance.ledger.arn
  instance_class      = "db.r6g.large"
  skip_final_snapshot = true
}

resource "aws_dynamodb_table" "sessions" {
  provider         = aws.primary
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
