#include "fundline/text/money_text.hpp"

#include <cstdint>
#include <string>
#include <string_view>

#include <fmt/format.h>

namespace fundline {
namespace {

constexpr std::string_view en_dash = "\u2013";

int128 power_of_ten(int exponent) {
  int128 p = 1;
  for (int i = 0; i < exponent; ++i) p *= 10;
  return p;
}

std::string digits_of(int128 v) {
  if (v == 0) return "0";
  std::string out;
  for (; v > 0; v /= 10) out.insert(out.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
  return out;
}

int digit_count(int128 v) {
  int n = 1;
  for (; v >= 10; v /= 10) ++n;
  return n;
}

std::string group_thousands(const std::string& digits, std::string_view separator) {
  std::string out;
  const std::size_t n = digits.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i != 0 && (n - i) % 3 == 0) out += separator;
    out += digits[i];
  }
  return out;
}

std::string_view group_separator(Language lang) { return lang == Language::fr ? narrow_no_break_space : ","; }
char decimal_separator(Language lang) { return lang == Language::fr ? ',' : '.'; }

// `units` of 10^-scale as localized decimal text: grouped integer part,
// and when trim is set, no trailing fractional zeros.
std::string localized_decimal(int128 units, int scale, Language lang, bool trim) {
  const int128 p = power_of_ten(scale);
  std::string out = group_thousands(digits_of(units / p), group_separator(lang));
  if (scale == 0) return out;
  std::string frac = digits_of(units % p);
  frac.insert(0, static_cast<std::size_t>(scale) - frac.size(), '0');
  if (trim) {
    while (!frac.empty() && frac.back() == '0') frac.pop_back();
    if (frac.empty()) return out;
  }
  return out + decimal_separator(lang) + frac;
}

// A symbol of its own ("€", "A$"), as opposed to a currency written by code.
bool has_symbol(Currency c) { return c.symbol() != c.code(); }

// One UTF-8 code point: "€", "$", "£", "¥" join the unit in French ("M€").
bool single_code_point(std::string_view s) {
  if (s.empty()) return false;
  const auto lead = static_cast<unsigned char>(s[0]);
  const std::size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  return s.size() == len;
}

// Puts the symbol or code around a localized number. `unit` sits between
// the number and the symbol: "€" "1.09" "B" -> "€1.09B"; fr "1,09" "Md" -> "1,09 Md€".
std::string attach_currency(Currency c, const std::string& number, std::string_view unit, Language lang,
                            bool negative) {
  const std::string sign = negative ? "-" : "";
  if (lang == Language::en) {
    if (has_symbol(c)) return fmt::format("{}{}{}{}", sign, c.symbol(), number, unit);
    return fmt::format("{}{}{}{}{}", sign, c.code(), no_break_space, number, unit);
  }
  if (unit.empty()) return fmt::format("{}{}{}{}", sign, number, no_break_space, c.symbol());
  if (single_code_point(c.symbol())) return fmt::format("{}{}{}{}{}", sign, number, no_break_space, unit, c.symbol());
  return fmt::format("{}{}{}{}{}{}", sign, number, no_break_space, unit, no_break_space, c.symbol());
}

// The magnitude of m rounded to three significant digits, in minor units.
int128 round_significant(Money m, RoundingMode mode) {
  const int128 value = m.minor_units();
  const int128 v = value < 0 ? -value : value;
  const int digits = digit_count(v);
  if (digits <= 3) return v;
  const int128 step = power_of_ten(digits - 3);
  // Rounded with its sign, so that floor and ceiling keep their direction.
  const int128 rounded = divide_rounded(value, step, mode) * step;
  return rounded < 0 ? -rounded : rounded;
}

// A rounded amount split into a number and a power of a thousand.
struct Scaled {
  int128 rounded;  // minor units, three significant digits at most
  int power;       // 0, 3, 6, 9 or 12
};

Scaled scale_of(Money m, RoundingMode mode) {
  const int128 r = round_significant(m, mode);
  const int e = m.currency().exponent();
  int power = 12;
  while (power > 0 && r < power_of_ten(e + power)) power -= 3;
  return {r, power};
}

std::string_view compact_unit(int power, Language lang) {
  const bool fr = lang == Language::fr;
  switch (power) {
    case 3: return fr ? "k" : "K";
    case 6: return "M";
    case 9: return fr ? "Md" : "B";
    case 12: return fr ? "Bn" : "T";
    default: return "";
  }
}

std::string scaled_number(const Scaled& s, Currency c, Language lang) {
  const int scale = c.exponent() + s.power;
  return localized_decimal(s.rounded, scale, lang, true);
}

// English prose words and French words with their plurals (CLDR fr: singular below 2).
std::string_view prose_unit(int power, Language lang, bool plural) {
  if (lang == Language::en) {
    switch (power) {
      case 6: return "million";
      case 9: return "billion";
      case 12: return "trillion";
      default: return "";
    }
  }
  switch (power) {
    case 6: return plural ? "millions" : "million";
    case 9: return plural ? "milliards" : "milliard";
    case 12: return plural ? "billions" : "billion";
    default: return "";
  }
}

// French currency names; other currencies are named by their code.
struct FrenchName {
  std::string_view singular, plural;
  bool elides;  // "d’euros" rather than "de euros"
};
FrenchName french_name(Currency c) {
  if (c.code() == "EUR") return {"euro", "euros", true};
  if (c.code() == "USD") return {"dollar", "dollars", false};
  if (c.code() == "GBP") return {"livre sterling", "livres sterling", false};
  if (c.code() == "CHF") return {"franc suisse", "francs suisses", false};
  if (c.code() == "JPY") return {"yen", "yens", false};
  if (c.code() == "CAD") return {"dollar canadien", "dollars canadiens", false};
  if (c.code() == "SEK") return {"couronne suédoise", "couronnes suédoises", false};
  if (c.code() == "CNY") return {"yuan", "yuans", false};
  return {c.code(), c.code(), false};
}

// At least 2 in whole units, for French plurals.
bool french_plural(int128 units, int scale) { return units >= 2 * power_of_ten(scale); }

std::string prose_fr(Money m, RoundingMode mode) {
  const Currency c = m.currency();
  const FrenchName name = french_name(c);
  const std::string sign = m.is_negative() ? "-" : "";
  const Scaled s = scale_of(m, mode);
  if (s.power < 6) {
    int128 v = m.minor_units();
    if (v < 0) v = -v;
    const bool whole = v % power_of_ten(c.exponent()) == 0;
    const std::string shown = localized_decimal(v, c.exponent(), Language::fr, whole);
    return fmt::format("{}{}{}{}", sign, shown, no_break_space,
                       french_plural(v, c.exponent()) ? name.plural : name.singular);
  }
  const int scale = c.exponent() + s.power;
  const std::string number = localized_decimal(s.rounded, scale, Language::fr, true);
  const std::string_view unit = prose_unit(s.power, Language::fr, french_plural(s.rounded, scale));
  return fmt::format("{}{}{}{} {}{}", sign, number, no_break_space, unit, name.elides ? "d’" : "de ", name.plural);
}

std::string prose_en(Money m, RoundingMode mode) {
  const Currency c = m.currency();
  const Scaled s = scale_of(m, mode);
  if (s.power < 6) {
    int128 v = m.minor_units();
    if (v < 0) v = -v;
    const bool whole = v % power_of_ten(c.exponent()) == 0;
    return attach_currency(c, localized_decimal(v, c.exponent(), Language::en, whole), "", Language::en,
                           m.is_negative());
  }
  const std::string unit = fmt::format(" {}", prose_unit(s.power, Language::en, true));
  return attach_currency(c, scaled_number(s, c, Language::en), unit, Language::en, m.is_negative());
}

std::string range_text(Money lo, Money hi, Language lang, MoneyStyle style, RoundingMode mode) {
  if (style == MoneyStyle::prose) {
    if (lang == Language::fr) return fmt::format("entre {} et {}", format_prose(lo, lang, mode), format_prose(hi, lang, mode));
    return fmt::format("between {} and {}", format_prose(lo, lang, mode), format_prose(hi, lang, mode));
  }
  if (style == MoneyStyle::full) return fmt::format("{}{}{}", format_money(lo, lang), en_dash, format_money(hi, lang));
  // Compact: the currency once when both ends share a unit.
  const Scaled a = scale_of(lo, mode), b = scale_of(hi, mode);
  const Currency c = lo.currency();
  if (a.power != b.power || a.power == 0)
    return fmt::format("{}{}{}", format_compact(lo, lang, mode), en_dash, format_compact(hi, lang, mode));
  const std::string_view unit = compact_unit(a.power, lang);
  if (lang == Language::en) {
    const std::string high = fmt::format("{}{}", scaled_number(b, c, lang), unit);
    return fmt::format("{}{}{}", format_compact(lo, lang, mode), en_dash, high);
  }
  const std::string numbers = fmt::format("{}{}{}", scaled_number(a, c, lang), en_dash, scaled_number(b, c, lang));
  return attach_currency(c, numbers, unit, lang, false);
}

}  // namespace

std::string format_money(Money m, Language lang) {
  int128 v = m.minor_units();
  if (v < 0) v = -v;
  const std::string number = localized_decimal(v, m.currency().exponent(), lang, false);
  return attach_currency(m.currency(), number, "", lang, m.is_negative());
}

std::string format_compact(Money m, Language lang, RoundingMode mode) {
  const Scaled s = scale_of(m, mode);
  const bool negative = m.is_negative() && s.rounded != 0;
  return attach_currency(m.currency(), scaled_number(s, m.currency(), lang), compact_unit(s.power, lang), lang,
                         negative);
}

std::string format_prose(Money m, Language lang, RoundingMode mode) {
  return lang == Language::fr ? prose_fr(m, mode) : prose_en(m, mode);
}

std::string format_money(Money m, Language lang, MoneyStyle style, RoundingMode mode) {
  switch (style) {
    case MoneyStyle::full: return format_money(m, lang);
    case MoneyStyle::compact: return format_compact(m, lang, mode);
    case MoneyStyle::prose: return format_prose(m, lang, mode);
  }
  return format_money(m, lang);
}

std::string_view qualifier_prefix(Qualifier q, Language lang) noexcept {
  const bool fr = lang == Language::fr;
  switch (q) {
    case Qualifier::exact: return "";
    case Qualifier::approximately: return fr ? "environ " : "about ";
    case Qualifier::at_least: return fr ? "au moins " : "at least ";
    case Qualifier::more_than: return fr ? "plus de " : "more than ";
    case Qualifier::at_most: return fr ? "au plus " : "at most ";
    case Qualifier::less_than: return fr ? "moins de " : "less than ";
    case Qualifier::range: return "";
    case Qualifier::undisclosed: return fr ? "non communiqué" : "undisclosed";
  }
  return "";
}

std::string format_reported(const ReportedMoney& r, Language lang, MoneyStyle style, RoundingMode mode) {
  switch (r.qualifier()) {
    case Qualifier::undisclosed: return std::string(qualifier_prefix(Qualifier::undisclosed, lang));
    case Qualifier::range: return range_text(*r.low(), *r.high(), lang, style, mode);
    default: break;
  }
  return fmt::format("{}{}", qualifier_prefix(r.qualifier(), lang), format_money(*r.value(), lang, style, mode));
}

}  // namespace fundline
