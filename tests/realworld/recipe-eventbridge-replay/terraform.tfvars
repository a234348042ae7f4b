# offline: not an upstream file. Turns on the recipe's optional cross-region part
# (variables.tf:113-117, default false), the replica event bus in var.replication_region
# (default "us-west-2", unchanged), so that the plan holds the multi-region design judged here.
enable_cross_region_replication = true
