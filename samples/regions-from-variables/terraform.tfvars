primary_region = "us-east-2"
