# Provider regions that the configuration leaves unknown (set from locals,
# or from the environment) and that plangraph finds from what the plan
# records: availability zones, a data.aws_region read during planning, a
# same-region reference, the one environment region that configurations
# without region or profile share, a literal alarm action (CloudWatch takes
# actions of the alarm's region only), and a health check's
# cloudwatch_alarm_region, which is its alarm's. One configuration has evidence that
# disagrees (it stays unknown); one sets its region (evidence never
# overrides it). ENV holds the environment the plan is made in.
# Plan it with scripts/regen-samples.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "5.100.0" }
  }
}

# Regions per workspace: terraform.workspace is fixed when the plan is
# made, and neither plan JSON nor the sources say which it was.
locals {
  by_workspace = {
    default = {
      primary = "eu-west-1"
      dr      = "us-east-1"
      odd     = "ap-south-1"
      ops     = "eu-west-2"
      standby = "us-west-2"
    }
  }
  primary = local.by_workspace[terraform.workspace].primary
  dr      = local.by_workspace[terraform.workspace].dr
  odd     = local.by_workspace[terraform.workspace].odd
  ops     = local.by_workspace[terraform.workspace].ops
  standby = local.by_workspace[terraform.workspace].standby
}

provider "aws" {
  region                      = local.primary
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "dr"
  region                      = local.dr
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "tied"
  region                      = local.primary
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "conflict"
  region                      = local.odd
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "fixed"
  region                      = "us-west-2"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# Neither region nor profile: both take AWS_REGION from the environment.
provider "aws" {
  alias                       = "env_a"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "env_b"
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

# eu-west-1, from the subnet's availability zone.
resource "aws_vpc" "primary" {
  cidr_block = "10.0.0.0/16"
}

resource "aws_subnet" "primary" {
  vpc_id            = aws_vpc.primary.id
  cidr_block        = "10.0.1.0/24"
  availability_zone = "eu-west-1a"
}

# eu-west-1 too: its vpc_id ties it to the primary VPC.
resource "aws_security_group" "tied" {
  provider = aws.tied
  name     = "tied"
  vpc_id   = aws_vpc.primary.id
}

# us-east-1, from data.aws_region read during planning.
data "aws_region" "dr" {
  provider = aws.dr
}

resource "aws_sqs_queue" "dr" {
  provider = aws.dr
  name     = "dr-${data.aws_region.dr.name}"
}

# Zones of two regions: unknown, with both facts.
resource "aws_subnet" "conflict_a" {
  provider          = aws.conflict
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.1.1.0/24"
  availability_zone = "ap-south-1a"
}

resource "aws_subnet" "conflict_b" {
  provider          = aws.conflict
  vpc_id            = "vpc-0123456789abcdef0"
  cidr_block        = "10.1.2.0/24"
  availability_zone = "ap-southeast-1a"
}

# The configuration says us-west-2: a zone elsewhere does not move it.
resource "aws_subnet" "fixed" {
  provider          = aws.fixed
  vpc_id            = "vpc-0fedcba9876543210"
  cidr_block        = "10.2.1.0/24"
  availability_zone = "eu-west-1b"
}

# The environment's region, shown by env_a's subnet, holds for env_b too.
resource "aws_subnet" "env" {
  provider          = aws.env_a
  vpc_id            = "vpc-0aaaaaaaaaaaaaaaa"
  cidr_block        = "10.3.1.0/24"
  availability_zone = "eu-central-1b"
}

resource "aws_sqs_queue" "env" {
  provider = aws.env_b
  name     = "env"
}

# Alarms: aws.ops is eu-west-2 by its alarm's literal action (an SNS topic
# of eu-west-2); aws.standby is us-west-2 by the health check (on aws.ops)
# that names its alarm with cloudwatch_alarm_region. Each region is what
# the configuration asks for, assumed right: alarms-have-actions leaves
# the alarm's literal action undecided, and health-check-meaningful the
# check, since each judges the very attribute the region came from.
provider "aws" {
  alias                       = "ops"
  region                      = local.ops
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

provider "aws" {
  alias                       = "standby"
  region                      = local.standby
  skip_credentials_validation = true
  skip_requesting_account_id  = true
  skip_metadata_api_check     = true
  skip_region_validation      = true
}

resource "aws_cloudwatch_metric_alarm" "queue_depth" {
  provider            = aws.ops
  alarm_name          = "queue-depth"
  namespace           = "AWS/SQS"
  metric_name         = "ApproximateNumberOfMessagesVisible"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 5
  threshold           = 1000
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = ["arn:aws:sns:eu-west-2:123456789012:ops-pager"]
}

resource "aws_sns_topic" "standby" {
  provider = aws.standby
  name     = "standby-pager"
}

resource "aws_sns_topic_subscription" "standby_oncall" {
  provider  = aws.standby
  topic_arn = aws_sns_topic.standby.arn
  protocol  = "email"
  endpoint  = "oncall@example.com"
}

resource "aws_cloudwatch_metric_alarm" "replica_lag" {
  provider            = aws.standby
  alarm_name          = "replica-lag"
  namespace           = "AWS/RDS"
  metric_name         = "ReplicaLag"
  statistic           = "Maximum"
  period              = 60
  evaluation_periods  = 3
  threshold           = 300
  comparison_operator = "GreaterThanThreshold"
  alarm_actions       = [aws_sns_topic.standby.arn]
}

resource "aws_route53_health_check" "replica_lag" {
  provider                        = aws.ops
  type                            = "CLOUDWATCH_METRIC"
  cloudwatch_alarm_name           = aws_cloudwatch_metric_alarm.replica_lag.alarm_name
  cloudwatch_alarm_region         = "us-west-2"
  insufficient_data_health_status = "Unhealthy"
}
