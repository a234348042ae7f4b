resource "aws_ecs_cluster" "this" {
  count = var.create_ecs ? 1 : 0

  name = var.name

  # offline: capacity_providers and default_capacity_provider_strategy were
  # removed from aws_ecs_cluster in hashicorp/aws 5.0; moved unchanged to
  # aws_ecs_cluster_capacity_providers below

  setting {
    name  = "containerInsights"
    value = var.container_insights ? "enabled" : "disabled"
  }

  tags = var.tags
}

# offline: added (see the comment in aws_ecs_cluster.this)
resource "aws_ecs_cluster_capacity_providers" "this" {
  count = var.create_ecs ? 1 : 0

  cluster_name       = aws_ecs_cluster.this[0].name
  capacity_providers = var.capacity_providers

  dynamic "default_capacity_provider_strategy" {
    for_each = length(keys(var.default_capacity_provider_strategy)) == 0 ? [] : [var.default_capacity_provider_strategy]
    iterator = strategy

    content {
      capacity_provider = strategy.value["capacity_provider"]
      weight            = lookup(strategy.value, "weight", null)
      base              = lookup(strategy.value, "base", null)
    }
  }
}
