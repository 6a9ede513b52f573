#include "fundline/text/language.hpp"

#include <type_traits>

#include <gtest/gtest.h>

#include "fundline/text/display_width.hpp"

using namespace fundline;

static_assert(!std::is_convertible_v<int, Language>);

TEST(Language, DocumentationExample) {
  EXPECT_EQ(to_string(Language::fr), "fr");
  EXPECT_EQ(parse_language("en"), Language::en);
  EXPECT_EQ(try_parse_language("de"), std::nullopt);
  try {
    (void)parse_language("de");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "unknown language \"de\": expected en or fr");
  }
}

TEST(Language, FormatsAsItsCode) { EXPECT_EQ(fmt::format("{}", Language::en), "en"); }

TEST(DisplayWidth, DocumentationExample) {
  EXPECT_EQ(display_width("€1.09B"), 6u);
  EXPECT_EQ(display_width("févr. 2024"), 10u);
  EXPECT_EQ(pad_right("€1B", 5), "€1B  ");
  EXPECT_EQ(pad_left("€1B", 5), "  €1B");
}

TEST(DisplayWidth, CountsNoBreakSpacesAndBlocksAsOneColumn) {
  EXPECT_EQ(display_width("1\u202F090\u00A0€"), 7u);
  EXPECT_EQ(display_width("░█▏"), 3u);
  EXPECT_EQ(pad_left("toolong", 3), "toolong");
}
