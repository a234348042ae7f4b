regions = {
  primary   = "eu-west-1"
  secondary = "eu-central-1"
}
