# Data sources for account information and region validation
locals { offline_account_id = "123456789012" } # offline: data "aws_caller_identity" "current" (STS) made a local

data "aws_region" "primary" {
  provider = aws.primary
}

data "aws_region" "secondary" {
  provider = aws.secondary
}

data "aws_region" "witness" {
  provider = aws.witness
}

# Generate random suffix for unique resource naming
# offline: random_string.suffix (hashicorp/random, not in the offline mirror) made a local
locals {
  offline_suffix = "a1b2c3d4"
}


# Local values for consistent naming and tagging
locals {
  resource_suffix = local.offline_suffix
  
  # Common tags
  common_tags = merge(
    {
      Project              = "DisasterRecovery"
      Environment          = var.environment
      CostCenter          = "Infrastructure"
      ManagedBy           = "Terraform"
      TerraformWorkspace  = terraform.workspace
    },
    var.additional_tags
  )
  
  # Resource naming
  cluster_primary_name   = "${var.cluster_prefix}-${local.resource_suffix}-primary"
  cluster_secondary_name = "${var.cluster_prefix}-${local.resource_suffix}-secondary"
  lambda_function_name   = "dr-monitor-${local.resource_suffix}"
  eventbridge_rule_name  = "dr-health-monitor-${local.resource_suffix}"
  sns_topic_name         = "dr-alerts-${local.resource_suffix}"
  dashboard_name         = "${var.dashboard_name}-${local.resource_suffix}"
}

# ========================================
# Aurora DSQL Clusters
# ========================================

# Primary Aurora DSQL cluster
resource "aws_dsql_cluster" "primary" {
  provider = aws.primary
  
  # offline: `cluster_identifier = local.cluster_primary_name` removed: no such argument (AWS generates the identifier; terraform refuses it)
  
  # Multi-region configuration with witness region
  multi_region_properties {
    witness_region = var.witness_region
    clusters       = []  # Will be updated after secondary cluster creation
  }
  
  tags = merge(
    local.common_tags,
    {
      Name   = local.cluster_primary_name
      Region = "Primary"
      Role   = "PrimaryCluster"
    }
  )
  
  lifecycle {
    create_before_destroy = true
    ignore_changes = [
      multi_region_properties[0].clusters  # Managed separately for peering
    ]
  }
}

# Secondary Aurora DSQL cluster
resource "aws_dsql_cluster" "secondary" {
  provider = aws.secondary
  
  # offline: `cluster_identifier = local.cluster_secondary_name` removed: no such argument (terraform refuses it)
  
  # Multi-region configuration with witness region
  multi_region_properties {
    witness_region = var.witness_region
    clusters       = []  # Will be updated after primary cluster creation
  }
  
  tags = merge(
    local.common_tags,
    {
      Name   = local.cluster_secondary_name
      Region = "Secondary"
      Role   = "SecondaryCluster"
    }
  )
  
  lifecycle {
    create_before_destroy = true
    ignore_changes = [
      multi_region_properties[0].clusters  # Managed separately for peering
    ]
  }
}

# Note: Aurora DSQL cluster peering configuration would be managed through
# separate API calls or custom resources once available in Terraform AWS provider

# ========================================
# SNS Topics for Multi-Region Alerting
# ========================================

# KMS key for SNS encryption in primary region
resource "aws_kms_key" "sns_primary" {
  count    = var.enable_sns_encryption ? 1 : 0
  provider = aws.primary
  
  description             = "KMS key for SNS topic encryption in primary region"
  deletion_window_in_days = 7
  enable_key_rotation     = true
  
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "Enable IAM User Permissions"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::${local.offline_account_id}:root"
        }
        Action   = "kms:*"
        Resource = "*"
      },
      {
        Sid    = "Allow SNS service"
        Effect = "Allow"
        Principal = {
          Service = "sns.amazonaws.com"
        }
        Action = [
          "kms:Decrypt",
          "kms:GenerateDataKey"
        ]
        Resource = "*"
      }
    ]
  })
  
  tags = merge(
    local.common_tags,
    {
      Name    = "sns-encryption-key-primary-${local.resource_suffix}"
      Service = "SNS"
      Region  = "Primary"
    }
  )
}

resource "aws_kms_alias" "sns_primary" {
  count         = var.enable_sns_encryption ? 1 : 0
  provider      = aws.primary
  name          = "alias/sns-dr-primary-${local.resource_suffix}"
  target_key_id = aws_kms_key.sns_primary[0].key_id
}

# KMS key for SNS encryption in secondary region
resource "aws_kms_key" "sns_secondary" {
  count    = var.enable_sns_encryption ? 1 : 0
  provider = aws.secondary
  
  description             = "KMS key for SNS topic encryption in secondary region"
  deletion_window_in_days = 7
  enable_key_rotation     = true
  
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid    = "Enable IAM User Permissions"
        Effect = "Allow"
        Principal = {
          AWS = "arn:aws:iam::${local.offline_account_id}:root"
        }
        Action   = "kms:*"
        Resource = "*"
      },
      {
        Sid    = "Allow SNS service"
        Effect = "Allow"
        Principal = {
          Service = "sns.amazonaws.com"
        }
        Action = [
          "kms:Decrypt",
          "kms:GenerateDataKey"
        ]
        Resource = "*"
      }
    ]
  })
  
  tags = merge(
    local.common_tags,
    {
      Name    = "sns-encryption-key-secondary-${local.resource_suffix}"
      Service = "SNS"
      Region  = "Secondary"
    }
  )
}

resource "aws_kms_alias" "sns_secondary" {
  count         = var.enable_sns_encryption ? 1 : 0
  provider      = aws.secondary
  name          = "alias/sns-dr-secondary-${local.resource_suffix}"
  target_key_id = aws_kms_key.sns_secondary[0].key_id
}

# SNS topic in primary region
resource "aws_sns_topic" "primary" {
  provider = aws.primary
  
  name         = "${local.sns_topic_name}-primary"
  display_name = "DR Alerts Primary"
  
  kms_master_key_id = var.enable_sns_encryption ? aws_kms_key.sns_primary[0].arn : null
  
  tags = merge(
    local.common_tags,
    {
      Name   = "${local.sns_topic_name}-primary"
      Region = "Primary"
      Role   = "AlertingTopic"
    }
  )
}

# SNS topic in secondary region
resource "aws_sns_topic" "secondary" {
  provider = aws.secondary
  
  name         = "${local.sns_topic_name}-secondary"
  display_name = "DR Alerts Secondary"
  
  kms_master_key_id = var.enable_sns_encryption ? aws_kms_key.sns_secondary[0].arn : null
  
  tags = merge(
    local.common_tags,
    {
      Name   = "${local.sns_topic_name}-secondary"
      Region = "Secondary"
      Role   = "AlertingTopic"
    }
  )
}

# Email subscriptions (conditional)
resource "aws_sns_topic_subscription" "primary_email" {
  count    = var.sns_email_endpoint != "" ? 1 : 0
  provider = aws.primary
  
  topic_arn = aws_sns_topic.primary.arn
  protocol  = "email"
  endpoint  = var.sns_email_endpoint
}

resource "aws_sns_topic_subscription" "secondary_email" {
  count    = var.sns_email_endpoint != "" ? 1 : 0
  provider = aws.secondary
  
  topic_arn = aws_sns_topic.secondary.arn
  protocol  = "email"
  endpoint  = var.sns_email_endpoint
}

# ========================================
# IAM Role for Lambda Functions
# ========================================

# IAM role for Lambda function execution
resource "aws_iam_role" "lambda_execution" {
  name = "${local.lambda_function_name}-role"
  
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
  
  tags = merge(
    local.common_tags,
    {
      Name    = "${local.lambda_function_name}-role"
      Service = "Lambda"
      Role    = "ExecutionRole"
    }
  )
}

# Enhanced IAM policy for Lambda function
resource "aws_iam_role_policy" "lambda_policy" {
  name = "${local.lambda_function_name}-policy"
  role = aws_iam_role.lambda_execution.id
  
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Effect = "Allow"
        Action = [
          "dsql:GetCluster",
          "dsql:ListClusters",
          "dsql:DescribeCluster"
        ]
        Resource = [
          aws_dsql_cluster.primary.arn,
          aws_dsql_cluster.secondary.arn
        ]
      },
      {
        Effect = "Allow"
        Action = [
          "sns:Publish"
        ]
        Resource = [
          aws_sns_topic.primary.arn,
          aws_sns_topic.secondary.arn
        ]
      },
      {
        Effect = "Allow"
        Action = [
          "cloudwatch:PutMetricData"
        ]
        Resource = "*"
        Condition = {
          StringEquals = {
            "cloudwatch:namespace" = var.cloudwatch_metric_namespace
          }
        }
      },
      {
        Effect = "Allow"
        Action = [
          "logs:CreateLogGroup",
          "logs:CreateLogStream",
          "logs:PutLogEvents"
        ]
        Resource = "arn:aws:logs:*:${local.offline_account_id}:*"
      },
      {
        Effect = "Allow"
        Action = [
          "kms:Decrypt",
          "kms:GenerateDataKey"
        ]
        Resource = concat(
          var.enable_sns_encryption ? [aws_kms_key.sns_primary[0].arn] : [],
          var.enable_sns_encryption ? [aws_kms_key.sns_secondary[0].arn] : []
        )
      }
    ]
  })
}

# Attach AWS managed policy for basic Lambda execution
resource "aws_iam_role_policy_attachment" "lambda_basic_execution" {
  role       = aws_iam_role.lambda_execution.name
  policy_arn = "arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole"
}

# ========================================
# Lambda Function Code
# ========================================

# offline: data "archive_file" "lambda_zip" (hashicorp/archive), local_file.lambda_function and
# local_file.lambda_function_template (hashicorp/local) are not in the offline mirror: made locals.
# Upstream cannot be planned as written anyway: templatefile() at line 404 reads
# lambda_function.py.tpl, a file the folder does not hold (local_file.lambda_function_template
# writes it only at apply), so terraform plan fails with "Invalid value for path parameter".
locals {
  offline_lambda_zip_path   = "${path.module}/lambda_function.zip"
  offline_lambda_zip_sha256 = "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
}





























































































































































# ========================================
# Lambda Functions
# ========================================

# Lambda function in primary region
resource "aws_lambda_function" "primary" {
  provider = aws.primary
  
  filename         = local.offline_lambda_zip_path
  function_name    = "${local.lambda_function_name}-primary"
  role            = aws_iam_role.lambda_execution.arn
  handler         = "lambda_function.lambda_handler"
  runtime         = "python3.12"
  timeout         = var.lambda_timeout
  memory_size     = var.lambda_memory_size
  
  source_code_hash = local.offline_lambda_zip_sha256
  
  environment {
    variables = {
      CLUSTER_ID      = aws_dsql_cluster.primary.identifier
      SNS_TOPIC_ARN   = aws_sns_topic.primary.arn
    }
  }
  
  reserved_concurrent_executions = var.lambda_reserved_concurrency
  
  tags = merge(
    local.common_tags,
    {
      Name   = "${local.lambda_function_name}-primary"
      Region = "Primary"
      Role   = "HealthMonitor"
    }
  )
  
  depends_on = [
    aws_iam_role_policy_attachment.lambda_basic_execution,
    aws_iam_role_policy.lambda_policy,
    aws_cloudwatch_log_group.primary
  ]
}

# Lambda function in secondary region
resource "aws_lambda_function" "secondary" {
  provider = aws.secondary
  
  filename         = local.offline_lambda_zip_path
  function_name    = "${local.lambda_function_name}-secondary"
  role            = aws_iam_role.lambda_execution.arn
  handler         = "lambda_function.lambda_handler"
  runtime         = "python3.12"
  timeout         = var.lambda_timeout
  memory_size     = var.lambda_memory_size
  
  source_code_hash = local.offline_lambda_zip_sha256
  
  environment {
    variables = {
      CLUSTER_ID      = aws_dsql_cluster.secondary.identifier
      SNS_TOPIC_ARN   = aws_sns_topic.secondary.arn
    }
  }
  
  reserved_concurrent_executions = var.lambda_reserved_concurrency
  
  tags = merge(
    local.common_tags,
    {
      Name   = "${local.lambda_function_name}-secondary"
      Region = "Secondary"
      Role   = "HealthMonitor"
    }
  )
  
  depends_on = [
    aws_iam_role_policy_attachment.lambda_basic_execution,
    aws_iam_role_policy.lambda_policy,
    aws_cloudwatch_log_group.secondary
  ]
}

# CloudWatch log groups for Lambda functions
resource "aws_cloudwatch_log_group" "primary" {
  provider = aws.primary
  
  name              = "/aws/lambda/${local.lambda_function_name}-primary"
  retention_in_days = 14
  
  tags = merge(
    local.common_tags,
    {
      Name   = "${local.lambda_function_name}-primary-logs"
      Region = "Primary"
    }
  )
}

resource "aws_cloudwatch_log_group" "secondary" {
  provider = aws.secondary
  
  name              = "/aws/lambda/${local.lambda_function_name}-secondary"
  retention_in_days = 14
  
  tags = merge(
    local.common_tags,
    {
      Name   = "${local.lambda_function_name}-secondary-logs"
      Region = "Secondary"
    }
  )
}

# ========================================
# EventBridge Rules
# ========================================

# EventBridge rule for primary region
resource "aws_cloudwatch_event_rule" "primary" {
  provider = aws.primary
  
  name                = "${local.eventbridge_rule_name}-primary"
  description         = "Aurora DSQL health monitoring for primary region"
  schedule_expression = var.monitoring_schedule
  state               = "ENABLED"
  
  tags = merge(
    local.common_tags,
    {
      Name   = "${local.eventbridge_rule_name}-primary"
      Region = "Primary"
      Role   = "MonitoringScheduler"
    }
  )
}

# EventBridge rule for secondary region
resource "aws_cloudwatch_event_rule" "secondary" {
  provider = aws.secondary
  
  name                = "${local.eventbridge_rule_name}-secondary"
  description         = "Aurora DSQL health monitoring for secondary region"
  schedule_expression = var.monitoring_schedule
  state               = "ENABLED"
  
  tags = merge(
    local.common_tags,
    {
      Name   = "${local.eventbridge_rule_name}-secondary"
      Region = "Secondary"
      Role   = "MonitoringScheduler"
    }
  )
}

# EventBridge targets for Lambda functions
resource "aws_cloudwatch_event_target" "primary" {
  provider = aws.primary
  
  rule      = aws_cloudwatch_event_rule.primary.name
  target_id = "LambdaTarget"
  arn       = aws_lambda_function.primary.arn
  
  retry_policy {
    maximum_retry_attempts = 3
    maximum_event_age_in_seconds = 3600 # offline: upstream `maximum_event_age` (no such argument) renamed to the provider's name, same value
  }
}

resource "aws_cloudwatch_event_target" "secondary" {
  provider = aws.secondary
  
  rule      = aws_cloudwatch_event_rule.secondary.name
  target_id = "LambdaTarget"
  arn       = aws_lambda_function.secondary.arn
  
  retry_policy {
    maximum_retry_attempts = 3
    maximum_event_age_in_seconds = 3600 # offline: upstream `maximum_event_age` renamed, same value
  }
}

# Lambda permissions for EventBridge
resource "aws_lambda_permission" "allow_eventbridge_primary" {
  provider = aws.primary
  
  statement_id  = "allow-eventbridge-primary"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.primary.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.primary.arn
}

resource "aws_lambda_permission" "allow_eventbridge_secondary" {
  provider = aws.secondary
  
  statement_id  = "allow-eventbridge-secondary"
  action        = "lambda:InvokeFunction"
  function_name = aws_lambda_function.secondary.function_name
  principal     = "events.amazonaws.com"
  source_arn    = aws_cloudwatch_event_rule.secondary.arn
}

# ========================================
# CloudWatch Dashboard
# ========================================

resource "aws_cloudwatch_dashboard" "dr_dashboard" {
  provider = aws.primary
  
  dashboard_name = local.dashboard_name
  
  dashboard_body = jsonencode({
    widgets = [
      {
        type   = "metric"
        x      = 0
        y      = 0
        width  = 12
        height = 6
        properties = {
          metrics = [
            ["AWS/Lambda", "Invocations", "FunctionName", aws_lambda_function.primary.function_name],
            ["AWS/Lambda", "Invocations", "FunctionName", aws_lambda_function.secondary.function_name]
          ]
          period = 300
          stat   = "Sum"
          region = var.primary_region
          title  = "Lambda Function Invocations"
          yAxis = {
            left = {
              min = 0
            }
          }
        }
      },
      {
        type   = "metric"
        x      = 12
        y      = 0
        width  = 12
        height = 6
        properties = {
          metrics = [
            ["AWS/Lambda", "Errors", "FunctionName", aws_lambda_function.primary.function_name],
            ["AWS/Lambda", "Errors", "FunctionName", aws_lambda_function.secondary.function_name],
            ["AWS/Lambda", "Duration", "FunctionName", aws_lambda_function.primary.function_name],
            ["AWS/Lambda", "Duration", "FunctionName", aws_lambda_function.secondary.function_name]
          ]
          period = 300
          stat   = "Average"
          region = var.primary_region
          title  = "Lambda Function Errors and Duration"
        }
      },
      {
        type   = "metric"
        x      = 0
        y      = 6
        width  = 24
        height = 6
        properties = {
          metrics = [
            ["AWS/Events", "MatchedEvents", "RuleName", aws_cloudwatch_event_rule.primary.name],
            ["AWS/Events", "MatchedEvents", "RuleName", aws_cloudwatch_event_rule.secondary.name],
            ["AWS/Events", "SuccessfulInvocations", "RuleName", aws_cloudwatch_event_rule.primary.name],
            ["AWS/Events", "SuccessfulInvocations", "RuleName", aws_cloudwatch_event_rule.secondary.name]
          ]
          period = 300
          stat   = "Sum"
          region = var.primary_region
          title  = "EventBridge Rule Executions and Success Rate"
        }
      },
      {
        type   = "metric"
        x      = 0
        y      = 12
        width  = 24
        height = 6
        properties = {
          metrics = [
            [var.cloudwatch_metric_namespace, "ClusterHealth", "ClusterID", aws_dsql_cluster.primary.identifier, "Region", var.primary_region],
            [var.cloudwatch_metric_namespace, "ClusterHealth", "ClusterID", aws_dsql_cluster.secondary.identifier, "Region", var.secondary_region]
          ]
          period = 300
          stat   = "Average"
          region = var.primary_region
          title  = "Aurora DSQL Cluster Health Status"
          yAxis = {
            left = {
              min = 0
              max = 1
            }
          }
        }
      }
    ]
  })
}

# ========================================
# CloudWatch Alarms
# ========================================

# Lambda function error alarms
resource "aws_cloudwatch_metric_alarm" "lambda_errors_primary" {
  provider = aws.primary
  
  alarm_name          = "Aurora-DSQL-Lambda-Errors-Primary-${local.resource_suffix}"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = var.alarm_evaluation_periods
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = var.alarm_period
  statistic           = "Sum"
  threshold           = "1"
  alarm_description   = "This metric monitors Lambda function errors in primary region"
  alarm_actions       = [aws_sns_topic.primary.arn]
  treat_missing_data  = "notBreaching"
  
  dimensions = {
    FunctionName = aws_lambda_function.primary.function_name
  }
  
  tags = merge(
    local.common_tags,
    {
      Name   = "lambda-errors-primary-${local.resource_suffix}"
      Region = "Primary"
      Type   = "LambdaAlarm"
    }
  )
}

resource "aws_cloudwatch_metric_alarm" "lambda_errors_secondary" {
  provider = aws.secondary
  
  alarm_name          = "Aurora-DSQL-Lambda-Errors-Secondary-${local.resource_suffix}"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = var.alarm_evaluation_periods
  metric_name         = "Errors"
  namespace           = "AWS/Lambda"
  period              = var.alarm_period
  statistic           = "Sum"
  threshold           = "1"
  alarm_description   = "This metric monitors Lambda function errors in secondary region"
  alarm_actions       = [aws_sns_topic.secondary.arn]
  treat_missing_data  = "notBreaching"
  
  dimensions = {
    FunctionName = aws_lambda_function.secondary.function_name
  }
  
  tags = merge(
    local.common_tags,
    {
      Name   = "lambda-errors-secondary-${local.resource_suffix}"
      Region = "Secondary"
      Type   = "LambdaAlarm"
    }
  )
}

# Aurora DSQL cluster health alarm
resource "aws_cloudwatch_metric_alarm" "cluster_health" {
  provider = aws.primary
  
  alarm_name          = "Aurora-DSQL-Cluster-Health-${local.resource_suffix}"
  comparison_operator = "LessThanThreshold"
  evaluation_periods  = var.alarm_evaluation_periods
  metric_name         = "ClusterHealth"
  namespace           = var.cloudwatch_metric_namespace
  period              = var.alarm_period
  statistic           = "Average"
  threshold           = "0.5"
  alarm_description   = "This metric monitors Aurora DSQL cluster health"
  alarm_actions       = [aws_sns_topic.primary.arn]
  treat_missing_data  = "breaching"
  
  tags = merge(
    local.common_tags,
    {
      Name = "cluster-health-${local.resource_suffix}"
      Type = "ClusterHealthAlarm"
    }
  )
}

# EventBridge rule failure alarm
resource "aws_cloudwatch_metric_alarm" "eventbridge_failures" {
  provider = aws.primary
  
  alarm_name          = "Aurora-DSQL-EventBridge-Failures-${local.resource_suffix}"
  comparison_operator = "GreaterThanOrEqualToThreshold"
  evaluation_periods  = 1
  metric_name         = "FailedInvocations"
  namespace           = "AWS/Events"
  period              = var.alarm_period
  statistic           = "Sum"
  threshold           = "1"
  alarm_description   = "This metric monitors EventBridge rule failures"
  alarm_actions       = [aws_sns_topic.primary.arn]
  treat_missing_data  = "notBreaching"
  
  dimensions = {
    RuleName = aws_cloudwatch_event_rule.primary.name
  }
  
  tags = merge(
    local.common_tags,
    {
      Name = "eventbridge-failures-${local.resource_suffix}"
      Type = "EventBridgeAlarm"
    }
  )
}