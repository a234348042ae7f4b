output "template_output" {
  value       = local.final_render
  description = "Final render of the templated output based on the input variables."
}
