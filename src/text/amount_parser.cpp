#include "fundline/text/amount_parser.hpp"

#include <array>
#include <limits>
#include <string>
#include <utility>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/core/rounding.hpp"

namespace fundline {
namespace {

// Spaces people put inside and around amounts: ASCII, no-break and narrow no-break.
std::size_t space_length(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == ' ' || s[i] == '\t') return 1;
  if (s.compare(i, 2, "\xC2\xA0") == 0) return 2;
  if (s.compare(i, 3, "\xE2\x80\xAF") == 0) return 3;
  return 0;
}
void skip_spaces(std::string_view s, std::size_t& i) {
  while (std::size_t n = space_length(s, i)) i += n;
}
std::string_view trim(std::string_view s) {
  std::size_t i = 0;
  skip_spaces(s, i);
  s.remove_prefix(i);
  for (;;) {
    if (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0") s.remove_suffix(2);
    else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xAF") s.remove_suffix(3);
    else return s;
  }
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }

struct Symbol {
  std::string_view text;
  std::string_view code;
};
// Longest first, so "CA$" wins over "$".
constexpr std::array<Symbol, 19> symbols{{
    {"US$", "USD"}, {"CA$", "CAD"}, {"CN¥", "CNY"}, {"HK$", "HKD"}, {"MX$", "MXN"}, {"NZ$", "NZD"},
    {"NT$", "TWD"}, {"A$", "AUD"},  {"R$", "BRL"},  {"S$", "SGD"},  {"€", "EUR"},   {"£", "GBP"},
    {"¥", "JPY"},   {"₹", "INR"},   {"₩", "KRW"},   {"₪", "ILS"},   {"₦", "NGN"},   {"₱", "PHP"},
    {"$", "USD"},
}};

struct Scale {
  std::string_view text;
  int power;
  bool french;  // a French word: the comma is the decimal mark
};
// Longest first; matched only as whole words.
constexpr std::array<Scale, 20> scales{{
    {"milliards", 9, true}, {"trillions", 12, false}, {"thousand", 3, false}, {"billions", 9, false},
    {"millions", 6, false}, {"milliard", 9, true},    {"trillion", 12, false}, {"billion", 9, false},
    {"million", 6, false},  {"mln", 6, false},        {"Mds", 9, true},       {"Mrd", 9, true},
    {"Md", 9, true},        {"bn", 9, false},         {"mn", 6, false},       {"tn", 12, false},
    {"K", 3, false},        {"k", 3, false},          {"M", 6, false},        {"m", 6, false},
}};
constexpr std::array<Scale, 3> single_letter_scales{{{"B", 9, false}, {"b", 9, false}, {"T", 12, false}}};

struct Word {
  std::string_view text;
  std::string_view code;
  bool french;
};
constexpr std::array<Word, 10> currency_words{{
    {"d'euros", "EUR", true}, {"d’euros", "EUR", true}, {"d'euro", "EUR", true}, {"d’euro", "EUR", true},
    {"de dollars", "USD", true}, {"de livres", "GBP", true}, {"euros", "EUR", false}, {"euro", "EUR", false},
    {"dollars", "USD", false}, {"dollar", "USD", false},
}};

[[noreturn]] void fail(std::string_view text, const std::string& what) {
  throw parse_error(fmt::format("invalid amount \"{}\": {}", text, what));
}

bool word_ends(std::string_view s, std::size_t i) { return i >= s.size() || !is_letter(s[i]); }

// An ISO code at s[i]: three capitals not followed by a letter.
std::optional<std::string_view> code_at(std::string_view s, std::size_t i) {
  if (i + 3 > s.size() || !is_upper(s[i]) || !is_upper(s[i + 1]) || !is_upper(s[i + 2]) || !word_ends(s, i + 3))
    return std::nullopt;
  return s.substr(i, 3);
}

Currency currency_of(std::string_view text, std::string_view code) {
  if (auto c = Currency::try_from_code(code)) return *c;
  throw unknown_currency(fmt::format("invalid amount \"{}\": unknown currency code \"{}\": expected an ISO 4217 code "
                                     "such as EUR or USD",
                                     text, code));
}

struct Parsed {
  std::optional<Currency> currency;
  std::string number;  // the digits and separators as written
  int power = 0;
  bool french = false;
};

// Reads the number text into digits and the count of decimals.
void read_number(std::string_view text, const std::string& raw, bool french, std::string& digits, int& decimals) {
  // Spaces group thousands; drop them after checking the groups.
  std::string n;
  for (std::size_t i = 0; i < raw.size();) {
    if (std::size_t sp = space_length(raw, i)) {
      n += ' ';
      i += sp;
    } else {
      n += raw[i++];
    }
  }
  const auto last_dot = n.rfind('.'), last_comma = n.rfind(',');
  char decimal = 0, group = 0;
  if (last_dot != std::string::npos && last_comma != std::string::npos) {
    decimal = last_dot > last_comma ? '.' : ',';
    group = decimal == '.' ? ',' : '.';
  } else if (last_dot != std::string::npos) {
    decimal = n.find('.') == last_dot ? '.' : 0;
    group = decimal ? 0 : '.';
  } else if (last_comma != std::string::npos) {
    const bool one_comma = n.find(',') == last_comma;
    bool groups_of_three = true;
    for (std::size_t i = 0; i < n.size(); ++i)
      if (n[i] == ',') {
        std::size_t j = i + 1;
        while (j < n.size() && is_digit(n[j])) ++j;
        if (j - i - 1 != 3) groups_of_three = false;
      }
    if (french && one_comma) decimal = ',';
    else if (groups_of_three) group = ',';
    else if (one_comma) decimal = ',';
    else fail(text, "commas neither group thousands nor mark decimals: expected 1,234,567 or 1,5");
  }
  // Check the grouping: 1 to 3 leading digits, then groups of exactly 3.
  std::size_t int_end = decimal ? n.find(decimal) : n.size();
  std::string_view int_part(n.data(), int_end);
  const bool has_groups = int_part.find_first_of(group ? std::string{group, ' '} : std::string{" "}) != std::string_view::npos;
  std::size_t run = 0;
  bool first_group = true;
  for (char c : int_part) {
    if (is_digit(c)) {
      ++run;
      digits += c;
    } else if (c == group || c == ' ') {
      if (run == 0 || (first_group ? run > 3 : run != 3)) fail(text, "badly grouped thousands: expected 1,234,567");
      first_group = false;
      run = 0;
    } else {
      fail(text, fmt::format("unexpected '{}' in the number", c));
    }
  }
  if (run == 0 || (has_groups && run != 3)) fail(text, "badly grouped thousands: expected 1,234,567");
  decimals = 0;
  if (decimal) {
    for (std::size_t i = int_end + 1; i < n.size(); ++i) {
      if (!is_digit(n[i])) fail(text, "expected only digits after the decimal mark");
      digits += n[i];
      ++decimals;
    }
    if (decimals == 0) fail(text, "expected digits after the decimal mark");
  }
}

Parsed scan(std::string_view text) {
  const std::string_view s = trim(text);
  if (s.empty()) fail(text, "empty: expected an amount such as $1.2B or 105M EUR");
  Parsed p;
  std::size_t i = 0;
  auto negative_here = [&] {
    return s.compare(i, 1, "-") == 0 || s.compare(i, 3, "\xE2\x88\x92") == 0;
  };
  if (negative_here()) fail(text, "negative amount: a raised amount or valuation is never negative");
  for (const auto& sym : symbols)
    if (s.compare(i, sym.text.size(), sym.text) == 0) {
      p.currency = currency_of(text, sym.code);
      i += sym.text.size();
      break;
    }
  if (!p.currency)
    if (auto code = code_at(s, i)) {
      p.currency = currency_of(text, *code);
      i += 3;
    }
  skip_spaces(s, i);
  if (negative_here()) fail(text, "negative amount: a raised amount or valuation is never negative");

  if (s.compare(i, 3, "un ") == 0 || s.compare(i, 4, "une ") == 0 || s.compare(i, 4, "one ") == 0) {
    p.number.assign(1, '1');
    i += s[i + 2] == ' ' ? 3 : 4;
  } else {
    const std::size_t start = i;
    while (i < s.size()) {
      if (is_digit(s[i]) || s[i] == ',' || s[i] == '.') {
        ++i;
      } else if (std::size_t sp = space_length(s, i); sp && i > start && is_digit(s[i - 1]) && i + sp < s.size() &&
                                                      is_digit(s[i + sp])) {
        i += sp;
      } else {
        break;
      }
    }
    p.number = std::string(s.substr(start, i - start));
    if (p.number.empty() || !is_digit(p.number.front()) || !is_digit(p.number.back()))
      fail(text, "expected a number such as 1.2 or 105");
  }
  skip_spaces(s, i);

  bool scaled = false;
  for (const auto& sc : scales)
    if (s.compare(i, sc.text.size(), sc.text) == 0 && word_ends(s, i + sc.text.size())) {
      p.power = sc.power;
      p.french = sc.french;
      i += sc.text.size();
      scaled = true;
      break;
    }
  if (!scaled)
    for (const auto& sc : single_letter_scales)
      if (s.compare(i, 1, sc.text) == 0 && word_ends(s, i + 1)) {
        p.power = sc.power;
        i += 1;
        scaled = true;
        break;
      }
  const std::size_t after_scale = i;
  skip_spaces(s, i);

  std::optional<Currency> suffix;
  for (const auto& w : currency_words)
    if (s.compare(i, w.text.size(), w.text) == 0 && word_ends(s, i + w.text.size())) {
      suffix = currency_of(text, w.code);
      p.french = p.french || w.french;
      i += w.text.size();
      break;
    }
  if (!suffix)
    for (const auto& sym : symbols)
      if (s.compare(i, sym.text.size(), sym.text) == 0) {
        suffix = currency_of(text, sym.code);
        // "M€", "k€", "Md€": the French way of writing scaled euros.
        if (scaled && sym.text == "€" && after_scale == i) p.french = true;
        if (sym.text == "€" && !p.currency) p.french = p.french || p.number.find('.') == std::string::npos;
        i += sym.text.size();
        break;
      }
  if (!suffix)
    if (auto code = code_at(s, i)) {
      suffix = currency_of(text, *code);
      i += 3;
    }
  skip_spaces(s, i);
  if (i != s.size())
    fail(text, fmt::format("unexpected text \"{}\": expected a scale (K, M, B, Md, million...) and a currency",
                           s.substr(i)));
  if (suffix && p.currency && *suffix != *p.currency)
    fail(text, fmt::format("two currencies ({} and {})", p.currency->code(), suffix->code()));
  if (suffix) p.currency = suffix;
  return p;
}

Money to_money(std::string_view text, const Parsed& p, Currency currency) {
  std::string digits;
  int decimals = 0;
  read_number(text, p.number, p.french, digits, decimals);
  std::size_t significant = digits.find_first_not_of('0');
  if (significant != std::string::npos && digits.size() - significant > 30)
    fail(text, "amount out of range: too many digits for int64 minor units");
  int128 value = 0;
  for (char c : digits) value = value * 10 + (c - '0');
  int shift = p.power + currency.exponent() - decimals;
  for (; shift > 0; --shift) {
    value *= 10;
    if (value > std::numeric_limits<std::int64_t>::max()) break;
  }
  for (; shift < 0; ++shift) {
    if (value % 10 != 0)
      fail(text, fmt::format("more digits than {} has minor units ({} decimal places) after scaling: expected a "
                             "whole number of minor units, not a rounding",
                             currency.code(), currency.exponent()));
    value /= 10;
  }
  if (value > std::numeric_limits<std::int64_t>::max())
    fail(text, "amount out of range: does not fit in int64 minor units");
  return Money::from_minor(static_cast<std::int64_t>(value), currency);
}

struct QualifierWord {
  std::string_view text;
  Qualifier qualifier;
};
constexpr std::array<QualifierWord, 17> qualifier_words{{
    {"approximately ", Qualifier::approximately}, {"about ", Qualifier::approximately},
    {"environ ", Qualifier::approximately},      {"~", Qualifier::approximately},
    {"more than ", Qualifier::more_than},        {"over ", Qualifier::more_than},
    {"plus de ", Qualifier::more_than},          {">", Qualifier::more_than},
    {"at least ", Qualifier::at_least},          {"au moins ", Qualifier::at_least},
    {"at most ", Qualifier::at_most},            {"up to ", Qualifier::at_most},
    {"jusqu'à ", Qualifier::at_most},            {"less than ", Qualifier::less_than},
    {"under ", Qualifier::less_than},            {"moins de ", Qualifier::less_than},
    {"<", Qualifier::less_than},
}};

}  // namespace

Money parse_compact_amount(std::string_view text, std::optional<Currency> default_currency) {
  const Parsed p = scan(text);
  const std::optional<Currency> currency = p.currency ? p.currency : default_currency;
  if (!currency) fail(text, "no currency: expected a symbol ($, €, £, ¥, ₹) or an ISO code such as EUR");
  return to_money(text, p, *currency);
}

std::optional<Money> try_parse_compact_amount(std::string_view text, std::optional<Currency> default_currency) {
  try {
    return parse_compact_amount(text, default_currency);
  } catch (const error&) {
    return std::nullopt;
  }
}

ReportedMoney parse_reported_amount(std::string_view text, Currency undisclosed_currency) {
  std::string_view s = trim(text);
  if (s.empty() || s == "undisclosed" || s == "Undisclosed" || s == "n/a" || s == "N/A" || s == "-" ||
      s == "\xE2\x80\x94")
    return ReportedMoney::undisclosed(undisclosed_currency);
  for (const auto& q : qualifier_words)
    if (s.substr(0, q.text.size()) == q.text)
      return ReportedMoney::with(q.qualifier, parse_compact_amount(s.substr(q.text.size())));
  return ReportedMoney::exact(parse_compact_amount(s));
}

}  // namespace fundline
