provider "aws" {
  region = local.region

  # offline: mock keys and skip_* flags (planned with no AWS account)
  access_key                  = "mock"
  secret_key                  = "mock"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# offline: data "aws_availability_zones" "available" {} calls EC2 at plan
# time; its names are local.offline_az_names

locals {
  region = "eu-west-1"
  name   = "ex-${basename(path.cwd)}"

  vpc_cidr = "10.0.0.0/16"
  # offline: the zones data.aws_availability_zones.available.names gives
  offline_az_names = ["eu-west-1a", "eu-west-1b", "eu-west-1c"]
  azs              = slice(local.offline_az_names, 0, 3)

  tags = {
    Name       = local.name
    Example    = local.name
    Repository = "https://github.com/terraform-aws-modules/terraform-aws-elb"
  }
}

##################################################################
# Classic Load Balancer
##################################################################

module "elb" {
  source = "./modules/elb" # offline: was "../../"

  name = local.name

  subnets         = module.vpc.public_subnets
  security_groups = [module.vpc.default_security_group_id]
  internal        = false

  listener = [
    {
      instance_port     = "80"
      instance_protocol = "http"
      lb_port           = "80"
      lb_protocol       = "http"
    },
    {
      instance_port     = "8080"
      instance_protocol = "http"
      lb_port           = "8080"
      lb_protocol       = "http"
    },
  ]

  health_check = {
    target              = "HTTP:80/"
    interval            = 30
    healthy_threshold   = 2
    unhealthy_threshold = 2
    timeout             = 5
  }

  access_logs = {
    bucket = module.log_bucket.s3_bucket_id
  }

  tags = {
    Owner       = "user"
    Environment = "dev"
  }

  # ELB attachments
  number_of_instances = 1
  instances           = [module.ec2_instance.id]
}

################################################################################
# Supporting resources
################################################################################

module "vpc" {
  source = "./modules/vpc" # offline: was "terraform-aws-modules/vpc/aws" ~> 5.0

  name = local.name
  cidr = local.vpc_cidr

  azs             = local.azs
  private_subnets = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 4, k)]
  public_subnets  = [for k, v in local.azs : cidrsubnet(local.vpc_cidr, 8, k + 48)]

  tags = local.tags
}

module "ec2_instance" {
  source = "./modules/ec2-instance" # offline: was "terraform-aws-modules/ec2-instance/aws" (no version)

  # offline: its data "aws_ssm_parameter" "this" (the AMI lookup) calls SSM
  # at plan time; depends_on defers the module's data sources to apply
  depends_on = [module.vpc]

  name = local.name

  instance_type          = "t3.micro"
  vpc_security_group_ids = [module.vpc.default_security_group_id]
  subnet_id              = element(module.vpc.private_subnets, 0)

  tags = local.tags
}

module "log_bucket" {
  source = "./modules/s3-bucket" # offline: was "terraform-aws-modules/s3-bucket/aws" ~> 3.0

  bucket_prefix = "${local.name}-logs-"
  acl           = "log-delivery-write"

  # For example only
  force_destroy = true

  control_object_ownership = true
  object_ownership         = "ObjectWriter"

  attach_elb_log_delivery_policy = true
  attach_lb_log_delivery_policy  = true

  attach_deny_insecure_transport_policy = true
  attach_require_latest_tls_policy      = true

  tags = local.tags
}
