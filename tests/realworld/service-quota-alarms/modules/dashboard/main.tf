locals {
  data_file_path = var.metric_data_file == null ? "${path.module}/supported-metrics.yaml" : var.metric_data_file

  usage_widget_header = {
    type   = "text"
    width  = 24
    height = 2
    properties = {
      "markdown" : "# Usage metrics \n### These metrics come from the `AWS/Usage` namespace \n"
    }
  }

  trusted_advisor_regional_widget_header = {
    type   = "text"
    width  = 24
    height = 2
    properties = {
      "markdown" : "# TrustedAdvisor metrics: regional \n### These metrics come from the `AWS/TrustedAdvisor` namespace \n"
    }
  }

  trusted_advisor_global_widget_header = {
    type   = "text"
    width  = 24
    height = 2
    properties = {
      "markdown" : "# TrustedAdvisor metrics: global \n### These metrics come from the `AWS/TrustedAdvisor` namespace \n"
    }
  }
}


# offline: data "local_file" "metrics" (hashicorp/local, not in the mirror;
# it read local.data_file_path at plan time) removed: its content is
# file(local.data_file_path) where it was read

resource "aws_cloudwatch_dashboard" "main" {
  dashboard_name = "ServiceQuotaUsage"
  dashboard_body = jsonencode({ widgets = concat([local.usage_widget_header], local.filtered_usage_metrics, [local.trusted_advisor_regional_widget_header], local.filtered_regional_metrics, [local.trusted_advisor_global_widget_header], local.filtered_global_metrics) })
}
