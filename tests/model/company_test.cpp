#include "fundline/model/company.hpp"

#include <gtest/gtest.h>

using namespace fundline;

namespace {
Round seed() {
  return Round{.id = "seed", .type = RoundType::seed, .announced = parse_date("2023-06-13"),
               .amount = ReportedMoney::exact(Money::from_major(105'000'000, currencies::EUR)),
               .investors = {{.investor = "Lightspeed Venture Partners", .lead = true}}};
}
Company mistral() {
  Company c{.name = "Mistral AI", .founded = PartialDate::month(2023, 4), .country = "FR"};
  c.founders.push_back({"Arthur Mensch", "CEO"});
  c.investors.push_back({"Lightspeed Venture Partners", InvestorKind::venture_fund, "US"});
  c.rounds.push_back(seed());
  return c;
}
}  // namespace

TEST(Company, DocumentationExample) {
  Company c{.name = "Mistral AI", .founded = PartialDate::month(2023, 4), .country = "FR"};
  c.founders.push_back({"Arthur Mensch", "CEO"});
  c.rounds.push_back(Round{.id = "seed", .type = RoundType::seed, .announced = parse_date("2023-06-13"),
                           .amount = ReportedMoney::exact(Money::from_major(105'000'000, currencies::EUR))});
  EXPECT_NO_THROW(c.validate());
  EXPECT_EQ(c.find_round("seed")->type, RoundType::seed);
  EXPECT_EQ(c.find_round("series-z"), nullptr);
}

TEST(Company, DuplicateRoundIdsAreRejected) {
  Company c = mistral();
  c.rounds.push_back(seed());
  try {
    c.validate();
    FAIL();
  } catch (const inconsistent_data& e) {
    EXPECT_STREQ(e.what(), "company \"Mistral AI\": duplicate round id \"seed\"");
  }
}

TEST(Company, RoundBeforeFoundingIsRejected) {
  Company c = mistral();
  c.rounds[0].announced = PartialDate::month(2023, 3);
  try {
    c.validate();
    FAIL();
  } catch (const inconsistent_data& e) {
    EXPECT_STREQ(e.what(), "company \"Mistral AI\": round \"seed\" announced 2023-03 before the company was founded "
                           "(2023-04)");
  }
}

TEST(Company, RoundInTheFoundingMonthIsAccepted) {
  Company c = mistral();
  c.rounds[0].announced = parse_date("2023-04-02");
  EXPECT_NO_THROW(c.validate());
}

TEST(Company, UnknownInvestorIsRejected) {
  Company c = mistral();
  c.rounds[0].investors.push_back({.investor = "Nobody Capital"});
  EXPECT_THROW(c.validate(), inconsistent_data);
}

TEST(Company, FindsInvestorsByName) {
  EXPECT_EQ(mistral().find_investor("Lightspeed Venture Partners")->kind, InvestorKind::venture_fund);
  EXPECT_EQ(mistral().find_investor("Microsoft"), nullptr);
}

TEST(Investor, DocumentationExample) {
  Investor gc{"General Catalyst", InvestorKind::venture_fund, "US"};
  EXPECT_EQ(fmt::format("{}", gc), "General Catalyst (venture_fund, US)");
  EXPECT_EQ(parse_investor_kind("corporate"), InvestorKind::corporate);
  Person arthur{"Arthur Mensch", "CEO"};
  EXPECT_EQ(fmt::format("{}", arthur), "Arthur Mensch (CEO)");
  EXPECT_THROW((void)parse_investor_kind("hedge"), parse_error);
}

TEST(Source, DocumentationExample) {
  Source s{.publisher = "Reuters",
           .title = "France's Mistral AI raises 600 mln euros",
           .url = "https://www.reuters.com/...",
           .date = parse_date("2024-06-11"),
           .language = "en",
           .quote = "raised 600 million euros"};
  EXPECT_EQ(fmt::format("{}", s),
            "Reuters, \"France's Mistral AI raises 600 mln euros\", 2024-06-11, https://www.reuters.com/...");
}
