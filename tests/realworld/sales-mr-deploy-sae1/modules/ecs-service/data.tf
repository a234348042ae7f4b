locals { # offline: was data "aws_alb" "main" { count = var.use_alb ? 1 : 0, arn = var.alb_arn }: an internal ALB of another repository, read from AWS; only
  # offline: resources with count 0 here read it (scale_type null, deployment_controller "ECS"); arn_suffix is the ARN's app/<name>/<id>
  offline_aws_alb_main = var.use_alb ? [{ arn = var.alb_arn, arn_suffix = join("/", slice(split("/", var.alb_arn), 1, 4)) }] : []
}
