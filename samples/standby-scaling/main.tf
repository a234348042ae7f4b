# standby-capacity: what a region keeps warm. Both regions' groups set
# min_size 0 and desired_capacity 2. In us-east-1 nothing scales the group,
# so terraform holds it at 2 instances (passing). In us-west-2 a scaling
# policy may take it down to its min_size, 0: a cold standby (failing).

resource "aws_launch_template" "east" {
  provider      = aws.primary
  name          = "api-use1"
  image_id      = "ami-0123456789abcdef0"
  instance_type = "m6i.large"
}

resource "aws_autoscaling_group" "east" {
  provider            = aws.primary
  name                = "api-use1"
  min_size            = 0
  max_size            = 4
  desired_capacity    = 2
  vpc_zone_identifier = ["subnet-0a1b2c3d4e5f60001", "subnet-0a1b2c3d4e5f60002"]
  launch_template {
    id      = aws_launch_template.east.id
    version = "$Latest"
  }
}

resource "aws_launch_template" "west" {
  provider      = aws.secondary
  name          = "api-usw2"
  image_id      = "ami-0fedcba9876543210"
  instance_type = "m6i.large"
}

resource "aws_autoscaling_group" "west" {
  provider            = aws.secondary
  name                = "api-usw2"
  min_size            = 0
  max_size            = 4
  desired_capacity    = 2
  vpc_zone_identifier = ["subnet-0a1b2c3d4e5f60003", "subnet-0a1b2c3d4e5f60004"]
  launch_template {
    id      = aws_launch_template.west.id
    version = "$Latest"
  }
}

resource "aws_autoscaling_policy" "west_cpu" {
  provider               = aws.secondary
  name                   = "api-usw2-cpu"
  autoscaling_group_name = aws_autoscaling_group.west.name
  policy_type            = "TargetTrackingScaling"
  target_tracking_configuration {
    predefined_metric_specification {
      predefined_metric_type = "ASGAverageCPUUtilization"
    }
    target_value = 50
  }
}
