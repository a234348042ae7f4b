# offline: values for the example's required variables (upstream's terratest passes them)
test_name   = "alb-web-simple"
region      = "us-west-2"
vpc_azs     = ["us-west-2a", "us-west-2b", "us-west-2c"]
logs_bucket = ""
