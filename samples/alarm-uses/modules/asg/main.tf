# An auto scaling group whose instance refresh is a `dynamic` block filled
# from an input of the block's name (as terraform-aws-modules/autoscaling
# writes it): plan JSON leaves the block's expressions out of the
# configuration, so the alarm it names is reached only through the input.

variable "name" { type = string }
variable "launch_template_id" { type = string }
variable "instance_refresh" {
  type    = any
  default = {}
}

resource "aws_autoscaling_group" "this" {
  name               = var.name
  min_size           = 2
  max_size           = 6
  availability_zones = ["eu-central-1a", "eu-central-1b"]
  launch_template {
    id      = var.launch_template_id
    version = "$Latest"
  }
  dynamic "instance_refresh" {
    for_each = length(var.instance_refresh) > 0 ? [var.instance_refresh] : []
    content {
      strategy = instance_refresh.value.strategy
      dynamic "preferences" {
        for_each = try([instance_refresh.value.preferences], [])
        content {
          auto_rollback = try(preferences.value.auto_rollback, null)
          dynamic "alarm_specification" {
            for_each = try([preferences.value.alarm_specification], [])
            content {
              alarms = alarm_specification.value.alarms
            }
          }
        }
      }
    }
  }
}
