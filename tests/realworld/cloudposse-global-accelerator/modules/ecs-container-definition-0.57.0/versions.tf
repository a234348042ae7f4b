terraform {
  required_version = ">= 0.13.0"

  required_providers {
    # offline: hashicorp/local requirement removed (not in the mirror; nothing uses it)
  }
}
