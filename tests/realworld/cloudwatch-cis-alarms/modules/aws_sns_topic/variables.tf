# offline: stands for the id of the fixture's random_pet (removed)
variable "offline_pet_id" {
  type = string
}
