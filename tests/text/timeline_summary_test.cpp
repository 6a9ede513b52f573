#include "fundline/text/timeline_summary.hpp"

#include <gtest/gtest.h>

#include "fundline/io/json.hpp"

using namespace fundline;

namespace {
Money eur(std::int64_t millions) { return Money::from_major(millions * 1'000'000, currencies::EUR); }

// The fixture of the CLI tests, so that this test does not depend on the
// bundled data set, which may gain rounds.
Timeline mistral() { return Timeline(load_company_json(std::string(FUNDLINE_TEST_DATA_DIR) + "/cli/mistral.json")); }
}  // namespace

TEST(TimelineSummary, DocumentationExample) {
  const FundingSummary s = summarize(mistral().as_of(parse_date("2024-06-30")));
  EXPECT_EQ(s.rounds, 3u);
  EXPECT_EQ(fmt::format("{}", s.raised), "EUR 1090000000.00");
  EXPECT_EQ(s.last_leads, std::vector<std::string>{"General Catalyst"});
  EXPECT_TRUE(write_summary(s, Language::fr)
                  .starts_with("Mistral AI a levé 1,09\u00A0milliard d’euros en trois tours en un an, "));
}

TEST(TimelineSummary, LatestValuationKeepsItsQualifier) {
  const FundingSummary s = summarize(mistral().as_of(parse_date("2024-06-30")));
  EXPECT_EQ(s.valuation, ReportedMoney::more_than(eur(6000)));
  EXPECT_EQ(s.valuation_date, PartialDate::parse("2024-06-11"));
}

TEST(TimelineSummary, ConvertiblesAreNotPricedRounds) {
  const FundingSummary s = summarize(mistral().as_of(parse_date("2024-03-01")));
  EXPECT_EQ(s.rounds, 2u);
  EXPECT_EQ(s.last_type, RoundType::series_a);
  EXPECT_EQ(s.last, PartialDate::parse("2023-12-11"));
}

TEST(TimelineSummary, EmptyTimeline) {
  const FundingSummary s = summarize(mistral().as_of(parse_date("2020-01-01")));
  EXPECT_EQ(s.rounds, 0u);
  EXPECT_EQ(write_summary(s, Language::en), "Mistral AI has no known funding round.");
}

TEST(TimelineSummary, OnlyUnpricedRoundsAreNotNoRoundAtAll) {
  Company c{.name = "Noteco"};
  c.rounds.push_back(Round{.id = "note", .type = RoundType::convertible_note, .announced = parse_date("2024-02-26"),
                           .amount = ReportedMoney::exact(eur(15))});
  const FundingSummary s = summarize(Timeline(c));
  EXPECT_EQ(s.rounds, 0u);
  EXPECT_EQ(write_summary(s, Language::en), "Noteco has no known priced round (one other round).");
  EXPECT_EQ(write_summary(s, Language::fr), "Noteco n’a pas de tour en capital connu (un autre tour).");
}
