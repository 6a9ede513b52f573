#include "fundline/io/json_text_index.hpp"

#include <gtest/gtest.h>

using namespace fundline::json_text;

TEST(JsonTextIndex, DocumentationExample) {
  std::string_view text = "{\"a\": [1, {\"b\": true}]}";
  const Path path{PathStep::key("a"), PathStep::index(1), PathStep::key("b")};
  EXPECT_EQ(locate(text, path), 16U);
  EXPECT_EQ(line_column(text, 16), (LineColumn{1, 17}));
  EXPECT_EQ(path_text(path), "a[1].b");
  EXPECT_EQ(find_duplicate_key("{\"a\": 1, \"a\": 2}"), (DuplicateKey{9, "a"}));
}

TEST(JsonTextIndex, LocatesThroughStringsThatLookLikeStructure) {
  std::string_view text = R"({"x": "{[\"]}", "y": [ "a,b" , {"z" : 3} ]})";
  EXPECT_EQ(locate(text, {PathStep::key("y"), PathStep::index(1), PathStep::key("z")}), 38U);
  EXPECT_EQ(locate(text, {PathStep::key("missing")}), std::nullopt);
  EXPECT_EQ(locate(text, {PathStep::key("y"), PathStep::index(2)}), std::nullopt);
  EXPECT_EQ(locate(text, {}), 0U);
}

TEST(JsonTextIndex, MatchesEscapedKeys) {
  EXPECT_EQ(locate(R"({"caf\u00e9": 1})", {PathStep::key("café")}), 14U);
}

TEST(JsonTextIndex, ColumnsCountCodePoints) {
  EXPECT_EQ(line_column("é€x", 5), (LineColumn{1, 3}));
  EXPECT_EQ(line_column("ab\ncd", 4), (LineColumn{2, 2}));
  EXPECT_EQ(line_column("ab", 99), (LineColumn{1, 3}));
}

TEST(JsonTextIndex, DuplicateKeysAreFoundPerObject) {
  EXPECT_EQ(find_duplicate_key(R"({"a": {"a": 1}, "b": [{"a": 1}, {"a": 2}]})"), std::nullopt);
  EXPECT_EQ(find_duplicate_key(R"({"a": {"k": 1, "k": 2}})"), (DuplicateKey{15, "k"}));
  EXPECT_EQ(find_duplicate_key(R"({"a": 1, "\u0061": 2})"), (DuplicateKey{9, "a"}));
}
