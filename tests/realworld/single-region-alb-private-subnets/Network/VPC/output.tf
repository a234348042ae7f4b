# offline: not in the source this case was read from (see SOURCE.md); the root
# reads module.vpc.vpc_id, so the module must export it. Reconstructed, not upstream.
output "vpc_id" {
  value = aws_vpc.main.id
}
