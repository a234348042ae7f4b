# Operations queries (standby-capacity, dr-components-per-region,
# alarms-have-actions, eventbridge-cross-region-policy, allowed-regions)
# across three regions: us-east-1 holds the full stack, eu-west-1 compute
# and a DynamoDB replica but no load balancer, us-west-2 only an auto
# scaling group whose size is read at apply. There are no failover DNS
# records. terraform.tfstate holds an alarm the plan deletes. Each
# resource's comment says what the queries should find.

data "aws_ssm_parameter" "capacity" {
  provider   = aws.tertiary
  name       = "/ops/capacity"
  depends_on = [aws_sns_topic.pager]
}

resource "aws_lb" "web" {
  provider           = aws.primary
  name               = "web"
  load_balancer_type = "application"
  subnets            = ["subnet-0aaaaaaaaaaaaaaa1", "subnet-0aaaaaaaaaaaaaaa2"]
}

resource "aws_launch_template" "app" {
  for_each      = { primary = "us-east-1", secondary = "eu-west-1" }
  provider      = aws.primary
  name_prefix   = "app-${each.key}-"
  instance_type = "m6i.large"
}

resource "aws_launch_template" "app_eu" {
  provider      = aws.secondary
  name_prefix   = "app-"
  instance_type = "m6i.large"
}

resource "aws_launch_template" "app_usw2" {
  provider      = aws.tertiary
  name_prefix   = "app-"
  instance_type = "m6i.large"
}

# standby-capacity us-east-1 passes: for_each groups keep 1 + 1 warm.
resource "aws_autoscaling_group" "web" {
  for_each           = { a = "us-east-1a", b = "us-east-1b" }
  provider           = aws.primary
  name               = "web-${each.key}"
  min_size           = 1
  max_size           = 4
  availability_zones = [each.value]
  launch_template {
    id = aws_launch_template.app["primary"].id
  }
}

# standby-capacity eu-west-1 fails: count groups keep 0 + 0 warm.
resource "aws_autoscaling_group" "standby" {
  count              = 2
  provider           = aws.secondary
  name               = "standby-${count.index}"
  min_size           = 0
  max_size           = 4
  availability_zones = ["eu-west-1${["a", "b"][count.index]}"]
  launch_template {
    id = aws_launch_template.app_eu.id
  }
}

# standby-capacity us-west-2 undecided: min_size is read at apply.
resource "aws_autoscaling_group" "overflow" {
  provider           = aws.tertiary
  name               = "overflow"
  min_size           = tonumber(data.aws_ssm_parameter.capacity.insecure_value)
  max_size           = 4
  availability_zones = ["us-west-2a"]
  launch_template {
    id = aws_launch_template.app_usw2.id
  }
}

# The database tier: us-east-1, and eu-west-1 through a replica block.
resource "aws_dynamodb_table" "sessions" {
  provider         = aws.primary
  name             = "sessions"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"
  attribute {
    name = "id"
    type = "S"
  }
  replica {
    region_name = "eu-west-1"
  }
}
