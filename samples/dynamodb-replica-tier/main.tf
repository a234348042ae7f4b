# dr-components-per-region with DynamoDB replicas made as
# aws_dynamodb_table_replica resources: a replica is the table in its
# region, so its region is a DR region (joined to the table's by
# replication) that holds the database tier. us-west-2 holds a replica, a
# load balancer and compute: a full stack (passing). eu-west-1 holds only a
# replica: a DR region without the load balancer and compute tiers that the
# others hold (failing).

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
}

resource "aws_dynamodb_table_replica" "west" {
  provider         = aws.secondary
  global_table_arn = aws_dynamodb_table.sessions.arn
}

resource "aws_dynamodb_table_replica" "ireland" {
  provider         = aws.third
  global_table_arn = aws_dynamodb_table.sessions.arn
}

resource "aws_lb" "east" {
  provider = aws.primary
  name     = "sessions-use1"
  subnets  = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_instance" "east" {
  provider      = aws.primary
  ami           = "ami-0123456789abcdef0"
  instance_type = "m6i.large"
}

resource "aws_lb" "west" {
  provider = aws.secondary
  name     = "sessions-usw2"
  subnets  = ["subnet-0a1b2c3d4e5f60003", "subnet-0a1b2c3d4e5f60004"]
}

resource "aws_instance" "west" {
  provider      = aws.secondary
  ami           = "ami-0123456789abcdef1"
  instance_type = "m6i.large"
}
