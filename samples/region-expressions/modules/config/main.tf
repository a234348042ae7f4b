# The regions of a deployment, as a module that only computes values.
output "primary_region" {
  value = "eu-west-1"
}

output "dr_region" {
  value = "eu-central-1"
}
