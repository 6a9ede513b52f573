#include "fundline/ownership/reported_fraction.hpp"

#include <gtest/gtest.h>

using namespace fundline;

namespace {
Money eur(std::int64_t millions) { return Money::from_major(millions * 1'000'000, currencies::EUR); }
}  // namespace

TEST(ReportedFraction, DocumentationExample) {
  auto sold = ReportedFraction::of(ReportedMoney::exact(eur(105)), ReportedMoney::exact(eur(240)));
  EXPECT_EQ(sold.qualifier(), Qualifier::exact);
  EXPECT_EQ(sold.complement().percent_text(Language::en), "56.25%");
  auto b = ReportedFraction::of(ReportedMoney::exact(eur(468)), ReportedMoney::more_than(eur(6000)));
  EXPECT_EQ(b.percent_text(Language::en), "less than 7.80%");
  EXPECT_EQ(b.complement().percent_text(Language::fr), "plus de 92,20\u00A0%");
  EXPECT_EQ(ReportedFraction::unknown().times(ReportedFraction::exact(Fraction::of(1, 2))).percent_text(Language::en),
            "at most 50.00%");
}

TEST(ReportedFraction, AnAboutFigureMakesAnAboutFraction) {
  auto f = ReportedFraction::of(ReportedMoney::exact(eur(385)), ReportedMoney::approximately(eur(1859)));
  EXPECT_EQ(f.qualifier(), Qualifier::approximately);
  EXPECT_EQ(f.percent_text(Language::en, 1), "about 20.7%");
  EXPECT_EQ(f.percent_text(Language::fr, 1), "environ 20,7\u00A0%");
}

TEST(ReportedFraction, AnAboutBoundIsSaidTwice) {
  auto stake = ReportedFraction::approximately(Fraction::of(41, 100)).times(ReportedFraction::unknown());
  EXPECT_EQ(stake.qualifier(), Qualifier::at_most);
  EXPECT_EQ(stake.percent_text(Language::en, 1), "at most about 41.0%");
  EXPECT_EQ(stake.percent_text(Language::fr, 1), "au plus environ 41,0\u00A0%");
}

TEST(ReportedFraction, ARangeOfValuationsGivesARangeOfFractions) {
  auto f = ReportedFraction::of(ReportedMoney::exact(eur(100)), ReportedMoney::between(eur(400), eur(500)));
  EXPECT_EQ(f.qualifier(), Qualifier::range);
  EXPECT_EQ(*f.low(), Fraction::of(1, 5));
  EXPECT_EQ(*f.high(), Fraction::of(1, 4));
  EXPECT_EQ(f.percent_text(Language::en), "between 20.00% and 25.00%");
  EXPECT_EQ(f.complement().percent_text(Language::fr), "entre 75,00\u00A0% et 80,00\u00A0%");
}

TEST(ReportedFraction, UndisclosedIsUnknown) {
  auto f = ReportedFraction::of(ReportedMoney::exact(eur(1)), ReportedMoney::undisclosed(currencies::EUR));
  EXPECT_FALSE(f.is_known());
  EXPECT_EQ(f.percent_text(Language::en), "unknown");
  EXPECT_EQ(f.percent_text(Language::fr), "inconnu");
}

TEST(ReportedFraction, CurrenciesMustMatch) {
  EXPECT_THROW((void)ReportedFraction::of(ReportedMoney::exact(eur(1)),
                                          ReportedMoney::exact(Money::from_major(5, currencies::USD))),
               currency_mismatch);
}

TEST(ReportedFraction, PercentRoundingIsExplicit) {
  const auto f = ReportedFraction::exact(Fraction::of(1, 8));  // 12.5%
  EXPECT_EQ(f.percent_text(Language::en, 0, RoundingMode::half_even), "12%");
  EXPECT_EQ(f.percent_text(Language::en, 0, RoundingMode::half_up), "13%");
}
