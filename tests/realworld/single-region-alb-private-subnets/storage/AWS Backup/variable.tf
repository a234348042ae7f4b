variable "dr-backup-role-arn" {
  type = string
  description = "The ARN of the IAM role for backup"
}



