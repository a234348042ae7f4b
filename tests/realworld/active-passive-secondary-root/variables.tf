# Secondary Environment Variables (Disaster Recovery)

# Project Configuration
variable "project_name" {
  description = "Name of the project"
  type        = string
  default     = "terraform-dr-infrastructure"
}

variable "owner" {
  description = "Owner of the infrastructure"
  type        = string
  default     = "Infrastructure Team"
}

variable "cost_center" {
  description = "Cost center for billing"
  type        = string
  default     = "Engineering"
}

# Region Configuration
variable "aws_region" {
  description = "AWS region for secondary deployment"
  type        = string
  default     = "us-west-2"
}

variable "availability_zones" {
  description = "List of availability zones"
  type        = list(string)
  default     = ["us-west-2a", "us-west-2b"]
}

# Network Configuration
variable "vpc_cidr" {
  description = "CIDR block for VPC"
  type        = string
  default     = "10.1.0.0/16"
}

variable "enable_nat_gateway" {
  description = "Enable NAT Gateway for private subnets"
  type        = bool
  default     = true
}

variable "enable_flow_logs" {
  description = "Enable VPC Flow Logs"
  type        = bool
  default     = true
}

variable "enable_vpc_endpoints" {
  description = "Enable VPC endpoints for AWS services"
  type        = bool
  default     = false
}

# Security Configuration
variable "app_port" {
  description = "Application port number"
  type        = number
  default     = 8080
}

variable "bastion_allowed_cidrs" {
  description = "CIDR blocks allowed to access bastion host"
  type        = list(string)
  default     = ["0.0.0.0/0"]  # Change this to your IP for production
}

# Compute Configuration (Minimal for standby)
variable "web_instance_type" {
  description = "Instance type for web tier"
  type        = string
  default     = "t2.micro"
}

variable "app_instance_type" {
  description = "Instance type for application tier"
  type        = string
  default     = "t2.micro"
}

variable "key_name" {
  description = "EC2 key pair name"
  type        = string
  default     = ""
}

variable "web_min_size" {
  description = "Minimum number of web tier instances (standby)"
  type        = number
  default     = 1
}

variable "web_max_size" {
  description = "Maximum number of web tier instances"
  type        = number
  default     = 4
}

variable "web_desired_capacity" {
  description = "Desired number of web tier instances (standby)"
  type        = number
  default     = 1
}

variable "app_min_size" {
  description = "Minimum number of application tier instances (standby)"
  type        = number
  default     = 1
}

variable "app_max_size" {
  description = "Maximum number of application tier instances"
  type        = number
  default     = 4
}

variable "app_desired_capacity" {
  description = "Desired number of application tier instances (standby)"
  type        = number
  default     = 1
}

variable "health_check_path" {
  description = "Health check path for ALB target group"
  type        = string
  default     = "/health"
}

variable "enable_bastion" {
  description = "Enable bastion host"
  type        = bool
  default     = true
}

# Database Configuration
variable "db_engine" {
  description = "Database engine (postgres or mysql)"
  type        = string
  default     = "postgres"
}

variable "db_engine_version" {
  description = "Database engine version"
  type        = string
  default     = "15.3"
}

variable "db_instance_class" {
  description = "Database instance class"
  type        = string
  default     = "db.t2.micro"
}

variable "db_allocated_storage" {
  description = "Allocated storage in GB"
  type        = number
  default     = 20
}

variable "db_max_allocated_storage" {
  description = "Maximum allocated storage for autoscaling in GB"
  type        = number
  default     = 100
}

variable "db_name" {
  description = "Name of the database"
  type        = string
  default     = "appdb"
}

variable "db_username" {
  description = "Master username for the database"
  type        = string
  default     = "dbadmin"
}

variable "db_parameter_group_family" {
  description = "Database parameter group family"
  type        = string
  default     = "postgres15"
}

variable "source_db_identifier" {
  description = "ARN of the source database for read replica"
  type        = string
  default     = ""
}

variable "backup_retention_period" {
  description = "Backup retention period in days"
  type        = number
  default     = 7
}

variable "skip_final_snapshot" {
  description = "Skip final snapshot when destroying"
  type        = bool
  default     = false
}

variable "enable_enhanced_monitoring" {
  description = "Enable enhanced monitoring"
  type        = bool
  default     = true
}

variable "enable_performance_insights" {
  description = "Enable Performance Insights"
  type        = bool
  default     = false
}

variable "enable_deletion_protection" {
  description = "Enable deletion protection"
  type        = bool
  default     = true
}

# Storage Configuration
variable "create_assets_bucket" {
  description = "Create S3 bucket for application assets"
  type        = bool
  default     = false
}

variable "enable_replication" {
  description = "Enable S3 cross-region replication"
  type        = bool
  default     = true
}

variable "replication_destination_bucket" {
  description = "ARN of the destination bucket for replication"
  type        = string
  default     = ""
}

variable "replication_kms_key_id" {
  description = "KMS key ID for replication destination encryption"
  type        = string
  default     = ""
}

# Monitoring Configuration
variable "alarm_email_endpoints" {
  description = "List of email addresses to receive alarm notifications"
  type        = list(string)
  default     = []
}

variable "log_retention_days" {
  description = "CloudWatch log retention in days"
  type        = number
  default     = 7
}

variable "enable_ec2_alarms" {
  description = "Enable EC2 CloudWatch alarms"
  type        = bool
  default     = true
}

variable "enable_rds_alarms" {
  description = "Enable RDS CloudWatch alarms"
  type        = bool
  default     = true
}

# Terraform State Configuration
variable "terraform_state_bucket" {
  description = "S3 bucket for Terraform state"
  type        = string
  default     = ""
}

variable "terraform_state_region" {
  description = "AWS region for Terraform state bucket"
  type        = string
  default     = "us-east-1"
}
