/* plangraph generate: prints the man page or a shell completion script,
 * made from the command and option tables (see generate.h). The build uses
 * it to write what `cmake --install` installs; packagers and users can run
 * it too (`source <(plangraph generate bash)`). */
#include <string.h>

#include "cli/generate.h"

static const cli_option *const options[] = {NULL};

static const struct {
  const char *name;
  void (*write)(FILE *out);
} documents[] = {
    {"man", cli_write_manpage},
    {"bash", cli_write_bash_completion},
    {"zsh", cli_write_zsh_completion},
};

static int run(const cli_args *a) {
  for (size_t i = 0; i < sizeof documents / sizeof *documents; i++)
    if (strcmp(a->pos[0], documents[i].name) == 0) {
      documents[i].write(stdout);
      return fflush(stdout) == 0 && !ferror(stdout) ? EXIT_OK : EXIT_BAD;
    }
  return cli_usage_error(&cmd_generate, "unknown document '%s' (man, bash or zsh)", a->pos[0]);
}

const cli_command cmd_generate = {
    "generate",
    "man|bash|zsh",
    "print the man page or a bash or zsh completion script",
    "Writes plangraph(1) in man(7) format ('man'), or a completion script for\n"
    "bash or zsh, to standard output. All are made from the same tables as\n"
    "--help. To try completion: source <(plangraph generate bash).",
    options,
    1,
    1,
    run};
