# offline: stands for random_pet.this.id (hashicorp/random, not in the mirror)
variable "offline_pet_id" {
  type = string
}
