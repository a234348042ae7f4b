variable "name_prefix" {
  type = string
  description = "Name Prefix"
  default = "SSM"
}
