# no-open-ingress: a Network Load Balancer made without security groups of
# its own passes clients' traffic, with their addresses, to its targets,
# whose groups must admit the clients on the ports it delivers to them:
# the documented way to serve RADIUS or MQTT through one. Those ports are
# public for the targets' groups when the load balancer is
# internet-facing; one with groups of its own, or an internal one, makes
# nothing public for its targets. Each rule's comment says what the query
# should find.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

provider "aws" {
  region                      = "eu-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_vpc" "main" {
  cidr_block = "10.102.0.0/16"
}

resource "aws_internet_gateway" "main" {
  vpc_id = aws_vpc.main.id
}

resource "aws_route" "internet" {
  route_table_id         = aws_vpc.main.main_route_table_id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.main.id
}

resource "aws_subnet" "public" {
  for_each          = { a = "10.102.1.0/24", b = "10.102.2.0/24" }
  vpc_id            = aws_vpc.main.id
  cidr_block        = each.value
  availability_zone = "eu-west-2${each.key}"
}

# ---- an internet-facing NLB without groups: RADIUS to Fargate tasks, and
# TCP 8080 to an auto scaling group's instances.
resource "aws_lb" "radius" {
  name               = "radius"
  load_balancer_type = "network"
  subnets            = [for s in aws_subnet.public : s.id]
}

resource "aws_lb_target_group" "radius" {
  name        = "radius"
  port        = 1812
  protocol    = "UDP"
  vpc_id      = aws_vpc.main.id
  target_type = "ip"
  health_check {
    protocol = "HTTP"
    port     = 3000
  }
}

resource "aws_lb_listener" "radius" {
  load_balancer_arn = aws_lb.radius.arn
  port              = 1812
  protocol          = "UDP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.radius.arn
  }
}

resource "aws_security_group" "task" {
  name   = "radius-task"
  vpc_id = aws_vpc.main.id

  # passes: the NLB delivers RADIUS clients here with their addresses
  ingress {
    from_port   = 1812
    to_port     = 1812
    protocol    = "udp"
    cidr_blocks = ["0.0.0.0/0"]
  }

  # fails: no load balancer delivers 22
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_ecs_cluster" "main" {
  name = "radius"
}

resource "aws_ecs_task_definition" "radius" {
  family                   = "radius"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([{
    name         = "radius"
    image        = "freeradius/freeradius-server:latest"
    portMappings = [{ containerPort = 1812, protocol = "udp" }]
  }])
}

resource "aws_ecs_service" "radius" {
  name            = "radius"
  cluster         = aws_ecs_cluster.main.id
  task_definition = aws_ecs_task_definition.radius.arn
  launch_type     = "FARGATE"
  desired_count   = 2
  load_balancer {
    target_group_arn = aws_lb_target_group.radius.arn
    container_name   = "radius"
    container_port   = 1812
  }
  network_configuration {
    subnets         = [for s in aws_subnet.public : s.id]
    security_groups = [aws_security_group.task.id]
  }
}

resource "aws_lb_target_group" "fleet" {
  name     = "fleet"
  port     = 8080
  protocol = "TCP"
  vpc_id   = aws_vpc.main.id
}

resource "aws_lb_listener" "fleet" {
  load_balancer_arn = aws_lb.radius.arn
  port              = 80
  protocol          = "TCP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.fleet.arn
  }
}

resource "aws_security_group" "fleet" {
  name   = "fleet"
  vpc_id = aws_vpc.main.id
}

# passes: the NLB delivers its port-80 clients to the instances on 8080
resource "aws_vpc_security_group_ingress_rule" "fleet_app" {
  security_group_id = aws_security_group.fleet.id
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8080
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_launch_template" "fleet" {
  name_prefix            = "fleet-"
  image_id               = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  vpc_security_group_ids = [aws_security_group.fleet.id]
}

resource "aws_autoscaling_group" "fleet" {
  name                = "fleet"
  min_size            = 2
  max_size            = 4
  vpc_zone_identifier = [for s in aws_subnet.public : s.id]
  target_group_arns   = [aws_lb_target_group.fleet.arn]
  launch_template {
    id      = aws_launch_template.fleet.id
    version = "$Latest"
  }
}

# ---- an internet-facing NLB with a group of its own: clients are
# admitted there, and its targets need admit only the load balancer.
resource "aws_security_group" "front" {
  name   = "mqtt-front"
  vpc_id = aws_vpc.main.id
}

resource "aws_lb" "mqtt" {
  name               = "mqtt"
  load_balancer_type = "network"
  subnets            = [for s in aws_subnet.public : s.id]
  security_groups    = [aws_security_group.front.id]
}

resource "aws_lb_target_group" "mqtt" {
  name     = "mqtt"
  port     = 8883
  protocol = "TCP"
  vpc_id   = aws_vpc.main.id
}

resource "aws_lb_listener" "mqtt" {
  load_balancer_arn = aws_lb.mqtt.arn
  port              = 8883
  protocol          = "TCP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.mqtt.arn
  }
}

resource "aws_security_group" "broker" {
  name   = "broker"
  vpc_id = aws_vpc.main.id
}

# fails: the load balancer's own group admits the clients
resource "aws_security_group_rule" "broker_mqtt" {
  type              = "ingress"
  security_group_id = aws_security_group.broker.id
  protocol          = "tcp"
  from_port         = 8883
  to_port           = 8883
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_instance" "broker" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.public["a"].id
  vpc_security_group_ids = [aws_security_group.broker.id]
}

resource "aws_lb_target_group_attachment" "broker" {
  target_group_arn = aws_lb_target_group.mqtt.arn
  target_id        = aws_instance.broker.id
}

# ---- an internal NLB without groups: nothing of it is public.
resource "aws_lb" "inside" {
  name               = "inside"
  internal           = true
  load_balancer_type = "network"
  subnets            = [for s in aws_subnet.public : s.id]
}

resource "aws_lb_target_group" "db" {
  name     = "db"
  port     = 5432
  protocol = "TCP"
  vpc_id   = aws_vpc.main.id
}

resource "aws_lb_listener" "db" {
  load_balancer_arn = aws_lb.inside.arn
  port              = 5432
  protocol          = "TCP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.db.arn
  }
}

resource "aws_security_group" "db" {
  name   = "db"
  vpc_id = aws_vpc.main.id

  # fails: an internal load balancer's port is no public port
  ingress {
    from_port   = 5432
    to_port     = 5432
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "db" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.public["b"].id
  vpc_security_group_ids = [aws_security_group.db.id]
}

resource "aws_lb_target_group_attachment" "db" {
  target_group_arn = aws_lb_target_group.db.arn
  target_id        = aws_instance.db.id
}
