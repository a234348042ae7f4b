# A DR copy of a compute stack in us-west-2 wired, here and there, to the
# primary's regional parts in us-east-1. Each is refused by AWS in
# us-west-2, where the stack is meant to take over, and none was checked:
# - a function's layer (by reference, and, for another function, an
#   AWS-published layer's literal ARN of us-east-1) and its container image (an ECR repository of
#   us-east-1, by reference and by literal URI);
# - an event source mapping and an alias naming the primary's function;
# - an ECS service on the primary's cluster and task definition;
# - a target group attachment of a us-east-1 instance, which leaves the
#   standby load balancer's target group empty (lb-has-targets fails the
#   load balancer; it counted the attachment as targets);
# - a DR launch template with the primary's key pair (instances fail to
#   launch when failover scales the group out);
# - bucket versioning made with the us-west-2 provider for a us-east-1
#   bucket.
# Each fails same-region-references; the same parts wired in their own
# region pass. And the Elastic Disaster Recovery template below encrypts
# its us-west-2 staging disks with a us-east-1 key: kms-key-per-region
# fails it (it was no subject).
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

# ---- the primary's parts, in us-east-1

resource "aws_lambda_layer_version" "deps" {
  layer_name = "deps"
  filename   = "deps.zip"
}

resource "aws_ecr_repository" "worker" {
  name = "worker"
}

resource "aws_iam_role" "worker" {
  name = "worker"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "worker" {
  function_name = "worker"
  role          = aws_iam_role.worker.arn
  package_type  = "Image"
  image_uri     = "${aws_ecr_repository.worker.repository_url}:v1"
}

resource "aws_lambda_function" "api" {
  function_name = "api"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "api.zip"
  layers        = [aws_lambda_layer_version.deps.arn]
}

resource "aws_ecs_cluster" "app" {
  name = "app"
}

resource "aws_ecs_task_definition" "app" {
  family                = "app"
  container_definitions = jsonencode([{ name = "app", image = "nginx:1.27", memory = 256, essential = true }])
}

resource "aws_ecs_service" "app" {
  name            = "app"
  cluster         = aws_ecs_cluster.app.id
  task_definition = aws_ecs_task_definition.app.arn
  desired_count   = 2
}

resource "aws_key_pair" "ops" {
  key_name   = "ops"
  public_key = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIG8p1rV0m7mJ0y3Zb8S6nq2dXKQJcGk4sYp1Yy0W7t3b ops@example"
}

resource "aws_launch_template" "web" {
  name          = "web"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
  key_name      = aws_key_pair.ops.key_name
}

resource "aws_instance" "web" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "t3.micro"
}

resource "aws_s3_bucket" "assets" {
  bucket = "assets-use1-example"
}

resource "aws_s3_bucket_versioning" "assets" {
  bucket = aws_s3_bucket.assets.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_sqs_queue" "jobs" {
  name = "jobs"
}

resource "aws_lambda_event_source_mapping" "jobs" {
  event_source_arn = aws_sqs_queue.jobs.arn
  function_name    = aws_lambda_function.worker.arn
}

# ---- the DR copy, in us-west-2

resource "aws_lambda_function" "worker_dr" {
  provider      = aws.dr
  function_name = "worker"
  role          = aws_iam_role.worker.arn
  package_type  = "Image"
  image_uri     = "${aws_ecr_repository.worker.repository_url}:v1"
}

resource "aws_lambda_function" "reports_dr" {
  provider      = aws.dr
  function_name = "reports"
  role          = aws_iam_role.worker.arn
  package_type  = "Image"
  image_uri     = "123456789012.dkr.ecr.us-east-1.amazonaws.com/reports:v3"
}

resource "aws_lambda_function" "api_dr" {
  provider      = aws.dr
  function_name = "api"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "api.zip"
  layers        = [aws_lambda_layer_version.deps.arn]
}

resource "aws_lambda_function" "tools_dr" {
  provider      = aws.dr
  function_name = "tools"
  role          = aws_iam_role.worker.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "tools.zip"
  layers        = ["arn:aws:lambda:us-east-1:017000801446:layer:AWSLambdaPowertoolsPythonV3-python312-x86_64:7"]
}

resource "aws_sqs_queue" "jobs_dr" {
  provider = aws.dr
  name     = "jobs"
}

resource "aws_lambda_event_source_mapping" "jobs_dr" {
  provider         = aws.dr
  event_source_arn = aws_sqs_queue.jobs_dr.arn
  function_name    = aws_lambda_function.worker.arn
}

resource "aws_lambda_alias" "live_dr" {
  provider         = aws.dr
  name             = "live"
  function_name    = aws_lambda_function.api.arn
  function_version = "1"
}

resource "aws_ecs_cluster" "app_dr" {
  provider = aws.dr
  name     = "app"
}

resource "aws_ecs_service" "app_dr" {
  provider        = aws.dr
  name            = "app"
  cluster         = aws_ecs_cluster.app.id
  task_definition = aws_ecs_task_definition.app.arn
  desired_count   = 0
}

resource "aws_vpc" "dr" {
  provider   = aws.dr
  cidr_block = "10.1.0.0/16"
}

resource "aws_internet_gateway" "dr" {
  provider = aws.dr
  vpc_id   = aws_vpc.dr.id
}

resource "aws_subnet" "dr" {
  provider          = aws.dr
  count             = 2
  vpc_id            = aws_vpc.dr.id
  cidr_block        = "10.1.${count.index}.0/24"
  availability_zone = ["us-west-2a", "us-west-2b"][count.index]
}

resource "aws_route_table" "dr" {
  provider = aws.dr
  vpc_id   = aws_vpc.dr.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.dr.id
  }
}

resource "aws_route_table_association" "dr" {
  provider       = aws.dr
  count          = 2
  subnet_id      = aws_subnet.dr[count.index].id
  route_table_id = aws_route_table.dr.id
}

# The standby load balancer, behind the SECONDARY failover record: its
# target group's only registration is the us-east-1 instance, so it has no
# targets, and lb-has-targets fails it.
resource "aws_lb" "web_dr" {
  provider = aws.dr
  name     = "web-dr"
  subnets  = aws_subnet.dr[*].id
}

resource "aws_lb_target_group" "web_dr" {
  provider = aws.dr
  name     = "web-dr"
  port     = 80
  protocol = "HTTP"
  vpc_id   = aws_vpc.dr.id
}

resource "aws_lb_listener" "web_dr" {
  provider          = aws.dr
  load_balancer_arn = aws_lb.web_dr.arn
  port              = 80
  protocol          = "HTTP"
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web_dr.arn
  }
}

# An admin listener that sets no protocol and no certificate: HTTP, so no
# subject of listener-certificate-valid (it was unknown: the provider
# plans its protocol as known only after apply).
resource "aws_lb_listener" "admin_dr" {
  provider          = aws.dr
  load_balancer_arn = aws_lb.web_dr.arn
  port              = 8080
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.web_dr.arn
  }
}

resource "aws_route53_health_check" "web_dr" {
  type              = "HTTP"
  fqdn              = aws_lb.web_dr.dns_name
  port              = 80
  resource_path     = "/"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_record" "web_dr" {
  zone_id         = "Z0123456789ABCDEFGHIJ"
  name            = "www.example.com"
  type            = "A"
  set_identifier  = "dr"
  health_check_id = aws_route53_health_check.web_dr.id
  failover_routing_policy {
    type = "SECONDARY"
  }
  alias {
    name                   = aws_lb.web_dr.dns_name
    zone_id                = aws_lb.web_dr.zone_id
    evaluate_target_health = true
  }
}

resource "aws_lb_target_group_attachment" "web_dr" {
  provider         = aws.dr
  target_group_arn = aws_lb_target_group.web_dr.arn
  target_id        = aws_instance.web.id
}

resource "aws_launch_template" "web_dr" {
  provider      = aws.dr
  name          = "web"
  image_id      = "ami-0fedcba9876543210"
  instance_type = "t3.micro"
  key_name      = aws_key_pair.ops.key_name
}

resource "aws_s3_bucket_versioning" "assets_dr" {
  provider = aws.dr
  bucket   = aws_s3_bucket.assets.id
  versioning_configuration {
    status = "Enabled"
  }
}

# ---- Elastic Disaster Recovery's staging area in us-west-2, its disks
# encrypted with the primary's key (kms-key-per-region fails it: DRS makes
# the staging volumes in us-west-2, where a us-east-1 key cannot be used)

resource "aws_kms_key" "primary" {}

resource "aws_drs_replication_configuration_template" "dr" {
  provider                                = aws.dr
  associate_default_security_group        = false
  bandwidth_throttling                    = 0
  create_public_ip                        = false
  data_plane_routing                      = "PRIVATE_IP"
  default_large_staging_disk_type         = "GP3"
  ebs_encryption                          = "CUSTOM"
  ebs_encryption_key_arn                  = aws_kms_key.primary.arn
  replication_server_instance_type        = "t3.small"
  replication_servers_security_groups_ids = ["sg-0a1b2c3d4e5f67890"]
  staging_area_subnet_id                  = "subnet-0a1b2c3d4e5f67890"
  staging_area_tags                       = {}
  use_dedicated_replication_server        = false

  pit_policy {
    enabled            = true
    interval           = 10
    retention_duration = 60
    units              = "MINUTE"
    rule_id            = 1
  }
}
