variable "my_ip_address" {
  description = "My public IP address for bastion SSH access"
  type        = string
}
