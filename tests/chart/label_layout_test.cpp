// The chart's labels, recomputed from the SVG with the chart's own font
// metrics (svg_text_width, DejaVu Sans): no two labels and no label and
// marker may share any area, on the bundled Mistral data (English and
// French, whole history and as of the article), on every bundled peer, and
// on a company whose rounds fall within days of each other.
#include <algorithm>
#include <cstring>
#include <regex>
#include <string>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "fundline/chart/comparison_chart.hpp"
#include "fundline/chart/svg_chart.hpp"
#include "fundline/chart/timeline_chart.hpp"
#include "fundline/engine/convention.hpp"
#include "fundline/fx/rate_table.hpp"
#include "fundline/io/json.hpp"

using namespace fundline;

namespace {

struct Drawn {
  std::string what;
  ChartBox box;
};

std::string xml_unescape(std::string s) {
  const std::pair<const char*, const char*> entities[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&apos;", "'"}, {"&amp;", "&"}};
  for (const auto& [from, to] : entities)
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) s.replace(at, std::strlen(from), to);
  return s;
}

std::vector<Drawn> labels(const std::string& svg) {
  std::vector<Drawn> out;
  const std::regex text(R"re(<text class="label" x="([-0-9.]+)" y="([-0-9.]+)" text-anchor="start"[^>]*>([^<]*)</text>)re");
  for (std::sregex_iterator it(svg.begin(), svg.end(), text), end; it != end; ++it) {
    const double x = std::stod((*it)[1]), y = std::stod((*it)[2]);
    const std::string content = xml_unescape((*it)[3]);
    const double w = svg_text_width(content, svg_label_font_size);
    out.push_back({content, {x, y - svg_label_ascent * svg_label_font_size, x + w, y + svg_label_descent * svg_label_font_size}});
  }
  return out;
}

std::vector<Drawn> markers(const std::string& svg) {
  std::vector<Drawn> out;
  const std::regex circle(R"re(<circle class="marker" cx="([-0-9.]+)" cy="([-0-9.]+)" r="([0-9.]+)" [^>]*stroke-width="([0-9.]+)")re");
  for (std::sregex_iterator it(svg.begin(), svg.end(), circle), end; it != end; ++it) {
    const double x = std::stod((*it)[1]), y = std::stod((*it)[2]);
    const double r = std::stod((*it)[3]) + std::stod((*it)[4]) / 2;
    out.push_back({"circle at " + std::string((*it)[1]) + "," + std::string((*it)[2]), {x - r, y - r, x + r, y + r}});
  }
  const std::regex diamond(R"re(<path class="marker" d="M([-0-9.]+),([-0-9.]+) l6,6 l-6,6 l-6,-6 Z")re");
  for (std::sregex_iterator it(svg.begin(), svg.end(), diamond), end; it != end; ++it) {
    const double x = std::stod((*it)[1]), y = std::stod((*it)[2]);
    out.push_back({"diamond at " + std::string((*it)[1]) + "," + std::string((*it)[2]), {x - 6, y, x + 6, y + 12}});
  }
  return out;
}

// Every overlap, described; empty when none.
std::string overlaps(const std::string& svg) {
  const auto l = labels(svg), m = markers(svg);
  std::string problems;
  for (std::size_t i = 0; i < l.size(); ++i) {
    for (std::size_t j = i + 1; j < l.size(); ++j)
      if (l[i].box.overlaps(l[j].box)) problems += "label \"" + l[i].what + "\" overlaps label \"" + l[j].what + "\"\n";
    for (const auto& k : m)
      if (l[i].box.overlaps(k.box)) problems += "label \"" + l[i].what + "\" overlaps " + k.what + "\n";
  }
  return problems;
}

// One currency, as the fundline tool draws it: converted at each round's
// ECB rate, as of the bundled table's last day when a later round could not be.
Timeline in_one_currency(const Company& c) {
  const Timeline t(c);
  const Currency to = t.rounds().front().currency();
  try {
    return t.converted(to, Convention::historical());
  } catch (const fx_error&) {
    return t.as_of(RateTable::bundled().last_day()).converted(to, Convention::historical());
  }
}

Company close_rounds() {
  const auto eur = [](std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); };
  Company c{.id = "close", .name = "Closeco", .founded = PartialDate::month(2024, 1)};
  const char* days[] = {"2024-03-01", "2024-03-04", "2024-03-08", "2024-03-12", "2024-03-15"};
  const RoundType types[] = {RoundType::pre_seed, RoundType::seed, RoundType::convertible_note, RoundType::series_a,
                             RoundType::series_b};
  for (int i = 0; i < 5; ++i)
    c.rounds.push_back(Round{.id = fmt::format("r{}", i), .type = types[i], .announced = parse_date(days[i]),
                             .amount = ReportedMoney::exact(eur(10 * (i + 1))),
                             .post_money = ReportedMoney::approximately(eur(100 * (i + 1)))});
  return c;
}

}  // namespace

TEST(LabelLayout, TheCheckFindsAnOverlap) {
  const std::string svg =
      "<text class=\"label\" x=\"10.0\" y=\"20.0\" text-anchor=\"start\" fill=\"#000\">Seed €105M</text>\n"
      "<text class=\"label\" x=\"40.0\" y=\"25.0\" text-anchor=\"start\" fill=\"#000\">Series A</text>\n";
  EXPECT_NE(overlaps(svg), "");
}

TEST(LabelLayout, MistralHasNoOverlapInEitherLanguage) {
  const Company& mistral = bundled_mistral();
  for (Language lang : {Language::en, Language::fr}) {
    const std::string whole = render_svg(timeline_chart_data(in_one_currency(mistral), mistral, lang, std::nullopt));
    EXPECT_EQ(labels(whole).size(), 5u + 4u);  // five rounds, four valuations
    EXPECT_EQ(overlaps(whole), "") << lang;
    const Date article = parse_date("2024-06-30");
    const Timeline as_of_article = in_one_currency(mistral).as_of(article);
    const std::string then = render_svg(timeline_chart_data(as_of_article, mistral, lang, article));
    EXPECT_EQ(overlaps(then), "") << lang;
  }
}

TEST(LabelLayout, EveryBundledPeerHasNoOverlap) {
  for (const Company& peer : bundled_ai_peers()) {
    const Timeline t = in_one_currency(peer);
    const std::string svg = render_svg(timeline_chart_data(t, peer, Language::en, std::nullopt));
    EXPECT_EQ(overlaps(svg), "") << peer.name;
  }
}

TEST(LabelLayout, RoundsDaysApartHaveNoOverlap) {
  const Company c = close_rounds();
  for (Language lang : {Language::en, Language::fr}) {
    const std::string svg = render_svg(timeline_chart_data(Timeline(c), c, lang, std::nullopt));
    EXPECT_EQ(labels(svg).size(), 10u);
    EXPECT_EQ(overlaps(svg), "") << lang;
  }
}

TEST(LabelLayout, ComparisonChartHasNoOverlap) {
  ComparisonChartData data{.title = "t", .currency = currencies::EUR, .x_axis_title = "Months since founding"};
  const auto eur = [](std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); };
  data.lines.push_back({"Mistral AI", {{73, eur(105)}, {254, eur(490)}, {331, eur(505)}, {437, eur(1105)}}, 450});
  data.lines.push_back({"Twin", {{70, eur(100)}, {250, eur(480)}, {440, eur(1100)}}, 450});
  data.lines.push_back({"Small", {{400, eur(5)}}, 450});
  EXPECT_EQ(overlaps(render_comparison_svg(data)), "");
}

TEST(SvgChart, FooterNamesTheSourcesAndTheAsOfDate) {
  const Company& mistral = bundled_mistral();
  const Date article = parse_date("2024-06-30");
  const Timeline t = in_one_currency(mistral).as_of(article);
  const std::string svg = render_svg(timeline_chart_data(t, mistral, Language::en, article));
  EXPECT_NE(svg.find("<text class=\"footer\""), std::string::npos);
  EXPECT_NE(svg.find("\">Sources: “La France prête à détrôner ChatGPT”, TechCrunch, The Next Web,"), std::string::npos)
      << svg;
  EXPECT_NE(svg.find("Data as of 30 June 2024."), std::string::npos);
  const std::string fr = render_svg(timeline_chart_data(t, mistral, Language::fr, article));
  EXPECT_NE(fr.find("Données au 30 juin 2024."), std::string::npos);
}

TEST(SvgChart, ValuationsAreMarkersWithoutLinesOnAnAxisNamingItsCurrency) {
  const Company& mistral = bundled_mistral();
  const std::string svg = render_svg(timeline_chart_data(in_one_currency(mistral), mistral, Language::en, std::nullopt));
  EXPECT_EQ(svg.find("stroke-dasharray"), std::string::npos);  // no line between valuations
  EXPECT_NE(svg.find(">Valuation (EUR)</text>"), std::string::npos);
  EXPECT_EQ(markers(svg).size(), 5u + 4u);
}

TEST(ComparisonChart, DocumentationExample) {
  const auto eur = [](std::int64_t m) { return Money::from_major(m * 1'000'000, currencies::EUR); };
  ComparisonChartData data{.title = "Funding since founding", .currency = currencies::EUR,
                           .x_axis_title = "Months since founding"};
  data.lines.push_back({"Mistral AI", {{73, eur(105)}, {254, eur(490)}}, 437});
  data.lines.push_back({"Aleph Alpha", {{1300, eur(100)}}, 1500});
  const std::string svg = render_comparison_svg(data);
  EXPECT_NE(svg.find("Mistral AI €490M"), std::string::npos);
  EXPECT_NE(svg.find(">Months since founding</text>"), std::string::npos);
}

TEST(ComparisonChart, RefusesOtherCurrencies) {
  ComparisonChartData data{.title = "t", .currency = currencies::EUR};
  data.lines.push_back({"A", {{10, Money::from_major(1, currencies::USD)}}, 20});
  EXPECT_THROW((void)render_comparison_svg(data), currency_mismatch);
}

TEST(TimelineChart, DocumentationExample) {
  const Company& mistral = bundled_mistral();
  const Timeline t = Timeline(mistral).as_of(parse_date("2024-06-30")).converted(currencies::EUR, Convention::historical());
  const ChartData data = timeline_chart_data(t, mistral, Language::en, parse_date("2024-06-30"));
  EXPECT_EQ(data.title, "Mistral AI: cumulative funding");
  EXPECT_EQ(data.steps[0].label, "Seed €105M");
  ASSERT_FALSE(data.sources.empty());
  EXPECT_NE(std::find(data.sources.begin(), data.sources.end(), "TechCrunch"), data.sources.end());
  EXPECT_EQ(data.steps.size(), 4u);
  EXPECT_EQ(data.valuations.size(), 3u);
}

TEST(TimelineChart, ASourceWithoutPublisherIsNamedByItsTitle) {
  Company c{.name = "Acme"};
  c.sources.push_back(Source{.publisher = "unknown (no name)", .title = "Une levée"});
  c.sources.push_back(Source{.publisher = "Reuters"});
  c.sources.push_back(Source{.publisher = "Reuters"});
  EXPECT_EQ(chart_source_names(c, {}, Language::en), (std::vector<std::string>{"“Une levée”", "Reuters"}));
  EXPECT_EQ(chart_source_names(c, {}, Language::fr), (std::vector<std::string>{"«\u00A0Une levée\u00A0»", "Reuters"}));
}
