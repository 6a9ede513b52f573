#include "fundline/engine/reported_ratio.hpp"

#include <gtest/gtest.h>

using namespace fundline;

namespace {
Money eur(std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); }
}  // namespace

TEST(ReportedRatio, DocumentationExample) {
  auto up = ReportedRatio::of(ReportedMoney::exact(eur(5800)), ReportedMoney::exact(eur(240)));
  EXPECT_EQ(up.qualifier(), Qualifier::exact);
  EXPECT_DOUBLE_EQ(*up.value(), 5800.0 / 240.0);
  EXPECT_EQ(fmt::format("{}", up), "24.17");
  auto d = ReportedRatio::of(ReportedMoney::exact(eur(468)), ReportedMoney::more_than(eur(6000)));
  EXPECT_EQ(fmt::format("{}", d), "less than 0.078");
  EXPECT_FALSE(ReportedRatio::of(ReportedMoney::exact(eur(1)), ReportedMoney::undisclosed(currencies::EUR)).is_known());
}

TEST(ReportedRatio, AtLeastStaysAtLeast) {
  EXPECT_EQ(fmt::format("{}", ReportedRatio::of(ReportedMoney::at_least(eur(600)), ReportedMoney::exact(eur(300)))),
            "at least 2");
  EXPECT_EQ(fmt::format("{}", ReportedRatio::of(ReportedMoney::more_than(eur(600)), ReportedMoney::exact(eur(300)))),
            "more than 2");
}

TEST(ReportedRatio, LowerBoundedDenominatorGivesAnUpperBound) {
  EXPECT_EQ(fmt::format("{}", ReportedRatio::of(ReportedMoney::exact(eur(600)), ReportedMoney::at_least(eur(300)))),
            "at most 2");
}

TEST(ReportedRatio, TwoLowerBoundsSayNothing) {
  EXPECT_FALSE(ReportedRatio::of(ReportedMoney::at_least(eur(6)), ReportedMoney::at_least(eur(3))).is_known());
}

TEST(ReportedRatio, RangesGiveRanges) {
  const auto r = ReportedRatio::of(ReportedMoney::between(eur(10), eur(15)), ReportedMoney::exact(eur(5)));
  EXPECT_EQ(r.qualifier(), Qualifier::range);
  EXPECT_EQ(fmt::format("{}", r), "between 2 and 3");
  EXPECT_EQ(r.high(), 3.0);
}

TEST(ReportedRatio, AboutIsContagious) {
  EXPECT_EQ(fmt::format("{}", ReportedRatio::of(ReportedMoney::approximately(eur(2000)), ReportedMoney::exact(eur(240)))),
            "about 8.333");
}

TEST(ReportedRatio, DivisionByZeroIsUnknown) {
  EXPECT_FALSE(ReportedRatio::of(ReportedMoney::exact(eur(1)), ReportedMoney::exact(eur(0))).is_known());
}

TEST(ReportedRatio, CurrenciesMustMatch) {
  EXPECT_THROW((void)ReportedRatio::of(ReportedMoney::exact(eur(1)),
                                       ReportedMoney::exact(Money::from_major(1, currencies::USD))),
               currency_mismatch);
}
