variable "dr-s3-bucket-arn" {
  type = string
}

variable "dr-s3-bucket-replica-arn" {
  type = string
}

variable "sns_topic_arn" {
  type = string
}

# variable "sns_topic"{
#   type = string
# }