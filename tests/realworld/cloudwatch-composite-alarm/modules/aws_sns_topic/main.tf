# offline: resource "random_pet" "this" (hashicorp/random, not in the mirror)
# replaced by var.offline_pet_id (variables.tf), a literal per call

resource "aws_sns_topic" "this" {
  name = "fixtures-${var.offline_pet_id}" # offline: was random_pet.this.id
}
