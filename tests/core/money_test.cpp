#include "fundline/core/money.hpp"

#include <limits>
#include <sstream>
#include <type_traits>

#include <gtest/gtest.h>

using namespace fundline;

namespace {
const Currency EUR = currencies::EUR;
const Currency USD = currencies::USD;
const Currency JPY = currencies::JPY;
}  // namespace

// Money is a regular, cheap value; nothing converts to it implicitly.
static_assert(std::is_trivially_copyable_v<Money>);
static_assert(!std::is_convertible_v<std::int64_t, Money>);
static_assert(!std::is_convertible_v<double, Money>);
static_assert(!std::is_convertible_v<Money, std::int64_t>);
static_assert(!std::is_convertible_v<Money, double>);
static_assert(!std::is_convertible_v<const char*, Money>);

TEST(Money, DocumentationExample) {
  auto seed = Money::parse("105000000", currencies::EUR);
  auto series = Money::parse("385000000.00", currencies::EUR);
  auto total = seed + series;
  EXPECT_EQ(total.minor_units(), 49000000000);
  EXPECT_EQ(fmt::format("{}", total), "EUR 490000000.00");
  EXPECT_EQ(fmt::format("{:,}", total), "EUR 490,000,000.00");
  EXPECT_EQ(total.to_decimal(), "490000000.00");
  EXPECT_EQ(seed * 2, Money::parse("210000000", EUR));
  EXPECT_NEAR(ratio(series, seed), 3.6667, 1e-4);
  try {
    (void)(seed + Money::parse("1", currencies::USD));
    FAIL() << "expected currency_mismatch";
  } catch (const currency_mismatch& e) {
    EXPECT_STREQ(e.what(), "cannot add EUR 105000000.00 and USD 1.00: currencies differ (EUR vs USD)");
  }
}

TEST(Money, StoresMinorUnits) {
  EXPECT_EQ(Money::parse("105000000", EUR).minor_units(), 10500000000);
  EXPECT_EQ(Money::parse("0.5", EUR).minor_units(), 50);
  EXPECT_EQ(Money::parse("1500", JPY).minor_units(), 1500);
  EXPECT_EQ(Money::from_major(3, currencies::EUR).minor_units(), 300);
}

TEST(Money, ParsesExactDecimals) {
  EXPECT_EQ(Money::parse("105000000.00", EUR), Money::from_minor(10500000000, EUR));
  EXPECT_EQ(Money::parse("0.01", EUR), Money::from_minor(1, EUR));
  EXPECT_EQ(Money::parse("12.5", USD), Money::from_minor(1250, USD));
  EXPECT_EQ(Money::parse("7.000", EUR), Money::from_minor(700, EUR));  // trailing zeros are exact
}

TEST(Money, RejectsNegativeUnlessAsked) {
  EXPECT_THROW((void)Money::parse("-0.5", EUR), parse_error);
  EXPECT_EQ(Money::parse("-0.5", EUR, Sign::any), Money::from_minor(-50, EUR));
}

TEST(Money, RejectsMalformedDecimals) {
  for (const char* bad : {"", "abc", "1,000", "1e6", ".5", "5.", "+5", " 5", "5 ", "1.2.3", "--1", "0x10"}) {
    EXPECT_THROW((void)Money::parse(bad, EUR), parse_error) << bad;
    EXPECT_FALSE(Money::try_parse(bad, EUR).has_value()) << bad;
  }
}

TEST(Money, MalformedDecimalMessageNamesValueAndExpectation) {
  try {
    (void)Money::parse("12.345", EUR);
    FAIL();
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "invalid EUR amount \"12.345\": too many decimal places: at most 2 allowed");
  }
  try {
    (void)Money::parse("1,000", EUR);
    FAIL();
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(),
                 "invalid EUR amount \"1,000\": unexpected character ',' at position 2: expected digits with an "
                 "optional '.' and decimals");
  }
}

TEST(Money, RejectsDecimalsTheCurrencyDoesNotHave) {
  EXPECT_THROW((void)Money::parse("100.5", JPY), parse_error);
  EXPECT_EQ(Money::parse("100", JPY).to_decimal(), "100");
}

TEST(Money, RejectsAmountsOutOfRange) {
  EXPECT_THROW((void)Money::parse("92233720368547758.08", EUR), parse_error);
  EXPECT_THROW((void)Money::parse("99999999999999999999999", EUR), parse_error);
  EXPECT_EQ(Money::parse("92233720368547758.07", EUR).minor_units(), std::numeric_limits<std::int64_t>::max());
  EXPECT_THROW((void)Money::from_major(std::numeric_limits<std::int64_t>::max() / 10, EUR), overflow_error);
}

TEST(Money, AdditionRequiresSameCurrency) {
  EXPECT_THROW((void)(Money::parse("1", EUR) + Money::parse("1", USD)), currency_mismatch);
  EXPECT_THROW((void)(Money::parse("1", EUR) - Money::parse("1", USD)), currency_mismatch);
}

TEST(Money, AdditionAndSubtractionAreExact) {
  EXPECT_EQ(Money::parse("0.10", EUR) + Money::parse("0.20", EUR), Money::parse("0.30", EUR));
  EXPECT_EQ(Money::parse("600000000", EUR) - Money::parse("468000000", EUR), Money::parse("132000000", EUR));
  EXPECT_EQ((-Money::parse("1.50", EUR)).minor_units(), -150);
}

TEST(Money, OverflowInASumThrows) {
  const Money max = Money::from_minor(std::numeric_limits<std::int64_t>::max(), EUR);
  EXPECT_THROW((void)(max + Money::from_minor(1, EUR)), overflow_error);
  EXPECT_THROW((void)(-max - Money::from_minor(2, EUR)), overflow_error);
  EXPECT_THROW((void)(max * 2), overflow_error);
  EXPECT_THROW((void)(-Money::from_minor(std::numeric_limits<std::int64_t>::min(), EUR)), overflow_error);
  try {
    (void)(max + Money::from_minor(1, EUR));
  } catch (const overflow_error& e) {
    EXPECT_STREQ(e.what(), "overflow adding EUR 92233720368547758.07 and EUR 0.01: the result does not fit in int64 "
                           "minor units");
  }
}

TEST(Money, MultipliesByAnInteger) {
  EXPECT_EQ(Money::parse("2.50", EUR) * 3, Money::parse("7.50", EUR));
  EXPECT_EQ(4 * Money::parse("2.50", EUR), Money::parse("10", EUR));
}

TEST(Money, OrdersWithinOneCurrency) {
  EXPECT_LT(Money::parse("105000000", EUR), Money::parse("385000000", EUR));
  EXPECT_GT(Money::parse("0.02", EUR), Money::parse("0.01", EUR));
  EXPECT_THROW((void)(Money::parse("1", EUR) < Money::parse("2", USD)), currency_mismatch);
}

TEST(Money, EqualityComparesAmountAndCurrency) {
  EXPECT_NE(Money::zero(EUR), Money::zero(USD));
  EXPECT_EQ(Money::parse("1.00", EUR), Money::parse("1", EUR));
}

TEST(Money, PrintsCanonicalText) {
  EXPECT_EQ(fmt::format("{}", Money::parse("1090000000", EUR)), "EUR 1090000000.00");
  EXPECT_EQ(fmt::format("{}", Money::from_minor(5, EUR)), "EUR 0.05");
  EXPECT_EQ(fmt::format("{}", Money::from_minor(-5, EUR)), "EUR -0.05");
  EXPECT_EQ(fmt::format("{}", Money::parse("1500", JPY)), "JPY 1500");
  EXPECT_EQ(fmt::format("{:>20}", Money::parse("1", USD)), "            USD 1.00");
  std::ostringstream os;
  os << Money::parse("12.30", USD);
  EXPECT_EQ(os.str(), "USD 12.30");
}

TEST(Money, PrintsTheSmallestAmount) {
  EXPECT_EQ(Money::from_minor(std::numeric_limits<std::int64_t>::min(), EUR).to_decimal(), "-92233720368547758.08");
}

TEST(Money, RatioIsForDisplayAndRequiresOneCurrency) {
  EXPECT_DOUBLE_EQ(ratio(Money::parse("600", EUR), Money::parse("200", EUR)), 3.0);
  EXPECT_THROW((void)ratio(Money::parse("1", EUR), Money::parse("1", USD)), currency_mismatch);
  EXPECT_THROW((void)ratio(Money::parse("1", EUR), Money::zero(EUR)), error);
}

TEST(Money, GroupsThousandsOnRequest) {
  EXPECT_EQ(fmt::format("{:,}", Money::parse("1090000000", EUR)), "EUR 1,090,000,000.00");
  EXPECT_EQ(fmt::format("{:,}", Money::parse("999.99", EUR)), "EUR 999.99");
  EXPECT_EQ(fmt::format("{:,}", Money::parse("1000", JPY)), "JPY 1,000");
  EXPECT_EQ(fmt::format("{:,}", Money::parse("-123456.7", USD, Sign::any)), "USD -123,456.70");
  EXPECT_EQ(fmt::format("{:,>14}", Money::parse("1000", USD)), "  USD 1,000.00");
}

// fundline's one decimal parser, as the columnar loaders call it: exact
// units of 10^-scale up to a limit, or what is wrong and where.
TEST(ScanDecimal, ReadsUnitsOfTheScaleUpToTheLimit) {
  using fundline::detail::scan_decimal;
  using fundline::detail::DecimalProblem;
  std::int64_t v = 0;
  EXPECT_EQ(scan_decimal("1500000", 2, Sign::non_negative, 1'000'000'000, v).problem, DecimalProblem::none);
  EXPECT_EQ(v, 150'000'000);
  EXPECT_EQ(scan_decimal("1500000.5", 2, Sign::non_negative, 1'000'000'000, v).problem, DecimalProblem::none);
  EXPECT_EQ(v, 150'000'050);
  // 999,999,999,999,999,999 (18 digits) and one more digit, against the int64 range.
  constexpr auto int64_limit = static_cast<std::uint64_t>(INT64_MAX);
  EXPECT_EQ(scan_decimal("999999999999999999", 0, Sign::non_negative, int64_limit, v).problem, DecimalProblem::none);
  EXPECT_EQ(v, 999'999'999'999'999'999);
  EXPECT_EQ(scan_decimal("9223372036854775807", 0, Sign::non_negative, int64_limit, v).problem, DecimalProblem::none);
  EXPECT_EQ(v, INT64_MAX);
  const auto over = scan_decimal("9223372036854775808", 0, Sign::non_negative, int64_limit, v);
  EXPECT_EQ(over.problem, DecimalProblem::too_many_digits);
  EXPECT_EQ(over.position, 19u);
  // The limit itself is allowed; one unit more is not, in digits or in the scale's zeros.
  EXPECT_EQ(scan_decimal("1000", 2, Sign::non_negative, 100'000, v).problem, DecimalProblem::none);
  EXPECT_EQ(v, 100'000);
  EXPECT_EQ(scan_decimal("1001", 2, Sign::non_negative, 100'000, v).problem, DecimalProblem::out_of_range);
  EXPECT_EQ(scan_decimal("100001", 0, Sign::non_negative, 100'000, v).problem, DecimalProblem::too_many_digits);
}

TEST(ScanDecimal, NamesTheProblemAndItsPosition) {
  using fundline::detail::scan_decimal;
  using fundline::detail::DecimalProblem;
  std::int64_t v = 0;
  auto problem = [&](std::string_view text, int scale, Sign sign = Sign::non_negative) {
    const auto r = scan_decimal(text, scale, sign, 1'000'000'000, v);
    return std::pair{r.problem, r.position};
  };
  EXPECT_EQ(problem("", 2), std::pair(DecimalProblem::empty, std::size_t{0}));
  EXPECT_EQ(problem("-5", 2), std::pair(DecimalProblem::negative, std::size_t{1}));
  EXPECT_EQ(problem("12a", 2), std::pair(DecimalProblem::bad_character, std::size_t{3}));
  EXPECT_EQ(problem("1.5", 0), std::pair(DecimalProblem::too_many_decimals, std::size_t{3}));
  EXPECT_EQ(problem("1.", 2), std::pair(DecimalProblem::no_decimal_digit, std::size_t{3}));
  EXPECT_EQ(problem(".5", 2), std::pair(DecimalProblem::no_digit, std::size_t{1}));
  EXPECT_EQ(problem("-12.50", 2, Sign::any), std::pair(DecimalProblem::none, std::size_t{0}));
  EXPECT_EQ(v, -1250);
  EXPECT_EQ(problem("1.500", 2), std::pair(DecimalProblem::none, std::size_t{0}));  // extra decimals that are zeros
  EXPECT_EQ(v, 150);
}
