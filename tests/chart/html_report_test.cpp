#include "fundline/chart/html_report.hpp"

#include <gtest/gtest.h>

using namespace fundline;

TEST(HtmlReport, DocumentationExample) {
  HtmlReport r{.language = Language::en, .title = "Mistral AI: funding timeline",
               .summary = "Mistral AI raised €1.09 billion in three rounds over one year."};
  r.columns = {"Date", "Round", "Amount"};
  r.right_aligned = {false, false, true};
  r.rows = {{"2023-06-13", "Seed", "€105,000,000.00"}};
  const std::string html = render_html_report(r);
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>"));
  EXPECT_NE(html.find("<html lang=\"en\">"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"num\">€105,000,000.00</td>"), std::string::npos);
  EXPECT_NE(html.find("<p class=\"summary\" id=\"summary\">Mistral AI raised €1.09 billion"), std::string::npos);
}

TEST(HtmlReport, EmbedsTheSvgWithoutItsDeclarationAndEscapesText) {
  HtmlReport r{.language = Language::fr, .title = "A & B <c>"};
  r.svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n";
  r.sources_heading = "Sources";
  r.sources = "x < y";
  const std::string html = render_html_report(r);
  EXPECT_NE(html.find("<html lang=\"fr\">"), std::string::npos);
  EXPECT_NE(html.find("<h1>A &amp; B &lt;c&gt;</h1>"), std::string::npos);
  EXPECT_EQ(html.find("<?xml"), std::string::npos);
  EXPECT_NE(html.find("<div class=\"chart\" id=\"chart\">\n<svg"), std::string::npos);
  EXPECT_NE(html.find("<pre class=\"sources\" id=\"sources\">x &lt; y</pre>"), std::string::npos);
}

TEST(HtmlReport, RequestsNothing) {
  HtmlReport r{.title = "t", .summary = "s"};
  r.svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>";
  const std::string html = render_html_report(r);
  for (const char* fetch : {"<script", "<link", "<img", "src=", "href=", "@import", "url("})
    EXPECT_EQ(html.find(fetch), std::string::npos) << fetch;
}
