# Where the archive copy lives, by the primary region.
variable "primary_region" {
  type = string
}

output "archive_region" {
  value = var.primary_region == "us-east-1" ? "eu-west-1" : "us-east-1"
}
