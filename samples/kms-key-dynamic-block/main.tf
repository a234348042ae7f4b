# An EKS cluster that encrypts its secrets with a key of another region,
# named in a `dynamic "encryption_config"` block, as
# terraform-aws-modules/eks writes it. Plan JSON records neither the
# dynamic block's expressions nor a reference for them, and plans the
# key_arn as known after apply, so kms-key-per-region saw a cluster that
# names no key and skipped ("no resource this query counts as encrypted"):
# the wrong-region key went unseen. An EKS cluster's
# encryption_config.provider.key_arn is required in its block and never
# computed by the provider, so a value known only after apply there is a
# key the configuration names: the cluster is now an unknown subject,
# saying the key is in a dynamic block. (AWS refuses a key of another
# region: the cluster fails to create.) With the terraform graph
# (--tf-graph tf-graph.dot) the keys a cluster depends on are the ones
# its block may name; terraform prints the graph as a transitive
# reduction, so the block's key may be behind one of them (a replica's
# primary), and a key of another region is undecided, never failed:
# aws_eks_cluster.app stays unknown, naming aws_kms_key.west, and
# aws_eks_cluster.home, whose key is in its region, passes.
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
  alias                       = "west"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_kms_key" "west" {
  provider    = aws.west
  description = "eks secrets (wrong region)"
}

variable "encrypt_secrets" {
  type    = bool
  default = true
}

resource "aws_eks_cluster" "app" {
  name     = "app"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  }

  dynamic "encryption_config" {
    for_each = var.encrypt_secrets ? [aws_kms_key.west.arn] : []
    content {
      resources = ["secrets"]
      provider {
        key_arn = encryption_config.value
      }
    }
  }
}

resource "aws_kms_key" "home" {
  description = "eks secrets"
}

resource "aws_eks_cluster" "home" {
  name     = "home"
  role_arn = "arn:aws:iam::123456789012:role/eks-cluster"

  vpc_config {
    subnet_ids = ["subnet-0a1b2c3d4e5f60003", "subnet-0a1b2c3d4e5f60004"]
  }

  dynamic "encryption_config" {
    for_each = var.encrypt_secrets ? [aws_kms_key.home.arn] : []
    content {
      resources = ["secrets"]
      provider {
        key_arn = encryption_config.value
      }
    }
  }
}
