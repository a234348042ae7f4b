variable "name" {
  type        = string
  description = "The name of the ECR Repository."
}