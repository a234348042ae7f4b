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

variable "artifact_bucket" {
  type = string
}
