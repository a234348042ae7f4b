variable "name" {
  type        = string
  description = "(optional) describe your variable"
}
