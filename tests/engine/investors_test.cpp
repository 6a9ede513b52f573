#include "fundline/engine/investors.hpp"

#include <gtest/gtest.h>

#include "fundline/engine/timeline.hpp"
#include "mistral_fixture.hpp"

using namespace fundline;
using fundline::test::mistral;

using Indices = std::vector<std::size_t>;

TEST(InvestorRecord, DocumentationExample) {
  const Timeline timeline(mistral());
  auto who = timeline.investor_participation();
  EXPECT_EQ(who[0].investor, "Lightspeed Venture Partners");
  EXPECT_EQ(who[0].rounds, (Indices{0, 1, 3}));
  EXPECT_EQ(who[0].led, (Indices{0}));
  EXPECT_TRUE(who[0].is_repeat());
}

TEST(InvestorRecord, GeneralCatalystJoinedInTheSeriesAAndLedTheSeriesB) {
  const auto who = Timeline(mistral()).investor_participation();
  auto gc = std::find_if(who.begin(), who.end(), [](const InvestorRecord& r) { return r.investor == "General Catalyst"; });
  ASSERT_NE(gc, who.end());
  EXPECT_EQ(gc->rounds, (Indices{1, 3}));
  EXPECT_EQ(gc->led, (Indices{3}));
  EXPECT_TRUE(gc->took_part_in(1));
  EXPECT_FALSE(gc->led_round(1));
  EXPECT_TRUE(gc->led_round(3));
}

TEST(InvestorRecord, OrderOfFirstAppearance) {
  const auto who = Timeline(mistral()).investor_participation();
  std::vector<std::string> names;
  for (const auto& r : who) names.push_back(r.investor);
  EXPECT_EQ(names, (std::vector<std::string>{"Lightspeed Venture Partners", "Redpoint", "Index Ventures",
                                             "Andreessen Horowitz", "General Catalyst", "Salesforce", "BNP Paribas",
                                             "Microsoft", "Nvidia", "IBM", "ASML"}));
}

TEST(InvestorRecord, RepeatInvestors) {
  std::vector<std::string> names;
  for (const auto& r : Timeline(mistral()).repeat_investors()) names.push_back(r.investor);
  EXPECT_EQ(names, (std::vector<std::string>{"Lightspeed Venture Partners", "Andreessen Horowitz", "General Catalyst",
                                             "Salesforce", "BNP Paribas"}));
}

TEST(InvestorRecord, AnInvestorListedTwiceInOneRoundCountsOnce) {
  const Timeline t({Round{.id = "a", .announced = fundline::parse_date("2020-01-01"),
                          .investors = {{.investor = "X"}, {.investor = "X", .lead = true}}}});
  const auto who = t.investor_participation();
  ASSERT_EQ(who.size(), 1u);
  EXPECT_EQ(who[0].rounds, (Indices{0}));
  EXPECT_EQ(who[0].led, (Indices{0}));
  EXPECT_FALSE(who[0].is_repeat());
}
