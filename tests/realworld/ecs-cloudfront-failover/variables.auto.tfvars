ecs_cluster_name = "demo"
ecs_capacity_providers = ["FARGATE_SPOT"]
assign_public_ip = true
# offline: acm_certificate_arn has no default and no value upstream; a made-up us-east-1 ARN
acm_certificate_arn = "arn:aws:acm:us-east-1:123456789012:certificate/0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
