include(CMakePackageConfigHelpers)

set(FUNDLINE_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/fundline")

install(TARGETS fundline EXPORT fundlineTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY include/fundline DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${PROJECT_BINARY_DIR}/include/fundline/version.hpp DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/fundline)
install(FILES data/eurofxref-hist.csv data/eurofxref-hist.SOURCE.md
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fundline)
if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/data/companies")
  install(DIRECTORY data/companies DESTINATION ${CMAKE_INSTALL_DATADIR}/fundline)
endif()
if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/data/schema")
  install(DIRECTORY data/schema DESTINATION ${CMAKE_INSTALL_DATADIR}/fundline)
endif()
install(FILES LICENSE README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})

install(EXPORT fundlineTargets NAMESPACE fundline:: DESTINATION ${FUNDLINE_CMAKE_DIR})
configure_package_config_file(cmake/fundlineConfig.cmake.in
  "${CMAKE_CURRENT_BINARY_DIR}/fundlineConfig.cmake"
  INSTALL_DESTINATION ${FUNDLINE_CMAKE_DIR})
write_basic_package_version_file("${CMAKE_CURRENT_BINARY_DIR}/fundlineConfigVersion.cmake"
  COMPATIBILITY SameMinorVersion)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/fundlineConfig.cmake"
              "${CMAKE_CURRENT_BINARY_DIR}/fundlineConfigVersion.cmake"
        DESTINATION ${FUNDLINE_CMAKE_DIR})

# pkg-config, for builds that do not use CMake: `pkg-config --cflags --libs fundline`.
# Boost.Date_Time ships no .pc file, so it is named in Libs; the library is
# static by default, so its dependencies are in Libs rather than Libs.private.
file(RELATIVE_PATH FUNDLINE_PC_TO_PREFIX "/prefix/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/prefix")
string(REGEX REPLACE "/$" "" FUNDLINE_PC_TO_PREFIX "${FUNDLINE_PC_TO_PREFIX}")
configure_file(cmake/fundline.pc.in "${CMAKE_CURRENT_BINARY_DIR}/fundline.pc" @ONLY)
install(FILES "${CMAKE_CURRENT_BINARY_DIR}/fundline.pc" DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
