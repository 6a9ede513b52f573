// fundline/io/json_text_index.hpp - where things are in a JSON text.
//
// nlohmann/json forgets positions once a document is parsed, but an error
// about a value should still say "line 12, column 19". These helpers scan
// the original text (already known to be valid JSON) to find the value at a
// path, to turn a byte offset into a line and column, and to find duplicate
// object keys, which nlohmann would otherwise resolve silently.
//
//   using namespace fundline::json_text;
//   std::string_view text = "{\"a\": [1, {\"b\": true}]}";
//   *locate(text, {PathStep::key("a"), PathStep::index(1), PathStep::key("b")});   // 16
//   line_column(text, 16).column;                                                  // 17 (line 1)
//   path_text({PathStep::key("a"), PathStep::index(1), PathStep::key("b")});      // "a[1].b"
//   find_duplicate_key("{\"a\": 1, \"a\": 2}")->offset;   // 9 (the second "a")
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace fundline::json_text {

// One step of a JSON path: an object key or an array index.
struct PathStep {
  std::string name;
  std::size_t position = 0;
  bool is_index = false;

  [[nodiscard]] static PathStep key(std::string_view k) { return {std::string(k), 0, false}; }
  [[nodiscard]] static PathStep index(std::size_t i) { return {{}, i, true}; }
};
using Path = std::vector<PathStep>;

// "companies[0].rounds[2].amount".
[[nodiscard]] std::string path_text(const Path& path);

// Byte offset of the value at path in a valid JSON text; nullopt when absent.
[[nodiscard]] std::optional<std::size_t> locate(std::string_view text, const Path& path);

struct LineColumn {
  std::size_t line = 0;    // 1-based
  std::size_t column = 0;  // 1-based, in code points

  friend bool operator==(const LineColumn&, const LineColumn&) = default;
};
// Line and column of a byte offset (clamped to the text).
[[nodiscard]] LineColumn line_column(std::string_view text, std::size_t offset) noexcept;

struct DuplicateKey {
  std::size_t offset = 0;  // of the second occurrence's opening quote
  std::string key;

  friend bool operator==(const DuplicateKey&, const DuplicateKey&) = default;
};
// The first key that appears twice in one object of a valid JSON text.
[[nodiscard]] std::optional<DuplicateKey> find_duplicate_key(std::string_view text);

}  // namespace fundline::json_text
