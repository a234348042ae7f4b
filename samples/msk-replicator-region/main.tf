# same-region-references on MSK Replicator: a replicator is made in its
# target cluster's region.
# - in_source_region, made with the default provider (us-east-1), copies
#   cluster a (us-east-1) to cluster b (us-west-2): fails;
# - in_target_region, made with the us-west-2 provider, does the same:
#   passes;
# - by_arn (us-east-1) names its target by a literal ARN of eu-west-1:
#   fails.
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

resource "aws_vpc" "a" { cidr_block = "10.0.0.0/16" }
resource "aws_subnet" "a1" {
  vpc_id            = aws_vpc.a.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "us-east-1a"
}
resource "aws_subnet" "a2" {
  vpc_id            = aws_vpc.a.id
  cidr_block        = "10.0.2.0/24"
  availability_zone = "us-east-1b"
}
resource "aws_security_group" "a" { vpc_id = aws_vpc.a.id }
resource "aws_vpc" "b" {
  provider   = aws.dr
  cidr_block = "10.1.0.0/16"
}
resource "aws_subnet" "b1" {
  provider          = aws.dr
  vpc_id            = aws_vpc.b.id
  cidr_block        = "10.1.1.0/24"
  availability_zone = "us-west-2a"
}
resource "aws_subnet" "b2" {
  provider          = aws.dr
  vpc_id            = aws_vpc.b.id
  cidr_block        = "10.1.2.0/24"
  availability_zone = "us-west-2b"
}
resource "aws_security_group" "b" {
  provider = aws.dr
  vpc_id   = aws_vpc.b.id
}
resource "aws_msk_serverless_cluster" "a" {
  cluster_name = "a"
  vpc_config {
    subnet_ids         = [aws_subnet.a1.id, aws_subnet.a2.id]
    security_group_ids = [aws_security_group.a.id]
  }
  client_authentication {
    sasl {
      iam { enabled = true }
    }
  }
}
resource "aws_msk_serverless_cluster" "b" {
  provider     = aws.dr
  cluster_name = "b"
  vpc_config {
    subnet_ids         = [aws_subnet.b1.id, aws_subnet.b2.id]
    security_group_ids = [aws_security_group.b.id]
  }
  client_authentication {
    sasl {
      iam { enabled = true }
    }
  }
}
resource "aws_iam_role" "repl" {
  name               = "repl"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Principal = { Service = "kafka.amazonaws.com" }, Action = "sts:AssumeRole" }] })
}
# Made in the source region.
resource "aws_msk_replicator" "in_source_region" {
  replicator_name            = "in-source"
  service_execution_role_arn = aws_iam_role.repl.arn
  kafka_cluster {
    amazon_msk_cluster { msk_cluster_arn = aws_msk_serverless_cluster.a.arn }
    vpc_config {
      subnet_ids          = [aws_subnet.a1.id, aws_subnet.a2.id]
      security_groups_ids = [aws_security_group.a.id]
    }
  }
  kafka_cluster {
    amazon_msk_cluster { msk_cluster_arn = aws_msk_serverless_cluster.b.arn }
    vpc_config {
      subnet_ids          = [aws_subnet.b1.id, aws_subnet.b2.id]
      security_groups_ids = [aws_security_group.b.id]
    }
  }
  replication_info_list {
    source_kafka_cluster_arn = aws_msk_serverless_cluster.a.arn
    target_kafka_cluster_arn = aws_msk_serverless_cluster.b.arn
    target_compression_type  = "NONE"
    topic_replication {
      topics_to_replicate = [".*"]
      starting_position { type = "LATEST" }
    }
    consumer_group_replication { consumer_groups_to_replicate = [".*"] }
  }
}

# Made in the target region.
resource "aws_msk_replicator" "in_target_region" {
  provider                   = aws.dr
  replicator_name            = "in-target"
  service_execution_role_arn = aws_iam_role.repl.arn
  kafka_cluster {
    amazon_msk_cluster { msk_cluster_arn = aws_msk_serverless_cluster.a.arn }
    vpc_config {
      subnet_ids          = [aws_subnet.a1.id, aws_subnet.a2.id]
      security_groups_ids = [aws_security_group.a.id]
    }
  }
  kafka_cluster {
    amazon_msk_cluster { msk_cluster_arn = aws_msk_serverless_cluster.b.arn }
    vpc_config {
      subnet_ids          = [aws_subnet.b1.id, aws_subnet.b2.id]
      security_groups_ids = [aws_security_group.b.id]
    }
  }
  replication_info_list {
    source_kafka_cluster_arn = aws_msk_serverless_cluster.a.arn
    target_kafka_cluster_arn = aws_msk_serverless_cluster.b.arn
    target_compression_type  = "NONE"
    topic_replication {
      topics_to_replicate = [".*"]
      starting_position { type = "LATEST" }
    }
    consumer_group_replication { consumer_groups_to_replicate = [".*"] }
  }
}

# Names its target, another stack's cluster, by ARN.
resource "aws_msk_replicator" "by_arn" {
  replicator_name            = "by-arn"
  service_execution_role_arn = aws_iam_role.repl.arn
  kafka_cluster {
    amazon_msk_cluster { msk_cluster_arn = aws_msk_serverless_cluster.a.arn }
    vpc_config {
      subnet_ids          = [aws_subnet.a1.id, aws_subnet.a2.id]
      security_groups_ids = [aws_security_group.a.id]
    }
  }
  kafka_cluster {
    amazon_msk_cluster { msk_cluster_arn = "arn:aws:kafka:eu-west-1:111122223333:cluster/c/5c1b5d5e-0000-4000-8000-000000000001-s1" }
    vpc_config {
      subnet_ids          = ["subnet-0e1f2a3b4c5d6e7f8"]
      security_groups_ids = ["sg-0a1b2c3d4e5f60718"]
    }
  }
  replication_info_list {
    source_kafka_cluster_arn = aws_msk_serverless_cluster.a.arn
    target_kafka_cluster_arn = "arn:aws:kafka:eu-west-1:111122223333:cluster/c/5c1b5d5e-0000-4000-8000-000000000001-s1"
    target_compression_type  = "NONE"
    topic_replication {
      topics_to_replicate = [".*"]
      starting_position { type = "LATEST" }
    }
    consumer_group_replication { consumer_groups_to_replicate = [".*"] }
  }
}
