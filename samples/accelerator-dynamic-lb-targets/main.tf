# lb-has-targets on load balancers behind accelerator endpoint groups
# written as dynamic blocks: plan JSON does not say which group names
# which load balancer, only that each group reads the whole input, both
# load balancers among them. A group's endpoints are in its region, and
# the us-west-2 group has one: the only load balancer of us-west-2 it reads.
# - aws_lb.west's target group gets no targets: fails (it was no subject);
# - aws_lb.east's target group gets the auto scaling group's instances:
#   passes.
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

resource "aws_lb" "east" {
  name    = "app-east"
  subnets = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
}

resource "aws_lb_target_group" "east" {
  name     = "app-east"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0a1b2c3d4e5f60000"
}

resource "aws_lb_listener" "east" {
  load_balancer_arn = aws_lb.east.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.east.arn
  }
}

resource "aws_launch_template" "east" {
  name_prefix   = "app-east"
  image_id      = "ami-0a1b2c3d4e5f60000"
  instance_type = "t3.small"
}

resource "aws_autoscaling_group" "east" {
  name                = "app-east"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  target_group_arns   = [aws_lb_target_group.east.arn]
  launch_template {
    id      = aws_launch_template.east.id
    version = "$Latest"
  }
}

resource "aws_lb" "west" {
  provider = aws.west
  name     = "app-west"
  subnets  = ["subnet-0f1e2d3c4b5a60001", "subnet-0f1e2d3c4b5a60002"]
}

resource "aws_lb_target_group" "west" {
  provider = aws.west
  name     = "app-west"
  port     = 80
  protocol = "HTTP"
  vpc_id   = "vpc-0f1e2d3c4b5a60000"
}

resource "aws_lb_listener" "west" {
  provider          = aws.west
  load_balancer_arn = aws_lb.west.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.west.arn
  }
}

module "accelerator" {
  source = "./modules/accelerator"
  groups = {
    east = { region = "us-east-1", endpoints = [aws_lb.east.arn] }
    west = { region = "us-west-2", endpoints = [aws_lb.west.arn] }
  }
}
