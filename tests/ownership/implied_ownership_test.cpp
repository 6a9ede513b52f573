#include "fundline/ownership/implied_ownership.hpp"

#include <gtest/gtest.h>

#include "fundline/data/bundled.hpp"
#include "fundline/io/json.hpp"
#include "fundline/ownership/ownership_text.hpp"

using namespace fundline;

namespace {
Money eur(std::int64_t millions) { return Money::from_major(millions * 1'000'000, currencies::EUR); }

Timeline mistral_at_the_article() { return Timeline(bundled_mistral()).as_of(parse_date("2024-06-11")); }

Round priced(std::string id, RoundType type, const char* day, ReportedMoney amount, ReportedMoney post) {
  return Round{.id = std::move(id), .type = type, .announced = parse_date(day), .amount = amount, .post_money = post};
}
}  // namespace

TEST(ImpliedOwnership, DocumentationExample) {
  ImpliedOwnership o(mistral_at_the_article());
  ASSERT_EQ(o.steps().size(), 4u);
  EXPECT_EQ(o.steps()[0].sold.percent_text(Language::en), "43.75%");
  EXPECT_EQ(o.steps()[0].stake.percent_text(Language::en), "56.25%");
  EXPECT_EQ(o.steps()[1].stake.percent_text(Language::en, 1), "about 44.6%");
  EXPECT_EQ(o.steps()[2].effect, OwnershipEffect::unknown_terms);
  EXPECT_EQ(o.steps()[3].stake.percent_text(Language::en, 1), "at most about 41.0%");
  EXPECT_EQ(o.stake_between(3, 3).percent_text(Language::en), "91.93%");
}

TEST(ImpliedOwnership, MistralSeedLeavesExactlyNineSixteenths) {
  ImpliedOwnership o(mistral_at_the_article());
  EXPECT_EQ(o.steps()[0].stake, ReportedFraction::exact(Fraction::of(9, 16)));
}

TEST(ImpliedOwnership, SeriesAValuationIsConvertedAtTheEcbRateOfItsDay) {
  ImpliedOwnership o(mistral_at_the_article());
  const OwnershipStep& a = o.steps()[1];
  ASSERT_TRUE(a.post_money_conversion.has_value());
  EXPECT_EQ(a.post_money_conversion->from_rate.micro, 1'075'700);  // USD 1.0757 per EUR on 2023-12-11
  // USD 2,000,000,000 / 1.0757 = EUR 1,859,254,438.97 (half-even to the cent), "about".
  EXPECT_EQ(a.post_money, ReportedMoney::approximately(Money::from_minor(185'925'443'897, currencies::EUR)));
  EXPECT_EQ(*a.stake.low(), Fraction::of(1'326'828'995'073, 2'974'807'102'352));
  EXPECT_EQ(a.stake.percent_text(Language::en, 2), "about 44.60%");
}

TEST(ImpliedOwnership, SeriesBCountsTheEquityTrancheOnly) {
  ImpliedOwnership o(mistral_at_the_article());
  const OwnershipStep& b = o.steps()[3];
  EXPECT_EQ(b.equity, ReportedMoney::exact(eur(468)));
  EXPECT_EQ(b.sold, ReportedFraction::exact(Fraction::of(468, 5800)));
  EXPECT_EQ(*b.stake.high(), Fraction::of(1'768'663'050'432'309, 4'313'470'298'410'400));
  EXPECT_EQ(b.stake.percent_text(Language::fr, 1), "au plus environ 41,0\u00A0%");
}

TEST(ImpliedOwnership, AConvertibleOfUnknownTermsMakesTheStakeAnUpperBound) {
  ImpliedOwnership o(mistral_at_the_article());
  EXPECT_EQ(o.steps()[1].stake.qualifier(), Qualifier::approximately);
  EXPECT_EQ(o.steps()[2].stake.qualifier(), Qualifier::at_most);
  EXPECT_EQ(o.steps()[2].note, "a convertible whose conversion terms are not in the data");
}

TEST(ImpliedOwnership, DebtRoundsChangeNobodysStake) {
  Timeline t({priced("seed", RoundType::seed, "2023-01-10", ReportedMoney::exact(eur(1)), ReportedMoney::exact(eur(4))),
              Round{.id = "loan", .type = RoundType::debt_financing, .announced = parse_date("2023-06-01"),
                    .amount = ReportedMoney::exact(eur(10))}});
  ImpliedOwnership o(t);
  ASSERT_EQ(o.steps().size(), 1u);
  EXPECT_EQ(o.final_stake(), ReportedFraction::exact(Fraction::of(3, 4)));
}

TEST(ImpliedOwnership, AnUndisclosedValuationLeavesOnlyAnUpperBound) {
  Timeline t({priced("seed", RoundType::seed, "2023-01-10", ReportedMoney::exact(eur(1)), ReportedMoney::exact(eur(4))),
              priced("a", RoundType::series_a, "2024-01-10", ReportedMoney::exact(eur(5)),
                     ReportedMoney::undisclosed(currencies::EUR))});
  ImpliedOwnership o(t);
  EXPECT_EQ(o.final_stake().percent_text(Language::en), "at most 75.00%");
  EXPECT_EQ(o.steps()[1].note, "the post-money valuation is undisclosed");
}

TEST(ImpliedOwnership, AMoreThanValuationMakesTheStakeMoreThan) {
  Timeline t({priced("b", RoundType::series_b, "2024-06-11", ReportedMoney::exact(eur(468)),
                     ReportedMoney::more_than(eur(6000)))});
  EXPECT_EQ(ImpliedOwnership(t).final_stake().percent_text(Language::en), "more than 92.20%");
}

TEST(ImpliedOwnership, EquityAboveThePostMoneyIsInconsistent) {
  Timeline t({priced("seed", RoundType::seed, "2023-01-10", ReportedMoney::exact(eur(5)), ReportedMoney::exact(eur(4)))});
  EXPECT_THROW(ImpliedOwnership{t}, inconsistent_data);
}

TEST(ImpliedOwnership, NoRoundsMeansTheWholeCompany) {
  ImpliedOwnership o{Timeline{}};
  EXPECT_TRUE(o.steps().empty());
  EXPECT_EQ(o.final_stake().percent_text(Language::en), "100.00%");
  EXPECT_THROW((void)o.stake_between(0, 0), error);
}

TEST(OwnershipText, DocumentationExample) {
  const Timeline t = mistral_at_the_article();
  ImpliedOwnership o(t);
  EXPECT_EQ(stake_text(o.steps()[1].stake, Language::fr), "environ 44,6\u00A0%");
  EXPECT_EQ(write_ownership_summary(t, o, Language::en),
            "Those who held Mistral AI before its Seed hold 56.25% of it after that round (13 June 2023), about "
            "44.6% after the Series A (11 December 2023) and at most about 41.0% after the Series B (11 June 2024), "
            "counting each round's equity only. The terms of the Convertible Note of 26 February 2024 are not "
            "public: it can only lower these stakes.");
}

TEST(OwnershipText, SummaryInFrench) {
  const Timeline t = mistral_at_the_article();
  EXPECT_EQ(write_ownership_summary(t, ImpliedOwnership(t), Language::fr),
            "Ceux qui détenaient Mistral AI avant son tour d'amorçage en détiennent 56,25\u00A0% après ce tour "
            "(13 juin 2023), environ 44,6\u00A0% après le tour de série A (11 décembre 2023) et au plus environ "
            "41,0\u00A0% après le tour de série B (11 juin 2024), en ne comptant que la part en capital de chaque "
            "tour. Les termes du tour d'obligations convertibles du 26 février 2024 ne sont pas publics\u00A0: il "
            "ne peut que réduire ces parts.");
}
