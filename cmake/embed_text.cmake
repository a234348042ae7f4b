# Writes a C file holding one text file as a NUL-terminated array, so the
# library can read it without an installed copy. Run by the build:
#   cmake -DOUT=x.c -DIN=docs/queries.md -DNAME=pg_query_docs -P embed_text.cmake
file(READ "${IN}" hex HEX)
string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
get_filename_component(name "${IN}" NAME)
file(WRITE "${OUT}.tmp"
  "/* Generated from ${name} by cmake/embed_text.cmake; do not edit. */\n"
  "extern const char ${NAME}[];\n"
  "const char ${NAME}[] = {${bytes}0x00};\n")
file(RENAME "${OUT}.tmp" "${OUT}")
