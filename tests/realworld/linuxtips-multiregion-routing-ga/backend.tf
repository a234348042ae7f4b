terraform {
#  backend "s3" { # offline: backend commented out (planned with -backend=false)
#  }
}