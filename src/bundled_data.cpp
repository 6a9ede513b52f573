// Embeds data/eurofxref-hist.csv in the
// library with the assembler's .incbin, so no path is needed at run time.
#include "fundline/data/bundled.hpp"

#ifndef FUNDLINE_ECB_FILE
#error "FUNDLINE_ECB_FILE must name data/eurofxref-hist.csv"
#endif

#define FUNDLINE_INCBIN(name, file)                                   \
  __asm__(".section .rodata\n"                                        \
          ".balign 16\n"                                              \
          ".global fundline_" #name "_begin\n"                        \
          ".type fundline_" #name "_begin, @object\n"                 \
          "fundline_" #name "_begin:\n"                               \
          ".incbin \"" file "\"\n"                                    \
          ".global fundline_" #name "_end\n"                          \
          ".type fundline_" #name "_end, @object\n"                   \
          "fundline_" #name "_end:\n"                                 \
          ".byte 0\n"                                                 \
          ".previous\n")

FUNDLINE_INCBIN(ecb, FUNDLINE_ECB_FILE);

extern "C" const char fundline_ecb_begin[];
extern "C" const char fundline_ecb_end[];

namespace fundline {

std::string_view bundled_ecb_history_csv() noexcept {
  return {fundline_ecb_begin, static_cast<std::size_t>(fundline_ecb_end - fundline_ecb_begin)};
}

}  // namespace fundline
