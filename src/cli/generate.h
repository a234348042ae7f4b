/* The generated documents of the command: the man page plangraph(1) and
 * the bash and zsh completion scripts, all made from the same command and
 * option tables as --help (main.c's command table, each cmd_*.c's
 * options), so they cannot drift apart. The build runs
 * `plangraph generate ...` to write them and installs the results. */
#ifndef PG_CLI_GENERATE_H
#define PG_CLI_GENERATE_H

#include <stdio.h>

#include "cli/cli.h"

/* main.c's command table, terminated by NULL. */
extern const cli_command *const *const cli_commands;

/* manpage.c: plangraph(1) in man(7) roff. */
void cli_write_manpage(FILE *out);

/* completion.c: a script for `source`, defining completion for plangraph. */
void cli_write_bash_completion(FILE *out);
void cli_write_zsh_completion(FILE *out);

extern const cli_command cmd_generate;

#endif
