project_name = "sales-workload"

region_primary   = "us-east-1"
region_secondary = "sa-east-1"

bucket_prefix_name = "sales-offload-datalake"

sqs_sns_name = "sales-processing"