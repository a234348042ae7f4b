# An accelerator as terraform-aws-modules/global-accelerator writes one:
# endpoint groups from a map input, each with a `dynamic
# "endpoint_configuration"` block over the group's endpoints, which plan
# JSON does not record (it gives each group the references of the whole
# input instead).
variable "groups" {
  type = map(object({
    region    = string
    endpoints = list(string)
  }))
}

resource "aws_globalaccelerator_accelerator" "this" {
  name = "app"
}

resource "aws_globalaccelerator_listener" "this" {
  accelerator_arn = aws_globalaccelerator_accelerator.this.id
  protocol        = "TCP"
  port_range {
    from_port = 80
    to_port   = 80
  }
}

resource "aws_globalaccelerator_endpoint_group" "this" {
  for_each              = var.groups
  listener_arn          = aws_globalaccelerator_listener.this.id
  endpoint_group_region = each.value.region
  dynamic "endpoint_configuration" {
    for_each = each.value.endpoints
    content {
      endpoint_id = endpoint_configuration.value
      weight      = 100
    }
  }
}
