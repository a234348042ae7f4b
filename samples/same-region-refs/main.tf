# same-region-references: an Aurora global database whose secondary in
# us-west-2 was built by copying the primary's block: it names the
# primary's cluster parameter group (us-east-1), which AWS cannot use in
# us-west-2 (failing), while its subnet group and security group are its
# region's own (passing alone). An instance in us-west-2 placed in a
# us-east-1 subnet (failing) and one in its own region's subnet (passing).
# A Redis replication group in us-west-2 given the us-east-1 cache subnet
# group (failing: subnet_group_name resolves in its own region).

resource "aws_vpc" "east" {
  provider   = aws.primary
  cidr_block = "10.10.0.0/16"
}

resource "aws_subnet" "east" {
  for_each          = { a = "10.10.1.0/24", b = "10.10.2.0/24" }
  provider          = aws.primary
  vpc_id            = aws_vpc.east.id
  cidr_block        = each.value
  availability_zone = "us-east-1${each.key}"
}

resource "aws_vpc" "west" {
  provider   = aws.secondary
  cidr_block = "10.20.0.0/16"
}

resource "aws_subnet" "west" {
  for_each          = { a = "10.20.1.0/24", b = "10.20.2.0/24" }
  provider          = aws.secondary
  vpc_id            = aws_vpc.west.id
  cidr_block        = each.value
  availability_zone = "us-west-2${each.key}"
}

resource "aws_security_group" "west_db" {
  provider = aws.secondary
  name     = "orders-db-usw2"
  vpc_id   = aws_vpc.west.id
}

resource "aws_db_subnet_group" "east" {
  provider   = aws.primary
  name       = "orders-use1"
  subnet_ids = [for s in aws_subnet.east : s.id]
}

resource "aws_db_subnet_group" "west" {
  provider   = aws.secondary
  name       = "orders-usw2"
  subnet_ids = [for s in aws_subnet.west : s.id]
}

resource "aws_rds_cluster_parameter_group" "orders" {
  provider = aws.primary
  name     = "orders-aurora-pg15"
  family   = "aurora-postgresql15"
}

resource "aws_rds_global_cluster" "orders" {
  provider                  = aws.primary
  global_cluster_identifier = "orders"
  engine                    = "aurora-postgresql"
  engine_version            = "15.4"
}

resource "aws_rds_cluster" "primary" {
  provider                        = aws.primary
  cluster_identifier              = "orders-use1"
  engine                          = "aurora-postgresql"
  engine_version                  = "15.4"
  global_cluster_identifier       = aws_rds_global_cluster.orders.id
  db_subnet_group_name            = aws_db_subnet_group.east.name
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.orders.name
  master_username                 = "app"
  master_password                 = "not-a-real-password-1"
  skip_final_snapshot             = true
}

resource "aws_rds_cluster" "secondary" {
  provider                        = aws.secondary
  cluster_identifier              = "orders-usw2"
  engine                          = "aurora-postgresql"
  engine_version                  = "15.4"
  global_cluster_identifier       = aws_rds_global_cluster.orders.id
  db_subnet_group_name            = aws_db_subnet_group.west.name
  db_cluster_parameter_group_name = aws_rds_cluster_parameter_group.orders.name
  vpc_security_group_ids          = [aws_security_group.west_db.id]
  skip_final_snapshot             = true
  depends_on                      = [aws_rds_cluster.primary]
}

resource "aws_instance" "west_ok" {
  provider      = aws.secondary
  ami           = "ami-0123456789abcdef1"
  instance_type = "m6i.large"
  subnet_id     = aws_subnet.west["a"].id
}

resource "aws_instance" "west_in_east_subnet" {
  provider      = aws.secondary
  ami           = "ami-0123456789abcdef1"
  instance_type = "m6i.large"
  subnet_id     = aws_subnet.east["a"].id
}

resource "aws_elasticache_subnet_group" "east" {
  provider   = aws.primary
  name       = "cache"
  subnet_ids = [for s in aws_subnet.east : s.id]
}

resource "aws_elasticache_replication_group" "west" {
  provider             = aws.secondary
  replication_group_id = "cache-west"
  description          = "sessions, us-west-2"
  engine               = "redis"
  node_type            = "cache.t4g.small"
  num_cache_clusters   = 1
  subnet_group_name    = aws_elasticache_subnet_group.east.name
}
