#include "fundline/core/reported.hpp"

#include <type_traits>

#include <gtest/gtest.h>

using namespace fundline;

namespace {
Money eur(std::int64_t major) { return Money::from_major(major, currencies::EUR); }
}  // namespace

static_assert(!std::is_convertible_v<Money, ReportedMoney>);  // a qualifier is always chosen

TEST(ReportedMoney, DocumentationExample) {
  auto e = currencies::EUR;
  auto post = ReportedMoney::more_than(Money::from_major(6'000'000'000, e));
  EXPECT_EQ(fmt::format("{}", post), "more than EUR 6000000000.00");
  EXPECT_EQ(fmt::format("{:,}", post), "more than EUR 6,000,000,000.00");
  EXPECT_EQ(post.qualifier(), Qualifier::more_than);
  EXPECT_EQ(post.value(), Money::from_major(6'000'000'000, e));
  auto a = ReportedMoney::exact(Money::from_major(105'000'000, e));
  EXPECT_EQ(fmt::format("{}", a + ReportedMoney::undisclosed(e)), "at least EUR 105000000.00");
  EXPECT_EQ(fmt::format("{}", ReportedMoney::between(Money::from_major(10, e), Money::from_major(15, e))),
            "between EUR 10.00 and EUR 15.00");
}

TEST(ReportedMoney, PrintsEachQualifierFaithfully) {
  EXPECT_EQ(ReportedMoney::exact(eur(1)).to_string(), "EUR 1.00");
  EXPECT_EQ(ReportedMoney::approximately(eur(15'000'000)).to_string(), "about EUR 15000000.00");
  EXPECT_EQ(ReportedMoney::at_least(eur(6)).to_string(), "at least EUR 6.00");
  EXPECT_EQ(ReportedMoney::more_than(eur(6)).to_string(), "more than EUR 6.00");
  EXPECT_EQ(ReportedMoney::at_most(eur(6)).to_string(), "at most EUR 6.00");
  EXPECT_EQ(ReportedMoney::less_than(eur(6)).to_string(), "less than EUR 6.00");
  EXPECT_EQ(ReportedMoney::undisclosed(currencies::EUR).to_string(), "undisclosed");
}

TEST(ReportedMoney, UndisclosedHasNoValue) {
  const auto u = ReportedMoney::undisclosed(currencies::USD);
  EXPECT_FALSE(u.is_disclosed());
  EXPECT_FALSE(u.value().has_value());
  EXPECT_EQ(u.value_or_zero(), Money::zero(currencies::USD));
  EXPECT_EQ(u.currency(), currencies::USD);
}

TEST(ReportedMoney, BoundsFollowTheQualifier) {
  EXPECT_EQ(ReportedMoney::at_least(eur(6)).low(), eur(6));
  EXPECT_FALSE(ReportedMoney::at_least(eur(6)).high().has_value());
  EXPECT_EQ(ReportedMoney::at_most(eur(6)).low(), eur(0));
  EXPECT_EQ(ReportedMoney::at_most(eur(6)).high(), eur(6));
  EXPECT_FALSE(ReportedMoney::approximately(eur(6)).low().has_value());
  EXPECT_EQ(ReportedMoney::between(eur(1), eur(2)).high(), eur(2));
}

TEST(ReportedMoney, ExactPlusExactIsExact) {
  EXPECT_EQ(ReportedMoney::exact(eur(105'000'000)) + ReportedMoney::exact(eur(385'000'000)),
            ReportedMoney::exact(eur(490'000'000)));
}

TEST(ReportedMoney, AtLeastStaysAtLeast) {
  EXPECT_EQ(ReportedMoney::at_least(eur(6)) + ReportedMoney::exact(eur(1)), ReportedMoney::at_least(eur(7)));
  EXPECT_EQ(ReportedMoney::more_than(eur(6)) + ReportedMoney::exact(eur(1)), ReportedMoney::more_than(eur(7)));
}

TEST(ReportedMoney, ApproximatelyIsContagious) {
  EXPECT_EQ(ReportedMoney::approximately(eur(15)) + ReportedMoney::exact(eur(5)),
            ReportedMoney::approximately(eur(20)));
}

TEST(ReportedMoney, RangesAddEndToEnd) {
  EXPECT_EQ(ReportedMoney::between(eur(10), eur(15)) + ReportedMoney::exact(eur(5)),
            ReportedMoney::between(eur(15), eur(20)));
}

TEST(ReportedMoney, UpperBoundsPlusUndisclosedTellNothing) {
  EXPECT_EQ(ReportedMoney::at_most(eur(5)) + ReportedMoney::undisclosed(currencies::EUR),
            ReportedMoney::undisclosed(currencies::EUR));
}

TEST(ReportedMoney, AdditionRequiresSameCurrency) {
  EXPECT_THROW((void)(ReportedMoney::exact(eur(1)) + ReportedMoney::undisclosed(currencies::USD)), currency_mismatch);
}

TEST(ReportedMoney, RejectsNegativeFiguresAndInvertedRanges) {
  EXPECT_THROW((void)ReportedMoney::exact(Money::from_minor(-1, currencies::EUR)), inconsistent_data);
  EXPECT_THROW((void)ReportedMoney::between(eur(15), eur(10)), inconsistent_data);
}

TEST(ReportedMoney, QualifierNamesRoundTrip) {
  for (auto q : {Qualifier::exact, Qualifier::approximately, Qualifier::at_least, Qualifier::more_than,
                 Qualifier::at_most, Qualifier::less_than, Qualifier::range, Qualifier::undisclosed})
    EXPECT_EQ(try_parse_qualifier(to_string(q)), q);
  EXPECT_FALSE(try_parse_qualifier("roughly").has_value());
}

TEST(ReportedMoney, GroupsThousandsOnRequest) {
  EXPECT_EQ(fmt::format("{:,}", ReportedMoney::exact(eur(1'090'000'000))), "EUR 1,090,000,000.00");
  EXPECT_EQ(fmt::format("{:,}", ReportedMoney::between(eur(10'000), eur(15'000))),
            "between EUR 10,000.00 and EUR 15,000.00");
  EXPECT_EQ(fmt::format("{:,}", ReportedMoney::undisclosed(currencies::EUR)), "undisclosed");
}
