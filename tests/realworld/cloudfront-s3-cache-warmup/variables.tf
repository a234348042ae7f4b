variable "aws_region" {
  type    = string
  default = "eu-central-1"
}
