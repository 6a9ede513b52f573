// fundline/core/currency.hpp - ISO 4217 currencies.
//
// A Currency is a small, trivially copyable handle into a built-in table of
// ISO 4217 currencies: alphabetic code, numeric code, minor-unit exponent and
// a display symbol. The table covers every currency of the ECB reference-rate
// history (including retired ones such as CYP or TRL) and the other common
// ones. An unknown code is an error, never a silent default.
//
// Validity policy: Currency::from_code throws fundline::unknown_currency;
// Currency::try_from_code returns std::nullopt. A default-constructed
// Currency is EUR, so that containers of Money stay regular.
//
//   auto eur = fundline::Currency::from_code("EUR");
//   eur.code();          // "EUR"
//   eur.numeric_code();  // 978
//   eur.exponent();      // 2 (cents)
//   eur.symbol();        // "€"
//   fundline::Currency::from_code("JPY").exponent();   // 0
//   fundline::Currency::try_from_code("XYZ");          // std::nullopt
//   fmt::format("{}", eur);                            // "EUR"
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "fundline/core/error.hpp"

namespace fundline {

struct CurrencyInfo {
  std::string_view code;     // ISO 4217 alphabetic code
  std::uint16_t numeric;     // ISO 4217 numeric code
  std::uint8_t exponent;     // minor-unit exponent: 2 for cents, 0 for JPY
  std::string_view symbol;   // display symbol; the code when none is common
  std::string_view name;     // English name
};

namespace detail {
// Sorted by code so that look-ups are a binary search.
inline constexpr std::array<CurrencyInfo, 63> currency_table{{
    {"AED", 784, 2, "AED", "UAE dirham"},
    {"ARS", 32, 2, "ARS", "Argentine peso"},
    {"AUD", 36, 2, "A$", "Australian dollar"},
    {"BGN", 975, 2, "BGN", "Bulgarian lev"},
    {"BHD", 48, 3, "BHD", "Bahraini dinar"},
    {"BRL", 986, 2, "R$", "Brazilian real"},
    {"CAD", 124, 2, "CA$", "Canadian dollar"},
    {"CHF", 756, 2, "CHF", "Swiss franc"},
    {"CLP", 152, 0, "CLP", "Chilean peso"},
    {"CNY", 156, 2, "CN¥", "Chinese yuan renminbi"},
    {"COP", 170, 2, "COP", "Colombian peso"},
    {"CYP", 196, 2, "CYP", "Cypriot pound (retired 2008)"},
    {"CZK", 203, 2, "CZK", "Czech koruna"},
    {"DKK", 208, 2, "DKK", "Danish krone"},
    {"EEK", 233, 2, "EEK", "Estonian kroon (retired 2011)"},
    {"EGP", 818, 2, "EGP", "Egyptian pound"},
    {"EUR", 978, 2, "€", "euro"},
    {"GBP", 826, 2, "£", "pound sterling"},
    {"HKD", 344, 2, "HK$", "Hong Kong dollar"},
    {"HRK", 191, 2, "HRK", "Croatian kuna (retired 2023)"},
    {"HUF", 348, 2, "HUF", "Hungarian forint"},
    {"IDR", 360, 2, "IDR", "Indonesian rupiah"},
    {"ILS", 376, 2, "₪", "Israeli new shekel"},
    {"INR", 356, 2, "₹", "Indian rupee"},
    {"ISK", 352, 0, "ISK", "Icelandic krona"},
    {"JOD", 400, 3, "JOD", "Jordanian dinar"},
    {"JPY", 392, 0, "¥", "Japanese yen"},
    {"KES", 404, 2, "KES", "Kenyan shilling"},
    {"KRW", 410, 0, "₩", "South Korean won"},
    {"KWD", 414, 3, "KWD", "Kuwaiti dinar"},
    {"LTL", 440, 2, "LTL", "Lithuanian litas (retired 2015)"},
    {"LVL", 428, 2, "LVL", "Latvian lats (retired 2014)"},
    {"MAD", 504, 2, "MAD", "Moroccan dirham"},
    {"MTL", 470, 2, "MTL", "Maltese lira (retired 2008)"},
    {"MXN", 484, 2, "MX$", "Mexican peso"},
    {"MYR", 458, 2, "MYR", "Malaysian ringgit"},
    {"NGN", 566, 2, "₦", "Nigerian naira"},
    {"NOK", 578, 2, "NOK", "Norwegian krone"},
    {"NZD", 554, 2, "NZ$", "New Zealand dollar"},
    {"OMR", 512, 3, "OMR", "Omani rial"},
    {"PEN", 604, 2, "PEN", "Peruvian sol"},
    {"PHP", 608, 2, "₱", "Philippine peso"},
    {"PKR", 586, 2, "PKR", "Pakistani rupee"},
    {"PLN", 985, 2, "PLN", "Polish zloty"},
    {"QAR", 634, 2, "QAR", "Qatari riyal"},
    {"ROL", 642, 2, "ROL", "Romanian leu (retired 2005)"},
    {"RON", 946, 2, "RON", "Romanian leu"},
    {"RUB", 643, 2, "RUB", "Russian rouble"},
    {"SAR", 682, 2, "SAR", "Saudi riyal"},
    {"SEK", 752, 2, "SEK", "Swedish krona"},
    {"SGD", 702, 2, "S$", "Singapore dollar"},
    {"SIT", 705, 2, "SIT", "Slovenian tolar (retired 2007)"},
    {"SKK", 703, 2, "SKK", "Slovak koruna (retired 2009)"},
    {"THB", 764, 2, "THB", "Thai baht"},
    {"TRL", 792, 0, "TRL", "Turkish lira (retired 2005)"},
    {"TRY", 949, 2, "TRY", "Turkish lira"},
    {"TWD", 901, 2, "NT$", "New Taiwan dollar"},
    {"UAH", 980, 2, "UAH", "Ukrainian hryvnia"},
    {"USD", 840, 2, "$", "US dollar"},
    {"VND", 704, 0, "VND", "Vietnamese dong"},
    {"XOF", 952, 0, "XOF", "CFA franc BCEAO"},
    {"ZAR", 710, 2, "ZAR", "South African rand"},
    {"ZMW", 967, 2, "ZMW", "Zambian kwacha"},
}};

constexpr bool currency_table_sorted() {
  for (std::size_t i = 1; i < currency_table.size(); ++i)
    if (!(currency_table[i - 1].code < currency_table[i].code)) return false;
  return true;
}
static_assert(currency_table_sorted(), "currency_table must be sorted by code");

constexpr std::optional<std::uint8_t> currency_index(std::string_view code) noexcept {
  std::size_t lo = 0, hi = currency_table.size();
  while (lo < hi) {
    std::size_t mid = (lo + hi) / 2;
    if (currency_table[mid].code < code) lo = mid + 1;
    else hi = mid;
  }
  if (lo < currency_table.size() && currency_table[lo].code == code)
    return static_cast<std::uint8_t>(lo);
  return std::nullopt;
}
inline constexpr std::uint8_t euro_index = *currency_index("EUR");
}  // namespace detail

class Currency {
 public:
  constexpr Currency() noexcept : index_(detail::euro_index) {}

  [[nodiscard]] static constexpr std::optional<Currency> try_from_code(std::string_view code) noexcept {
    if (auto i = detail::currency_index(code)) return Currency(*i);
    return std::nullopt;
  }
  [[nodiscard]] static Currency from_code(std::string_view code) {
    if (auto c = try_from_code(code)) return *c;
    throw unknown_currency("unknown currency code \"" + std::string(code) +
                           "\": expected an ISO 4217 code such as EUR or USD");
  }
  // Every currency in the table, in code order.
  [[nodiscard]] static constexpr std::size_t count() noexcept { return detail::currency_table.size(); }
  [[nodiscard]] static constexpr Currency at(std::size_t i) noexcept { return Currency(static_cast<std::uint8_t>(i)); }

  [[nodiscard]] constexpr std::string_view code() const noexcept { return info().code; }
  [[nodiscard]] constexpr std::uint16_t numeric_code() const noexcept { return info().numeric; }
  [[nodiscard]] constexpr int exponent() const noexcept { return info().exponent; }
  [[nodiscard]] constexpr std::string_view symbol() const noexcept { return info().symbol; }
  [[nodiscard]] constexpr std::string_view name() const noexcept { return info().name; }
  [[nodiscard]] constexpr const CurrencyInfo& info() const noexcept { return detail::currency_table[index_]; }
  // Position in the table: a dense small code for columnar storage.
  [[nodiscard]] constexpr std::uint8_t index() const noexcept { return index_; }

  friend constexpr bool operator==(Currency, Currency) noexcept = default;
  // Orders by alphabetic code.
  friend constexpr auto operator<=>(Currency, Currency) noexcept = default;

 private:
  constexpr explicit Currency(std::uint8_t index) noexcept : index_(index) {}
  std::uint8_t index_;
};

// The currencies used throughout examples and tests.
namespace currencies {
inline constexpr Currency EUR = *Currency::try_from_code("EUR");
inline constexpr Currency USD = *Currency::try_from_code("USD");
inline constexpr Currency GBP = *Currency::try_from_code("GBP");
inline constexpr Currency JPY = *Currency::try_from_code("JPY");
inline constexpr Currency CHF = *Currency::try_from_code("CHF");
}  // namespace currencies

}  // namespace fundline

template <>
struct fmt::formatter<fundline::Currency> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(fundline::Currency c, FormatContext& ctx) const {
    return fmt::formatter<std::string_view>::format(c.code(), ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, Currency c) { return os << fmt::format("{}", c); }
}  // namespace fundline
