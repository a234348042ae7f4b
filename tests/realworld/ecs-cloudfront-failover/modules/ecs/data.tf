/* Data sources */
# offline: data "aws_vpc" "default" (default = true) and data "aws_subnet_ids" "default"
# (vpc_id = data.aws_vpc.default.id) read EC2 at plan time, and aws_subnet_ids is gone from
# hashicorp/aws 5.x; both replaced by the module inputs var.offline_default_vpc_id and
# var.offline_default_subnet_ids (made-up ids of the region's default VPC, set in ../../ecs.tf)
variable "offline_default_vpc_id" {
  type = string
}

variable "offline_default_subnet_ids" {
  type = list(string)
}
