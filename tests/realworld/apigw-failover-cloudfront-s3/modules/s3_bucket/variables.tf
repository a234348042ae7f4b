variable "frontend_bucket_name" {
  description = "Name of the S3 bucket for the frontend application"
  type        = string

}