# What `cmake --install` puts under the prefix (GNUInstallDirs layout):
#   bin/plangraph                      the command
#   lib*/libplangraph.so.0 (+ .so)     the library; libplangraph.a with PG_STATIC
#   lib*/pkgconfig/plangraph.pc        written at install time, for that prefix
#   include/plangraph/*.h              the public API
#   share/man/man1/plangraph.1         generated from the option tables
#   share/bash-completion/completions/plangraph, share/zsh/vendor-completions/_plangraph
#   share/doc/plangraph/               README, docs/*.md, LICENSE, NOTICE, and
#                                      the built-in queries as examples
# The built-in queries are compiled into the library, so the command never
# reads query files from the data dir; they are installed as documentation
# (share/doc/plangraph/queries) for admins to read and copy.

install(TARGETS plangraph_shared plangraph_cli
  LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR} NAMELINK_COMPONENT dev
  RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(PG_STATIC)
  install(TARGETS plangraph ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
endif()
install(DIRECTORY include/plangraph DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

# plangraph.pc names the prefix the files are installed under: it is
# configured when `cmake --install [--prefix P]` runs, not at configure
# time, so an install into another prefix than CMAKE_INSTALL_PREFIX still
# gets a working file. (DESTDIR is a staging root, not part of the prefix.)
install(CODE "
  set(PG_PC_PREFIX \"\${CMAKE_INSTALL_PREFIX}\")
  set(PG_PC_LIBDIR \"${CMAKE_INSTALL_LIBDIR}\")
  set(PG_PC_INCLUDEDIR \"${CMAKE_INSTALL_INCLUDEDIR}\")
  set(PROJECT_VERSION \"${PROJECT_VERSION}\")
  configure_file(\"${CMAKE_CURRENT_SOURCE_DIR}/plangraph.pc.in\"
                 \"${CMAKE_CURRENT_BINARY_DIR}/install/plangraph.pc\" @ONLY)")
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/install/plangraph.pc
  DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)

set(PG_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/plangraph)
file(GLOB PG_DOCS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/docs/*.md)
install(FILES README.md LICENSE NOTICE DESTINATION ${PG_DOCDIR})
install(FILES ${PG_DOCS} DESTINATION ${PG_DOCDIR}/docs)
install(FILES ${PG_BUILTIN_QUERIES} DESTINATION ${PG_DOCDIR}/queries)
install(FILES ${PG_BUILTIN_LIBS} DESTINATION ${PG_DOCDIR}/queries/lib)

# The man page and the completion scripts, written by the command built
# here from its own option tables (src/cli/cmd_generate.c).
include(cmake/package.cmake)
set(PG_GENERATED_DOCS "")
foreach(doc man:plangraph.1 bash:plangraph.bash zsh:_plangraph)
  string(REPLACE ":" ";" doc "${doc}")
  list(GET doc 0 what)
  list(GET doc 1 file)
  add_custom_command(
    OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/${file}
    COMMAND ${CMAKE_COMMAND} -DCMD=$<TARGET_FILE:plangraph_cli> -DWHAT=${what}
            -DOUT=${CMAKE_CURRENT_BINARY_DIR}/${file}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/cmake/run_to_file.cmake
    DEPENDS plangraph_cli ${CMAKE_CURRENT_SOURCE_DIR}/cmake/run_to_file.cmake
    COMMENT "Generating ${file}"
    VERBATIM)
  list(APPEND PG_GENERATED_DOCS ${CMAKE_CURRENT_BINARY_DIR}/${file})
endforeach()
add_custom_target(plangraph_docs ALL DEPENDS ${PG_GENERATED_DOCS})
if(PG_DEBIAN)
  # The compressed man page reads plangraph.1: made once, by plangraph_docs
  # first. Without the order both targets ran the rule for it in a parallel
  # build and one renamed the other's file away.
  add_dependencies(plangraph_changelog plangraph_docs)
endif()
if(NOT PG_DEBIAN)   # the package installs it compressed (package.cmake)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/plangraph.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endif()
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/plangraph.bash
  DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME plangraph)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/_plangraph
  DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
