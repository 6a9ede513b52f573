// fundline/io/csv_reader.hpp - a streaming RFC 4180 CSV reader.
//
// CsvReader reads records one at a time from a file, a stream or a string:
// quoted fields with commas, doubled quotes and embedded newlines, CRLF or LF
// line ends, a UTF-8 byte-order mark, empty fields. Every field keeps the
// 1-based line and column where it starts (columns count bytes), so callers
// can name the exact spot of a bad value.
//
// Rules (fundline's one CSV tokenizer, shared with the columnar Dataset
// loaders, so that both give a file the same verdict; docs/row-rules.md):
// - Blank lines are skipped; a final line without a line end is a record.
//   A CR ends a line before a LF, at the end of the input, or before a
//   record ("\n\r" line ends); inside a record it is a byte of its field.
// - The text must be UTF-8 without NUL bytes; a bad sequence is an error
//   giving its byte offset in the input.
// - A field or a record longer than its limit (16 MiB by default), or a
//   record of more than 65536 fields, is an error found while streaming:
//   a 1 GB line costs time, never memory.
// - Errors are parse_error with source, line and column. After an error in
//   one record (bad UTF-8, a stray quote, an over-long field) the reader has
//   already skipped that record, so a lenient caller may call next() again.
// - Recovery at the next record boundary: after a bad record reading
//   resumes on the line after the record's first, so no good line is lost.
//   A problem past that first line (the record ran over line ends inside a
//   quoted field: a stray quote swallows the lines after it, an
//   unterminated quote runs to the end of the input) is reported at the
//   quote that opened that field.
//   A caller that rejects a well-formed multi-line record (the wrong number
//   of fields) calls reread_after_first_line() for the same recovery.
//
//   auto csv = fundline::CsvReader::from_string("name,amount\n\"Mistral, AI\",105\n", "mini.csv");
//   fundline::CsvRecord r;
//   csv.next(r);            // true: the header
//   csv.next(r);            // true
//   r.size();               // 2
//   r[0].text;              // "Mistral, AI"
//   r[1].line;              // 2
//   r[1].column;            // 15
//   csv.next(r);            // false: end of input
//   fundline::trim_blanks(" USD\t");   // "USD"
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "fundline/core/error.hpp"

namespace fundline {

struct CsvField {
  std::string text;         // unquoted, with doubled quotes undone
  std::size_t line = 0;     // 1-based line where the field starts
  std::size_t column = 0;   // 1-based byte column where the field starts
  bool quoted = false;
};

struct CsvRecord {
  std::vector<CsvField> fields;
  std::size_t line = 0;  // line of the record's first byte

  [[nodiscard]] std::size_t size() const noexcept { return fields.size(); }
  [[nodiscard]] const CsvField& operator[](std::size_t i) const { return fields[i]; }
};

struct CsvOptions {
  std::size_t max_field_bytes = std::size_t{16} << 20;
  std::size_t max_record_bytes = std::size_t{16} << 20;
  std::size_t max_fields = 65536;  // per record; at least 1
  char delimiter = ',';  // ASCII, not a quote, a line end or NUL (else the reader throws error)
};

class CsvReader {
 public:
  // Throws error when the file cannot be opened.
  [[nodiscard]] static CsvReader from_file(const std::filesystem::path& path, CsvOptions options = {});
  // Reads from a stream the caller keeps alive; total_bytes() is 0 (unknown).
  [[nodiscard]] static CsvReader from_stream(std::istream& in, std::string source_name, CsvOptions options = {});
  [[nodiscard]] static CsvReader from_string(std::string text, std::string source_name, CsvOptions options = {});

  CsvReader(CsvReader&&) noexcept;
  CsvReader& operator=(CsvReader&&) noexcept;
  ~CsvReader();

  // Reads the next record into `out` (reusing its storage); false at the end.
  // Throws parse_error for malformed input.
  bool next(CsvRecord& out);

  // When the record next() just returned ran over line ends inside quotes,
  // reads again from its second line (the caller rejects the record as a
  // stray quote's) and returns true; otherwise does nothing and returns false.
  bool reread_after_first_line();

  [[nodiscard]] const std::string& source() const noexcept;
  // Bytes consumed so far, and the input's size when known (0 otherwise): for progress bars.
  [[nodiscard]] std::uint64_t bytes_read() const noexcept;
  [[nodiscard]] std::uint64_t total_bytes() const noexcept;

 private:
  struct State;
  explicit CsvReader(std::unique_ptr<State> state);
  std::unique_ptr<State> state_;
};

// A field without the spaces and tabs around it: fundline's one trim for
// CSV text (header names, the ECB daily file's " USD", Crunchbase values).
[[nodiscard]] constexpr std::string_view trim_blanks(std::string_view s) noexcept {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// Returns an empty string when `text` is valid UTF-8, else what is wrong and
// the byte offset of the first bad sequence.
[[nodiscard]] std::string check_utf8(std::string_view text);

}  // namespace fundline
