#include "fundline/text/amount_parser.hpp"

#include <gtest/gtest.h>

using namespace fundline;

namespace {
Money m(std::string_view decimal, std::string_view code) { return Money::parse(decimal, Currency::from_code(code)); }
std::string error_of(std::string_view text) {
  try {
    (void)parse_compact_amount(text);
  } catch (const parse_error& e) {
    return e.what();
  }
  return "no error";
}
}  // namespace

TEST(AmountParser, DocumentationExample) {
  EXPECT_EQ(parse_compact_amount("$1.2B"), m("1200000000.00", "USD"));
  EXPECT_EQ(parse_compact_amount("€105M"), m("105000000.00", "EUR"));
  EXPECT_EQ(parse_compact_amount("1,09 Md€"), m("1090000000.00", "EUR"));
  EXPECT_EQ(parse_compact_amount("600 millions d'euros"), m("600000000.00", "EUR"));
  EXPECT_EQ(parse_compact_amount("¥1.2B"), m("1200000000", "JPY"));
  EXPECT_EQ(parse_compact_amount("2.5M", currencies::GBP), m("2500000.00", "GBP"));
  EXPECT_EQ(parse_reported_amount("", currencies::USD), ReportedMoney::undisclosed(currencies::USD));
  EXPECT_EQ(parse_reported_amount("more than €6B", currencies::USD),
            ReportedMoney::more_than(m("6000000000", "EUR")));
  EXPECT_EQ(try_parse_compact_amount("12 apples"), std::nullopt);
}

TEST(AmountParser, ReadsCrunchbaseWebAmounts) {
  EXPECT_EQ(parse_compact_amount("$180M"), m("180000000", "USD"));
  EXPECT_EQ(parse_compact_amount("$2.3B"), m("2300000000", "USD"));
  EXPECT_EQ(parse_compact_amount("€8.8M"), m("8800000", "EUR"));
  EXPECT_EQ(parse_compact_amount("£500K"), m("500000", "GBP"));
  EXPECT_EQ(parse_compact_amount("₹100M"), m("100000000", "INR"));
  EXPECT_EQ(parse_compact_amount("CN¥50M"), m("50000000", "CNY"));
  EXPECT_EQ(parse_compact_amount("CA$5M"), m("5000000", "CAD"));
  EXPECT_EQ(parse_compact_amount("$180,000,000"), m("180000000", "USD"));
}

TEST(AmountParser, ReadsIsoCodesBeforeOrAfter) {
  EXPECT_EQ(parse_compact_amount("EUR 105M"), m("105000000", "EUR"));
  EXPECT_EQ(parse_compact_amount("105M EUR"), m("105000000", "EUR"));
  EXPECT_EQ(parse_compact_amount("CHF 1.5bn"), m("1500000000", "CHF"));
  EXPECT_EQ(parse_compact_amount("$5M USD"), m("5000000", "USD"));
}

TEST(AmountParser, ReadsFrenchForms) {
  EXPECT_EQ(parse_compact_amount("1,09 milliard d'euros"), m("1090000000", "EUR"));
  EXPECT_EQ(parse_compact_amount("un milliard d'euros"), m("1000000000", "EUR"));
  EXPECT_EQ(parse_compact_amount("2 milliards de dollars"), m("2000000000", "USD"));
  EXPECT_EQ(parse_compact_amount("385 M€"), m("385000000", "EUR"));
  EXPECT_EQ(parse_compact_amount("500 k€"), m("500000", "EUR"));
  EXPECT_EQ(parse_compact_amount("1,5 Md€"), m("1500000000", "EUR"));
  EXPECT_EQ(parse_compact_amount("600 000 €"), m("600000", "EUR"));
  EXPECT_EQ(parse_compact_amount("15\xC2\xA0M€"), m("15000000", "EUR"));
}

TEST(AmountParser, ReadsSeparators) {
  EXPECT_EQ(parse_compact_amount("$1,500M"), m("1500000000", "USD"));
  EXPECT_EQ(parse_compact_amount("€1.234,5K"), m("1234500", "EUR"));
  EXPECT_EQ(parse_compact_amount("€1,5M"), m("1500000", "EUR"));
  EXPECT_EQ(parse_compact_amount("$0.25"), m("0.25", "USD"));
}

TEST(AmountParser, IsExactBeyondDoublePrecision) {
  // 2^53 + 1 cents: a double would round it to an even neighbour.
  EXPECT_EQ(parse_compact_amount("$90,071,992,547,409.93").minor_units(), 9007199254740993);
  EXPECT_EQ(parse_compact_amount("$1.2345678901234T"), m("1234567890123.40", "USD"));
}

TEST(AmountParser, RefusesDigitsBeyondTheMinorUnits) {
  EXPECT_EQ(error_of("¥1.2345K"),
            "invalid amount \"¥1.2345K\": more digits than JPY has minor units (0 decimal places) after scaling: "
            "expected a whole number of minor units, not a rounding");
  EXPECT_EQ(parse_compact_amount("¥1.2000K"), m("1200", "JPY"));
  EXPECT_NE(error_of("$0.001"), "no error");
}

TEST(AmountParser, RefusesNegativeOverflowingAndUnknown) {
  EXPECT_EQ(error_of("-$5M"), "invalid amount \"-$5M\": negative amount: a raised amount or valuation is never negative");
  EXPECT_EQ(error_of("$-5M"), "invalid amount \"$-5M\": negative amount: a raised amount or valuation is never negative");
  EXPECT_EQ(error_of("$100000T"), "invalid amount \"$100000T\": amount out of range: does not fit in int64 minor units");
  EXPECT_EQ(error_of("$" + std::string(40, '9')),
            "invalid amount \"$" + std::string(40, '9') + "\": amount out of range: too many digits for int64 minor units");
  EXPECT_THROW((void)parse_compact_amount("XYZ 5M"), unknown_currency);
  EXPECT_EQ(error_of("5M"), "invalid amount \"5M\": no currency: expected a symbol ($, €, £, ¥, ₹) or an ISO code such as EUR");
  EXPECT_EQ(error_of("$5M EUR"), "invalid amount \"$5M EUR\": two currencies (USD and EUR)");
  EXPECT_EQ(error_of(""), "invalid amount \"\": empty: expected an amount such as $1.2B or 105M EUR");
  EXPECT_EQ(error_of("$1,23,4M"), "invalid amount \"$1,23,4M\": commas neither group thousands nor mark decimals: expected 1,234,567 or 1,5");
  EXPECT_NE(error_of("$5 apples"), "no error");
  EXPECT_NE(error_of("$"), "no error");
  EXPECT_NE(error_of("$1..2M"), "no error");
}

TEST(AmountParser, ReadsQualifiers) {
  EXPECT_EQ(parse_reported_amount("about $2B", currencies::EUR), ReportedMoney::approximately(m("2000000000", "USD")));
  EXPECT_EQ(parse_reported_amount("plus de 6 milliards d'euros", currencies::EUR),
            ReportedMoney::more_than(m("6000000000", "EUR")));
  EXPECT_EQ(parse_reported_amount("up to €10M", currencies::EUR), ReportedMoney::at_most(m("10000000", "EUR")));
  EXPECT_EQ(parse_reported_amount(" — ", currencies::GBP), ReportedMoney::undisclosed(currencies::GBP));
}
