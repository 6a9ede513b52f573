// docs/json.md lists every value of every enumeration the JSON format uses,
// read here from the library's own tables, so the page cannot fall behind.
#include <fundline/fundline.hpp>

#include <gtest/gtest.h>

#include <cstdint>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

namespace fundline {
namespace {

// The "### Enumerations" table of docs/json.md: first column -> the
// backquoted values of the second column, in order.
std::map<std::string, std::vector<std::string>> documented_enumerations() {
  std::ifstream in(std::string(FUNDLINE_SOURCE_DIR) + "/docs/json.md");
  std::map<std::string, std::vector<std::string>> out;
  std::string line;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.starts_with("#")) inside = line == "### Enumerations";
    if (!inside || !line.starts_with("| ") || line.starts_with("|---")) continue;
    std::vector<std::string> cells;
    std::stringstream row(line.substr(1));
    for (std::string cell; std::getline(row, cell, '|');) cells.push_back(cell);
    if (cells.size() < 2) continue;
    std::vector<std::string> values;
    for (std::size_t open = cells[1].find('`'); open != std::string::npos; open = cells[1].find('`', open)) {
      const std::size_t close = cells[1].find('`', open + 1);
      values.push_back(cells[1].substr(open + 1, close - open - 1));
      open = close + 1;
    }
    const auto first = cells[0].find_first_not_of(' ');
    out[cells[0].substr(first, cells[0].find_last_not_of(' ') - first + 1)] = values;
  }
  return out;
}

// Every value of an enumeration whose to_string() says "?" past the last one.
template <class E>
std::vector<std::string> names_of() {
  std::vector<std::string> out;
  for (int i = 0; i < 256; ++i) {
    const auto name = to_string(static_cast<E>(static_cast<std::uint8_t>(i)));
    if (name == "?") break;
    out.emplace_back(name);
  }
  return out;
}

TEST(JsonDocumentation, ListsEveryRoundType) {
  std::vector<std::string> library;
  for (const auto& n : detail::round_type_names) library.emplace_back(n.snake);
  EXPECT_EQ(documented_enumerations()["round `type`"], library);
}

TEST(JsonDocumentation, ListsEveryInstrument) {
  std::vector<std::string> library;
  for (auto i : all_instruments) library.emplace_back(to_string(i));
  EXPECT_EQ(documented_enumerations()["tranche `instrument`"], library);
}

TEST(JsonDocumentation, ListsEveryQualifier) {
  EXPECT_EQ(documented_enumerations()["amount `qualifier`"], names_of<Qualifier>());
}

TEST(JsonDocumentation, ListsEveryInvestorKind) {
  std::vector<std::string> library;
  for (auto n : detail::investor_kind_names) library.emplace_back(n);
  EXPECT_EQ(documented_enumerations()["investor `kind`"], library);
}

TEST(JsonDocumentation, ListsEveryDatePrecision) {
  EXPECT_EQ(documented_enumerations()["date precision"], names_of<DatePrecision>());
}

TEST(JsonDocumentation, ListsEveryCurrency) {
  std::vector<std::string> library;
  for (const auto& c : detail::currency_table) library.emplace_back(c.code);
  EXPECT_EQ(documented_enumerations()["amount `currency`"], library);
}

TEST(JsonDocumentation, DocumentedValuesAreReadByTheLibrary) {
  auto docs = documented_enumerations();
  for (const auto& v : docs["round `type`"]) EXPECT_NO_THROW((void)parse_round_type(v)) << v;
  for (const auto& v : docs["investor `kind`"]) EXPECT_NO_THROW((void)parse_investor_kind(v)) << v;
  for (const auto& v : docs["amount `qualifier`"]) EXPECT_TRUE(try_parse_qualifier(v).has_value()) << v;
  for (const auto& v : docs["amount `currency`"]) EXPECT_NO_THROW((void)Currency::from_code(v)) << v;
}

}  // namespace
}  // namespace fundline
