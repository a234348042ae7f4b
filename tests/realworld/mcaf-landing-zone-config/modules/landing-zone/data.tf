# offline: upstream data.tf keeps only data.aws_region.current (the other lookups call AWS
# or feed resources left out)
data "aws_region" "current" {}
