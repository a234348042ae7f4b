# no-open-ingress on groups whose users hold no public address: an
# interface VPC endpoint's group (an inline ingress block), an internal
# load balancer's (an aws_security_group_rule), a Fargate service's
# with assign_public_ip = false (an aws_vpc_security_group_ingress_rule)
# and a launch template's whose interfaces set associate_public_ip_address
# = false, each open to 0.0.0.0/0 on ports that are not public. Every
# network routed into the VPC reaches them on those ports, so they fail,
# but their messages say that, naming the users, and not "to the
# internet". A group that an endpoint and an instance share, the group of
# an instance that takes no public address but gets an Elastic IP, and a
# group nothing uses, open to the internet as ever.
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

resource "aws_vpc" "main" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "private" {
  count             = 2
  vpc_id            = aws_vpc.main.id
  cidr_block        = "10.0.1${count.index}.0/24"
  availability_zone = "us-east-1${["a", "b"][count.index]}"
}

# Used only by an interface endpoint: its network interfaces never get a
# public address.
resource "aws_security_group" "endpoints" {
  name   = "endpoints"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 0
    to_port     = 65535
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_endpoint" "sqs" {
  vpc_id              = aws_vpc.main.id
  service_name        = "com.amazonaws.us-east-1.sqs"
  vpc_endpoint_type   = "Interface"
  private_dns_enabled = true
  security_group_ids  = [aws_security_group.endpoints.id]
  subnet_ids          = aws_subnet.private[*].id
}

# Used only by an internal load balancer.
resource "aws_security_group" "internal_lb" {
  name   = "internal-lb"
  vpc_id = aws_vpc.main.id
}

resource "aws_security_group_rule" "internal_lb_8443" {
  type              = "ingress"
  security_group_id = aws_security_group.internal_lb.id
  from_port         = 8443
  to_port           = 8443
  protocol          = "tcp"
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_lb" "internal" {
  name               = "internal"
  internal           = true
  load_balancer_type = "application"
  security_groups    = [aws_security_group.internal_lb.id]
  subnets            = aws_subnet.private[*].id
}

# Used only by a Fargate service that assigns no public address.
resource "aws_security_group" "tasks" {
  name   = "tasks"
  vpc_id = aws_vpc.main.id
}

resource "aws_vpc_security_group_ingress_rule" "tasks_8080" {
  security_group_id = aws_security_group.tasks.id
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8080
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_ecs_cluster" "main" {
  name = "main"
}

resource "aws_ecs_service" "app" {
  name            = "app"
  cluster         = aws_ecs_cluster.main.id
  task_definition = "app:1"
  desired_count   = 2
  launch_type     = "FARGATE"
  network_configuration {
    subnets          = aws_subnet.private[*].id
    security_groups  = [aws_security_group.tasks.id]
    assign_public_ip = false
  }
}

# Shared by an endpoint and an instance, which may hold a public address.
resource "aws_security_group" "shared" {
  name   = "shared"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_vpc_endpoint" "ssm" {
  vpc_id             = aws_vpc.main.id
  service_name       = "com.amazonaws.us-east-1.ssm"
  vpc_endpoint_type  = "Interface"
  security_group_ids = [aws_security_group.shared.id]
  subnet_ids         = aws_subnet.private[*].id
}

resource "aws_instance" "admin" {
  ami                    = "ami-0123456789abcdef0"
  instance_type          = "t3.micro"
  subnet_id              = aws_subnet.private[0].id
  vpc_security_group_ids = [aws_security_group.shared.id]
}

# Used by nothing in the plan.
resource "aws_security_group" "unused" {
  name   = "unused"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 3389
    to_port     = 3389
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# Used only by a launch template whose interfaces take no public address.
resource "aws_security_group" "workers" {
  name   = "workers"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_launch_template" "workers" {
  name          = "workers"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  network_interfaces {
    associate_public_ip_address = false
    security_groups             = [aws_security_group.workers.id]
  }
}

# An instance that takes no public address of its own, but an Elastic IP.
resource "aws_security_group" "bastion" {
  name   = "bastion"
  vpc_id = aws_vpc.main.id
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}

resource "aws_instance" "bastion" {
  ami                         = "ami-0123456789abcdef0"
  instance_type               = "t3.micro"
  subnet_id                   = aws_subnet.private[1].id
  associate_public_ip_address = false
  vpc_security_group_ids      = [aws_security_group.bastion.id]
}

resource "aws_eip" "bastion" {
  domain   = "vpc"
  instance = aws_instance.bastion.id
}
