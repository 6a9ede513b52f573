// Internal: the CSV hot path shared by the dataset loaders.
//
// A buffer (a memory-mapped file or text in memory) is split into chunks at
// line boundaries, one a thread. A chunk's start is a guess: a quoted field
// may hold a newline, so the previous chunk's last record may end past it.
// Each chunk is parsed independently; afterwards the chunks are checked in
// order, and one whose guessed start differs from the true end of its
// predecessor is parsed again from the true end. Errors found by a chunk are
// kept as byte offsets and only turned into line numbers (one pass over the
// buffer) once its start is known to be right, so a wrong guess never
// reports a phantom error.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <exception>
#include <filesystem>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "../io/csv_tokenizer.hpp"
#include "on_threads.hpp"
#include "fundline/core/error.hpp"
#include "fundline/dataset/load_options.hpp"

namespace fundline::detail {

// A read-only view of a whole file. Large files are memory-mapped; parsed
// pages can be released so that they do not stay in the resident set.
class MappedFile {
 public:
  explicit MappedFile(const std::filesystem::path& path);
  ~MappedFile();
  MappedFile(const MappedFile&) = delete;
  MappedFile& operator=(const MappedFile&) = delete;
  [[nodiscard]] std::string_view text() const noexcept { return {data_, size_}; }
  // Drops the pages wholly inside [from, to) from memory; reading them again
  // faults them back in from the page cache.
  void release(std::size_t from, std::size_t to) const noexcept;

 private:
  const char* data_ = nullptr;
  std::size_t size_ = 0;
  bool mapped_ = false;
  std::string fallback_;  // empty files and files mmap refuses
};

// A problem at a byte offset. role < 0: the record's structure.
struct RowError {
  std::size_t offset = 0;
  int role = -1;
  std::string message;
  // A CSV problem past the record's first line: offset is the quote that
  // opened the field running over it, inner the problem's own offset.
  std::size_t inner = no_offset;
  bool names_resume_line = false;  // message ends with resume_text() once lines are known
};

struct CsvHeader {
  std::size_t body_offset = 0;         // first byte after the header line
  std::size_t columns = 0;             // fields a record must have
  std::vector<signed char> role_of;    // per column: role index or -1
  std::vector<std::string> role_names; // the names asked for
};

// Reads the header line and maps wanted names to roles; throws parse_error
// (line 1) when a required name (the first `required` of names) is missing.
CsvHeader read_header(std::string_view text, std::string_view source, const std::vector<std::string>& names,
                      std::size_t required);

// Turns sorted offsets into 1-based lines and columns in one pass (releasing
// the pages it has counted through, when file is given).
class MappedFile;
void locate(std::string_view text, const std::vector<std::size_t>& offsets, std::vector<std::size_t>& lines,
            std::vector<std::size_t>& columns, const MappedFile* file);

inline constexpr std::size_t max_roles = 12;

// The tokenizer's state over one buffer, kept from record to record.
struct ScanState {
  ScanState(const char* base, std::size_t size) noexcept : cursor(base + size, ','), plain(base, size, ',') {}
  scan::Cursor cursor;
  scan::PlainRecords plain;
};

// Scans the record at pos with the CSV tokenizer. On success fills views (by
// role), advances pos past the record's line end and returns true. On
// failure fills err and sets pos where a lenient reader resumes: the line
// after the record's first, as CsvReader does. state: made for base and
// size.
inline bool scan_record(const char* base, std::size_t size, std::size_t& pos, const CsvHeader& header,
                        FieldView* views, RowError& err, ScanState& state) {
  struct ByRole {
    FieldView* views;
    const signed char* role_of;
    std::size_t columns;
    std::size_t col = 0;
    void field(const FieldView& v) noexcept {
      if (col < columns) {
        const int r = role_of[col];
        if (r >= 0) views[r] = v;
      }
      ++col;
    }
  } sink{views, header.role_of.data(), header.columns};
  // Most records are plain (scan::PlainRecords); the others are read again by the rules.
  if (const std::size_t next = state.plain.read(pos, sink); next != no_offset && sink.col == header.columns) {
    pos = next;
    return true;
  }
  sink.col = 0;
  const std::size_t record = pos;
  const CsvScan s = scan_csv_record(base, size, pos, true, sink, state.cursor);
  if (s.status != CsvScan::Status::record) {
    err = {s.reported_offset(s.problem.offset), -1, csv_problem_text(s, 0, ','),
           s.past_first_line(s.problem.offset) ? s.problem.offset : no_offset, names_resume_line(s)};
    pos = s.resume;
    return false;
  }
  if (sink.col != header.columns) {
    err = {record, -1,
           "expected " + std::to_string(header.columns) + " fields as in the header, got " + std::to_string(sink.col)};
    pos = s.multiline() ? s.first_line_end + 1 : s.end;
    return false;
  }
  pos = s.end;
  return true;
}

struct ChunkOutcome {
  std::size_t start = 0;
  std::size_t end = 0;             // just past the last record parsed
  std::size_t rows = 0;
  std::vector<RowError> problems;  // strict mode: at most one, then the chunk stopped
};

// Handler: bool row(const FieldView* views_by_role, RowError& err) appends
// one good row or fills err (offset, role, message) and appends nothing.
template <class Handler>
ChunkOutcome parse_range(std::string_view text, std::size_t start, std::size_t limit, const CsvHeader& header,
                         ParseMode mode, Handler& handler, const MappedFile* file) {
  ChunkOutcome out;
  out.start = start;
  const char* base = text.data();
  const std::size_t size = text.size();
  std::size_t pos = start;
  std::size_t released = start;
  constexpr std::size_t release_step = std::size_t{8} << 20;
  // A record with the header's field count sets every role the header has;
  // roles it lacks stay empty. So views are cleared once, not per record.
  FieldView views[max_roles];
  RowError err;
  ScanState state(base, size);
  while (pos < limit) {
    if (base[pos] == '\n' || base[pos] == '\r') {  // blank lines, a CR before a record
      pos = skip_line_ends(base, limit, pos);
      continue;
    }
    const std::size_t record = pos;
    bool ok = scan_record(base, size, pos, header, views, err, state);
    if (ok) {
      ok = handler.row(views, err);
      if (ok) ++out.rows;
    }
    if (!ok) {
      out.problems.push_back(std::move(err));
      err = RowError{};
      if (mode == ParseMode::strict) {
        out.end = pos;
        return out;
      }
      if (pos <= record) pos = record + 1;
    }
    if (file != nullptr && pos - released >= release_step) {
      file->release(released, record);
      released = record;
    }
  }
  out.end = pos;
  return out;
}

// Splits [header.body_offset, size) into up to `threads` chunks, parses them
// in parallel with handlers from make(), repairs wrong chunk starts, and
// either throws the first problem (strict) or returns them located (lenient).
// Returns the handlers in file order.
template <class Handler, class Make>
std::vector<Handler> parse_chunks(std::string_view text, std::string_view source, const CsvHeader& header,
                                  const LoadOptions& options, const MappedFile* file, Make make,
                                  LoadSummary& summary) {
  const std::size_t body = header.body_offset, size = text.size();
  unsigned threads = options.threads != 0 ? options.threads : std::max(1u, std::thread::hardware_concurrency());
  // Automatic: a thread for each MiB at most. Asked for: as many as asked
  // (tests split small inputs on purpose).
  const std::size_t min_chunk = options.threads != 0 ? 1 : std::size_t{1} << 20;
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, (size - body) / min_chunk + 1));
  threads = std::max(1u, std::min(threads, 64u));

  std::vector<std::size_t> starts{body};
  for (unsigned i = 1; i < threads; ++i) {
    std::size_t guess = body + (size - body) / threads * i;
    const void* nl = std::memchr(text.data() + guess, '\n', size - guess);
    guess = nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1 : size;
    starts.push_back(std::max(guess, starts.back()));
  }
  std::vector<std::size_t> limits(starts.begin() + 1, starts.end());
  limits.push_back(size);

  std::vector<Handler> handlers;
  handlers.reserve(threads);
  for (unsigned i = 0; i < threads; ++i) handlers.push_back(make());
  std::vector<ChunkOutcome> outcomes(threads);
  on_threads(threads, [&](unsigned i) {
    outcomes[i] = parse_range(text, starts[i], limits[i], header, options.mode, handlers[i], file);
  });

  std::vector<RowError> problems;
  for (unsigned i = 0; i < threads; ++i) {
    if (i > 0 && outcomes[i].start != outcomes[i - 1].end) {
      // The guessed start was inside a quoted field: parse again from the truth.
      handlers[i] = make();
      const std::size_t from = outcomes[i - 1].end;
      outcomes[i] = parse_range(text, from, std::max(from, limits[i]), header, options.mode, handlers[i], file);
    }
    summary.rows += outcomes[i].rows;
    for (auto& p : outcomes[i].problems) problems.push_back(std::move(p));
    if (options.mode == ParseMode::strict && !problems.empty()) break;
  }
  if (problems.empty()) return handlers;

  // Every offset to locate: each problem's, and the inner one of a problem
  // reported at the quote of a multi-line record. locate() wants them sorted.
  std::vector<std::pair<std::size_t, std::size_t>> wanted;  // (offset, slot): slot 2i, or 2i + 1 for inner
  for (std::size_t i = 0; i < problems.size(); ++i) {
    wanted.emplace_back(problems[i].offset, 2 * i);
    if (problems[i].inner != no_offset) wanted.emplace_back(problems[i].inner, 2 * i + 1);
  }
  std::sort(wanted.begin(), wanted.end());
  std::vector<std::size_t> offsets, sorted_lines, sorted_columns;
  for (const auto& w : wanted) offsets.push_back(w.first);
  locate(text, offsets, sorted_lines, sorted_columns, file);
  std::vector<std::size_t> lines(2 * problems.size()), columns(2 * problems.size());
  for (std::size_t k = 0; k < wanted.size(); ++k) {
    lines[wanted[k].second] = sorted_lines[k];
    columns[wanted[k].second] = sorted_columns[k];
  }
  for (std::size_t i = 0; i < problems.size(); ++i) {
    auto& p = problems[i];
    if (p.inner != no_offset)
      p.message = multiline_problem_text(p.message, lines[2 * i + 1], columns[2 * i + 1], lines[2 * i] + 1);
    else if (p.names_resume_line)
      p.message += resume_text(lines[2 * i] + 1);
  }
  auto field_of = [&](const RowError& p) {
    return p.role >= 0 ? header.role_names[static_cast<std::size_t>(p.role)] : std::string();
  };
  if (options.mode == ParseMode::strict) {
    const auto& p = problems.front();
    throw parse_error(SourceLocation{std::string(source), lines[0], columns[0], field_of(p)}, p.message);
  }
  summary.skipped += problems.size();
  for (std::size_t i = 0; i < problems.size(); ++i)
    summary.problems.push_back(
        LoadProblem{lines[2 * i], columns[2 * i], field_of(problems[i]), std::move(problems[i].message)});
  return handlers;
}

}  // namespace fundline::detail
