// fundline/io/captable_json.hpp - cap-table scenarios as JSON (schema fundline.captable/1).
//
// A document is one CaptableScenario: a currency, share classes, holdings,
// the unallocated pool, then events in order (SAFEs, notes, priced rounds)
// and exit values. The JSON Schema is data/schema/captable.schema.json and
// docs/ownership.md describes each field. Amounts are decimal strings in the
// document's currency ("100000", "0.50"); percentages and multiples are
// decimal strings too ("15" for 15%, "1" for 1x), so nothing passes through
// a binary double; share counts are JSON integers.
//
// Strict like the company reader (io/json.hpp): malformed JSON, a duplicate
// key, an unknown key, a wrong type, a missing required field, an unknown
// class, kind, day count or rounding mode, a negative amount or count throw
// parse_error with the source name, line, column and JSON path
// ("events[1].cap"); a model check (CapTable) failing is rethrown the same way.
//
//   using namespace fundline;
//   auto s = parse_captable_json(R"({"schema": "fundline.captable/1", "name": "x", "currency": "USD",
//       "classes": [{"name": "Common"}], "holdings": [{"holder": "F", "class": "Common", "shares": 10}]})", "x.json");
//   s.holdings[0].shares;                  // 10
//   // parse_captable_json(R"({"schema": "fundline.captable/1", "name": "x", "currency": "USD", "pool": -1})", "x.json")
//   //   throws parse_error: "x.json:1:75: field 'pool': expected a whole number of shares, 0 or more, got -1"
#pragma once

#include <filesystem>
#include <string_view>

#include "fundline/ownership/scenario.hpp"

namespace fundline {

inline constexpr std::string_view captable_schema_version = "fundline.captable/1";

[[nodiscard]] CaptableScenario parse_captable_json(std::string_view text, std::string_view source_name);
[[nodiscard]] CaptableScenario load_captable_json(const std::filesystem::path& path);

}  // namespace fundline
