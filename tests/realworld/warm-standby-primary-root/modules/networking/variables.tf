# modules/networking/variables.tf
variable "app_name"           { type = string }
variable "environment"        { type = string }
variable "vpc_cidr"           { type = string }
variable "availability_zones" { type = list(string) }
variable "is_primary" {  # offline: one argument a line (HCL rejects a one-line block with two)
  type = bool
  default = true
}
variable "app_port" {  # offline: one argument a line (HCL rejects a one-line block with two)
  type = number
  default = 8080
}
variable "flow_log_role_arn"  { type = string }
variable "flow_log_group_arn" { type = string }
variable "tags" {  # offline: one argument a line (HCL rejects a one-line block with two)
  type = map(string)
  default = {}
}
