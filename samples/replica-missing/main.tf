# replica-per-region, failing: the plan spans us-east-1 and eu-west-1, but
# the global cluster has its only member in us-east-1 and the RDS primary's
# one read replica sits in its own region. The DynamoDB table replicates to
# eu-west-1 and passes.

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
  provider            = aws.primary
  identifier          = "ledger-replica"
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

# The standby region exists in the plan: its network is there.
resource "aws_vpc" "standby" {
  provider   = aws.secondary
  cidr_block = "10.20.0.0/16"
}
