#include "fundline/io/csv_reader.hpp"

#include <algorithm>
#include <cstring>
#include <fstream>
#include <tuple>
#include <utility>

#include <fmt/format.h>

#include "csv_tokenizer.hpp"

namespace fundline {

using detail::CsvScan;
using detail::FieldView;
using detail::no_offset;

// The reader keeps a buffer holding at least the record being read (up to
// its limits), and gets record boundaries, fields and problems from the one
// CSV tokenizer (detail::scan_csv_record), the columnar scanner's too. It
// adds what a stream needs: lines and columns, the limits, and recovery.
struct CsvReader::State {
  std::string source;
  CsvOptions options;
  std::unique_ptr<std::istream> owned;
  std::istream* in = nullptr;
  std::string buffer;
  std::size_t pos = 0;
  std::uint64_t base = 0;  // input offset of buffer[0]
  std::uint64_t total = 0;
  bool input_ended = false;
  bool started = false;
  std::size_t line = 1;
  std::uint64_t line_start = 0;  // input offset of the current line's first byte (after a BOM on line 1)
  // The record next() returned last, for reread_after_first_line().
  std::size_t record_line = 0;
  std::size_t second_line = no_offset;  // buffer offset of its second line, when it ran over line ends

  // Reads at least `want` more bytes when the input has them (dropping the
  // bytes before pos first); false once the input has ended.
  bool read_more(std::size_t want) {
    if (in == nullptr || !*in) {
      input_ended = true;
      return false;
    }
    if (pos > 0) {
      buffer.erase(0, pos);
      base += pos;
      pos = 0;
    }
    const std::size_t had = buffer.size();
    buffer.resize(had + want);
    in->read(buffer.data() + had, static_cast<std::streamsize>(want));
    buffer.resize(had + static_cast<std::size_t>(in->gcount()));
    if (buffer.size() == had) {
      input_ended = true;
      return false;
    }
    return true;
  }
  // Moves pos to `to` (<= buffer.size()), counting the lines passed.
  void advance_to(std::size_t to) {
    for (;;) {
      const void* nl = std::memchr(buffer.data() + pos, '\n', to - pos);
      if (nl == nullptr) break;
      pos = static_cast<std::size_t>(static_cast<const char*>(nl) - buffer.data()) + 1;
      ++line;
      line_start = base + pos;
    }
    pos = to;
  }
  // Skips past the next LF, reading as far as it takes: a 1 GB line costs time, never memory.
  void skip_line() {
    for (;;) {
      const void* nl = std::memchr(buffer.data() + pos, '\n', buffer.size() - pos);
      if (nl != nullptr) {
        advance_to(static_cast<std::size_t>(static_cast<const char*>(nl) - buffer.data()) + 1);
        return;
      }
      pos = buffer.size();
      if (!read_more(std::size_t{1} << 16)) return;
    }
  }
  // Line and column of buffer offset `at` in the record starting at buffer offset `record`.
  [[nodiscard]] std::pair<std::size_t, std::size_t> where(std::size_t record, std::size_t at) const {
    std::size_t l = line;
    std::uint64_t start = line_start;
    for (std::size_t p = record;;) {
      const void* nl = std::memchr(buffer.data() + p, '\n', at - p);
      if (nl == nullptr) break;
      p = static_cast<std::size_t>(static_cast<const char*>(nl) - buffer.data()) + 1;
      ++l;
      start = base + p;
    }
    return {l, static_cast<std::size_t>(base + at - start + 1)};
  }
  // Bytes a record may span in the input: its text within the limits, plus
  // its quotes (doubled ones too), delimiters and line end.
  [[nodiscard]] std::size_t buffer_bound() const noexcept {
    constexpr std::size_t cap = std::size_t{1} << 40;
    const std::size_t text = std::min(options.max_record_bytes, cap), fields = std::min(options.max_fields, cap);
    return 2 * text + 3 * fields + 2;
  }
};

namespace {

// Copies the fields of a record into a CsvRecord, reusing its storage; past
// max_fields they are counted, not kept, so a line of commas costs no memory.
struct RecordSink {
  CsvRecord& out;
  const char* base;
  std::size_t max_fields;
  std::size_t max_field_bytes;
  std::size_t used = 0, count = 0;
  std::uint64_t text_bytes = 0;
  std::size_t long_field = no_offset;  // the first field longer than max_field_bytes

  void restart(const char* buffer) noexcept {
    base = buffer;
    used = count = 0;
    text_bytes = 0;
    long_field = no_offset;
  }
  void field(const FieldView& v) {
    ++count;
    if (used == max_fields) return;
    CsvField& f = used < out.fields.size() ? out.fields[used] : out.fields.emplace_back();
    ++used;
    f.text.clear();
    detail::append_unescaped(f.text, v);
    f.quoted = v.quoted;
    // The field's buffer offset, until next() turns it into a line and column.
    f.column = static_cast<std::size_t>(v.data - base) - (v.quoted ? 1 : 0);
    text_bytes += f.text.size();
    if (f.text.size() > max_field_bytes) {
      if (long_field == no_offset) long_field = f.column;
      f.text.resize(max_field_bytes);
    }
  }
};

std::string field_too_long(std::size_t limit) {
  return fmt::format("field longer than {} bytes: expected a CSV field (is this a CSV file?)", limit);
}
std::string record_too_long(std::size_t limit) {
  return fmt::format("record longer than {} bytes: expected a CSV line (is this a CSV file?)", limit);
}
std::string too_many_fields(std::size_t limit) {
  return fmt::format("more than {} fields: expected a CSV line (is this a CSV file?)", limit);
}

}  // namespace

CsvReader::CsvReader(std::unique_ptr<State> state) : state_(std::move(state)) {
  // The tokenizer gives quotes, line ends, NULs and bytes >= 0x80 meanings of their own.
  const char d = state_->options.delimiter;
  if (d == '"' || d == '\n' || d == '\r' || d == '\0' || static_cast<unsigned char>(d) >= 0x80)
    throw error(fmt::format("{}: a CSV delimiter of byte 0x{:02X} cannot be read: expected an ASCII character other "
                            "than a quote, a line end or NUL, such as ',' or ';'",
                            state_->source, static_cast<unsigned char>(d)));
}
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
std::uint64_t CsvReader::bytes_read() const noexcept { return state_->base + state_->pos; }
std::uint64_t CsvReader::total_bytes() const noexcept { return state_->total; }

bool CsvReader::next(CsvRecord& out) {
  State& s = *state_;
  s.second_line = no_offset;
  if (!s.started) {
    s.started = true;
    if (s.in == nullptr) s.input_ended = true;
    while (s.buffer.size() - s.pos < 3 && s.read_more(std::size_t{1} << 16)) {
    }
    if (s.buffer.compare(s.pos, 3, "\xEF\xBB\xBF") == 0) {
      s.pos += 3;
      s.line_start = s.base + s.pos;  // columns on line 1 count from after the BOM
    }
  }
  // Blank lines; a CR before a record is a line end too ("\n\r" exporters).
  for (;;) {
    s.advance_to(detail::skip_line_ends(s.buffer.data(), s.buffer.size(), s.pos));
    if (s.pos < s.buffer.size()) break;
    if (!s.read_more(std::size_t{1} << 16)) {
      out.fields.clear();
      return false;
    }
  }

  const CsvOptions& o = s.options;
  const std::size_t bound = s.buffer_bound();
  CsvScan scan;
  std::size_t record = s.pos;
  RecordSink sink{out, nullptr, std::max<std::size_t>(o.max_fields, 1), o.max_field_bytes};
  std::string problem;
  std::size_t problem_at = no_offset;
  for (;;) {
    record = s.pos;
    sink.restart(s.buffer.data());
    scan = detail::scan_csv_record(s.buffer.data(), s.buffer.size(), s.pos, s.input_ended, o.delimiter, sink);
    if (scan.status != CsvScan::Status::need_more) break;
    const std::size_t have = s.buffer.size() - s.pos;
    if (have > bound) {
      // Over the limits before its end: which one the bytes so far show.
      if (sink.count > sink.max_fields) {
        problem = too_many_fields(sink.max_fields), problem_at = record;
      } else if (s.buffer.size() - scan.field > o.max_field_bytes) {
        problem = field_too_long(o.max_field_bytes), problem_at = scan.field;
      } else {
        problem = record_too_long(o.max_record_bytes), problem_at = record;
      }
      if (out.fields.empty()) out.fields.emplace_back();
      break;
    }
    // Grows geometrically, so that a long record is scanned a few times, not once a block.
    s.read_more(std::min(std::max(have, std::size_t{1} << 16), bound + 1 - have));
  }
  out.fields.resize(std::max<std::size_t>(sink.used, problem_at != no_offset ? 1 : 0));
  out.line = s.line;
  s.record_line = s.line;

  if (problem_at == no_offset && scan.status == CsvScan::Status::record) {
    if (sink.count > sink.max_fields) problem = too_many_fields(sink.max_fields), problem_at = record;
    else if (sink.text_bytes > o.max_record_bytes) problem = record_too_long(o.max_record_bytes), problem_at = record;
    else if (sink.long_field != no_offset) problem = field_too_long(o.max_field_bytes), problem_at = sink.long_field;
  }
  if (problem_at == no_offset && scan.status == CsvScan::Status::problem) {
    problem = detail::csv_problem_text(scan, s.base, o.delimiter);
    problem_at = scan.problem.offset;
  }

  if (problem_at == no_offset) {
    // Lines and columns: one line unless the record ran over line ends.
    for (auto& f : out.fields) {
      if (scan.multiline()) {
        std::tie(f.line, f.column) = s.where(record, f.column);
      } else {
        f.line = s.line;
        f.column = static_cast<std::size_t>(s.base + f.column - s.line_start + 1);
      }
    }
    if (scan.multiline()) s.second_line = scan.first_line_end + 1;
    s.advance_to(scan.end);
    return true;
  }

  // A bad record: reported where the tokenizer says, skipped up to the line after its first.
  const std::size_t reported = scan.reported_offset(problem_at);
  const auto [line, column] = s.where(record, reported);
  if (scan.past_first_line(problem_at)) {
    const auto [inner_line, inner_column] = s.where(record, problem_at);
    problem = detail::multiline_problem_text(problem, inner_line, inner_column, line + 1);
  } else if (scan.status == CsvScan::Status::problem && detail::names_resume_line(scan)) {
    problem += detail::resume_text(line + 1);
  }
  parse_error e(SourceLocation{s.source, line, column, {}}, problem);
  for (auto& f : out.fields) f.line = line, f.column = column;
  if (scan.multiline()) s.advance_to(scan.first_line_end + 1);
  else if (scan.status == CsvScan::Status::problem && scan.resume != no_offset) s.advance_to(scan.resume);
  else s.skip_line();
  throw e;
}

bool CsvReader::reread_after_first_line() {
  State& s = *state_;
  if (s.second_line == no_offset) return false;
  // The record's bytes stay in the buffer until the next call to next().
  s.pos = s.second_line;
  s.line = s.record_line + 1;
  s.line_start = s.base + s.pos;
  s.second_line = no_offset;
  return true;
}

std::string check_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* const end = p + text.size();
  for (const auto* q = p; q < end;) {
    if (*q < 0x80) {
      ++q;
      continue;
    }
    const auto step = detail::utf8_sequence(q, end);
    if (step.length == 0) return detail::utf8_problem_text(step.fault, step.byte, static_cast<std::uint64_t>(q - p));
    q += step.length;
  }
  return {};
}

}  // namespace fundline
