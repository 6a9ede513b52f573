#include "fundline/chart/svg_chart.hpp"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>

using namespace fundline;

namespace {

Money eur(std::int64_t millions) { return Money::from_major(millions * 1'000'000, currencies::EUR); }

ChartData mistral() {
  ChartData data;
  data.title = "Mistral AI: cumulative funding";
  data.currency = currencies::EUR;
  data.steps = {{parse_date("2023-06-13"), eur(105), "Seed €105M"},
                {parse_date("2023-12-11"), eur(490), "Series A €385M"},
                {parse_date("2024-02-26"), eur(505), "Convertible Note €15M"},
                {parse_date("2024-06-11"), eur(1105), "Series B €600M"},
                {parse_date("2025-09-09"), eur(2805), "Series C €1.7B"}};
  data.valuations = {{parse_date("2023-06-13"), ReportedMoney::exact(eur(240)), ""},
                     {parse_date("2023-12-11"), ReportedMoney::approximately(eur(1850)), ""},
                     {parse_date("2024-06-11"), ReportedMoney::more_than(eur(6000)), ""},
                     {parse_date("2025-09-09"), ReportedMoney::exact(eur(11700)), ""}};
  data.end = parse_date("2025-10-01");
  return data;
}

// A small well-formedness check: every tag closes in order, attribute
// values are quoted, and '&' starts a known entity. Enough to catch a
// broken writer without an XML library.
std::string well_formedness_problem(const std::string& xml) {
  std::vector<std::string> open;
  std::size_t i = 0;
  if (xml.rfind("<?xml", 0) == 0) i = xml.find("?>") + 2;
  while (i < xml.size()) {
    if (xml[i] == '&') {
      bool known = false;
      for (const char* e : {"&amp;", "&lt;", "&gt;", "&quot;", "&apos;"})
        if (xml.compare(i, std::char_traits<char>::length(e), e) == 0) known = true;
      if (!known) return "bare & at " + std::to_string(i);
      ++i;
      continue;
    }
    if (xml[i] != '<') {
      if (xml[i] == '>') return "bare > at " + std::to_string(i);
      ++i;
      continue;
    }
    const std::size_t end = xml.find('>', i);
    if (end == std::string::npos) return "unterminated tag at " + std::to_string(i);
    std::string tag = xml.substr(i + 1, end - i - 1);
    if (tag.find('<') != std::string::npos) return "'<' inside a tag at " + std::to_string(i);
    if (std::count(tag.begin(), tag.end(), '"') % 2 != 0) return "unbalanced quotes in <" + tag + ">";
    if (tag[0] == '/') {
      if (open.empty() || open.back() != tag.substr(1)) return "unexpected </" + tag.substr(1) + ">";
      open.pop_back();
    } else if (tag.back() != '/') {
      open.push_back(tag.substr(0, tag.find_first_of(" \n")));
    }
    i = end + 1;
  }
  return open.empty() ? "" : "unclosed <" + open.back() + ">";
}

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto pos = text.find(what); pos != std::string::npos; pos = text.find(what, pos + 1)) ++n;
  return n;
}

}  // namespace

TEST(SvgChart, DocumentationExample) {
  ChartData data;
  data.title = "Mistral AI: cumulative funding";
  data.currency = currencies::EUR;
  data.steps = {{parse_date("2023-06-13"), eur(105), "Seed €105M"},
                {parse_date("2023-12-11"), eur(490), "Series A €385M"}};
  data.valuations = {{parse_date("2023-06-13"), ReportedMoney::exact(eur(240)), ""}};
  const std::string svg = render_svg(data);
  EXPECT_TRUE(svg.starts_with("<?xml"));
  EXPECT_NE(svg.find("Series A €385M"), std::string::npos);
  EXPECT_NE(svg.find("€240M"), std::string::npos);
}

TEST(SvgChart, IsWellFormedSvg11WithViewBox) {
  const std::string svg = render_svg(mistral());
  EXPECT_EQ(well_formedness_problem(svg), "");
  EXPECT_NE(svg.find("xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\""), std::string::npos);
  EXPECT_NE(svg.find("viewBox=\"0 0 960 540\""), std::string::npos);
  EXPECT_NE(svg.find("font-family=\"sans-serif\""), std::string::npos);
}

TEST(SvgChart, CarriesTitleLegendRoundLabelsAndValuations) {
  const std::string svg = render_svg(mistral());
  for (const char* label : {"Mistral AI: cumulative funding", "Cumulative funding", "Post-money valuation", "Seed €105M",
                            "Series A €385M", "Convertible Note €15M", "Series B €600M", "Series C €1.7B", "€240M",
                            "about €1.85B", "more than €6B", "€11.7B"})
    EXPECT_NE(svg.find(label), std::string::npos) << label;
  EXPECT_EQ(count(svg, "<circle"), 5u);
}

TEST(SvgChart, TicksAreMonthsAndCompactMoney) {
  const std::string svg = render_svg(mistral());
  EXPECT_NE(svg.find(">Jan 2024</text>"), std::string::npos);
  EXPECT_NE(svg.find(">Jul 2025</text>"), std::string::npos);
  EXPECT_NE(svg.find(">€1B</text>"), std::string::npos);
  EXPECT_NE(svg.find(">€0</text>"), std::string::npos);
}

TEST(SvgChart, ShortSpansTickByMonthInFrench) {
  ChartData data = mistral();
  data.language = Language::fr;
  data.steps.resize(2);
  data.valuations.clear();
  data.end.reset();
  const std::string svg = render_svg(data);
  EXPECT_NE(svg.find("Financement cumulé"), std::string::npos);
  EXPECT_NE(svg.find(">juil. 2023</text>"), std::string::npos);
  EXPECT_NE(svg.find("\u00A0M€</text>"), std::string::npos);
  EXPECT_EQ(svg.find("Valorisation post-money"), std::string::npos);  // no valuations, no legend entry
}

TEST(SvgChart, EscapesLabels) {
  ChartData data = mistral();
  data.title = "Tom & Jerry <AI> \"quoted\"";
  data.steps[0].label = "R&D <seed>";
  const std::string svg = render_svg(data);
  EXPECT_NE(svg.find("Tom &amp; Jerry &lt;AI&gt; &quot;quoted&quot;"), std::string::npos);
  EXPECT_NE(svg.find("R&amp;D &lt;seed&gt;"), std::string::npos);
  EXPECT_EQ(well_formedness_problem(svg), "");
  EXPECT_EQ(xml_escape("a\x01" "b'"), "a b&apos;");
}

TEST(SvgChart, EmptyDataIsStillAPicture) {
  ChartData data;
  data.title = "Nobody";
  const std::string svg = render_svg(data);
  EXPECT_EQ(well_formedness_problem(svg), "");
  EXPECT_NE(svg.find("No funding rounds"), std::string::npos);
}

TEST(SvgChart, RefusesOtherCurrenciesAndDisorder) {
  ChartData data = mistral();
  data.valuations.push_back({parse_date("2023-12-11"), ReportedMoney::exact(Money::from_major(2, currencies::USD)), ""});
  EXPECT_THROW((void)render_svg(data), currency_mismatch);
  data = mistral();
  std::swap(data.steps[0], data.steps[1]);
  EXPECT_THROW((void)render_svg(data), error);
}

TEST(SvgChart, OutputIsStable) { EXPECT_EQ(render_svg(mistral()), render_svg(mistral())); }

// python3 is on every development machine and CI image; its XML parser is
// the independent judge of well-formedness.
TEST(SvgChart, ParsesWithPythonXml) {
  if (std::system("python3 -c 'import xml.dom.minidom' >/dev/null 2>&1") != 0) GTEST_SKIP() << "no python3";
  const std::string path = ::testing::TempDir() + "fundline_svg_chart_test.svg";
  std::ofstream(path) << render_svg(mistral());
  const std::string command =
      "python3 -c 'import xml.dom.minidom,sys; d=xml.dom.minidom.parse(sys.argv[1]); "
      "assert d.documentElement.tagName == \"svg\"' " + path;
  EXPECT_EQ(std::system(command.c_str()), 0);
  std::remove(path.c_str());
}

TEST(SvgChart, RoundsAtTheEdgesOfTheCalendarStillDraw) {
  // The time axis adds a month of margin on each side; it must stay within 1400..9999.
  ChartData data;
  data.title = "Edges";
  data.currency = currencies::EUR;
  data.steps = {{parse_date("1400-01-15"), eur(1), "Seed €1M"}, {parse_date("9999-12-15"), eur(3), "Series A €2M"}};
  const std::string svg = render_svg(data);
  EXPECT_EQ(well_formedness_problem(svg), "");
  EXPECT_NE(svg.find("Series A €2M"), std::string::npos);
}
