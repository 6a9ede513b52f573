#include "fundline/text/money_text.hpp"

#include <gtest/gtest.h>

using namespace fundline;

namespace {
Money eur(std::int64_t units) { return Money::from_major(units, currencies::EUR); }
Money usd(std::int64_t units) { return Money::from_major(units, currencies::USD); }
Money gbp(std::int64_t units) { return Money::from_major(units, currencies::GBP); }
Money eur_cents(std::int64_t cents) { return Money::from_minor(cents, currencies::EUR); }
constexpr auto en = Language::en;
constexpr auto fr = Language::fr;
}  // namespace

TEST(MoneyText, DocumentationExample) {
  EXPECT_EQ(format_money(eur(1'090'000'000), en), "€1,090,000,000.00");
  EXPECT_EQ(format_money(eur(1'090'000'000), fr), "1\u202F090\u202F000\u202F000,00\u00A0€");
  EXPECT_EQ(format_compact(eur(1'090'000'000), en), "€1.09B");
  EXPECT_EQ(format_compact(eur(600'000'000), fr), "600\u00A0M€");
  EXPECT_EQ(format_compact(eur(999'950'000), en), "€1B");
  EXPECT_EQ(format_prose(eur(1'090'000'000), fr), "1,09\u00A0milliard d’euros");
  EXPECT_EQ(format_prose(eur(2'000'000'000), fr), "2\u00A0milliards d’euros");
  EXPECT_EQ(format_reported(ReportedMoney::more_than(eur(6'000'000'000)), fr), "plus de 6\u00A0Md€");
  EXPECT_EQ(format_reported(ReportedMoney::between(eur(10'000'000), eur(15'000'000)), en), "€10M–15M");
}

TEST(MoneyText, FullAmountsGroupThousands) {
  EXPECT_EQ(format_money(eur_cents(0), en), "€0.00");
  EXPECT_EQ(format_money(eur_cents(5), en), "€0.05");
  EXPECT_EQ(format_money(eur_cents(123456), en), "€1,234.56");
  EXPECT_EQ(format_money(eur_cents(12345), fr), "123,45\u00A0€");
  EXPECT_EQ(format_money(usd(16'300'000), en), "$16,300,000.00");
  EXPECT_EQ(format_money(Money::from_major(1500, currencies::JPY), en), "¥1,500");
  EXPECT_EQ(format_money(Money::parse("1.234", Currency::from_code("KWD")), en), "KWD\u00A01.234");
}

TEST(MoneyText, FullAmountsNameCurrenciesWithoutSymbolByCode) {
  EXPECT_EQ(format_money(Money::from_major(1000, currencies::CHF), en), "CHF\u00A01,000.00");
  EXPECT_EQ(format_money(Money::from_major(1000, currencies::CHF), fr), "1\u202F000,00\u00A0CHF");
}

TEST(MoneyText, FullAmountsKeepTheSignInFront) {
  EXPECT_EQ(format_money(eur_cents(-500), en), "-€5.00");
  EXPECT_EQ(format_money(eur_cents(-500), fr), "-5,00\u00A0€");
  EXPECT_EQ(format_money(Money::from_minor(std::numeric_limits<std::int64_t>::min(), currencies::EUR), en),
            "-€92,233,720,368,547,758.08");
}

TEST(MoneyText, CompactUsesThreeSignificantDigits) {
  EXPECT_EQ(format_compact(eur(600'000'000), en), "€600M");
  EXPECT_EQ(format_compact(usd(16'300'000), en), "$16.3M");
  EXPECT_EQ(format_compact(gbp(500'000), en), "£500K");
  EXPECT_EQ(format_compact(eur(123'456'789), en), "€123M");
  EXPECT_EQ(format_compact(eur(1'234), en), "€1.23K");
  EXPECT_EQ(format_compact(eur(950), en), "€950");
  EXPECT_EQ(format_compact(eur_cents(1234), en), "€12.3");
  EXPECT_EQ(format_compact(eur(2'500'000'000'000), en), "€2.5T");
  EXPECT_EQ(format_compact(eur(0), en), "€0");
}

TEST(MoneyText, CompactRoundsHalfToEven) {
  EXPECT_EQ(format_compact(eur(1'085'000'000), en), "€1.08B");
  EXPECT_EQ(format_compact(eur(1'095'000'000), en), "€1.1B");
  EXPECT_EQ(format_compact(eur(1'085'000'001), en), "€1.09B");
  EXPECT_EQ(format_compact(eur(1'085'000'000), en, RoundingMode::half_up), "€1.09B");
  EXPECT_EQ(format_compact(eur(1'089'999'999), en, RoundingMode::down), "€1.08B");
}

TEST(MoneyText, CompactFloorAndCeilingRoundNegativeAmountsByValue) {
  // -12,345.67: floor goes toward minus infinity, ceiling toward zero.
  EXPECT_EQ(format_compact(eur_cents(-1'234'567), en, RoundingMode::floor), "-€12.4K");
  EXPECT_EQ(format_compact(eur_cents(-1'234'567), en, RoundingMode::ceiling), "-€12.3K");
  EXPECT_EQ(format_compact(eur_cents(1'234'567), en, RoundingMode::floor), "€12.3K");
}

TEST(MoneyText, CompactRoundingCarriesToTheNextUnit) {
  EXPECT_EQ(format_compact(eur(999'950'000), en), "€1B");
  EXPECT_EQ(format_compact(eur(999'950'000), fr), "1\u00A0Md€");
  EXPECT_EQ(format_compact(eur(999'500), en), "€1M");
  EXPECT_EQ(format_compact(eur_cents(99'950), en), "€1K");
  EXPECT_EQ(format_compact(eur(999'400), en), "€999K");
}

TEST(MoneyText, CompactFrenchUnitsAndSpacing) {
  EXPECT_EQ(format_compact(eur(1'090'000'000), fr), "1,09\u00A0Md€");
  EXPECT_EQ(format_compact(eur(15'000'000), fr), "15\u00A0M€");
  EXPECT_EQ(format_compact(eur(500'000), fr), "500\u00A0k€");
  EXPECT_EQ(format_compact(usd(16'300'000), fr), "16,3\u00A0M$");
  EXPECT_EQ(format_compact(eur(950), fr), "950\u00A0€");
  EXPECT_EQ(format_compact(Money::from_major(1'500'000, currencies::CHF), fr), "1,5\u00A0M\u00A0CHF");
  EXPECT_EQ(format_compact(Money::from_major(1'500'000, currencies::CHF), en), "CHF\u00A01.5M");
}

TEST(MoneyText, ProseFrenchPluralsAndElision) {
  EXPECT_EQ(format_prose(eur(600'000'000), fr), "600\u00A0millions d’euros");
  EXPECT_EQ(format_prose(eur(1'000'000), fr), "1\u00A0million d’euros");
  EXPECT_EQ(format_prose(eur(1'500'000), fr), "1,5\u00A0million d’euros");
  EXPECT_EQ(format_prose(usd(15'000'000), fr), "15\u00A0millions de dollars");
  EXPECT_EQ(format_prose(gbp(2'000'000'000), fr), "2\u00A0milliards de livres sterling");
  EXPECT_EQ(format_prose(Money::from_major(15'000'000, currencies::CHF), fr), "15\u00A0millions de francs suisses");
  EXPECT_EQ(format_prose(Money::from_major(15'000'000, Currency::from_code("PLN")), fr), "15\u00A0millions de PLN");
}

TEST(MoneyText, ProseBelowAMillionIsWrittenInFull) {
  EXPECT_EQ(format_prose(eur(500'000), fr), "500\u202F000\u00A0euros");
  EXPECT_EQ(format_prose(eur(1), fr), "1\u00A0euro");
  EXPECT_EQ(format_prose(eur_cents(1250), fr), "12,50\u00A0euros");
  EXPECT_EQ(format_prose(eur(500'000), en), "€500,000");
}

TEST(MoneyText, ProseEnglish) {
  EXPECT_EQ(format_prose(eur(1'090'000'000), en), "€1.09 billion");
  EXPECT_EQ(format_prose(usd(16'300'000), en), "$16.3 million");
}

TEST(MoneyText, ReportedQualifiersInBothLanguages) {
  const auto six = eur(6'000'000'000);
  EXPECT_EQ(format_reported(ReportedMoney::more_than(six), en), "more than €6B");
  EXPECT_EQ(format_reported(ReportedMoney::approximately(usd(2'000'000'000)), en), "about $2B");
  EXPECT_EQ(format_reported(ReportedMoney::approximately(usd(2'000'000'000)), fr), "environ 2\u00A0Md$");
  EXPECT_EQ(format_reported(ReportedMoney::at_least(six), en), "at least €6B");
  EXPECT_EQ(format_reported(ReportedMoney::at_least(six), fr), "au moins 6\u00A0Md€");
  EXPECT_EQ(format_reported(ReportedMoney::at_most(six), en), "at most €6B");
  EXPECT_EQ(format_reported(ReportedMoney::at_most(six), fr), "au plus 6\u00A0Md€");
  EXPECT_EQ(format_reported(ReportedMoney::less_than(six), fr), "moins de 6\u00A0Md€");
  EXPECT_EQ(format_reported(ReportedMoney::exact(six), en), "€6B");
  EXPECT_EQ(format_reported(ReportedMoney::undisclosed(currencies::EUR), en), "undisclosed");
  EXPECT_EQ(format_reported(ReportedMoney::undisclosed(currencies::EUR), fr), "non communiqué");
}

TEST(MoneyText, ReportedRanges) {
  const auto range = ReportedMoney::between(eur(10'000'000), eur(15'000'000));
  EXPECT_EQ(format_reported(range, fr), "10–15\u00A0M€");
  EXPECT_EQ(format_reported(ReportedMoney::between(eur(500'000), eur(1'200'000)), en), "€500K–€1.2M");
  EXPECT_EQ(format_reported(ReportedMoney::between(eur(500'000), eur(1'200'000)), fr), "500\u00A0k€–1,2\u00A0M€");
  EXPECT_EQ(format_reported(range, fr, MoneyStyle::prose), "entre 10\u00A0millions d’euros et 15\u00A0millions d’euros");
  EXPECT_EQ(format_reported(range, en, MoneyStyle::full), "€10,000,000.00–€15,000,000.00");
}

TEST(MoneyText, ReportedInProse) {
  EXPECT_EQ(format_reported(ReportedMoney::more_than(eur(6'000'000'000)), fr, MoneyStyle::prose),
            "plus de 6\u00A0milliards d’euros");
}

TEST(MoneyText, FrenchProseNamesTheSwissFranc) {
  EXPECT_EQ(format_prose(Money::from_major(1'040'000'000, currencies::CHF), Language::fr),
            "1,04\u00A0milliard de francs suisses");
}
