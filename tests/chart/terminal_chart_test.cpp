#include "fundline/chart/terminal_chart.hpp"

#include <sstream>

#include <gtest/gtest.h>

#include "fundline/text/display_width.hpp"

using namespace fundline;

namespace {
Money eur(std::int64_t millions) { return Money::from_major(millions * 1'000'000, currencies::EUR); }

std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}
}  // namespace

TEST(TerminalChart, DocumentationExample) {
  std::vector<BarRow> rows{{"Seed", eur(105), ""}, {"Series A", eur(385), ""}};
  EXPECT_EQ(render_terminal_chart(rows, 48, Language::en),
            "Seed     █████▋                     €105M  €105M\n"
            "Series A ░░░░░█████████████████████ €385M  €490M\n"
            "Total    ██████████████████████████        €490M\n");
}

TEST(TerminalChart, EveryLineFitsTheWidth) {
  std::vector<BarRow> rows{{"Seed", eur(105), ""},
                           {"Series A", eur(385), ""},
                           {"Convertible Note", eur(15), ""},
                           {"Series B", eur(600), ""}};
  for (std::size_t width : {42u, 60u, 100u})
    for (const auto& l : lines(render_terminal_chart(rows, width, Language::fr))) EXPECT_EQ(display_width(l), width) << l;
}

TEST(TerminalChart, SmallRoundsStillShow) {
  std::vector<BarRow> rows{{"Big", eur(1000), ""}, {"Tiny", eur(1), ""}};
  const auto l = lines(render_terminal_chart(rows, 40, Language::en));
  EXPECT_NE(l[1].find("▏"), std::string::npos);
}

TEST(TerminalChart, UndisclosedRoundsShowTheirText) {
  std::vector<BarRow> rows{{"Seed", eur(105), ""}, {"Grant", eur(0), "undisclosed"}};
  const auto l = lines(render_terminal_chart(rows, 60, Language::en));
  EXPECT_NE(l[1].find("undisclosed"), std::string::npos);
  EXPECT_NE(l[1].find("€105M"), std::string::npos);  // the cumulative total did not move
}

TEST(TerminalChart, NarrowWidthKeepsAMinimalBar) {
  std::vector<BarRow> rows{{"Seed", eur(105), ""}};
  EXPECT_EQ(render_terminal_chart(rows, 5, Language::en), "Seed  ████████ €105M  €105M\nTotal ████████        €105M\n");
}

TEST(TerminalChart, RefusesMixedCurrencies) {
  std::vector<BarRow> rows{{"Seed", eur(105), ""}, {"US", Money::from_major(1, currencies::USD), ""}};
  EXPECT_THROW((void)render_terminal_chart(rows, 60, Language::en), currency_mismatch);
}

TEST(TerminalChart, NoRowsNoText) { EXPECT_EQ(render_terminal_chart({}, 60, Language::en), ""); }
