#include "fundline/ownership/fraction.hpp"

#include <type_traits>

#include <gtest/gtest.h>

using namespace fundline;

TEST(Fraction, DocumentationExample) {
  auto sold = Fraction::of(Money::from_major(105, currencies::EUR), Money::from_major(240, currencies::EUR));
  EXPECT_EQ(fmt::format("{}", sold), "7/16");
  auto kept = Fraction::one() - sold;
  EXPECT_EQ(kept, Fraction::of(9, 16));
  EXPECT_EQ(kept.percent_text(2, RoundingMode::half_even), "56.25");
  EXPECT_EQ(Fraction::of(2, 3).percent_text(1, RoundingMode::half_even), "66.7");
  EXPECT_EQ(Fraction::of(2, 3).rounded(RoundingMode::down), 0);
  EXPECT_EQ(Fraction::of(10, 11).decimal_text(5, RoundingMode::down), "0.90909");
  EXPECT_EQ(Fraction::parse_decimal("0.15"), Fraction::of(3, 20));
}

TEST(Fraction, IsAlwaysReducedWithAPositiveDenominator) {
  const Fraction f = Fraction::of(6, -8);
  EXPECT_EQ(f.numerator(), -3);
  EXPECT_EQ(f.denominator(), 4);
  EXPECT_EQ(f.to_string(), "-3/4");
  EXPECT_EQ(Fraction::of(0, 5).to_string(), "0");
}

TEST(Fraction, ArithmeticIsExact) {
  EXPECT_EQ(Fraction::of(1, 3) + Fraction::of(1, 6), Fraction::of(1, 2));
  EXPECT_EQ(Fraction::of(1, 3) - Fraction::of(1, 2), Fraction::of(-1, 6));
  EXPECT_EQ(Fraction::of(2, 3) * Fraction::of(9, 4), Fraction::of(3, 2));
  EXPECT_EQ(Fraction::of(2, 3) / Fraction::of(4, 9), Fraction::of(3, 2));
  EXPECT_LT(Fraction::of(1, 3), Fraction::of(1, 2));
}

TEST(Fraction, ZeroDenominatorIsAnError) {
  EXPECT_THROW((void)Fraction::of(1, 0), error);
  EXPECT_THROW((void)(Fraction::one() / Fraction()), error);
}

TEST(Fraction, OverflowThrowsInsteadOfWrapping) {
  const Fraction big = Fraction::of(detail::int128_max / 3, 1);
  EXPECT_THROW((void)(big * Fraction::whole(4)), overflow_error);
  EXPECT_THROW((void)(big + big + big + big), overflow_error);
}

TEST(Fraction, NegativeValuesRoundAsAsked) {
  EXPECT_EQ(Fraction::of(-5, 2).rounded(RoundingMode::floor), -3);
  EXPECT_EQ(Fraction::of(-5, 2).decimal_text(1, RoundingMode::half_even), "-2.5");
  EXPECT_EQ(Fraction::of(-1, 8).decimal_text(2, RoundingMode::half_even), "-0.12");
}

TEST(Fraction, AmountsInTwoCurrenciesDoNotDivide) {
  EXPECT_THROW((void)Fraction::of(Money::from_major(1, currencies::EUR), Money::from_major(1, currencies::USD)),
               currency_mismatch);
}

TEST(Fraction, ParsesExactDecimalText) {
  EXPECT_EQ(Fraction::parse_decimal("0.15"), Fraction::of(3, 20));
  EXPECT_EQ(Fraction::parse_decimal("12"), Fraction::whole(12));
  EXPECT_EQ(Fraction::parse_decimal("-1.5"), Fraction::of(-3, 2));
  EXPECT_THROW((void)Fraction::parse_decimal("1.2.3"), parse_error);
  EXPECT_THROW((void)Fraction::parse_decimal("15%"), parse_error);
  EXPECT_THROW((void)Fraction::parse_decimal(""), parse_error);
  EXPECT_THROW((void)Fraction::parse_decimal("1."), parse_error);
}
