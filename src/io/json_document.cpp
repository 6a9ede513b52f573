// See json_document.hpp.
#include "json_document.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iterator>
#include <string>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/io/json_text_index.hpp"

namespace fundline::detail {

nlohmann::json parse_json_document(std::string_view text, std::string_view source_name) {
  using nlohmann::json;
  const std::string source(source_name);
  // nlohmann reads a NUL byte as the end of the input, which would accept
  // "valid JSON\0garbage"; JSON has no raw NUL anywhere (not even in strings).
  if (const auto nul = text.find('\0'); nul != std::string_view::npos) {
    const auto lc = json_text::line_column(text, nul);
    throw parse_error(SourceLocation{source, lc.line, lc.column, {}},
                      "malformed JSON: a NUL byte: expected JSON text (a NUL inside a string is written \\u0000)");
  }
  json root;
  try {
    root = json::parse(text.begin(), text.end());
  } catch (const json::parse_error& e) {
    const std::size_t offset = e.byte == 0 ? 0 : e.byte - 1;
    const auto lc = json_text::line_column(text, offset);
    std::string message = e.what();
    // Drop nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 5: ".
    if (auto colon = message.find(": "); colon != std::string::npos && message.rfind("[json.exception", 0) == 0)
      message = message.substr(colon + 2);
    throw parse_error(SourceLocation{source, lc.line, lc.column, {}}, "malformed JSON: " + message);
  } catch (const json::exception& e) {
    // A number too large for a double ("1e999") is out_of_range, which
    // carries no position: find the token it quotes.
    std::string message = e.what();
    if (auto bracket = message.find("] "); bracket != std::string::npos) message = message.substr(bracket + 2);
    SourceLocation loc{source, 0, 0, {}};
    const auto open = message.find('\''), close = message.rfind('\'');
    if (open != std::string::npos && close > open + 1) {
      if (auto at = text.find(std::string_view(message).substr(open + 1, close - open - 1)); at != std::string_view::npos) {
        const auto lc = json_text::line_column(text, at);
        loc.line = lc.line;
        loc.column = lc.column;
      }
    }
    throw parse_error(loc, "malformed JSON: " + message);
  }
  if (auto dup = json_text::find_duplicate_key(text)) {
    const auto lc = json_text::line_column(text, dup->offset);
    throw parse_error(SourceLocation{source, lc.line, lc.column, dup->key},
                      fmt::format("duplicate key \"{}\": each key may appear once in an object", dup->key));
  }
  return root;
}

std::string read_text_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw error(fmt::format("cannot open {}: {}", path.string(), std::strerror(errno)));
  // A directory opens, then its first read throws a std::ios_base::failure that names no file.
  if (std::filesystem::is_directory(path))
    throw error(fmt::format("cannot read {}: it is a directory, expected a JSON file", path.string()));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw error(fmt::format("cannot read {}: {}", path.string(), std::strerror(errno)));
  return text;
}

}  // namespace fundline::detail
