terraform {
  required_version = ">= 0.12.0" # offline: was "~> 0.12.0" (planned with terraform 1.11.4)
}
