/* Input variables through module calls (see modvars.h). */
#include "resolve/modvars.h"

#include <string.h>

#include "plan/address.h"

static json_t *declaration(const json_t *module_obj, const char *name) {
  return json_object_get(json_object_get(module_obj, "variables"), name);
}

void modvar_lookup(const pg_graph *g, const cfg_module *m, const char *name, modvar *out) {
  memset(out, 0, sizeof *out);
  if (!m || !m->parent) {
    out->kind = MODVAR_ROOT;
    out->decl = declaration(g->cfg_root ? g->cfg_root->obj : NULL, name);
    out->value = json_object_get(json_object_get(g->variables, name), "value");
    return;
  }
  out->decl = declaration(m->obj, name);
  out->expr = json_object_get(json_object_get(m->call, "expressions"), name);
  out->kind = out->expr ? MODVAR_ARGUMENT : MODVAR_UNSET;
  out->scope = out->expr ? m->parent : NULL;
}

const char *modvar_parent_instance(pg_graph *g, const char *inst) {
  addr_steps st;
  int parsed = *inst ? addr_parse(inst, strlen(inst), &st) : -1;
  if (parsed == ADDR_NOMEM) return NULL;
  if (parsed < 0) return g_intern_cstr(g, "");
  size_t cut = 0;
  for (size_t i = 0; i + 1 < st.count; i++)
    if (step_is(&st.steps[i], "module") && st.steps[i + 1].kind == STEP_NAME)
      cut = i ? st.steps[i - 1].end : 0;
  addr_steps_free(&st);
  return g_intern(g, inst, cut);
}
