// fundline/text/sources_text.hpp - every figure of a company with its sources, and where sources disagree.
//
// write_sources() lists, in English or French, the company-level facts (the
// founding date) and then each round's figures (amount, pre- and post-money,
// leads), each with the sources that report it (publisher, title, date,
// URL and the words quoted). Every Claim is shown side by side with the
// figure the data set records: a table of fact, recorded value, claimed
// value, note and who claims it. Nothing is left out: a company or round
// with no source says so ("no source recorded").
//
//   using namespace fundline;
//   std::string text = write_sources(bundled_mistral(), Language::en);
//   // "Mistral AI: sources\n\nCompany\n  founded: April 2023\n  ...
//   //  Where sources disagree:\n  Fact     Recorded    Claimed   ...
//   //  founded  April 2023  May 2023  ...  TechCrunch, 13 June 2023; ..."
//   text.find("May 2023") != std::string::npos;                       // true: the claim
//   write_sources(bundled_mistral(), Language::fr).find("mai 2023") != std::string::npos;  // true
#pragma once

#include <string>

#include "fundline/model/company.hpp"
#include "fundline/model/source.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

[[nodiscard]] std::string write_sources(const Company& company, Language lang);

// One source on one line: "TechCrunch, “Title”, 13 June 2023, https://..."
// ("TechCrunch, « Titre », 13 juin 2023, https://..." in French).
[[nodiscard]] std::string format_source(const Source& s, Language lang);

// A claim's value for reading: a date ("2023-05") is written out ("May 2023");
// anything else as the source wrote it.
[[nodiscard]] std::string format_claim_value(const Claim& c, Language lang);

}  // namespace fundline
