terraform {
  required_version = ">= 1.0"

  # offline: the cloudinit requirement removed (not in the mirror)
}
