# The shared library libplangraph.so.0, linked from the objects of the
# static `plangraph` target (compiled once, position-independent, with
# hidden visibility: only PG_API functions are exported). The command links
# it, so the installed tool uses the installed library; the unit tests link
# the static archive, which still exposes the internals they test.
#
# SONAME: libplangraph.so.<SOVERSION>. Bump PG_SOVERSION when a change to
# include/plangraph/ breaks callers built against the previous version.
set(PG_SOVERSION 0)

add_library(plangraph_shared SHARED $<TARGET_OBJECTS:plangraph>)
set_target_properties(plangraph_shared PROPERTIES
  OUTPUT_NAME plangraph
  VERSION ${PROJECT_VERSION}
  SOVERSION ${PG_SOVERSION}
  C_VISIBILITY_PRESET hidden)
target_include_directories(plangraph_shared
  PUBLIC $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>
         $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>)
# The public headers use no dependency's types: callers need only
# -lplangraph, and the dependencies stay private to the library.
target_link_libraries(plangraph_shared PRIVATE PkgConfig::JANSSON PkgConfig::IGRAPH PkgConfig::PCRE2 PkgConfig::YAML
  LibXml2::LibXml2 Threads::Threads m)
# An undefined symbol is a link error here, not a surprise for a caller.
# Not with sanitizers: clang leaves their runtime to the executable.
if(NOT PG_SANITIZE AND NOT PG_FUZZ)
  target_link_options(plangraph_shared PRIVATE -Wl,--no-undefined)
endif()
# The library's own calls to its exported functions (pg_graph_node on
# every pattern step) bind inside it, not through the PLT: a program is not
# meant to interpose on them, and each such call cost a jump through the
# PLT.
target_link_options(plangraph_shared PRIVATE -Wl,-Bsymbolic-functions)
pg_harden(plangraph_shared)

# The installed command finds the library beside it (PREFIX/bin ->
# PREFIX/lib...), so an install into any prefix runs without
# LD_LIBRARY_PATH. scripts/package turns this off (PG_INSTALL_RPATH=OFF):
# a Debian package installs into /usr/lib, where the loader looks anyway.
option(PG_INSTALL_RPATH "Give the installed command a $ORIGIN-relative RUNPATH" ON)
if(PG_INSTALL_RPATH AND NOT IS_ABSOLUTE "${CMAKE_INSTALL_LIBDIR}")
  file(RELATIVE_PATH pg_bin_to_lib "/p/${CMAKE_INSTALL_BINDIR}" "/p/${CMAKE_INSTALL_LIBDIR}")
  set_target_properties(plangraph_cli PROPERTIES INSTALL_RPATH "$ORIGIN/${pg_bin_to_lib}")
endif()
