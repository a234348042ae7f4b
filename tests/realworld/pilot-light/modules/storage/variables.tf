variable "name" {
  description = "Prefix for bucket names and the replication role."
  type        = string
}
