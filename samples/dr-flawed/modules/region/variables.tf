variable "name" {
  description = "Short name of the region's stack (orders-use1)."
  type        = string
}

variable "role" {
  description = "primary or secondary: the secondary joins the global database and has no master user."
  type        = string
}

variable "cidr" {
  type = string
}

variable "azs" {
  type = list(string)
}

variable "global_cluster_id" {
  type = string
}

variable "engine" {
  type = string
}

variable "engine_version" {
  type = string
}

variable "domain" {
  description = "Name the HTTPS listener's certificate is issued for."
  type        = string
}

variable "min_size" {
  type = number
}

variable "backtrack_window" {
  type    = number
  default = 0
}

variable "certificate_arn" {
  description = "Certificate for the HTTPS listener; null uses the one this module validates."
  type        = string
  default     = null
}

variable "default_routes" {
  description = "Give the route tables their 0.0.0.0/0 routes (internet gateway, NAT gateway)."
  type        = bool
  default     = true
}

variable "instance_class" {
  type    = string
  default = "db.r6g.large"
}

variable "ami_id" {
  type = string
}

variable "artifact_bucket" {
  type = string
}
