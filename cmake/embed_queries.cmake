# Writes a C file holding the text of every built-in query and of every
# library they import (queries/lib/), so that `plangraph check` needs no
# installed query files. Run by the build:
#   cmake -DOUT=builtin_queries.c -DFILES="a.pgq;b.pgq" -DLIBS="lib/x.pgq" -P embed_queries.cmake
set(body "/* Generated from the files in queries/ by cmake/embed_queries.cmake; do not edit. */\n#include \"query/queryset.h\"\n\n")
set(i 0)

# Appends the table NAME of the files in LIST, named PREFIX<file name>.
function(embed_table NAME LIST PREFIX)
  set(table "const pg_builtin_query ${NAME}[] = {\n")
  set(count 0)
  foreach(f IN LISTS ${LIST})
    file(READ "${f}" hex HEX)
    file(SIZE "${f}" size)
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," bytes "${hex}")
    get_filename_component(fname "${f}" NAME)
    string(APPEND body "static const char q${i}[] = {${bytes}0x00};\n")
    string(APPEND table "  {\"${PREFIX}${fname}\", q${i}, ${size}},\n")
    math(EXPR i "${i} + 1")
    math(EXPR count "${count} + 1")
  endforeach()
  if(count EQUAL 0)
    string(APPEND table "  {0, 0, 0},\n")
  endif()
  string(APPEND table "};\nconst size_t ${NAME}_count = ${count};\n")
  set(body "${body}" PARENT_SCOPE)
  set(tables "${tables}${table}" PARENT_SCOPE)
  set(i ${i} PARENT_SCOPE)
endfunction()

set(tables "")
embed_table(pg_builtin_queries FILES "queries/")
embed_table(pg_builtin_libs LIBS "queries/lib/")
file(WRITE "${OUT}.tmp" "${body}\n${tables}")
file(RENAME "${OUT}.tmp" "${OUT}")
