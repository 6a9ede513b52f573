// fundline/model/round_type.hpp - Crunchbase's vocabulary of funding rounds.
//
// RoundType is Crunchbase's investment_type: pre_seed, seed, series_a ..
// series_j, series_unknown, angel, convertible_note, corporate_round,
// debt_financing, grant, ... parse_round_type() reads the snake_case form
// ("series_a"), the display form ("Series A", "Pre-Seed", "Corporate Round"),
// and the open-data-map pair (funding_round_type "venture" +
// funding_round_code "A").
//
//   using namespace fundline;
//   parse_round_type("series_a") == RoundType::series_a;        // true
//   parse_round_type("Series A") == RoundType::series_a;        // true
//   parse_round_type("venture", "A") == RoundType::series_a;    // true
//   to_string(RoundType::pre_seed);                             // "pre_seed"
//   display_name(RoundType::pre_seed);                          // "Pre-Seed"
//   is_priced_equity(RoundType::series_b);                      // true
//   is_priced_equity(RoundType::convertible_note);              // false
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "fundline/core/error.hpp"

namespace fundline {

enum class RoundType : std::uint8_t {
  pre_seed, seed, angel,
  series_a, series_b, series_c, series_d, series_e, series_f, series_g, series_h, series_i, series_j,
  series_unknown, convertible_note, corporate_round, debt_financing, grant, equity_crowdfunding,
  product_crowdfunding, private_equity, secondary_market, post_ipo_equity, post_ipo_debt,
  post_ipo_secondary, initial_coin_offering, non_equity_assistance, undisclosed,
};

namespace detail {
struct RoundTypeName {
  RoundType type;
  std::string_view snake;
  std::string_view display;
};
inline constexpr std::array<RoundTypeName, 28> round_type_names{{
    {RoundType::pre_seed, "pre_seed", "Pre-Seed"},
    {RoundType::seed, "seed", "Seed"},
    {RoundType::angel, "angel", "Angel"},
    {RoundType::series_a, "series_a", "Series A"},
    {RoundType::series_b, "series_b", "Series B"},
    {RoundType::series_c, "series_c", "Series C"},
    {RoundType::series_d, "series_d", "Series D"},
    {RoundType::series_e, "series_e", "Series E"},
    {RoundType::series_f, "series_f", "Series F"},
    {RoundType::series_g, "series_g", "Series G"},
    {RoundType::series_h, "series_h", "Series H"},
    {RoundType::series_i, "series_i", "Series I"},
    {RoundType::series_j, "series_j", "Series J"},
    {RoundType::series_unknown, "series_unknown", "Venture - Series Unknown"},
    {RoundType::convertible_note, "convertible_note", "Convertible Note"},
    {RoundType::corporate_round, "corporate_round", "Corporate Round"},
    {RoundType::debt_financing, "debt_financing", "Debt Financing"},
    {RoundType::grant, "grant", "Grant"},
    {RoundType::equity_crowdfunding, "equity_crowdfunding", "Equity Crowdfunding"},
    {RoundType::product_crowdfunding, "product_crowdfunding", "Product Crowdfunding"},
    {RoundType::private_equity, "private_equity", "Private Equity"},
    {RoundType::secondary_market, "secondary_market", "Secondary Market"},
    {RoundType::post_ipo_equity, "post_ipo_equity", "Post-IPO Equity"},
    {RoundType::post_ipo_debt, "post_ipo_debt", "Post-IPO Debt"},
    {RoundType::post_ipo_secondary, "post_ipo_secondary", "Post-IPO Secondary"},
    {RoundType::initial_coin_offering, "initial_coin_offering", "Initial Coin Offering"},
    {RoundType::non_equity_assistance, "non_equity_assistance", "Non-equity Assistance"},
    {RoundType::undisclosed, "undisclosed", "Funding Round"},
}};

// Lower-case, and spaces and hyphens as underscores: "Pre-Seed" -> "pre_seed".
inline std::string normalize_round_word(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    if (c == ' ' || c == '-') out += '_';
    else if (c >= 'A' && c <= 'Z') out += static_cast<char>(c - 'A' + 'a');
    else out += c;
  }
  return out;
}
}  // namespace detail

[[nodiscard]] constexpr std::string_view to_string(RoundType t) noexcept {
  return detail::round_type_names[static_cast<std::size_t>(t)].snake;
}
[[nodiscard]] constexpr std::string_view display_name(RoundType t) noexcept {
  return detail::round_type_names[static_cast<std::size_t>(t)].display;
}

// Rounds that sell shares at a price: the "priced rounds only" filter.
[[nodiscard]] constexpr bool is_priced_equity(RoundType t) noexcept {
  switch (t) {
    case RoundType::pre_seed: case RoundType::seed: case RoundType::angel:
    case RoundType::series_a: case RoundType::series_b: case RoundType::series_c: case RoundType::series_d:
    case RoundType::series_e: case RoundType::series_f: case RoundType::series_g: case RoundType::series_h:
    case RoundType::series_i: case RoundType::series_j: case RoundType::series_unknown:
    case RoundType::corporate_round: case RoundType::equity_crowdfunding: case RoundType::private_equity:
    case RoundType::post_ipo_equity:
      return true;
    default:
      return false;
  }
}

// Reads "series_a", "Series A", "Pre-Seed", "Venture - Series Unknown",
// "Funding Round" and the open-data-map pair ("venture", "A").
[[nodiscard]] inline std::optional<RoundType> try_parse_round_type(std::string_view type, std::string_view code = {}) {
  std::string t = detail::normalize_round_word(type);
  if (t == "venture" || t == "series_unknown" || t == "venture___series_unknown") {
    if (code.size() == 1) {
      char c = code[0];
      if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
      if (c >= 'A' && c <= 'J') return static_cast<RoundType>(static_cast<int>(RoundType::series_a) + (c - 'A'));
    }
    if (code.empty()) return RoundType::series_unknown;
    return std::nullopt;
  }
  if (!code.empty()) return std::nullopt;
  for (const auto& n : detail::round_type_names)
    if (t == n.snake || t == detail::normalize_round_word(n.display)) return n.type;
  if (t == "debt") return RoundType::debt_financing;
  if (t == "funding_round") return RoundType::undisclosed;
  return std::nullopt;
}

[[nodiscard]] inline RoundType parse_round_type(std::string_view type, std::string_view code = {}) {
  if (auto t = try_parse_round_type(type, code)) return *t;
  if (code.empty())
    throw parse_error(fmt::format("unknown round type \"{}\": expected a Crunchbase type such as seed, series_a or "
                                  "\"Series A\"", type));
  throw parse_error(fmt::format("unknown round type \"{}\" with code \"{}\": expected venture with a code A..J", type, code));
}

}  // namespace fundline

template <>
struct fmt::formatter<fundline::RoundType> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(fundline::RoundType t, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(fundline::to_string(t), ctx);
  }
};
