output "base_url" {
  description = "Base URL of API"
  value       = module.eu_west_1.base_url
}
