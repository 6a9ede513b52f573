#include "fundline/io/csv_reader.hpp"

#include <algorithm>
#include <fstream>
#include <utility>

#include <fmt/format.h>

namespace fundline {
namespace {

constexpr int end_of_input = -1;

// Incremental UTF-8 check (RFC 3629: no overlong forms, no surrogates, at
// most U+10FFFF), fed one byte at a time so it works across buffer refills.
class Utf8Check {
 public:
  // Returns false and sets `problem` on a bad byte.
  bool feed(unsigned char b, std::uint64_t offset, std::string& problem) {
    if (need_ > 0) {
      if (b < lo_ || b > hi_) {
        problem = fmt::format("invalid UTF-8 at byte offset {}: byte 0x{:02X} does not continue the sequence", start_,
                              b);
        need_ = 0;
        return false;
      }
      lo_ = 0x80;
      hi_ = 0xBF;
      --need_;
      return true;
    }
    if (b < 0x80) return true;
    start_ = offset;
    lo_ = 0x80;
    hi_ = 0xBF;
    if (b >= 0xC2 && b <= 0xDF) need_ = 1;
    else if (b == 0xE0) need_ = 2, lo_ = 0xA0;
    else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) need_ = 2;
    else if (b == 0xED) need_ = 2, hi_ = 0x9F;
    else if (b == 0xF0) need_ = 3, lo_ = 0x90;
    else if (b >= 0xF1 && b <= 0xF3) need_ = 3;
    else if (b == 0xF4) need_ = 3, hi_ = 0x8F;
    else {
      problem = fmt::format("invalid UTF-8 at byte offset {}: byte 0x{:02X} cannot start a character", offset, b);
      return false;
    }
    return true;
  }
  // Between characters: an ASCII byte here needs no check.
  [[nodiscard]] bool idle() const noexcept { return need_ == 0; }
  bool finish(std::string& problem) {
    if (need_ == 0) return true;
    problem = fmt::format("invalid UTF-8 at byte offset {}: the input ends inside a multi-byte character", start_);
    need_ = 0;
    return false;
  }

 private:
  int need_ = 0;
  unsigned char lo_ = 0x80, hi_ = 0xBF;
  std::uint64_t start_ = 0;
};

}  // namespace

struct CsvReader::State {
  std::string source;
  CsvOptions options;
  std::unique_ptr<std::istream> owned;
  std::istream* in = nullptr;
  std::string buffer;
  std::size_t pos = 0;
  std::uint64_t offset = 0;  // bytes consumed
  std::uint64_t total = 0;
  std::size_t line = 1, column = 1;
  Utf8Check utf8;
  std::size_t sequence_line = 1, sequence_column = 1;  // where the current multi-byte character started
  bool started = false;
  bool finished = false;  // the input ended and was checked
  // The first problem of the current record, reported once it is skipped.
  std::optional<parse_error> pending;

  // Lenient recovery: a record whose quoted field ran over a line end may be
  // a stray quote that swallowed good lines. The bytes after the record's
  // first line end are kept (up to max_record_bytes), so that a bad record
  // can be read again from its second line instead of being lost whole.
  struct Mark {
    std::size_t line = 1, column = 1;
    std::uint64_t offset = 0;
  };
  bool capturing = false;   // past the current record's first line end
  bool captured_all = true; // replay holds every byte since then
  std::string replay;
  Mark second_line;         // where the record's second line starts
  std::size_t quote_line = 0, quote_column = 0;  // the quote that opened the multi-line field

  void capture(const char* p, std::size_t n) {
    if (!capturing || !captured_all) return;
    if (replay.size() + n > options.max_record_bytes) {
      captured_all = false;
      replay.clear();
      return;
    }
    replay.append(p, n);
  }
  // Inside a quoted field: a line end starts the capture.
  void note_line_end_in_quotes(std::size_t field_line, std::size_t field_column) {
    if (capturing) return;
    capturing = true;
    captured_all = true;
    replay.clear();
    second_line = {line, column, offset};
    quote_line = field_line;
    quote_column = field_column;
  }
  // Whether the record being read can be read again from its second line.
  [[nodiscard]] bool can_reread() const noexcept { return capturing && captured_all; }
  // Puts the bytes after the record's first line back in front of the input.
  void reread() {
    // Usually the bytes are still in the buffer (always for a string): step back.
    if (replay.size() <= pos && buffer.compare(pos - replay.size(), replay.size(), replay) == 0) {
      pos -= replay.size();
    } else {
      buffer = replay + buffer.substr(pos);
      pos = 0;
    }
    line = second_line.line;
    column = second_line.column;
    offset = second_line.offset;
    utf8 = Utf8Check{};
    finished = false;
    capturing = false;
    replay.clear();
  }
  // A problem in a record that ran over several lines is reported at the
  // quote that opened it, and reading resumes on the record's second line.
  parse_error reread_error(const parse_error& e) {
    const std::size_t resume = second_line.line;
    parse_error out(SourceLocation{source, quote_line, quote_column, {}},
                    fmt::format("{} (line {}, column {}, in the record whose quoted field opens here and runs over "
                                "line ends: is the quote stray? The record is skipped; reading resumes on line {})",
                                e.detail(), e.location().line, e.location().column, resume));
    reread();
    return out;
  }

  bool refill() {
    if (pos < buffer.size()) return true;
    if (in == nullptr || !*in) return false;
    buffer.resize(std::size_t{1} << 16);
    in->read(buffer.data(), static_cast<std::streamsize>(buffer.size()));
    buffer.resize(static_cast<std::size_t>(in->gcount()));
    pos = 0;
    return !buffer.empty();
  }
  int peek() { return refill() ? static_cast<unsigned char>(buffer[pos]) : end_of_input; }
  // The byte after the one peek() shows (reading more input if needed).
  int peek_second() {
    if (!refill()) return end_of_input;
    if (pos + 1 >= buffer.size() && in != nullptr && *in) {
      buffer.erase(0, pos);
      pos = 0;
      const std::size_t had = buffer.size();
      buffer.resize(had + (std::size_t{1} << 16));
      in->read(buffer.data() + had, static_cast<std::streamsize>(buffer.size() - had));
      buffer.resize(had + static_cast<std::size_t>(in->gcount()));
    }
    return pos + 1 < buffer.size() ? static_cast<unsigned char>(buffer[pos + 1]) : end_of_input;
  }
  // A CR ends a line only before a LF or the end of the input; elsewhere it
  // is a byte of the field, as in the columnar loader.
  bool at_line_end(int c) { return c == '\n' || (c == '\r' && (peek_second() == '\n' || peek_second() == end_of_input)); }
  // Consumes one byte (the caller has peeked it), checking UTF-8 and NULs.
  void advance() {
    capture(buffer.data() + pos, 1);
    const auto b = static_cast<unsigned char>(buffer[pos++]);
    if (b >= 0x80 && utf8.idle()) {
      sequence_line = line;
      sequence_column = column;
    }
    std::string problem;
    if (b == 0) {
      problem = fmt::format("NUL byte at byte offset {}: expected text (this does not look like a CSV file)", offset);
      defer(problem);
    } else if (!utf8.feed(b, offset, problem)) {
      defer_at(sequence_line, sequence_column, problem);
    }
    ++offset;
    if (b == '\n') {
      ++line;
      column = 1;
    } else {
      ++column;
    }
  }
  // The longest run of plain ASCII bytes at the read position, none of them
  // special to the caller; consumed in one step: the hot path.
  template <typename Sink>
  void take_plain(bool quoted, char delimiter, Sink&& sink) {
    while (utf8.idle() && refill()) {
      const char* const begin = buffer.data() + pos;
      const char* const end = buffer.data() + buffer.size();
      const char* p = begin;
      if (quoted) {
        while (p < end && *p != '"' && *p != '\n' && *p > 0) ++p;
      } else {
        while (p < end && *p != delimiter && *p != '\n' && *p != '\r' && *p != '"' && *p > 0) ++p;
      }
      const auto n = static_cast<std::size_t>(p - begin);
      capture(begin, n);
      sink(begin, n);
      pos += n;
      offset += n;
      column += n;
      if (p < end) return;
    }
  }
  void defer(const std::string& what) { defer_at(line, column, what); }
  void defer_at(std::size_t at_line, std::size_t at_column, const std::string& what) {
    if (!pending) pending.emplace(SourceLocation{source, at_line, at_column, {}}, what);
  }
  // Consumes "\n", "\r\n" or a "\r" that at_line_end() or a record start accepts.
  void end_line() {
    int c = peek();
    if (c == '\r') {
      advance();
      if (peek() == '\n') advance();
    } else if (c == '\n') {
      advance();
    }
  }
  void skip_bom() {
    started = true;
    if (!refill()) return;
    // The BOM may straddle a refill only for inputs under 3 bytes long.
    if (buffer.compare(pos, 3, "\xEF\xBB\xBF") == 0) {
      pos += 3;
      offset += 3;
    }
  }
};

CsvReader::CsvReader(std::unique_ptr<State> state) : state_(std::move(state)) {}
CsvReader::CsvReader(CsvReader&&) noexcept = default;
CsvReader& CsvReader::operator=(CsvReader&&) noexcept = default;
CsvReader::~CsvReader() = default;

CsvReader CsvReader::from_file(const std::filesystem::path& path, CsvOptions options) {
  auto file = std::make_unique<std::ifstream>(path, std::ios::binary);
  if (!*file) throw error(fmt::format("cannot open {}: no such file or not readable", path.string()));
  // A directory opens, then its first read throws a std::ios_base::failure that names no file.
  if (std::filesystem::is_directory(path))
    throw error(fmt::format("cannot read {}: it is a directory, expected a CSV file", path.string()));
  auto state = std::make_unique<State>();
  state->source = path.string();
  state->options = options;
  std::error_code ec;
  const auto size = std::filesystem::file_size(path, ec);
  state->total = ec ? 0 : size;
  state->in = file.get();
  state->owned = std::move(file);
  return CsvReader(std::move(state));
}

CsvReader CsvReader::from_stream(std::istream& in, std::string source_name, CsvOptions options) {
  auto state = std::make_unique<State>();
  state->source = std::move(source_name);
  state->options = options;
  state->in = &in;
  return CsvReader(std::move(state));
}

CsvReader CsvReader::from_string(std::string text, std::string source_name, CsvOptions options) {
  auto state = std::make_unique<State>();
  state->source = std::move(source_name);
  state->options = options;
  state->total = text.size();
  state->buffer = std::move(text);
  return CsvReader(std::move(state));
}

const std::string& CsvReader::source() const noexcept { return state_->source; }
std::uint64_t CsvReader::bytes_read() const noexcept { return state_->offset; }
std::uint64_t CsvReader::total_bytes() const noexcept { return state_->total; }

bool CsvReader::next(CsvRecord& out) {
  State& s = *state_;
  if (!s.started) s.skip_bom();
  // Fields are reused from record to record, so that their strings keep their storage.
  std::size_t used = 0;
  s.pending.reset();
  s.capturing = false;
  s.replay.clear();
  const char delimiter = s.options.delimiter;

  // Blank lines; a CR before a record is a line end too ("\n\r" exporters), as in the columnar loader.
  for (int c = s.peek(); c == '\n' || c == '\r'; c = s.peek()) s.end_line();
  if (s.peek() == end_of_input) {
    if (!s.finished) {
      s.finished = true;
      std::string problem;
      if (!s.utf8.finish(problem)) s.defer(problem);
    }
    out.fields.clear();
    if (s.pending) throw *s.pending;
    return false;
  }

  out.line = s.line;
  std::size_t record_bytes = 0;
  for (;;) {
    // Past max_fields the last field is reused, so a line of commas costs no memory.
    if (used == s.options.max_fields && used > 0) {
      s.defer_at(out.line, 1, fmt::format("more than {} fields: expected a CSV line (is this a CSV file?)",
                                          s.options.max_fields));
      --used;
    }
    CsvField& field = used < out.fields.size() ? out.fields[used] : out.fields.emplace_back();
    ++used;
    field.text.clear();
    field.quoted = false;
    field.line = s.line;
    field.column = s.column;
    auto append_run = [&](const char* p, std::size_t n) {
      const std::size_t field_room = s.options.max_field_bytes - std::min(field.text.size(), s.options.max_field_bytes);
      const std::size_t record_room = s.options.max_record_bytes - std::min(record_bytes, s.options.max_record_bytes);
      const std::size_t room = std::min(field_room, record_room);
      if (n > room) {
        if (field_room <= record_room)
          s.defer_at(field.line, field.column,
                     fmt::format("field longer than {} bytes: expected a CSV field (is this a CSV file?)",
                                 s.options.max_field_bytes));
        else
          s.defer_at(out.line, 1, fmt::format("record longer than {} bytes: expected a CSV line (is this a CSV file?)",
                                              s.options.max_record_bytes));
        n = room;
      }
      field.text.append(p, n);
      record_bytes += n;
    };
    auto append = [&](char ch) {
      if (field.text.size() >= s.options.max_field_bytes) {
        s.defer_at(field.line, field.column,
                   fmt::format("field longer than {} bytes: expected a CSV field (is this a CSV file?)",
                               s.options.max_field_bytes));
        return;
      }
      if (record_bytes >= s.options.max_record_bytes) {
        s.defer_at(out.line, 1, fmt::format("record longer than {} bytes: expected a CSV line (is this a CSV file?)",
                                            s.options.max_record_bytes));
        return;
      }
      ++record_bytes;
      field.text.push_back(ch);
    };

    int c = s.peek();
    if (c == '"') {
      field.quoted = true;
      s.advance();
      for (;;) {
        s.take_plain(true, delimiter, append_run);
        c = s.peek();
        if (c == end_of_input) {
          parse_error e(SourceLocation{s.source, field.line, field.column, {}},
                        "unterminated quoted field: expected a closing '\"' before the end of the input "
                        "(is the last line truncated?)");
          if (!s.can_reread()) throw e;
          // A stray quote: the lines it swallowed are read again.
          parse_error again(SourceLocation{s.source, field.line, field.column, {}},
                            fmt::format("unterminated quoted field: expected a closing '\"' before the end of the "
                                        "input (is the quote stray? The record is skipped; reading resumes on line {})",
                                        s.second_line.line));
          s.reread();
          throw again;
        }
        s.advance();
        if (c == '"') {
          if (s.peek() != '"') break;
          s.advance();
        }
        append(static_cast<char>(c));
        if (c == '\n') s.note_line_end_in_quotes(field.line, field.column);
      }
      c = s.peek();
      if (c != delimiter && !s.at_line_end(c) && c != end_of_input)
        s.defer(fmt::format("unexpected character after a closing quote: expected '{}' or the end of the line",
                            delimiter));
    }
    for (;;) {
      s.take_plain(false, delimiter, append_run);
      c = s.peek();
      if (c == delimiter || s.at_line_end(c) || c == end_of_input) break;
      if (c == '"' && !field.quoted)
        s.defer("'\"' inside an unquoted field: expected the whole field quoted, with quotes doubled");
      s.advance();
      append(static_cast<char>(c));
    }
    if (c == delimiter) {
      s.advance();
      continue;
    }
    if (c == end_of_input) {
      s.finished = true;
      std::string problem;
      if (!s.utf8.finish(problem)) s.defer(problem);
    } else {
      s.end_line();
    }
    break;
  }
  out.fields.resize(used);
  if (s.pending) {
    if (s.can_reread()) throw s.reread_error(*s.pending);
    throw *s.pending;
  }
  return true;
}

bool CsvReader::reread_after_first_line() {
  State& s = *state_;
  if (!s.can_reread()) return false;
  s.reread();
  return true;
}

std::string check_utf8(std::string_view text) {
  Utf8Check check;
  std::string problem;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (!check.feed(static_cast<unsigned char>(text[i]), i, problem)) return problem;
  check.finish(problem);
  return problem;
}

}  // namespace fundline
