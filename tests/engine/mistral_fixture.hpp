// Mistral AI's funding history as public reporting gives it (data/companies/README.md), for the engine tests.
// Investor lists beyond the leads are a plausible subset, enough to exercise
// participation queries; the amounts, dates, leads and valuations are the
// reported ones.
#pragma once

#include <cstdint>

#include "fundline/model/company.hpp"

namespace fundline::test {

inline Money eur_m(std::int64_t millions) { return Money::from_major(millions * 1'000'000, currencies::EUR); }
inline Money usd_m(std::int64_t millions) { return Money::from_major(millions * 1'000'000, currencies::USD); }

inline Date day(const char* iso) { return parse_date(iso); }
inline ReportedMoney exact_eur_m(std::int64_t millions) { return ReportedMoney::exact(eur_m(millions)); }

inline Participation lead(const char* name) { return {.investor = name, .lead = true}; }
inline Participation joined(const char* name) { return {.investor = name}; }

inline Company mistral() {
  Company c{.id = "mistral-ai", .name = "Mistral AI", .founded = PartialDate::month(2023, 4), .country = "FR"};
  c.rounds = {
      Round{.id = "seed", .type = RoundType::seed, .announced = parse_date("2023-06-13"),
            .amount = ReportedMoney::exact(eur_m(105)), .post_money = ReportedMoney::exact(eur_m(240)),
            .investors = {lead("Lightspeed Venture Partners"), joined("Redpoint"), joined("Index Ventures")}},
      Round{.id = "series-a", .type = RoundType::series_a, .announced = parse_date("2023-12-11"),
            .amount = ReportedMoney::exact(eur_m(385)), .post_money = ReportedMoney::approximately(usd_m(2000)),
            .investors = {lead("Andreessen Horowitz"), joined("Lightspeed Venture Partners"),
                          joined("General Catalyst"), joined("Salesforce"), joined("BNP Paribas")}},
      Round{.id = "microsoft", .type = RoundType::convertible_note, .announced = parse_date("2024-02-26"),
            .amount = ReportedMoney::exact(eur_m(15)), .investors = {lead("Microsoft")},
            .label = "Microsoft convertible"},
      Round{.id = "series-b", .type = RoundType::series_b, .announced = parse_date("2024-06-11"),
            .amount = ReportedMoney::exact(eur_m(600)),
            .tranches = {{Instrument::equity, ReportedMoney::exact(eur_m(468))},
                         {Instrument::debt, ReportedMoney::exact(eur_m(132))}},
            .post_money = ReportedMoney::exact(eur_m(5800)),
            .investors = {lead("General Catalyst"), joined("Lightspeed Venture Partners"),
                          joined("Andreessen Horowitz"), joined("Salesforce"), joined("BNP Paribas"),
                          joined("Nvidia"), joined("IBM")}},
      Round{.id = "series-c", .type = RoundType::series_c, .announced = parse_date("2025-09-09"),
            .amount = ReportedMoney::exact(eur_m(1700)), .post_money = ReportedMoney::exact(eur_m(11700)),
            .investors = {lead("ASML")}},
  };
  return c;
}

}  // namespace fundline::test
