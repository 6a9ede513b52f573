# Warnings are errors at home, not for users: -Werror only when fundline is
# the top-level project (FUNDLINE_WERROR).
function(fundline_set_warnings target)
  # -Wmissing-field-initializers is off: g++ 12 fires it on designated
  # initializers that leave members at their defaults, which is how
  # fundline's aggregates (Round, Company) are meant to be written.
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wconversion -Wshadow
                                           -Wno-missing-field-initializers)
  if(FUNDLINE_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
endfunction()
