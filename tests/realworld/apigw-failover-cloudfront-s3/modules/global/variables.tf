variable "frontend_website_endpoint_east" {
  description = "The website endpoint of the frontend S3 bucket in us-east-1"
  type        = string
}
variable "frontend_website_endpoint_west" {
  description = "The website endpoint of the frontend S3 bucket in us-west-2"
  type        = string

}