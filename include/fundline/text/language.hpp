// fundline/text/language.hpp - the languages fundline writes.
//
// Every function that produces human text (money, dates, counts, summaries,
// charts) takes a Language; there is no global locale, so the same call
// always prints the same bytes.
//
//   using namespace fundline;
//   to_string(Language::fr);            // "fr"
//   parse_language("en");               // Language::en
//   try_parse_language("de");           // std::nullopt
//   // parse_language("de") throws parse_error:
//   //   "unknown language \"de\": expected en or fr"
#pragma once

#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "fundline/core/error.hpp"

namespace fundline {

enum class Language : std::uint8_t { en, fr };

[[nodiscard]] constexpr std::string_view to_string(Language l) noexcept {
  switch (l) {
    case Language::en: return "en";
    case Language::fr: return "fr";
  }
  return "?";
}

[[nodiscard]] constexpr std::optional<Language> try_parse_language(std::string_view s) noexcept {
  if (s == "en") return Language::en;
  if (s == "fr") return Language::fr;
  return std::nullopt;
}

[[nodiscard]] inline Language parse_language(std::string_view s) {
  if (auto l = try_parse_language(s)) return *l;
  throw parse_error("unknown language \"" + std::string(s) + "\": expected en or fr");
}

}  // namespace fundline

template <>
struct fmt::formatter<fundline::Language> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(fundline::Language l, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(to_string(l), ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, Language l) { return os << fmt::format("{}", l); }
}  // namespace fundline
