locals {
  openapi_sha = substr(replace(base64sha256(filebase64("${path.root}/docs/openapi/${var.api_name}.yml")), "/[^0-9A-Za-z_]/", ""), 0, 5) # offline: upstream base64sha256(data.local_file.openapispec.content_base64), the same value
}

# offline: data "local_file" "openapispec" { filename = "../../docs/openapi/${var.api_name}.yml" } removed (hashicorp/local not available
# offline: offline); filebase64() above reads the same file, copied to docs/openapi/ of this folder (path.root)


resource "aws_api_gateway_deployment" "deploy" {
  rest_api_id = var.rest_api.id
  variables = {
    // Force a deploy on when content has changed
    stage_version   = var.openapi_version
    content_api_sha = local.openapi_sha
    lambda_version  = var.image_tag
  }
  lifecycle {
    create_before_destroy = true
  }
}
