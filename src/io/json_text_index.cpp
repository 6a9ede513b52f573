#include "fundline/io/json_text_index.hpp"

#include <algorithm>
#include <unordered_set>

#include <nlohmann/json.hpp>

namespace fundline::json_text {

namespace {

bool is_space(char c) noexcept { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Walks a text known to be valid JSON; every method assumes validity and
// stops at the end of the text rather than reading past it.
class Scanner {
 public:
  explicit Scanner(std::string_view text) : text_(text) {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // nlohmann accepts a UTF-8 byte order mark
  }

  [[nodiscard]] std::size_t pos() const noexcept { return pos_; }
  [[nodiscard]] bool at_end() const noexcept { return pos_ >= text_.size(); }
  [[nodiscard]] char peek() const noexcept { return at_end() ? '\0' : text_[pos_]; }
  void advance() noexcept { if (!at_end()) ++pos_; }

  void skip_space() noexcept {
    while (!at_end() && is_space(text_[pos_])) ++pos_;
  }
  // At an opening quote: moves past the closing one and returns the raw
  // contents (escapes left as written).
  std::string_view skip_string() noexcept {
    const std::size_t start = ++pos_;
    while (!at_end() && text_[pos_] != '"') pos_ += text_[pos_] == '\\' ? 2 : 1;
    const std::size_t end = std::min(pos_, text_.size());
    advance();
    return text_.substr(start, end - start);
  }
  void skip_value() noexcept {
    skip_space();
    std::size_t depth = 0;
    do {
      const char c = peek();
      if (c == '"') {
        skip_string();
      } else if (c == '{' || c == '[') {
        ++depth;
        advance();
      } else if (c == '}' || c == ']') {
        if (depth > 0) --depth;
        advance();
      } else if (depth == 0) {
        while (!at_end() && !is_space(peek()) && peek() != ',' && peek() != '}' && peek() != ']') advance();
      } else {
        advance();
      }
    } while (depth > 0 && !at_end());
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
};

std::string decode_key(std::string_view raw) {
  if (raw.find('\\') == std::string_view::npos) return std::string(raw);
  try {
    std::string quoted(1, '"');
    quoted.append(raw);
    quoted.push_back('"');
    return nlohmann::json::parse(quoted).get<std::string>();
  } catch (const nlohmann::json::exception&) {
    return std::string(raw);
  }
}

}  // namespace

std::string path_text(const Path& path) {
  std::string out;
  for (const auto& step : path) {
    if (step.is_index) {
      out += '[' + std::to_string(step.position) + ']';
    } else {
      if (!out.empty()) out += '.';
      out += step.name;
    }
  }
  return out;
}

std::optional<std::size_t> locate(std::string_view text, const Path& path) {
  Scanner s(text);
  s.skip_space();
  for (const auto& step : path) {
    if (step.is_index) {
      if (s.peek() != '[') return std::nullopt;
      s.advance();
      for (std::size_t i = 0; i < step.position; ++i) {
        s.skip_space();
        if (s.peek() == ']') return std::nullopt;
        s.skip_value();
        s.skip_space();
        if (s.peek() != ',') return std::nullopt;
        s.advance();
      }
      s.skip_space();
      if (s.peek() == ']') return std::nullopt;
    } else {
      if (s.peek() != '{') return std::nullopt;
      s.advance();
      for (;;) {
        s.skip_space();
        if (s.peek() != '"') return std::nullopt;
        const std::string key = decode_key(s.skip_string());
        s.skip_space();
        if (s.peek() != ':') return std::nullopt;
        s.advance();
        s.skip_space();
        if (key == step.name) break;
        s.skip_value();
        s.skip_space();
        if (s.peek() != ',') return std::nullopt;
        s.advance();
      }
    }
  }
  if (s.at_end()) return std::nullopt;
  return s.pos();
}

LineColumn line_column(std::string_view text, std::size_t offset) noexcept {
  offset = std::min(offset, text.size());
  LineColumn lc{1, 1};
  for (std::size_t i = 0; i < offset; ++i) {
    const auto byte = static_cast<unsigned char>(text[i]);
    if (byte == '\n') {
      ++lc.line;
      lc.column = 1;
    } else if ((byte & 0xC0U) != 0x80U) {  // count code points, not UTF-8 continuation bytes
      ++lc.column;
    }
  }
  return lc;
}

std::optional<DuplicateKey> find_duplicate_key(std::string_view text) {
  // One list of keys per open container (empty for arrays); an explicit
  // stack, so that deep nesting cannot overflow the call stack.
  std::vector<std::unordered_set<std::string>> open;
  Scanner s(text);
  while (!s.at_end()) {
    const char c = s.peek();
    if (c == '{' || c == '[') {
      open.emplace_back();
      s.advance();
    } else if (c == '}' || c == ']') {
      if (!open.empty()) open.pop_back();
      s.advance();
    } else if (c == '"') {
      const std::size_t start = s.pos();
      const std::string_view raw = s.skip_string();
      s.skip_space();
      if (s.peek() == ':' && !open.empty()) {
        auto& keys = open.back();
        std::string key = decode_key(raw);
        if (!keys.insert(key).second) return DuplicateKey{start, std::move(key)};
      }
    } else {
      s.advance();
    }
  }
  return std::nullopt;
}

}  // namespace fundline::json_text
