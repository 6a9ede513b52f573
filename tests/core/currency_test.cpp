#include "fundline/core/currency.hpp"

#include <set>
#include <sstream>
#include <type_traits>

#include <gtest/gtest.h>

using namespace fundline;

static_assert(std::is_trivially_copyable_v<Currency>);
static_assert(sizeof(Currency) == 1);
static_assert(!std::is_convertible_v<const char*, Currency>);
static_assert(!std::is_convertible_v<std::string_view, Currency>);
static_assert(currencies::EUR.exponent() == 2);

TEST(Currency, DocumentationExample) {
  auto eur = Currency::from_code("EUR");
  EXPECT_EQ(eur.code(), "EUR");
  EXPECT_EQ(eur.numeric_code(), 978);
  EXPECT_EQ(eur.exponent(), 2);
  EXPECT_EQ(eur.symbol(), "€");
  EXPECT_EQ(Currency::from_code("JPY").exponent(), 0);
  EXPECT_FALSE(Currency::try_from_code("XYZ").has_value());
  EXPECT_EQ(fmt::format("{}", eur), "EUR");
}

TEST(Currency, KnowsMinorUnitExponents) {
  EXPECT_EQ(Currency::from_code("USD").exponent(), 2);
  EXPECT_EQ(Currency::from_code("KRW").exponent(), 0);
  EXPECT_EQ(Currency::from_code("KWD").exponent(), 3);
  EXPECT_EQ(Currency::from_code("BHD").exponent(), 3);
  EXPECT_EQ(Currency::from_code("ISK").exponent(), 0);
}

TEST(Currency, KnowsNumericCodes) {
  EXPECT_EQ(Currency::from_code("USD").numeric_code(), 840);
  EXPECT_EQ(Currency::from_code("GBP").numeric_code(), 826);
  EXPECT_EQ(Currency::from_code("CHF").numeric_code(), 756);
}

TEST(Currency, CoversEveryCurrencyOfTheEcbFile) {
  for (const char* code : {"USD", "JPY", "BGN", "CYP", "CZK", "DKK", "EEK", "GBP", "HUF", "LTL", "LVL", "MTL",
                           "PLN", "ROL", "RON", "SEK", "SIT", "SKK", "CHF", "ISK", "NOK", "HRK", "RUB", "TRL",
                           "TRY", "AUD", "BRL", "CAD", "CNY", "HKD", "IDR", "ILS", "INR", "KRW", "MXN", "MYR",
                           "NZD", "PHP", "SGD", "THB", "ZAR"})
    EXPECT_TRUE(Currency::try_from_code(code).has_value()) << code;
}

TEST(Currency, CoversOtherCommonCurrencies) {
  for (const char* code : {"EUR", "AED", "SAR", "KWD", "TWD", "NGN", "VND"})
    EXPECT_TRUE(Currency::try_from_code(code).has_value()) << code;
}

TEST(Currency, UnknownCodeIsAnError) {
  EXPECT_THROW((void)Currency::from_code("XYZ"), unknown_currency);
  EXPECT_THROW((void)Currency::from_code("eur"), unknown_currency);
  EXPECT_THROW((void)Currency::from_code(""), unknown_currency);
  try {
    (void)Currency::from_code("EURO");
  } catch (const unknown_currency& e) {
    EXPECT_STREQ(e.what(), "unknown currency code \"EURO\": expected an ISO 4217 code such as EUR or USD");
  }
}

TEST(Currency, CodesAndNumericCodesAreUnique) {
  std::set<std::uint16_t> numerics;
  for (std::size_t i = 0; i < Currency::count(); ++i) {
    const Currency c = Currency::at(i);
    EXPECT_TRUE(numerics.insert(c.numeric_code()).second) << c.code();
    EXPECT_EQ(Currency::from_code(c.code()), c);
  }
}

TEST(Currency, StreamsThroughTheFormatter) {
  std::ostringstream os;
  os << currencies::USD;
  EXPECT_EQ(os.str(), "USD");
}
