# The Debian package (CPack DEB), built by scripts/package with
# -DPG_DEBIAN=ON -DCMAKE_INSTALL_PREFIX=/usr: one binary package
# `plangraph` holding the command, libplangraph.so.0, the headers, the .pc
# file, the man page, completions and the docs. Checked by lintian
# (tests/install/package.sh).
option(PG_DEBIAN "Install the Debian copyright and changelog files (scripts/package)" OFF)

if(PG_DEBIAN)
  # Debian wants these in /usr/share/doc/PACKAGE, the changelog compressed
  # without a timestamp (gzip -n).
  set(pg_changelog ${CMAKE_CURRENT_BINARY_DIR}/debian/changelog)
  string(TIMESTAMP pg_date "%a, %d %b %Y %H:%M:%S +0000" UTC)
  file(WRITE ${pg_changelog}
    "plangraph (${PROJECT_VERSION}) unstable; urgency=medium\n\n"
    "  * Package built by scripts/package.\n\n"
    " -- plangraph maintainers <plangraph@users.noreply.github.com>  ${pg_date}\n")
  add_custom_command(OUTPUT ${pg_changelog}.gz
    COMMAND gzip -9nc ${pg_changelog} > ${pg_changelog}.gz
    DEPENDS ${pg_changelog})
  # The man page goes compressed too (install.cmake skips the plain one).
  add_custom_command(OUTPUT ${CMAKE_CURRENT_BINARY_DIR}/debian/plangraph.1.gz
    COMMAND gzip -9nc ${CMAKE_CURRENT_BINARY_DIR}/plangraph.1
            > ${CMAKE_CURRENT_BINARY_DIR}/debian/plangraph.1.gz
    DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/plangraph.1)
  add_custom_target(plangraph_changelog ALL
    DEPENDS ${pg_changelog}.gz ${CMAKE_CURRENT_BINARY_DIR}/debian/plangraph.1.gz)
  install(FILES ${CMAKE_CURRENT_BINARY_DIR}/debian/plangraph.1.gz
    DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
  # The loader's cache is refreshed by dpkg's ldconfig trigger.
  file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/debian/triggers "activate-noawait ldconfig\n")
  set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA ${CMAKE_CURRENT_BINARY_DIR}/debian/triggers)
  install(FILES ${pg_changelog}.gz DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/plangraph)
  install(FILES ${CMAKE_CURRENT_SOURCE_DIR}/cmake/debian-copyright
    DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/plangraph RENAME copyright)
endif()

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME plangraph)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_CONTACT "plangraph maintainers <plangraph@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "check Terraform plans as typed dependency graphs")
set(CPACK_PACKAGE_DESCRIPTION
  "plangraph reads the JSON plan that terraform show -json writes, builds a
typed dependency graph of providers, regions, modules and resources, and
runs graph queries on it, so that multi-region disaster-recovery and
high-availability designs can be checked before they are applied. This
package holds the command, the library libplangraph.so.0 with its headers
and pkg-config file, the man page and bash and zsh completion.")
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS ON)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS_POLICY ">=")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_FILE_NAME plangraph)
set(CPACK_OUTPUT_FILE_PREFIX ${CMAKE_CURRENT_BINARY_DIR}/package)
include(CPack)
