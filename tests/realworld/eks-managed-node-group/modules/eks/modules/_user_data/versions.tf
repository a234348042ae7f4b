terraform {
  required_version = ">= 1.3.2"

  # offline: required_providers cloudinit (>= 2.0) and null (>= 3.0) removed
  # (not in the offline mirror)
}
