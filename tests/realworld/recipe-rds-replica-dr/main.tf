# Main Terraform configuration for Database Disaster Recovery with Read Replicas
# This configuration creates a comprehensive disaster recovery setup with automated failover

# Data sources to get current AWS account and region information
# offline: data "aws_caller_identity" "current" {} made a local (STS at plan time)
locals {
  offline_account_id = "123456789012"
  # offline: random_id.suffix.hex made this literal (hashicorp/random not in the mirror)
  offline_suffix_hex = "a1b2c3d4"
}

data "aws_region" "primary" {
  provider = aws.primary
}

data "aws_region" "dr" {
  provider = aws.dr
}

# offline: resource "random_id" "suffix" removed (see locals above)

# Random password for database master user (if not using AWS Secrets Manager)
# offline: resource "random_password" "master_password" removed (count = 0 with
# manage_master_user_password = true, the default; hashicorp/random not in the mirror)

# ============================================================================
# NETWORKING - Get default VPC and subnets if not provided
# ============================================================================

# Primary region networking
# offline: data "aws_vpc" "primary" (the default VPC) made local.offline_vpc_primary

# offline: data "aws_subnets" "primary" made local.offline_subnets_primary

# offline: data "aws_availability_zones" "primary" dropped (only the subnets lookup used it)

# DR region networking
# offline: data "aws_vpc" "dr" (the default VPC) made local.offline_vpc_dr

# offline: data "aws_subnets" "dr" made local.offline_subnets_dr

# offline: data "aws_availability_zones" "dr" dropped (only the subnets lookup used it)
locals {
  offline_vpc_primary     = { id = "vpc-0a1a1a1a1a1a1a1a1", cidr_block = "172.31.0.0/16" }
  offline_subnets_primary = { ids = ["subnet-0a1a1a1a1a1a1a1a1", "subnet-0a1a1a1a1a1a1a1a2"] }
  offline_vpc_dr          = { id = "vpc-0b2b2b2b2b2b2b2b2", cidr_block = "172.31.0.0/16" }
  offline_subnets_dr      = { ids = ["subnet-0b2b2b2b2b2b2b2b1", "subnet-0b2b2b2b2b2b2b2b2"] }
}

# ============================================================================
# S3 BUCKET FOR CONFIGURATION AND LOGS
# ============================================================================

resource "aws_s3_bucket" "dr_config" {
  provider = aws.primary
  bucket   = var.s3_bucket_name != "" ? var.s3_bucket_name : "dr-config-bucket-${local.offline_suffix_hex}"

  tags = merge(var.additional_tags, {
    Name    = "DR Configuration Bucket"
    Purpose = "DisasterRecovery"
  })
}

resource "aws_s3_bucket_versioning" "dr_config" {
  count    = var.enable_s3_versioning ? 1 : 0
  provider = aws.primary
  bucket   = aws_s3_bucket.dr_config.id
  versioning_configuration {
    status = "Enabled"
  }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "dr_config" {
  provider = aws.primary
  bucket   = aws_s3_bucket.dr_config.id

  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "AES256"
    }
  }
}

resource "aws_s3_bucket_public_access_block" "dr_config" {
  provider = aws.primary
  bucket   = aws_s3_bucket.dr_config.id

  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
  restrict_public_buckets = true
}

# ============================================================================
# IAM ROLES AND POLICIES
# ============================================================================

# RDS Enhanced Monitoring Role
resource "aws_iam_role" "rds_monitoring_role" {
  provider = aws.primary
  name     = "rds-monitoring-role-${local.offline_suffix_hex}"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Action = "sts:AssumeRole"
        Effect = "Allow"
        Principal = {
          Service = "monitoring.rds.amazonaws.com"
        }
      }
    ]
  })

  tags = merge(var.additional_tags, {
    Name    = "RDS Monitoring Role"
    Purpose = "DisasterRecovery"
  })
}

resource "aws_iam_role_policy_attachment" "rds_monitoring_role" {
  provider   = aws.primary
  role       = aws_iam_role.rds_monitoring_role.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
}

# Lambda Execution Role for DR Coordinator
resource "aws_iam_role" "lambda_execution_role" {
  provider = aws.primary
  name     = "lambda-execution-role-${local.offline_suffix_hex}"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Action = "sts:AssumeRole"
        Effect = "Allow"
        Principal = {
          Service = "lambda.amazonaws.com"
        }
      }
    ]
  })

  tags = merge(var.additional_tags, {
    Name    = "Lambda Execution Role"
    Purpose = "DisasterRecovery"
  })
}

# Lambda policy for disaster recovery operations
resource "aws_iam_role_policy" "lambda_dr_policy" {
  provider = aws.primary
  name     = "lambda-dr-policy"
  role     = aws_iam_role.lambda_execution_role.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Action = [
          "logs:CreateLogGroup",
          "logs:CreateLogStream",
          "logs:PutLogEvents"
        ]
        Resource = "arn:aws:logs:*:*:*"
      },
      {
        Effect = "Allow"
        Action = [
          "rds:DescribeDBInstances",
          "rds:PromoteReadReplica",
          "rds:ModifyDBInstance"
        ]
        Resource = "*"
      },
      {
        Effect = "Allow"
        Action = [
          "sns:Publish"
        ]
        Resource = [
          aws_sns_topic.primary_alerts.arn,
          aws_sns_topic.dr_alerts.arn
        ]
      },
      {
        Effect = "Allow"
        Action = [
          "ssm:GetParameter",
          "ssm:PutParameter"
        ]
        Resource = "arn:aws:ssm:*:${local.offline_account_id}:parameter/disaster-recovery/*"
      },
      {
        Effect = "Allow"
        Action = [
          "route53:GetHealthCheck",
          "route53:UpdateHealthCheck"
        ]
        Resource = "*"
      },
      {
        Effect = "Allow"
        Action = [
          "s3:GetObject",
          "s3:PutObject"
        ]
        Resource = "${aws_s3_bucket.dr_config.arn}/*"
      }
    ]
  })
}

# Copy the role to DR region for the replica promoter Lambda
resource "aws_iam_role" "lambda_execution_role_dr" {
  provider = aws.dr
  name     = "lambda-execution-role-dr-${local.offline_suffix_hex}"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Action = "sts:AssumeRole"
        Effect = "Allow"
        Principal = {
          Service = "lambda.amazonaws.com"
        }
      }
    ]
  })

  tags = merge(var.additional_tags, {
    Name    = "Lambda Execution Role DR"
    Purpose = "DisasterRecovery"
  })
}

resource "aws_iam_role_policy" "lambda_dr_policy_dr" {
  provider = aws.dr
  name     = "lambda-dr-policy-dr"
  role     = aws_iam_role.lambda_execution_role_dr.id

  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Action = [
          "logs:CreateLogGroup",
          "logs:CreateLogStream",
          "logs:PutLogEvents"
        ]
        Resource = "arn:aws:logs:*:*:*"
      },
      {
        Effect = "Allow"
        Action = [
          "rds:DescribeDBInstances",
          "rds:PromoteReadReplica",
          "rds:ModifyDBInstance"
        ]
        Resource = "*"
      },
      {
        Effect = "Allow"
        Action = [
          "sns:Publish"
        ]
        Resource = aws_sns_topic.dr_alerts.arn
      },
      {
        Effect = "Allow"
        Action = [
          "ssm:GetParameter",
          "ssm:PutParameter"
        ]
        Resource = "arn:aws:ssm:*:${local.offline_account_id}:parameter/disaster-recovery/*"
      }
    ]
  })
}

# ============================================================================
# DATABASE PARAMETER GROUP (OPTIMIZED FOR REPLICATION)
# ============================================================================

resource "aws_db_parameter_group" "mysql_replication_optimized" {
  count    = var.create_custom_parameter_group ? 1 : 0
  provider = aws.primary
  family   = var.parameter_group_family
  name     = "mysql-replication-optimized-${local.offline_suffix_hex}"

  description = "Optimized parameters for cross-region replication"

  parameter {
    name  = "innodb_flush_log_at_trx_commit"
    value = "2"
  }

  parameter {
    name  = "sync_binlog"
    value = "0"
  }

  parameter {
    name  = "binlog_format"
    value = "ROW"
  }

  tags = merge(var.additional_tags, {
    Name    = "MySQL Replication Optimized"
    Purpose = "DisasterRecovery"
  })
}

# ============================================================================
# DATABASE SUBNET GROUPS
# ============================================================================

resource "aws_db_subnet_group" "primary" {
  provider   = aws.primary
  name       = "dr-subnet-group-primary-${local.offline_suffix_hex}"
  subnet_ids = length(var.subnet_ids_primary) > 0 ? var.subnet_ids_primary : local.offline_subnets_primary.ids

  tags = merge(var.additional_tags, {
    Name    = "Primary DB Subnet Group"
    Purpose = "DisasterRecovery"
  })
}

resource "aws_db_subnet_group" "dr" {
  provider   = aws.dr
  name       = "dr-subnet-group-dr-${local.offline_suffix_hex}"
  subnet_ids = length(var.subnet_ids_dr) > 0 ? var.subnet_ids_dr : local.offline_subnets_dr.ids

  tags = merge(var.additional_tags, {
    Name    = "DR DB Subnet Group"
    Purpose = "DisasterRecovery"
  })
}

# ============================================================================
# RDS INSTANCES
# ============================================================================

# Primary RDS Database Instance
resource "aws_db_instance" "primary" {
  provider = aws.primary

  # Basic Configuration
  identifier     = "${var.project_name}-primary-${local.offline_suffix_hex}"
  engine         = var.db_engine
  engine_version = var.db_engine_version
  instance_class = var.db_instance_class

  # Storage Configuration
  allocated_storage     = var.allocated_storage
  max_allocated_storage = var.allocated_storage * 2
  storage_type          = "gp3"
  storage_encrypted     = var.storage_encrypted
  kms_key_id           = var.kms_key_id != "" ? var.kms_key_id : null

  # Database Configuration
  db_name  = "primarydb"
  username = var.db_username
  password = null # offline: was var.manage_master_user_password ? null : random_password.master_password[0].result (always null with the default)
  
  manage_master_user_password = var.manage_master_user_password

  # Network Configuration
  db_subnet_group_name   = aws_db_subnet_group.primary.name
  vpc_security_group_ids = [aws_security_group.primary_db.id]
  publicly_accessible    = var.publicly_accessible

  # Backup Configuration
  backup_retention_period = var.backup_retention_period
  backup_window          = "03:00-04:00"
  maintenance_window     = "Mon:04:00-Mon:05:00"
  
  # Skip final snapshot for testing (change for production)
  skip_final_snapshot = var.skip_final_snapshot
  final_snapshot_identifier = var.skip_final_snapshot ? null : "${var.project_name}-primary-final-snapshot-${local.offline_suffix_hex}"

  # Enhanced Features
  monitoring_interval             = var.monitoring_interval
  monitoring_role_arn            = var.monitoring_interval > 0 ? aws_iam_role.rds_monitoring_role.arn : null
  performance_insights_enabled   = var.enable_performance_insights
  enabled_cloudwatch_logs_exports = var.enable_cloudwatch_logs_exports

  # Parameter Group
  parameter_group_name = var.create_custom_parameter_group ? aws_db_parameter_group.mysql_replication_optimized[0].name : null

  # Security
  deletion_protection               = var.deletion_protection
  auto_minor_version_upgrade       = var.auto_minor_version_upgrade
  iam_database_authentication_enabled = var.enable_iam_database_authentication

  tags = merge(var.additional_tags, {
    Name    = "Primary Database"
    Purpose = "DisasterRecovery"
    Role    = "Primary"
  })

  # Ensure the monitoring role is created first
  depends_on = [aws_iam_role_policy_attachment.rds_monitoring_role]
}

# Cross-Region Read Replica
resource "aws_db_instance" "read_replica" {
  provider = aws.dr

  # Basic Configuration
  identifier              = "${var.project_name}-replica-${local.offline_suffix_hex}"
  replicate_source_db     = aws_db_instance.primary.arn
  instance_class          = var.db_instance_class

  # Network Configuration
  db_subnet_group_name   = aws_db_subnet_group.dr.name
  vpc_security_group_ids = [aws_security_group.dr_db.id]
  publicly_accessible    = var.publicly_accessible

  # Enhanced Features
  monitoring_interval           = var.monitoring_interval
  monitoring_role_arn          = var.monitoring_interval > 0 ? aws_iam_role.rds_monitoring_role_dr.arn : null
  performance_insights_enabled = var.enable_performance_insights
  enabled_cloudwatch_logs_exports = var.enable_cloudwatch_logs_exports

  # Security
  auto_minor_version_upgrade = var.auto_minor_version_upgrade

  tags = merge(var.additional_tags, {
    Name    = "DR Read Replica"
    Purpose = "DisasterRecovery"
    Role    = "ReadReplica"
  })

  # Ensure dependencies are met
  depends_on = [
    aws_db_instance.primary,
    aws_iam_role_policy_attachment.rds_monitoring_role_dr
  ]
}

# RDS Enhanced Monitoring Role for DR region
resource "aws_iam_role" "rds_monitoring_role_dr" {
  provider = aws.dr
  name     = "rds-monitoring-role-dr-${local.offline_suffix_hex}"

  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Action = "sts:AssumeRole"
        Effect = "Allow"
        Principal = {
          Service = "monitoring.rds.amazonaws.com"
        }
      }
    ]
  })

  tags = merge(var.additional_tags, {
    Name    = "RDS Monitoring Role DR"
    Purpose = "DisasterRecovery"
  })
}

resource "aws_iam_role_policy_attachment" "rds_monitoring_role_dr" {
  provider   = aws.dr
  role       = aws_iam_role.rds_monitoring_role_dr.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole"
}

# ============================================================================
# SECURITY GROUPS
# ============================================================================

# Security group for primary database
resource "aws_security_group" "primary_db" {
  provider    = aws.primary
  name        = "primary-db-sg-${local.offline_suffix_hex}"
  description = "Security group for primary RDS database"
  vpc_id      = local.offline_vpc_primary.id

  ingress {
    description = "MySQL/Aurora"
    from_port   = 3306
    to_port     = 3306
    protocol    = "tcp"
    cidr_blocks = [local.offline_vpc_primary.cidr_block]
  }

  egress {
    description = "All outbound traffic"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = merge(var.additional_tags, {
    Name    = "Primary DB Security Group"
    Purpose = "DisasterRecovery"
  })
}

# Security group for DR database
resource "aws_security_group" "dr_db" {
  provider    = aws.dr
  name        = "dr-db-sg-${local.offline_suffix_hex}"
  description = "Security group for DR RDS database"
  vpc_id      = local.offline_vpc_dr.id

  ingress {
    description = "MySQL/Aurora"
    from_port   = 3306
    to_port     = 3306
    protocol    = "tcp"
    cidr_blocks = [local.offline_vpc_dr.cidr_block]
  }

  egress {
    description = "All outbound traffic"
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }

  tags = merge(var.additional_tags, {
    Name    = "DR DB Security Group"
    Purpose = "DisasterRecovery"
  })
}

# ============================================================================
# SNS TOPICS FOR ALERTING
# ============================================================================

# SNS topic in primary region
resource "aws_sns_topic" "primary_alerts" {
  provider = aws.primary
  name     = "dr-primary-alerts-${local.offline_suffix_hex}"

  tags = merge(var.additional_tags, {
    Name    = "Primary Region Alerts"
    Purpose = "DisasterRecovery"
  })
}

# SNS topic in DR region
resource "aws_sns_topic" "dr_alerts" {
  provider = aws.dr
  name     = "dr-failover-alerts-${local.offline_suffix_hex}"

  tags = merge(var.additional_tags, {
    Name    = "DR Region Alerts"
    Purpose = "DisasterRecovery"
  })
}

# SNS email subscription (if email provided)
resource "aws_sns_topic_subscription" "primary_email" {
  count    = var.notification_email != "" ? 1 : 0
  provider = aws.primary
  topic_arn = aws_sns_topic.primary_alerts.arn
  protocol  = "email"
  endpoint  = var.notification_email
}

resource "aws_sns_topic_subscription" "dr_email" {
  count    = var.notification_email != "" ? 1 : 0
  provider = aws.dr
  topic_arn = aws_sns_topic.dr_alerts.arn
  protocol  = "email"
  endpoint  = var.notification_email
}

# ============================================================================
# CLOUDWATCH ALARMS
# ============================================================================

# Primary database connection failure alarm
resource "aws_cloudwatch_metric_alarm" "primary_db_connection_failure" {
  provider = aws.primary

  alarm_name          = "${aws_db_instance.primary.identifier}-database-connection-failure"
  comparison_operator = "LessThanThreshold"
  evaluation_periods  = "3"
  metric_name         = "DatabaseConnections"
  namespace           = "AWS/RDS"
  period              = "60"
  statistic           = "Average"
  threshold           = var.connection_failure_threshold
  alarm_description   = "This metric monitors database connection failures"
  alarm_actions       = [aws_sns_topic.primary_alerts.arn]
  treat_missing_data  = "breaching"

  dimensions = {
    DBInstanceIdentifier = aws_db_instance.primary.identifier
  }

  tags = merge(var.additional_tags, {
    Name    = "Primary DB Connection Failure"
    Purpose = "DisasterRecovery"
  })
}

# Primary database CPU utilization alarm
resource "aws_cloudwatch_metric_alarm" "primary_db_cpu" {
  provider = aws.primary

  alarm_name          = "${aws_db_instance.primary.identifier}-cpu-utilization-high"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = "2"
  metric_name         = "CPUUtilization"
  namespace           = "AWS/RDS"
  period              = "300"
  statistic           = "Average"
  threshold           = var.cpu_threshold
  alarm_description   = "This metric monitors primary database CPU utilization"
  alarm_actions       = [aws_sns_topic.primary_alerts.arn]

  dimensions = {
    DBInstanceIdentifier = aws_db_instance.primary.identifier
  }

  tags = merge(var.additional_tags, {
    Name    = "Primary DB High CPU"
    Purpose = "DisasterRecovery"
  })
}

# Read replica lag alarm
resource "aws_cloudwatch_metric_alarm" "replica_lag" {
  provider = aws.dr

  alarm_name          = "${aws_db_instance.read_replica.identifier}-replica-lag-high"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = "2"
  metric_name         = "ReplicaLag"
  namespace           = "AWS/RDS"
  period              = "300"
  statistic           = "Average"
  threshold           = var.replica_lag_threshold
  alarm_description   = "This metric monitors read replica lag"
  alarm_actions       = [aws_sns_topic.dr_alerts.arn]

  dimensions = {
    DBInstanceIdentifier = aws_db_instance.read_replica.identifier
  }

  tags = merge(var.additional_tags, {
    Name    = "Replica Lag High"
    Purpose = "DisasterRecovery"
  })
}

# DR database CPU utilization alarm
resource "aws_cloudwatch_metric_alarm" "dr_db_cpu" {
  provider = aws.dr

  alarm_name          = "${aws_db_instance.read_replica.identifier}-cpu-utilization-high"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = "2"
  metric_name         = "CPUUtilization"
  namespace           = "AWS/RDS"
  period              = "300"
  statistic           = "Average"
  threshold           = var.cpu_threshold
  alarm_description   = "This metric monitors DR database CPU utilization"
  alarm_actions       = [aws_sns_topic.dr_alerts.arn]

  dimensions = {
    DBInstanceIdentifier = aws_db_instance.read_replica.identifier
  }

  tags = merge(var.additional_tags, {
    Name    = "DR DB High CPU"
    Purpose = "DisasterRecovery"
  })
}

# ============================================================================
# ROUTE 53 HEALTH CHECKS
# ============================================================================

# Health check for primary database (monitoring CloudWatch alarm)
resource "aws_route53_health_check" "primary_db" {
  count                           = var.create_health_checks ? 1 : 0
  # offline: fqdn = "" and port = 0 removed (the provider refuses port 0; a
  # CLOUDWATCH_METRIC check has neither)
  type                           = "CLOUDWATCH_METRIC"
  cloudwatch_alarm_region        = var.primary_region
  cloudwatch_alarm_name          = aws_cloudwatch_metric_alarm.primary_db_connection_failure.alarm_name
  insufficient_data_health_status = "Unhealthy" # offline: was "Failure", which the provider refuses

  tags = merge(var.additional_tags, {
    Name    = "Primary DB Health Check"
    Purpose = "DisasterRecovery"
  })
}

# Health check for DR database (monitoring replica lag alarm)
resource "aws_route53_health_check" "dr_db" {
  count                           = var.create_health_checks ? 1 : 0
  # offline: fqdn = "" and port = 0 removed (the provider refuses port 0; a
  # CLOUDWATCH_METRIC check has neither)
  type                           = "CLOUDWATCH_METRIC"
  cloudwatch_alarm_region        = var.dr_region
  cloudwatch_alarm_name          = aws_cloudwatch_metric_alarm.replica_lag.alarm_name
  insufficient_data_health_status = "Healthy" # offline: was "Success", which the provider refuses

  tags = merge(var.additional_tags, {
    Name    = "DR DB Health Check"
    Purpose = "DisasterRecovery"
  })
}

# ============================================================================
# LAMBDA FUNCTIONS FOR DISASTER RECOVERY AUTOMATION
# ============================================================================

# Archive Lambda function code for DR coordinator
# offline: data "archive_file" "dr_coordinator_zip" (hashicorp/archive) removed; the function reads
# lambda_functions/dr_coordinator.zip, made offline from the local_file content below

# DR Coordinator Lambda Function
resource "aws_lambda_function" "dr_coordinator" {
  provider = aws.primary

  filename         = "${path.module}/lambda_functions/dr_coordinator.zip"
  function_name    = "dr-coordinator-${local.offline_suffix_hex}"
  role            = aws_iam_role.lambda_execution_role.arn
  handler         = "lambda_function.lambda_handler"
  source_code_hash = filebase64sha256("${path.module}/lambda_functions/dr_coordinator.zip")
  runtime         = "python3.11"
  timeout         = var.lambda_timeout

  environment {
    variables = {
      DR_REGION     = var.dr_region
      DB_REPLICA_ID = aws_db_instance.read_replica.identifier
      DR_SNS_ARN    = aws_sns_topic.dr_alerts.arn
    }
  }

  # offline: was a dynamic "layers" block, which aws_lambda_function does not have
  # (layers is a list argument); same list
  layers = var.enable_lambda_insights ? ["arn:aws:lambda:${var.primary_region}:580247275435:layer:LambdaInsightsExtension:38"] : []

  tags = merge(var.additional_tags, {
    Name    = "DR Coordinator"
    Purpose = "DisasterRecovery"
  })

  depends_on = [aws_iam_role_policy.lambda_dr_policy]
}

# Archive Lambda function code for replica promoter
# offline: data "archive_file" "replica_promoter_zip" (hashicorp/archive) removed; the function reads
# lambda_functions/replica_promoter.zip, made offline from the local_file content below

# Replica Promoter Lambda Function
resource "aws_lambda_function" "replica_promoter" {
  provider = aws.dr

  filename         = "${path.module}/lambda_functions/replica_promoter.zip"
  function_name    = "replica-promoter-${local.offline_suffix_hex}"
  role            = aws_iam_role.lambda_execution_role_dr.arn
  handler         = "lambda_function.lambda_handler"
  source_code_hash = filebase64sha256("${path.module}/lambda_functions/replica_promoter.zip")
  runtime         = "python3.11"
  timeout         = var.lambda_timeout

  environment {
    variables = {
      DR_REGION  = var.dr_region
      DR_SNS_ARN = aws_sns_topic.dr_alerts.arn
    }
  }

  # offline: was a dynamic "layers" block, which aws_lambda_function does not have
  # (layers is a list argument); same list
  layers = var.enable_lambda_insights ? ["arn:aws:lambda:${var.dr_region}:580247275435:layer:LambdaInsightsExtension:38"] : []

  tags = merge(var.additional_tags, {
    Name    = "Replica Promoter"
    Purpose = "DisasterRecovery"
  })

  depends_on = [aws_iam_role_policy.lambda_dr_policy_dr]
}

# ============================================================================
# SNS LAMBDA INTEGRATION
# ============================================================================

# SNS subscription for DR coordinator Lambda
resource "aws_sns_topic_subscription" "lambda_coordinator" {
  provider = aws.primary
  topic_arn = aws_sns_topic.primary_alerts.arn
  protocol  = "lambda"
  endpoint  = aws_lambda_function.dr_coordinator.arn
}

# Lambda permission for SNS to invoke DR coordinator
resource "aws_lambda_permission" "allow_sns_coordinator" {
  provider = aws.primary
  statement_id  = "AllowExecutionFromSNS"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.dr_coordinator.function_name
  principal     = "sns.amazonaws.com"
  source_arn    = aws_sns_topic.primary_alerts.arn
}

# ============================================================================
# EVENTBRIDGE RULES FOR RDS EVENT AUTOMATION
# ============================================================================

# EventBridge rule for RDS promotion events
resource "aws_cloudwatch_event_rule" "rds_promotion_events" {
  count    = var.enable_eventbridge_rules ? 1 : 0
  provider = aws.dr
  name        = "rds-promotion-events-${local.offline_suffix_hex}"
  description = "Capture RDS promotion events for DR automation"

  event_pattern = jsonencode({
    source      = ["aws.rds"]
    detail-type = ["RDS DB Instance Event"]
    detail = {
      eventName = ["promote-read-replica"]
    }
  })

  tags = merge(var.additional_tags, {
    Name    = "RDS Promotion Events"
    Purpose = "DisasterRecovery"
  })
}

# EventBridge target for replica promoter Lambda
resource "aws_cloudwatch_event_target" "lambda_target" {
  count    = var.enable_eventbridge_rules ? 1 : 0
  provider = aws.dr
  rule      = aws_cloudwatch_event_rule.rds_promotion_events[0].name
  target_id = "ReplicaPromoterTarget"
  arn       = aws_lambda_function.replica_promoter.arn
}

# Lambda permission for EventBridge to invoke replica promoter
resource "aws_lambda_permission" "allow_eventbridge" {
  count         = var.enable_eventbridge_rules ? 1 : 0
  provider      = aws.dr
  statement_id  = "AllowExecutionFromEventBridge"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.replica_promoter.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.rds_promotion_events[0].arn
}

# ============================================================================
# SYSTEMS MANAGER PARAMETERS FOR CONFIGURATION
# ============================================================================

# Store disaster recovery configuration in Systems Manager Parameter Store
resource "aws_ssm_parameter" "dr_config" {
  provider = aws.primary
  name     = "/disaster-recovery/configuration"
  type     = "String"
  value = jsonencode({
    primary_region       = var.primary_region
    dr_region           = var.dr_region
    primary_db_id       = aws_db_instance.primary.identifier
    replica_db_id       = aws_db_instance.read_replica.identifier
    primary_endpoint    = aws_db_instance.primary.endpoint
    replica_endpoint    = aws_db_instance.read_replica.endpoint
    s3_bucket          = aws_s3_bucket.dr_config.bucket
    lambda_coordinator = aws_lambda_function.dr_coordinator.function_name
    lambda_promoter    = aws_lambda_function.replica_promoter.function_name
  })

  tags = merge(var.additional_tags, {
    Name    = "DR Configuration"
    Purpose = "DisasterRecovery"
  })
}

# DR status parameter
resource "aws_ssm_parameter" "dr_status" {
  provider = aws.dr
  name     = "/disaster-recovery/failover-status"
  type     = "String"
  value = jsonencode({
    status    = "ready"
    timestamp = timestamp()
  })

  tags = merge(var.additional_tags, {
    Name    = "DR Status"
    Purpose = "DisasterRecovery"
  })
}

# ============================================================================
# DISASTER RECOVERY RUNBOOK STORED IN S3
# ============================================================================

resource "aws_s3_object" "dr_runbook" {
  provider = aws.primary
  bucket = aws_s3_bucket.dr_config.bucket
  key    = "dr-runbook.json"
  content = jsonencode({
    disaster_recovery_runbook = {
      version       = "1.0"
      primary_region = var.primary_region
      dr_region     = var.dr_region
      resources = {
        primary_db       = aws_db_instance.primary.identifier
        replica_db       = aws_db_instance.read_replica.identifier
        sns_primary      = aws_sns_topic.primary_alerts.arn
        sns_dr          = aws_sns_topic.dr_alerts.arn
        lambda_coordinator = aws_lambda_function.dr_coordinator.function_name
        lambda_promoter  = aws_lambda_function.replica_promoter.function_name
        s3_bucket       = aws_s3_bucket.dr_config.bucket
      }
      manual_failover_steps = [
        "1. Verify primary database is truly unavailable",
        "2. Check replica lag is minimal (< 5 minutes)",
        "3. Promote replica using: aws rds promote-read-replica --db-instance-identifier ${aws_db_instance.read_replica.identifier} --region ${var.dr_region}",
        "4. Wait for promotion to complete",
        "5. Update application connection strings",
        "6. Verify application functionality",
        "7. Update DNS records if needed"
      ]
      rollback_steps = [
        "1. Create new read replica from promoted instance",
        "2. Switch applications back to original region",
        "3. Verify data consistency",
        "4. Clean up temporary resources"
      ]
    }
  })
  content_type = "application/json"

  tags = merge(var.additional_tags, {
    Name    = "DR Runbook"
    Purpose = "DisasterRecovery"
  })
}

# offline: the two resource "local_file" blocks (hashicorp/local) removed: they wrote
# lambda_functions/dr_coordinator.py and replica_promoter.py, which are here as files
# with the same content, zipped as lambda_functions/*.zip (file name lambda_function.py,
# as upstream's archive_file named it)
