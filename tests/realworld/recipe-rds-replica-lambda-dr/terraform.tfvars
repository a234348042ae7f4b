# upstream's own example, verbatim: terraform.tfvars.example of the recipe's folder (offline: copied as terraform.tfvars)
# =============================================================================
# AWS RDS Disaster Recovery Configuration
# =============================================================================
# Copy this file to terraform.tfvars and customize the values for your environment

# Region Configuration
primary_region   = "us-east-1"    # Region where your primary RDS database is located
secondary_region = "us-west-2"    # Region where the read replica will be created

# Database Configuration
source_db_identifier = "my-production-db"  # REQUIRED: Your existing RDS database identifier

# Optional: Specify different instance class for replica (leave commented to use same as source)
# replica_instance_class = "db.t3.large"

# Replica Configuration
replica_multi_az         = true   # Enable Multi-AZ for replica for additional availability
replica_storage_encrypted = true   # Encrypt replica storage
enable_deletion_protection = true   # Protect replica from accidental deletion

# Environment and Naming
environment           = "prod"           # Environment: prod, staging, dev, test
resource_name_prefix  = "rds-dr"         # Prefix for all resource names

# Monitoring Configuration
cpu_alarm_threshold        = 80    # CPU utilization threshold (percentage)
replica_lag_threshold      = 300   # Replica lag threshold (seconds)
alarm_evaluation_periods   = 2     # Number of periods for alarm evaluation

# Notification Configuration
notification_email         = "ops-team@company.com"  # Email for DR notifications
enable_email_notifications = true                    # Enable email notifications

# Lambda Configuration
lambda_timeout     = 300   # Lambda timeout in seconds
lambda_memory_size = 256   # Lambda memory in MB

# Dashboard Configuration
create_dashboard = true                              # Create CloudWatch dashboard
dashboard_name   = "rds-disaster-recovery-prod"     # Custom dashboard name (optional)

# Backup Configuration
backup_retention_period = 7              # Backup retention in days
backup_window          = "03:00-04:00"   # Backup window (UTC)
maintenance_window     = "sun:04:00-sun:05:00"  # Maintenance window (UTC)

# Performance and Security
enable_performance_insights           = true   # Enable Performance Insights
performance_insights_retention_period = 7      # Performance Insights retention (days)

# Additional Tags
additional_tags = {
  Owner       = "Database Team"
  Project     = "Production Database DR"
  CostCenter  = "Engineering"
  Compliance  = "Required"
}