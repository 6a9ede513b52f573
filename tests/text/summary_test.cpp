#include "fundline/text/summary.hpp"
#include "fundline/text/round_type_text.hpp"

#include <gtest/gtest.h>

using namespace fundline;

namespace {
Money eur(std::int64_t millions) { return Money::from_major(millions * 1'000'000, currencies::EUR); }
Money usd(std::int64_t millions) { return Money::from_major(millions * 1'000'000, currencies::USD); }

FundingSummary three_rounds() {
  return FundingSummary{.company = "Mistral AI", .rounds = 3, .raised = ReportedMoney::exact(eur(1090)),
                        .first = parse_date("2023-06-13"), .last = parse_date("2024-06-11"),
                        .last_type = RoundType::series_b, .last_amount = ReportedMoney::exact(eur(600)),
                        .last_leads = {"General Catalyst"},
                        .valuation = ReportedMoney::more_than(eur(6000)), .valuation_date = parse_date("2024-06-11")};
}
}  // namespace

TEST(FundingSummary, DocumentationExample) {
  EXPECT_EQ(write_summary(three_rounds(), Language::fr),
            "Mistral AI a levé 1,09\u00A0milliard d’euros en trois tours en un an, entre juin 2023 et juin 2024. "
            "Le dernier tour (série B, 600\u00A0millions d’euros, juin 2024) a été mené par General Catalyst. "
            "Valorisation post-money la plus récente\u00A0: plus de 6\u00A0milliards d’euros (juin 2024).");
}

TEST(FundingSummary, English) {
  EXPECT_EQ(write_summary(three_rounds(), Language::en),
            "Mistral AI raised €1.09 billion in three rounds over one year, between June 2023 and June 2024. "
            "The last round (Series B, €600 million, June 2024) was led by General Catalyst. "
            "Latest post-money valuation: more than €6 billion (June 2024).");
}

TEST(FundingSummary, BuiltOnlyFromTheFacts) {
  FundingSummary s{.company = "Acme Robotics", .rounds = 2, .raised = ReportedMoney::at_least(usd(15)),
                   .first = PartialDate::parse("2020-04"), .last = PartialDate::parse("2021-10-02"),
                   .last_type = RoundType::series_a, .last_amount = ReportedMoney::exact(usd(12)),
                   .last_leads = {"Fund One", "Fund Two", "Fund Three"}};
  EXPECT_EQ(write_summary(s, Language::fr),
            "Acme Robotics a levé au moins 15\u00A0millions de dollars en deux tours en 18 mois, entre avril 2020 et "
            "octobre 2021. Le dernier tour (série A, 12\u00A0millions de dollars, octobre 2021) a été mené par Fund One, "
            "Fund Two et Fund Three.");
}

TEST(FundingSummary, OneRoundNoLeadNoValuation) {
  FundingSummary s{.company = "Solo", .rounds = 1, .raised = ReportedMoney::exact(eur(2)),
                   .first = PartialDate::parse("2022-Q3"), .last = PartialDate::parse("2022-Q3"),
                   .last_type = RoundType::seed, .last_amount = ReportedMoney::exact(eur(2))};
  EXPECT_EQ(write_summary(s, Language::fr), "Solo a levé 2\u00A0millions d’euros en un tour, en T3 2022.");
  EXPECT_EQ(write_summary(s, Language::en), "Solo raised €2 million in one round, in Q3 2022.");
}

TEST(FundingSummary, NoRounds) {
  EXPECT_EQ(write_summary(FundingSummary{.company = "Nada"}, Language::fr), "Nada n’a pas de tour de financement connu.");
  EXPECT_EQ(write_summary(FundingSummary{.company = "Nada"}, Language::en), "Nada has no known funding round.");
}

TEST(FundingSummary, RankingOnlyWhenGiven) {
  FundingSummary s = three_rounds();
  s.best_funded_among = 3;
  EXPECT_TRUE(write_summary(s, Language::fr).ends_with(" C’est la start-up la mieux financée des trois entreprises comparées."));
  EXPECT_TRUE(write_summary(s, Language::en).ends_with(" It is the best-funded of the three companies compared."));
}

TEST(FundingSummary, UndisclosedAmounts) {
  FundingSummary s = three_rounds();
  s.last_amount = ReportedMoney::undisclosed(currencies::EUR);
  s.last_leads.clear();
  s.valuation.reset();
  EXPECT_EQ(write_summary(s, Language::en),
            "Mistral AI raised €1.09 billion in three rounds over one year, between June 2023 and June 2024. "
            "Last round: Series B, undisclosed amount, June 2024.");
}

TEST(RoundTypeText, DocumentationExample) {
  EXPECT_EQ(round_type_name(RoundType::series_a, Language::en), "Series A");
  EXPECT_EQ(round_type_name(RoundType::series_a, Language::fr), "série A");
  EXPECT_EQ(round_type_name(RoundType::seed, Language::fr), "amorçage");
  EXPECT_EQ(round_type_name(RoundType::series_j, Language::fr), "série J");
}
