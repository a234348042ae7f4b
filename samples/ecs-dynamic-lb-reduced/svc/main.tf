# One region: a public ALB whose target group an ECS service on Fargate
# registers into, through a `dynamic "load_balancer"` block, and the
# service role it takes only when it has load balancers (as
# cloudposse/ecs-alb-service-task does): the role reads the same local.
variable "name" {}
variable "cidr" {}
variable "azs" {}
variable "zone_id" {}
variable "role" {}
variable "desired_count" {}

resource "aws_vpc" "this" {
  cidr_block = var.cidr
}

resource "aws_internet_gateway" "this" {
  vpc_id = aws_vpc.this.id
}

resource "aws_subnet" "public" {
  count             = 2
  vpc_id            = aws_vpc.this.id
  cidr_block        = cidrsubnet(var.cidr, 8, count.index)
  availability_zone = var.azs[count.index]
}

resource "aws_route_table" "public" {
  vpc_id = aws_vpc.this.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.this.id
  }
}

resource "aws_route_table_association" "public" {
  count          = 2
  subnet_id      = aws_subnet.public[count.index].id
  route_table_id = aws_route_table.public.id
}

resource "aws_lb" "this" {
  name    = var.name
  subnets = aws_subnet.public[*].id
}

resource "aws_lb_target_group" "this" {
  name        = var.name
  port        = 80
  protocol    = "HTTP"
  target_type = "ip"
  vpc_id      = aws_vpc.this.id
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.this.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.this.arn
  }
}

resource "aws_ecs_cluster" "this" {
  name = var.name
}

resource "aws_ecs_cluster_capacity_providers" "this" {
  cluster_name       = aws_ecs_cluster.this.name
  capacity_providers = ["FARGATE"]
}

resource "aws_ecs_task_definition" "this" {
  family                   = var.name
  network_mode             = "awsvpc"
  requires_compatibilities = ["FARGATE"]
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([{
    name         = "app"
    image        = "public.ecr.aws/nginx/nginx:latest"
    essential    = true
    portMappings = [{ containerPort = 80 }]
  }])
}

resource "aws_iam_role" "ecs_service" {
  count = length(local.load_balancers) > 0 ? 1 : 0
  name  = "${var.name}-ecs-service"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{
      Effect    = "Allow"
      Action    = "sts:AssumeRole"
      Principal = { Service = "ecs.amazonaws.com" }
    }]
  })
}

resource "aws_ecs_service" "this" {
  name            = var.name
  iam_role        = length(aws_iam_role.ecs_service) > 0 ? aws_iam_role.ecs_service[0].arn : null
  cluster         = aws_ecs_cluster.this.id
  task_definition = aws_ecs_task_definition.this.arn
  desired_count   = var.desired_count
  dynamic "capacity_provider_strategy" {
    for_each = local.strategies
    content {
      capacity_provider = capacity_provider_strategy.value
      weight            = 1
    }
  }
  dynamic "load_balancer" {
    for_each = local.load_balancers
    content {
      target_group_arn = load_balancer.value.target_group_arn
      container_name   = load_balancer.value.container_name
      container_port   = load_balancer.value.container_port
    }
  }
  network_configuration {
    subnets          = aws_subnet.public[*].id
    assign_public_ip = true
  }
}

resource "aws_route53_health_check" "this" {
  fqdn              = aws_lb.this.dns_name
  port              = 80
  type              = "HTTP"
  resource_path     = "/"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "this" {
  zone_id         = var.zone_id
  name            = "app"
  type            = "A"
  set_identifier  = var.role
  health_check_id = aws_route53_health_check.this.id
  failover_routing_policy {
    type = var.role
  }
  alias {
    name                   = aws_lb.this.dns_name
    zone_id                = aws_lb.this.zone_id
    evaluate_target_health = true
  }
}

locals {
  strategies = aws_ecs_cluster_capacity_providers.this.capacity_providers
  load_balancers = {
    app = {
      target_group_arn = aws_lb_target_group.this.arn
      container_name   = "app"
      container_port   = 80
    }
  }
}
