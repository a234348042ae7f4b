variable "environment_name" {
  description = "The name of the environment"
  type        = string
}