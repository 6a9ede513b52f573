#include "fundline/model/round.hpp"

#include <gtest/gtest.h>

using namespace fundline;

namespace {
Money eur_m(std::int64_t millions) { return Money::from_major(millions * 1'000'000, currencies::EUR); }

Round series_b() {
  return Round{.id = "series-b", .type = RoundType::series_b, .announced = parse_date("2024-06-11"),
               .amount = ReportedMoney::exact(eur_m(600)),
               .tranches = {{Instrument::equity, ReportedMoney::exact(eur_m(468))},
                            {Instrument::debt, ReportedMoney::exact(eur_m(132))}},
               .post_money = ReportedMoney::exact(eur_m(5800)),
               .investors = {{.investor = "General Catalyst", .lead = true}, {.investor = "Nvidia"}}};
}
}  // namespace

TEST(Round, DocumentationExample) {
  const Round b = series_b();
  EXPECT_EQ(b.amount_in(Instrument::equity), ReportedMoney::exact(eur_m(468)));
  EXPECT_EQ(b.amount_in(Instrument::debt), ReportedMoney::exact(eur_m(132)));
  EXPECT_EQ(b.valuation().pre_money, ReportedMoney::exact(eur_m(5332)));
  EXPECT_TRUE(b.valuation().pre_money_derived);
  EXPECT_NEAR(*b.implied_dilution(), 0.0807, 1e-4);
}

TEST(Round, WithoutTranchesTheAmountIsInTheDefaultInstrument) {
  const Round seed{.id = "seed", .type = RoundType::seed, .announced = parse_date("2023-06-13"),
                   .amount = ReportedMoney::exact(eur_m(105))};
  EXPECT_EQ(seed.amount_in(Instrument::equity), ReportedMoney::exact(eur_m(105)));
  EXPECT_EQ(seed.amount_in(Instrument::debt), ReportedMoney::exact(eur_m(0)));
  const Round note{.id = "msft", .type = RoundType::convertible_note, .announced = parse_date("2024-02-26"),
                   .amount = ReportedMoney::approximately(eur_m(15))};
  EXPECT_EQ(note.amount_in(Instrument::convertible), ReportedMoney::approximately(eur_m(15)));
  EXPECT_EQ(note.equity_amount(), ReportedMoney::exact(eur_m(0)));
}

TEST(Round, DerivesPostMoneyFromPreMoneyAndEquity) {
  Round r = series_b();
  r.post_money = ReportedMoney::undisclosed(currencies::EUR);
  r.pre_money = ReportedMoney::exact(eur_m(5332));
  const Valuation v = r.valuation();
  EXPECT_EQ(v.post_money, ReportedMoney::exact(eur_m(5800)));
  EXPECT_TRUE(v.post_money_derived);
  EXPECT_FALSE(v.pre_money_derived);
}

TEST(Round, DerivedValuationKeepsTheQualifier) {
  Round r = series_b();
  r.post_money = ReportedMoney::more_than(eur_m(6000));
  EXPECT_EQ(r.valuation().pre_money, ReportedMoney::more_than(eur_m(5532)));
}

TEST(Round, InconsistentValuationIsReportedAndRejected) {
  Round r = series_b();
  r.pre_money = ReportedMoney::exact(eur_m(5000));
  EXPECT_EQ(r.valuation().inconsistency,
            "pre-money EUR 5000000000.00 + equity EUR 468000000.00 = EUR 5468000000.00, but post-money is EUR "
            "5800000000.00");
  try {
    r.validate();
    FAIL();
  } catch (const inconsistent_data& e) {
    EXPECT_STREQ(e.what(),
                 "round \"series-b\" (2024-06-11): pre-money EUR 5000000000.00 + equity EUR 468000000.00 = EUR "
                 "5468000000.00, but post-money is EUR 5800000000.00");
  }
}

TEST(Round, PostMoneyBelowTheEquityRaisedIsAnInconsistency) {
  Round b = series_b();
  b.post_money = ReportedMoney::exact(eur_m(400));  // below the EUR 468M of equity
  EXPECT_EQ(b.valuation().inconsistency,
            "post-money EUR 400000000.00 is less than the equity raised EUR 468000000.00");
  try {
    b.validate();
    FAIL() << "expected inconsistent_data";
  } catch (const inconsistent_data& e) {
    EXPECT_NE(std::string(e.what()).find("round \"series-b\""), std::string::npos) << e.what();
  }
}

TEST(Round, ALowerBoundPostMoneyBelowTheRaiseDerivesNoPreMoney) {
  Round b = series_b();
  b.post_money = ReportedMoney::more_than(eur_m(400));
  EXPECT_EQ(b.valuation().pre_money, ReportedMoney::undisclosed(currencies::EUR));
  EXPECT_EQ(b.valuation().inconsistency, "");
  b.post_money = ReportedMoney::between(eur_m(400), eur_m(500));
  EXPECT_EQ(b.valuation().pre_money, ReportedMoney::between(eur_m(0), eur_m(32)));
}

TEST(Round, TranchesMustAddUpToTheAmount) {
  Round r = series_b();
  r.tranches[1].amount = ReportedMoney::exact(eur_m(100));
  EXPECT_THROW(r.validate(), inconsistent_data);
  EXPECT_NO_THROW(series_b().validate());
}

TEST(Round, ListsLeads) {
  EXPECT_EQ(series_b().leads(), std::vector<std::string>{"General Catalyst"});
  EXPECT_TRUE(series_b().has_investor("Nvidia"));
  EXPECT_FALSE(series_b().has_investor("Microsoft"));
}

TEST(Round, NoDilutionWithoutPostMoney) {
  Round r = series_b();
  r.post_money = ReportedMoney::undisclosed(currencies::EUR);
  EXPECT_FALSE(r.implied_dilution().has_value());
}

TEST(RoundType, DocumentationExample) {
  EXPECT_EQ(parse_round_type("series_a"), RoundType::series_a);
  EXPECT_EQ(parse_round_type("Series A"), RoundType::series_a);
  EXPECT_EQ(parse_round_type("venture", "A"), RoundType::series_a);
  EXPECT_EQ(to_string(RoundType::pre_seed), "pre_seed");
  EXPECT_EQ(display_name(RoundType::pre_seed), "Pre-Seed");
  EXPECT_TRUE(is_priced_equity(RoundType::series_b));
  EXPECT_FALSE(is_priced_equity(RoundType::convertible_note));
}

TEST(RoundType, ReadsCrunchbaseWebExportNames) {
  EXPECT_EQ(parse_round_type("Pre-Seed"), RoundType::pre_seed);
  EXPECT_EQ(parse_round_type("Corporate Round"), RoundType::corporate_round);
  EXPECT_EQ(parse_round_type("Non-equity Assistance"), RoundType::non_equity_assistance);
  EXPECT_EQ(parse_round_type("Secondary Market"), RoundType::secondary_market);
  EXPECT_EQ(parse_round_type("Funding Round"), RoundType::undisclosed);
  EXPECT_EQ(parse_round_type("Venture - Series Unknown"), RoundType::series_unknown);
  EXPECT_EQ(parse_round_type("venture"), RoundType::series_unknown);
  EXPECT_EQ(parse_round_type("venture", "j"), RoundType::series_j);
}

TEST(RoundType, EveryNameRoundTrips) {
  for (int i = 0; i <= static_cast<int>(RoundType::undisclosed); ++i) {
    const auto t = static_cast<RoundType>(i);
    EXPECT_EQ(parse_round_type(to_string(t)), t) << to_string(t);
    EXPECT_EQ(parse_round_type(display_name(t)), t) << display_name(t);
  }
}

TEST(RoundType, UnknownTypeIsAnError) {
  EXPECT_THROW((void)parse_round_type("series_z"), parse_error);
  EXPECT_THROW((void)parse_round_type("venture", "Z"), parse_error);
  EXPECT_THROW((void)parse_round_type("seed", "A"), parse_error);
}

TEST(Instrument, NamesRoundTrip) {
  for (auto i : all_instruments) EXPECT_EQ(parse_instrument(to_string(i)), i);
  EXPECT_THROW((void)parse_instrument("warrant"), parse_error);
}
