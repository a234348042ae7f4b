# replica-per-region on Aurora DSQL multi-Region clusters. A cluster made
# with a witness_region is one side of a peered pair: DSQL keeps it in
# PENDING_SETUP, taking no writes, until it names its peer (its
# multi_region_properties.clusters, or an aws_dsql_cluster_peering whose
# identifier is the cluster and whose clusters list the other), and the
# other cluster names it back. A pair left unpeered never replicates, and
# the second region never holds the database.
# - aws_dsql_cluster.orders_east and .orders_west pass: each names the
#   other through an aws_dsql_cluster_peering;
# - aws_dsql_cluster.ledger_east and .ledger_west fail: both set a witness
#   region and nothing peers them (a generated DR recipe sets clusters = []
#   and ignores changes to it, expecting the peering to happen by itself);
# - aws_dsql_cluster.carts_west fails: carts_east names it, but it names
#   no peer (carts_east passes).
# The peerings also join us-east-1 and us-east-2 as DR regions for
# dr-components-per-region: each holds a database and compute (both pass),
# and the plan has neither failover routing nor an alarm (dns and
# monitoring fail).
# Plan it with scripts/regen-samples.

resource "aws_dsql_cluster" "orders_east" {
  multi_region_properties {
    witness_region = "us-west-2"
  }
}

resource "aws_dsql_cluster" "orders_west" {
  provider = aws.dr
  multi_region_properties {
    witness_region = "us-west-2"
  }
}

resource "aws_dsql_cluster_peering" "orders_east" {
  identifier     = aws_dsql_cluster.orders_east.identifier
  clusters       = [aws_dsql_cluster.orders_west.arn]
  witness_region = "us-west-2"
}

resource "aws_dsql_cluster_peering" "orders_west" {
  provider       = aws.dr
  identifier     = aws_dsql_cluster.orders_west.identifier
  clusters       = [aws_dsql_cluster.orders_east.arn]
  witness_region = "us-west-2"
}

resource "aws_dsql_cluster" "ledger_east" {
  multi_region_properties {
    witness_region = "us-west-2"
    clusters       = []
  }
  lifecycle {
    ignore_changes = [multi_region_properties[0].clusters]
  }
}

resource "aws_dsql_cluster" "ledger_west" {
  provider = aws.dr
  multi_region_properties {
    witness_region = "us-west-2"
    clusters       = []
  }
  lifecycle {
    ignore_changes = [multi_region_properties[0].clusters]
  }
}

resource "aws_dsql_cluster" "carts_east" {
  multi_region_properties {
    witness_region = "us-west-2"
  }
}

resource "aws_dsql_cluster" "carts_west" {
  provider = aws.dr
  multi_region_properties {
    witness_region = "us-west-2"
  }
}

resource "aws_dsql_cluster_peering" "carts_east" {
  identifier     = aws_dsql_cluster.carts_east.identifier
  clusters       = [aws_dsql_cluster.carts_west.arn]
  witness_region = "us-west-2"
}

resource "aws_iam_role" "app" {
  name = "orders-app"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "lambda.amazonaws.com" } }]
  })
}

resource "aws_lambda_function" "app_east" {
  function_name = "orders-east"
  role          = aws_iam_role.app.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}

resource "aws_lambda_function" "app_west" {
  provider      = aws.dr
  function_name = "orders-west"
  role          = aws_iam_role.app.arn
  runtime       = "python3.12"
  handler       = "app.handler"
  filename      = "app.zip"
}
