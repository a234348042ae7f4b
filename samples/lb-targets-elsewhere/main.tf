# lb-has-targets when targets are registered outside the plan. us-west-2:
# an EKS cluster and a network load balancer whose ip target group the
# AWS Load Balancer Controller fills from TargetGroupBinding manifests,
# applied with kubectl (as Atom-oh's multi-region EKS design does): the
# plan cannot tell whether it gets targets, so it is unknown (it failed
# with "traffic moved there meets a 503"). us-east-1: a load balancer whose
# auto scaling group registers its instances passes, and the standby one
# beside it, whose group nothing fills and no cluster serves, fails.
# samples/lb-targets-split-root has no registrar at all.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}
provider "aws" {
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}
resource "aws_vpc" "v" { cidr_block = "10.1.0.0/16" }
resource "aws_internet_gateway" "igw" { vpc_id = aws_vpc.v.id }
resource "aws_subnet" "pub" {
  count             = 2
  vpc_id            = aws_vpc.v.id
  cidr_block        = cidrsubnet("10.1.0.0/16", 8, count.index)
  availability_zone = ["us-west-2a", "us-west-2b"][count.index]
}
resource "aws_route_table" "pub" {
  vpc_id = aws_vpc.v.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.igw.id
  }
}
resource "aws_route_table_association" "pub" {
  count          = 2
  subnet_id      = aws_subnet.pub[count.index].id
  route_table_id = aws_route_table.pub.id
}
resource "aws_iam_role" "eks" {
  name = "eks"
  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "eks.amazonaws.com" } }] })
}
# pods behind the NLB are registered by the AWS Load Balancer Controller (TargetGroupBinding in k8s manifests)
resource "aws_eks_cluster" "c" {
  name     = "c"
  role_arn = aws_iam_role.eks.arn
  vpc_config { subnet_ids = aws_subnet.pub[*].id }
}
resource "aws_lb" "nlb" {
  name               = "api"
  load_balancer_type = "network"
  subnets            = aws_subnet.pub[*].id
}
resource "aws_lb_target_group" "api" {
  name        = "api"
  port        = 80
  protocol    = "TCP"
  vpc_id      = aws_vpc.v.id
  target_type = "ip"
}
resource "aws_lb_listener" "l" {
  load_balancer_arn = aws_lb.nlb.arn
  port              = 80
  protocol          = "TCP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.api.arn
  }
}
resource "aws_route53_record" "api" {
  zone_id        = "Z0123456789ABCDEFGHIJ"
  name           = "api.shop.internal-test.net"
  type           = "A"
  set_identifier = "us-west-2"
  latency_routing_policy { region = "us-west-2" }
  alias {
    name                   = aws_lb.nlb.dns_name
    zone_id                = aws_lb.nlb.zone_id
    evaluate_target_health = true
  }
}
output "nlb_target_group_arn" { value = aws_lb_target_group.api.arn }

provider "aws" {
  alias                       = "east"
  region                      = "us-east-1"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "east" {
  provider   = aws.east
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "east" {
  provider          = aws.east
  count             = 2
  vpc_id            = aws_vpc.east.id
  cidr_block        = cidrsubnet("10.0.0.0/16", 8, count.index)
  availability_zone = ["us-east-1a", "us-east-1b"][count.index]
}

resource "aws_launch_template" "web" {
  provider      = aws.east
  name_prefix   = "web-"
  image_id      = "ami-0c02fb55956c7d316"
  instance_type = "t3.micro"
}

resource "aws_lb" "web" {
  provider = aws.east
  name     = "web"
  subnets  = aws_subnet.east[*].id
}

resource "aws_lb_target_group" "web" {
  provider = aws.east
  name     = "web"
  port     = 80
  protocol = "HTTP"
  vpc_id   = aws_vpc.east.id
}

resource "aws_lb_listener" "web" {
  provider          = aws.east
  load_balancer_arn = aws_lb.web.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web.arn
  }
}

resource "aws_autoscaling_group" "web" {
  provider            = aws.east
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = aws_subnet.east[*].id
  target_group_arns   = [aws_lb_target_group.web.arn]
  launch_template {
    id      = aws_launch_template.web.id
    version = "$Latest"
  }
}

resource "aws_lb" "standby" {
  provider = aws.east
  name     = "standby"
  subnets  = aws_subnet.east[*].id
}

resource "aws_lb_target_group" "standby" {
  provider = aws.east
  name     = "standby"
  port     = 80
  protocol = "HTTP"
  vpc_id   = aws_vpc.east.id
}

resource "aws_lb_listener" "standby" {
  provider          = aws.east
  load_balancer_arn = aws_lb.standby.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.standby.arn
  }
}

resource "aws_route53_record" "web" {
  for_each       = { web = aws_lb.web, standby = aws_lb.standby }
  zone_id        = "Z0123456789ABCDEFGHIJ"
  name           = "www.shop.internal-test.net"
  type           = "A"
  set_identifier = each.key
  weighted_routing_policy { weight = 50 }
  alias {
    name                   = each.value.dns_name
    zone_id                = each.value.zone_id
    evaluate_target_health = true
  }
}
