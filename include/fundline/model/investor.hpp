// fundline/model/investor.hpp - investors and founders.
//
//   using namespace fundline;
//   Investor gc{"General Catalyst", InvestorKind::venture_fund, "US"};
//   fmt::format("{}", gc);                        // "General Catalyst (venture_fund, US)"
//   parse_investor_kind("corporate");             // InvestorKind::corporate
//   Person arthur{"Arthur Mensch", "CEO"};
//   fmt::format("{}", arthur);                    // "Arthur Mensch (CEO)"
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "fundline/core/error.hpp"

namespace fundline {

enum class InvestorKind : std::uint8_t {
  venture_fund, corporate, bank, public_sovereign, angel, family_office, accelerator, private_equity, other,
};

namespace detail {
inline constexpr std::array<std::string_view, 9> investor_kind_names{
    "venture_fund", "corporate", "bank", "public_sovereign", "angel", "family_office", "accelerator",
    "private_equity", "other"};
}

[[nodiscard]] constexpr std::string_view to_string(InvestorKind k) noexcept {
  return detail::investor_kind_names[static_cast<std::size_t>(k)];
}
[[nodiscard]] inline std::optional<InvestorKind> try_parse_investor_kind(std::string_view s) noexcept {
  for (std::size_t i = 0; i < detail::investor_kind_names.size(); ++i)
    if (detail::investor_kind_names[i] == s) return static_cast<InvestorKind>(i);
  return std::nullopt;
}
[[nodiscard]] inline InvestorKind parse_investor_kind(std::string_view s) {
  if (auto k = try_parse_investor_kind(s)) return *k;
  throw parse_error(fmt::format("unknown investor kind \"{}\": expected one of venture_fund, corporate, bank, "
                                "public_sovereign, angel, family_office, accelerator, private_equity, other", s));
}

struct Investor {
  std::string name;
  InvestorKind kind = InvestorKind::other;
  std::string country;  // ISO 3166 alpha-2 ("US", "FR"); empty when unknown

  friend bool operator==(const Investor&, const Investor&) = default;
};

struct Person {
  std::string name;
  std::string role;  // "CEO", "Chief Scientist"...

  friend bool operator==(const Person&, const Person&) = default;
};

}  // namespace fundline

template <>
struct fmt::formatter<fundline::Investor> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::Investor& i, FormatContext& ctx) const {
    std::string text = i.country.empty() ? fmt::format("{} ({})", i.name, fundline::to_string(i.kind))
                                         : fmt::format("{} ({}, {})", i.name, fundline::to_string(i.kind), i.country);
    return fmt::formatter<std::string_view>::format(text, ctx);
  }
};

template <>
struct fmt::formatter<fundline::Person> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::Person& p, FormatContext& ctx) const {
    std::string text = p.role.empty() ? p.name : fmt::format("{} ({})", p.name, p.role);
    return fmt::formatter<std::string_view>::format(text, ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const Investor& i) { return os << fmt::format("{}", i); }
inline std::ostream& operator<<(std::ostream& os, const Person& p) { return os << fmt::format("{}", p); }
}  // namespace fundline
