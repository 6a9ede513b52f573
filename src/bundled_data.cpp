// Embeds data/eurofxref-hist.csv and the company documents of
// data/companies in the library with the assembler's .incbin, so no path is needed at run time.
#include "fundline/data/bundled.hpp"

#ifndef FUNDLINE_ECB_FILE
#error "FUNDLINE_ECB_FILE must name data/eurofxref-hist.csv"
#endif
#if !defined(FUNDLINE_MISTRAL_FILE) || !defined(FUNDLINE_AI_PEERS_FILE)
#error "FUNDLINE_MISTRAL_FILE and FUNDLINE_AI_PEERS_FILE must name data/companies/mistral.json and ai-peers.json"
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
FUNDLINE_INCBIN(mistral, FUNDLINE_MISTRAL_FILE);
FUNDLINE_INCBIN(ai_peers, FUNDLINE_AI_PEERS_FILE);

extern "C" const char fundline_ecb_begin[];
extern "C" const char fundline_ecb_end[];
extern "C" const char fundline_mistral_begin[];
extern "C" const char fundline_mistral_end[];
extern "C" const char fundline_ai_peers_begin[];
extern "C" const char fundline_ai_peers_end[];

namespace fundline {

std::string_view bundled_ecb_history_csv() noexcept {
  return {fundline_ecb_begin, static_cast<std::size_t>(fundline_ecb_end - fundline_ecb_begin)};
}

std::string_view bundled_mistral_json() noexcept {
  return {fundline_mistral_begin, static_cast<std::size_t>(fundline_mistral_end - fundline_mistral_begin)};
}

std::string_view bundled_ai_peers_json() noexcept {
  return {fundline_ai_peers_begin, static_cast<std::size_t>(fundline_ai_peers_end - fundline_ai_peers_begin)};
}

}  // namespace fundline
