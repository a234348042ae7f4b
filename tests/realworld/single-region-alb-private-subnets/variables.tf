variable "region" {
  type = string
  description = "Region of the disaster recovery"
  default = "eu-west-1"
}

variable "profile" {
  type = string
  description = "Profile of the AWS account"
  default = "own-account"
}


