# Shared settings, as a "globals" module holds them.
locals { audit = "eu-west-1" }

output "audit_region" { value = local.audit }
