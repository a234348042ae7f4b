variable "region" {

}

variable "region_peer" {

}

variable "vpc_ssm" {

}

variable "vpc_ssm_peer" {

}