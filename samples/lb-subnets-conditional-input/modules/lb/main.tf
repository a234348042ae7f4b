# An application load balancer whose internal flag and subnets are inputs.
variable "lb_internal" { type = bool }
variable "lb_subnet_ids" { type = list(string) }
resource "aws_lb" "lb" {
  name               = "d2-lb"
  internal           = var.lb_internal
  load_balancer_type = "application"
  subnets            = var.lb_subnet_ids
}
