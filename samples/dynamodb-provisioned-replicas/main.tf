# replica-per-region on DynamoDB global tables in provisioned mode.
# DynamoDB creates a replica of a table only when the table's write
# capacity, and every global secondary index's, is on-demand or auto
# scaled ("Table write capacity should either be Pay-Per-Request or
# AutoScaled"): a PROVISIONED table with fixed write capacity never gets
# its replicas, and the DR region holds no copy.
# - aws_dynamodb_table.orders in us-west-2 fails: PROVISIONED, no auto
#   scaling at all (a generated global-tables recipe leaves it off);
# - aws_dynamodb_table.events in us-west-2 fails: the table's write
#   capacity is auto scaled, its index's is not;
# - aws_dynamodb_table.carts (table and index write capacity auto scaled)
#   and aws_dynamodb_table.sessions (PAY_PER_REQUEST) pass in both regions.
# Plan it with scripts/regen-samples.


resource "aws_dynamodb_table" "orders" {
  name             = "orders"
  billing_mode     = "PROVISIONED"
  read_capacity    = 10
  write_capacity   = 10
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  replica {
    region_name = "us-west-2"
  }
}

resource "aws_dynamodb_table" "events" {
  name             = "events"
  billing_mode     = "PROVISIONED"
  read_capacity    = 10
  write_capacity   = 10
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  attribute {
    name = "kind"
    type = "S"
  }

  global_secondary_index {
    name            = "by-kind"
    hash_key        = "kind"
    projection_type = "ALL"
    read_capacity   = 5
    write_capacity  = 5
  }

  replica {
    region_name = "us-west-2"
  }

  lifecycle {
    ignore_changes = [read_capacity, write_capacity]
  }
}

resource "aws_dynamodb_table" "carts" {
  name             = "carts"
  billing_mode     = "PROVISIONED"
  read_capacity    = 10
  write_capacity   = 10
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  attribute {
    name = "owner"
    type = "S"
  }

  global_secondary_index {
    name            = "by-owner"
    hash_key        = "owner"
    projection_type = "ALL"
    read_capacity   = 5
    write_capacity  = 5
  }

  replica {
    region_name = "us-west-2"
  }

  lifecycle {
    ignore_changes = [read_capacity, write_capacity, global_secondary_index]
  }
}

resource "aws_dynamodb_table" "sessions" {
  name             = "sessions"
  billing_mode     = "PAY_PER_REQUEST"
  hash_key         = "id"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "id"
    type = "S"
  }

  replica {
    region_name = "us-west-2"
  }
}

resource "aws_appautoscaling_target" "events_write" {
  min_capacity       = 5
  max_capacity       = 100
  resource_id        = "table/${aws_dynamodb_table.events.name}"
  scalable_dimension = "dynamodb:table:WriteCapacityUnits"
  service_namespace  = "dynamodb"
}

resource "aws_appautoscaling_target" "carts_write" {
  min_capacity       = 5
  max_capacity       = 100
  resource_id        = "table/${aws_dynamodb_table.carts.name}"
  scalable_dimension = "dynamodb:table:WriteCapacityUnits"
  service_namespace  = "dynamodb"
}

resource "aws_appautoscaling_target" "carts_index_write" {
  min_capacity       = 5
  max_capacity       = 100
  resource_id        = "table/${aws_dynamodb_table.carts.name}/index/by-owner"
  scalable_dimension = "dynamodb:index:WriteCapacityUnits"
  service_namespace  = "dynamodb"
}

resource "aws_appautoscaling_policy" "write" {
  for_each           = { events = aws_appautoscaling_target.events_write, carts = aws_appautoscaling_target.carts_write, carts_index = aws_appautoscaling_target.carts_index_write }
  name               = "${each.key}-write"
  policy_type        = "TargetTrackingScaling"
  resource_id        = each.value.resource_id
  scalable_dimension = each.value.scalable_dimension
  service_namespace  = each.value.service_namespace

  target_tracking_scaling_policy_configuration {
    predefined_metric_specification {
      predefined_metric_type = "DynamoDBWriteCapacityUtilization"
    }
    target_value = 70
  }
}
