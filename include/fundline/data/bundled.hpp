// fundline/data/bundled.hpp - data files embedded in the library.
//
// The ECB reference-rate history and the company documents of
// data/companies (Mistral AI, and a few AI peers) are compiled into the
// library, so programs get them without a path or a configuration.
// The same files are installed under <prefix>/share/fundline for reading.
//
//   auto csv = fundline::bundled_ecb_history_csv();   // "Date,USD,JPY,..."
//   auto doc = fundline::bundled_mistral_json();      // "{\n  \"schema\": \"fundline.company/1\",..."
//   // parsed: fundline::bundled_mistral() in fundline/io/json.hpp
#pragma once

#include <string_view>

namespace fundline {

[[nodiscard]] std::string_view bundled_ecb_history_csv() noexcept;
// data/companies/mistral.json: one company document (schema fundline.company/1).
[[nodiscard]] std::string_view bundled_mistral_json() noexcept;
// data/companies/ai-peers.json: a "companies" document of other AI companies.
[[nodiscard]] std::string_view bundled_ai_peers_json() noexcept;

}  // namespace fundline
