locals {
  frontend_metrics_namespace = "${var.env_name}-frontend"

  frontend_image_new = "${local.offline_tools_account}.dkr.ecr.${var.aws_region}.amazonaws.com/govwifi/${var.env}/frontend:latest"
  # offline: the two lines above and below read local.offline_tools_account, was data.aws_secretsmanager_secret_version.tools_account.secret_string
  raddb_image_new    = "${local.offline_tools_account}.dkr.ecr.${var.aws_region}.amazonaws.com/govwifi/${var.env}/raddb:latest"
}
