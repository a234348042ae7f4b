# Single-region web stack that already partly exists: terraform.tfstate
# beside this file holds the existing VPC, subnets, security group and an
# instance that the configuration no longer has, so the plan shows no-op,
# update, replace and delete. Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

variable "db_password" {
  type      = string
  sensitive = true
  default   = "s3cr3t-Pa55w0rd-sample"
}

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "app" {
  count      = 2
  vpc_id     = aws_vpc.main.id
  cidr_block = count.index == 0 ? "10.0.1.0/24" : "10.0.12.0/24"
}

resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
  tags   = { Team = "platform" }
}

# Written with a literal id: only the value matches the existing VPC.
resource "aws_route_table" "main" {
  vpc_id = "vpc-0a1b2c3d4e5f67890"
}

# Computed locally by the provider, so terraform reads it while planning.
data "aws_iam_policy_document" "assume" {
  statement {
    actions = ["sts:AssumeRole"]
    principals {
      type        = "Service"
      identifiers = ["ec2.amazonaws.com"]
    }
  }
}

resource "aws_iam_role" "app" {
  name               = "app"
  assume_role_policy = data.aws_iam_policy_document.assume.json
}

# Calls AWS, so it is deferred to apply by depending on a new resource.
data "aws_ami" "app" {
  most_recent = true
  owners      = ["amazon"]
  filter {
    name   = "name"
    values = ["al2023-ami-*-x86_64"]
  }
  depends_on = [aws_iam_role.app]
}

resource "aws_launch_template" "app" {
  name_prefix            = "app-"
  image_id               = data.aws_ami.app.id
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.web.id]
}

resource "aws_autoscaling_group" "app" {
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = aws_subnet.app[*].id
  launch_template {
    id      = aws_launch_template.app.id
    version = "$Latest"
  }
}

resource "aws_db_subnet_group" "db" {
  name       = "app-db"
  subnet_ids = aws_subnet.app[*].id
}

resource "aws_db_instance" "db" {
  identifier           = "app-db"
  engine               = "postgres"
  instance_class       = "db.r6g.large"
  allocated_storage    = 20
  username             = "app"
  password             = var.db_password
  db_subnet_group_name = aws_db_subnet_group.db.name
  skip_final_snapshot  = true
}
