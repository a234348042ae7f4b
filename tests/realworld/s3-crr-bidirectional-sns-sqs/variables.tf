variable "project_name" {

}

variable "region_primary" {

}

variable "region_secondary" {

}

variable "bucket_prefix_name" {

}

variable "sqs_sns_name" {}