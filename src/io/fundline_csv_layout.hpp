// Private to src/io: the cells of fundline's own CSV layout, shared by the
// writer (csv_writer.cpp) and the reader (crunchbase_import.cpp) so that
// what one writes the other reads back unchanged. docs/import.md documents
// the layout.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fundline/core/money.hpp"
#include "fundline/core/reported.hpp"
#include "fundline/model/source.hpp"

namespace fundline::detail {

inline constexpr std::array<std::string_view, 24> fundline_csv_columns{
    "company_id",   "company_name",    "company_founded", "company_country", "company_sectors",
    "company_sources", "company_note", "round_id",        "round_type",      "announced",
    "label",        "currency",        "amount",          "amount_qualifier", "amount_high",
    "amount_usd",   "tranches",        "pre_money",       "post_money",      "post_money_usd",
    "investors",    "lead_investors",  "sources",         "note"};

// The claims that keep Crunchbase's USD figures next to an amount in
// another currency: about "amount_usd" or "post_money_usd".
inline constexpr std::string_view amount_usd_claim = "amount_usd";
inline constexpr std::string_view post_money_usd_claim = "post_money_usd";
[[nodiscard]] Claim usd_claim(std::string_view about, Money usd);
[[nodiscard]] std::optional<Money> find_usd_claim(const std::vector<Claim>& claims, std::string_view about);

// "a|b|c", with '|' and '\' inside items escaped by '\'. Throws parse_error
// on a dangling '\'.
[[nodiscard]] std::string join_list(const std::vector<std::string>& items);
[[nodiscard]] std::vector<std::string> split_list(std::string_view cell);
// One item of such a list, escaped, appended to out (the caller adds the '|').
void append_list_item(std::string& out, std::string_view item);

// ReportedMoney::to_string() ("about EUR 2000000000.00"); empty when
// undisclosed in the round's currency, "undisclosed EUR" in another.
[[nodiscard]] std::string format_reported(const ReportedMoney& r, Currency round_currency);
// The inverse of format_reported; empty text is undisclosed in `undisclosed_currency`.
[[nodiscard]] ReportedMoney parse_reported(std::string_view text, Currency undisclosed_currency);

// "Publisher <url>", "Publisher" or "<url>" ("<>" for an empty source); a
// '<' or '\' in the publisher is escaped by '\'. parse_source throws parse_error.
[[nodiscard]] std::string format_source(const Source& s);
[[nodiscard]] Source parse_source(std::string_view text);

}  // namespace fundline::detail
