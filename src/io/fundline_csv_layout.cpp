#include "fundline_csv_layout.hpp"

#include <fmt/format.h>

#include "fundline/core/error.hpp"

namespace fundline::detail {

Claim usd_claim(std::string_view about, Money usd) {
  return Claim{std::string(about), fmt::format("{}", usd), "Crunchbase's USD figure", {}};
}

std::optional<Money> find_usd_claim(const std::vector<Claim>& claims, std::string_view about) {
  for (const auto& c : claims)
    if (c.about == about && c.value.size() > 4 && c.value.compare(0, 4, "USD ") == 0)
      if (auto m = Money::try_parse(std::string_view(c.value).substr(4), currencies::USD)) return m;
  return std::nullopt;
}

std::string join_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += '|';
    append_list_item(out, items[i]);
  }
  return out;
}

void append_list_item(std::string& out, std::string_view item) {
  for (char c : item) {
    if (c == '|' || c == '\\') out += '\\';
    out += c;
  }
}

std::vector<std::string> split_list(std::string_view cell) {
  std::vector<std::string> out;
  if (cell.empty()) return out;
  std::string item;
  for (std::size_t i = 0; i < cell.size(); ++i) {
    if (cell[i] == '\\') {
      if (i + 1 == cell.size()) throw parse_error("a list ends with a lone '\\': expected '\\|' or '\\\\'");
      item += cell[++i];
    } else if (cell[i] == '|') {
      out.push_back(std::move(item));
      item.clear();
    } else {
      item += cell[i];
    }
  }
  out.push_back(std::move(item));
  return out;
}

std::string format_reported(const ReportedMoney& r, Currency round_currency) {
  if (r.is_disclosed()) return r.to_string();
  if (r.currency() == round_currency) return {};
  return fmt::format("undisclosed {}", r.currency().code());
}

namespace {
Money parse_money_text(std::string_view text, std::string_view whole) {
  if (text.size() < 5 || text[3] != ' ')
    throw parse_error(fmt::format("invalid amount \"{}\": expected a code and a decimal such as EUR 105000000.00", whole));
  return Money::parse(text.substr(4), Currency::from_code(text.substr(0, 3)));
}
}  // namespace

ReportedMoney parse_reported(std::string_view text, Currency undisclosed_currency) {
  if (text.empty() || text == "undisclosed") return ReportedMoney::undisclosed(undisclosed_currency);
  if (text.substr(0, 12) == "undisclosed ") return ReportedMoney::undisclosed(Currency::from_code(text.substr(12)));
  struct Prefix {
    std::string_view text;
    Qualifier qualifier;
  };
  static constexpr Prefix prefixes[] = {{"about ", Qualifier::approximately}, {"at least ", Qualifier::at_least},
                                        {"more than ", Qualifier::more_than},  {"at most ", Qualifier::at_most},
                                        {"less than ", Qualifier::less_than}};
  for (const auto& p : prefixes)
    if (text.substr(0, p.text.size()) == p.text)
      return ReportedMoney::with(p.qualifier, parse_money_text(text.substr(p.text.size()), text));
  if (text.substr(0, 8) == "between ") {
    const auto rest = text.substr(8);
    const auto and_at = rest.find(" and ");
    if (and_at == std::string_view::npos)
      throw parse_error(fmt::format("invalid range \"{}\": expected between EUR 10.00 and EUR 15.00", text));
    return ReportedMoney::between(parse_money_text(rest.substr(0, and_at), text),
                                  parse_money_text(rest.substr(and_at + 5), text));
  }
  return ReportedMoney::exact(parse_money_text(text, text));
}

// The publisher's '<' and '\' are escaped with '\', so the first unescaped
// '<' starts the URL, which may hold anything up to the final '>'.
std::string format_source(const Source& s) {
  std::string out;
  for (char c : s.publisher) {
    if (c == '<' || c == '\\') out += '\\';
    out += c;
  }
  if (s.url.empty() && !s.publisher.empty()) return out;
  if (!out.empty()) out += ' ';
  return out + "<" + s.url + ">";
}

Source parse_source(std::string_view text) {
  Source s;
  std::size_t i = 0;
  for (; i < text.size() && text[i] != '<'; ++i) {
    if (text[i] == '\\') {
      if (++i == text.size()) throw parse_error(fmt::format("source \"{}\" ends with a lone '\\'", text));
    }
    s.publisher += text[i];
  }
  if (i == text.size()) return s;
  if (text.back() != '>' || (i > 0 && (s.publisher.empty() || s.publisher.back() != ' ')))
    throw parse_error(fmt::format("invalid source \"{}\": expected \"Publisher <url>\", \"Publisher\" or \"<url>\"", text));
  if (i > 0) s.publisher.pop_back();
  s.url = std::string(text.substr(i + 1, text.size() - i - 2));
  return s;
}

}  // namespace fundline::detail
