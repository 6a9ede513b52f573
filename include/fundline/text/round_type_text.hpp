// fundline/text/round_type_text.hpp - round types named in English and French.
//
// English uses Crunchbase's display names ("Series A", "Convertible Note");
// French uses the words of the French press ("amorçage", "série A",
// "obligations convertibles"), lower case, for use inside sentences.
//
//   using namespace fundline;
//   round_type_name(RoundType::series_a, Language::en);   // "Series A"
//   round_type_name(RoundType::series_a, Language::fr);   // "série A"
//   round_type_name(RoundType::seed, Language::fr);       // "amorçage"
#pragma once

#include <string>

#include "fundline/model/round_type.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

[[nodiscard]] std::string round_type_name(RoundType t, Language lang);

}  // namespace fundline
