# offline: resource "random_pet" "this" (hashicorp/random, not in the mirror)
# replaced by the literal local.offline_pet_id
locals {
  offline_pet_id = "offline-pet-3"
}

resource "aws_cloudwatch_log_group" "this" {
  name = "log-group-${local.offline_pet_id}"
}
