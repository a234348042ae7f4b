# Settings a team keeps out of logs.
output "vault_region" {
  value     = "me-central-1"
  sensitive = true
}
