# offline: resource "random_pet" "this" (hashicorp/random, not in the mirror)
# replaced by the input var.offline_pet_id (variables.tf)

resource "aws_sns_topic" "this" {
  name = "fixtures-${var.offline_pet_id}"
}
