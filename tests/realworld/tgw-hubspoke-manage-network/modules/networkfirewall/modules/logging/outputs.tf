# --- modules/logging/outputs.tf ---
