# same-region-references and MSK Replicator. A replicator is made in its
# target cluster's region, and each kafka_cluster block carries the
# vpc_config (subnets, security groups) of its own cluster: the events
# replicator's source block names us-east-1 subnets by design, and passes
# (it failed before). The audit replicator copies from a cluster of
# eu-west-1, named by its ARN, but its source block was copied from the
# events replicator and names us-east-1 subnets, in neither cluster's
# region: it fails.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
provider "aws" {
  alias                       = "dr"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_vpc" "src" {
  cidr_block = "10.0.0.0/16"
}
resource "aws_subnet" "src" {
  count             = 2
  vpc_id            = aws_vpc.src.id
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
}
resource "aws_security_group" "src" {
  vpc_id = aws_vpc.src.id
}
resource "aws_vpc" "dst" {
  provider   = aws.dr
  cidr_block = "10.1.0.0/16"
}
resource "aws_subnet" "dst" {
  provider          = aws.dr
  count             = 2
  vpc_id            = aws_vpc.dst.id
  cidr_block        = cidrsubnet("10.1.0.0/16", 8, count.index)
  availability_zone = ["us-west-2a", "us-west-2b"][count.index]
}
resource "aws_security_group" "dst" {
  provider = aws.dr
  vpc_id   = aws_vpc.dst.id
}
resource "aws_msk_cluster" "src" {
  cluster_name           = "events-primary"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 2
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = aws_subnet.src[*].id
    security_groups = [aws_security_group.src.id]
  }
  client_authentication {
    sasl { iam = true }
  }
}
resource "aws_msk_cluster" "dst" {
  provider               = aws.dr
  cluster_name           = "events-dr"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 2
  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = aws_subnet.dst[*].id
    security_groups = [aws_security_group.dst.id]
  }
  client_authentication {
    sasl { iam = true }
  }
}
resource "aws_iam_role" "replicator" {
  name = "msk-replicator"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "kafka.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

# Each kafka_cluster block carries the vpc_config of its own cluster's region.
resource "aws_msk_replicator" "events" {
  provider                   = aws.dr
  replicator_name            = "events-to-dr"
  service_execution_role_arn = aws_iam_role.replicator.arn
  kafka_cluster {
    amazon_msk_cluster { msk_cluster_arn = aws_msk_cluster.src.arn }
    vpc_config {
      subnet_ids          = aws_subnet.src[*].id
      security_groups_ids = [aws_security_group.src.id]
    }
  }
  kafka_cluster {
    amazon_msk_cluster { msk_cluster_arn = aws_msk_cluster.dst.arn }
    vpc_config {
      subnet_ids          = aws_subnet.dst[*].id
      security_groups_ids = [aws_security_group.dst.id]
    }
  }
  replication_info_list {
    source_kafka_cluster_arn = aws_msk_cluster.src.arn
    target_kafka_cluster_arn = aws_msk_cluster.dst.arn
    target_compression_type  = "NONE"
    topic_replication { topics_to_replicate = [".*"] }
    consumer_group_replication { consumer_groups_to_replicate = [".*"] }
  }
}

resource "aws_msk_replicator" "audit" {
  provider                   = aws.dr
  replicator_name            = "audit-to-dr"
  service_execution_role_arn = aws_iam_role.replicator.arn
  kafka_cluster {
    amazon_msk_cluster { msk_cluster_arn = "arn:aws:kafka:eu-west-1:111122223333:cluster/audit/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0-2" }
    vpc_config {
      subnet_ids          = aws_subnet.src[*].id # wrong: these are in us-east-1
      security_groups_ids = [aws_security_group.src.id]
    }
  }
  kafka_cluster {
    amazon_msk_cluster { msk_cluster_arn = aws_msk_cluster.dst.arn }
    vpc_config {
      subnet_ids          = aws_subnet.dst[*].id
      security_groups_ids = [aws_security_group.dst.id]
    }
  }
  replication_info_list {
    source_kafka_cluster_arn = "arn:aws:kafka:eu-west-1:111122223333:cluster/audit/0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0-2"
    target_kafka_cluster_arn = aws_msk_cluster.dst.arn
    target_compression_type  = "NONE"
    topic_replication { topics_to_replicate = [".*"] }
    consumer_group_replication { consumer_groups_to_replicate = [".*"] }
  }
}
