#include "fundline/core/rounding.hpp"

#include <gtest/gtest.h>

using namespace fundline;

TEST(RoundingMode, DocumentationExample) {
  EXPECT_EQ(divide_rounded(5, 2, RoundingMode::half_even), 2);
  EXPECT_EQ(divide_rounded(7, 2, RoundingMode::half_even), 4);
  EXPECT_EQ(divide_rounded(5, 2, RoundingMode::half_up), 3);
  EXPECT_EQ(divide_rounded(-5, 2, RoundingMode::half_up), -3);
  EXPECT_EQ(divide_rounded(7, 2, RoundingMode::down), 3);
}

TEST(RoundingMode, ExactQuotientsAreNotRounded) {
  for (auto mode : {RoundingMode::half_even, RoundingMode::half_up, RoundingMode::down, RoundingMode::up,
                    RoundingMode::floor, RoundingMode::ceiling})
    EXPECT_EQ(divide_rounded(-12, 4, mode), -3) << to_string(mode);
}

TEST(RoundingMode, DirectedModes) {
  EXPECT_EQ(divide_rounded(7, 3, RoundingMode::up), 3);
  EXPECT_EQ(divide_rounded(-7, 3, RoundingMode::up), -3);
  EXPECT_EQ(divide_rounded(-7, 3, RoundingMode::down), -2);
  EXPECT_EQ(divide_rounded(-7, 3, RoundingMode::floor), -3);
  EXPECT_EQ(divide_rounded(-7, 3, RoundingMode::ceiling), -2);
  EXPECT_EQ(divide_rounded(7, -3, RoundingMode::floor), -3);
}

TEST(RoundingMode, HalfEvenRoundsTiesToEven) {
  EXPECT_EQ(divide_rounded(25, 10, RoundingMode::half_even), 2);
  EXPECT_EQ(divide_rounded(35, 10, RoundingMode::half_even), 4);
  EXPECT_EQ(divide_rounded(-25, 10, RoundingMode::half_even), -2);
  EXPECT_EQ(divide_rounded(26, 10, RoundingMode::half_even), 3);
}

TEST(RoundingMode, DivisionByZeroIsAnError) {
  EXPECT_THROW((void)divide_rounded(1, 0, RoundingMode::half_even), error);
}
