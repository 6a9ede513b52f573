// Dated, exact currency conversion with the bundled ECB history: one amount,
// a cross rate, both rounding modes, and the errors a careful program handles.
#include <fmt/format.h>

#include <fundline/fundline.hpp>

int main() {
  using namespace fundline;
  const RateTable& ecb = RateTable::bundled();  // embedded, no file or configuration needed
  fmt::print("ECB reference rates {} .. {} ({})\n\n", to_iso(ecb.first_day()), to_iso(ecb.last_day()), ecb.source());

  // Microsoft's EUR 15M convertible in Mistral AI, at the rate of its date.
  const Date feb26 = parse_date("2024-02-26");
  fmt::print("{}\n", ecb.convert_detailed(Money::parse("15000000", currencies::EUR), currencies::USD, feb26));

  // A cross rate goes through EUR in one exact step, rounded once.
  const Date june11 = parse_date("2024-06-11");
  fmt::print("{}\n", ecb.convert_detailed(Money::parse("1000000", currencies::GBP), currencies::USD, june11));

  // EUR 5.00 x 1.073 = USD 5.365 exactly: the rounding mode decides.
  const Money five = Money::parse("5", currencies::EUR);
  fmt::print("{} -> {} (half_even), {} (half_up)\n", five, ecb.convert(five, currencies::USD, june11),
             ecb.convert(five, currencies::USD, june11, RoundingMode::half_up));

  // A weekend uses Friday's fixing, and says so.
  fmt::print("{}\n", ecb.rate(currencies::USD, parse_date("2024-06-15")));

  // Conversions that cannot be made are errors naming currency and date.
  for (const char* when : {"1998-12-31", "2025-09-09"}) {
    try {
      (void)ecb.convert(five, currencies::USD, parse_date(when));
    } catch (const fx_error& e) {
      fmt::print("error: {}\n", e.what());
    }
  }
  try {
    (void)ecb.convert(five, Currency::from_code("CYP"), june11);  // retired in 2008
  } catch (const fx_error& e) {
    fmt::print("error: {}\n", e.what());
  }

  // Past the table's end only when asked, and marked stale.
  const RateTable lenient = ecb.accepting_dates_past_end();
  fmt::print("{}\n", lenient.convert_detailed(five, currencies::USD, parse_date("2025-05-12")));
  return 0;
}
