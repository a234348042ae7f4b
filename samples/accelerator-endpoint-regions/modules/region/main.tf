# One application region: a load balancer in front of an auto scaling group.
terraform {
  required_providers {
    aws = { source = "hashicorp/aws" }
  }
}

variable "name" {
  type = string
}

resource "aws_lb" "app" {
  name               = "app-${var.name}"
  load_balancer_type = "application"
  subnets            = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
}

resource "aws_launch_template" "app" {
  name_prefix   = "app-${var.name}-"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m6i.large"
}

resource "aws_autoscaling_group" "app" {
  name                = "app-${var.name}"
  min_size            = 2
  max_size            = 6
  vpc_zone_identifier = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
  launch_template {
    id = aws_launch_template.app.id
  }
}

output "lb_arn" {
  value = aws_lb.app.arn
}
