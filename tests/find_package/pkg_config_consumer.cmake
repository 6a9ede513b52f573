# Builds tests/find_package/consumer.cpp against an installed fundline with
# nothing but pkg-config and the compiler, as a Makefile user would:
#   c++ consumer.cpp $(pkg-config --cflags --libs fundline)
# -DPREFIX=<install prefix> -DLIBDIR=<relative libdir> -DCXX=<compiler> -DSOURCE=<consumer.cpp> -DOUTPUT=<exe>
find_program(PKG_CONFIG pkg-config REQUIRED)
set(ENV{PKG_CONFIG_PATH} "${PREFIX}/${LIBDIR}/pkgconfig")
execute_process(COMMAND ${PKG_CONFIG} --cflags --libs fundline
                OUTPUT_VARIABLE flags ERROR_VARIABLE error RESULT_VARIABLE status OUTPUT_STRIP_TRAILING_WHITESPACE)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "pkg-config --cflags --libs fundline failed: ${error}")
endif()
message(STATUS "pkg-config --cflags --libs fundline: ${flags}")
separate_arguments(flags UNIX_COMMAND "${flags}")
execute_process(COMMAND ${CXX} ${SOURCE} ${flags} -o ${OUTPUT} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "the consumer does not build with pkg-config's flags")
endif()
