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
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

struct FieldView {
  const char* data = nullptr;
  std::uint32_t size = 0;
  bool escaped = false;  // holds doubled quotes to collapse
  [[nodiscard]] std::string_view raw() const noexcept { return {data, size}; }
  [[nodiscard]] bool empty() const noexcept { return size == 0; }
};

// A problem at a byte offset. role < 0: the record's structure.
struct RowError {
  std::size_t offset = 0;
  int role = -1;
  std::string message;
};

// The collapsed text of a quoted field with doubled quotes, in scratch.
std::string_view unescape_quotes(const FieldView& f, std::string& scratch);
inline std::string_view unescape(const FieldView& f, std::string& scratch) {
  return f.escaped ? unescape_quotes(f, scratch) : f.raw();
}

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

namespace scan {
// Bit i set when block[i] is ',' or '\n', for the n <= 64 bytes of block.
inline std::uint64_t delimiter_mask(const char* block, std::size_t n) noexcept {
  std::uint64_t m = 0;
#if defined(__SSE2__)
  if (n == 64) {
    const __m128i comma = _mm_set1_epi8(','), newline = _mm_set1_epi8('\n');
    for (int k = 0; k < 4; ++k) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * k));
      const auto bits = static_cast<unsigned>(
          _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, comma), _mm_cmpeq_epi8(v, newline))));
      m |= static_cast<std::uint64_t>(bits) << (16 * k);
    }
    return m;
  }
#endif
  for (std::size_t i = 0; i < n; ++i)
    m |= static_cast<std::uint64_t>(block[i] == ',' || block[i] == '\n') << i;
  return m;
}

// Finds field ends: one 64-byte mask serves every short field inside it, so
// a record of twenty fields costs a handful of vector compares.
class DelimiterCursor {
 public:
  explicit DelimiterCursor(const char* end) noexcept : end_(end), block_(end) {}
  // The first ',' or '\n' at or after q (q <= end), or end.
  const char* next(const char* q) noexcept {
    for (;;) {
      if (q >= block_ && q < block_ + avail_) {
        const std::uint64_t m = mask_ >> static_cast<unsigned>(q - block_);
        if (m != 0) return q + __builtin_ctzll(m);
        q = block_ + avail_;
      }
      if (q >= end_) return end_;
      block_ = q;
      avail_ = static_cast<std::size_t>(std::min<std::ptrdiff_t>(end_ - q, 64));
      mask_ = delimiter_mask(q, avail_);
    }
  }

 private:
  const char* end_;
  const char* block_;
  std::size_t avail_ = 0;
  std::uint64_t mask_ = 0;
};
}  // namespace scan

// Where a lenient reader resumes after a malformed record that starts at
// record: the line after the record's first line, as CsvReader does, so that
// a stray quote never swallows the good lines after it.
inline std::size_t after_first_line(const char* base, std::size_t size, const char* record) noexcept {
  const void* nl = std::memchr(record, '\n', size - static_cast<std::size_t>(record - base));
  return nl ? static_cast<std::size_t>(static_cast<const char*>(nl) - base) + 1 : size;
}

// Scans the record at pos. On success fills views (by role), advances pos
// past the record's line end and returns true. On failure fills err and sets
// pos where a lenient reader resumes (after_first_line).
inline bool scan_record(const char* base, std::size_t size, std::size_t& pos, const CsvHeader& header,
                        FieldView* views, RowError& err) {
  const char* p = base + pos;
  const char* const end = base + size;
  const char* const record = p;
  std::size_t col = 0;
  const std::size_t ncols = header.columns;
  const signed char* role_of = header.role_of.data();
  scan::DelimiterCursor cursor(end);
  for (;;) {
    FieldView v;
    if (p < end && *p == '"') {
      const char* q = p + 1;
      bool escaped = false;
      for (;;) {
        q = static_cast<const char*>(std::memchr(q, '"', static_cast<std::size_t>(end - q)));
        if (q == nullptr) {
          err = {static_cast<std::size_t>(p - base), -1, "unterminated quoted field: expected a closing quote"};
          pos = after_first_line(base, size, record);
          return false;
        }
        if (q + 1 < end && q[1] == '"') {
          escaped = true;
          q += 2;
          continue;
        }
        break;
      }
      v = {p + 1, static_cast<std::uint32_t>(q - (p + 1)), escaped};
      p = q + 1;
      if (p < end && *p == '\r' && (p + 1 == end || p[1] == '\n')) ++p;
      if (p < end && *p != ',' && *p != '\n') {
        err = {static_cast<std::size_t>(p - base), -1, "expected a comma or a line end after a closing quote"};
        pos = after_first_line(base, size, record);
        return false;
      }
    } else {
      const char* q = cursor.next(p);
      const char* e = q;
      if (e > p && e[-1] == '\r' && (q == end || *q == '\n')) --e;
      v = {p, static_cast<std::uint32_t>(e - p), false};
      p = q;
    }
    if (col < ncols) {
      const int r = role_of[col];
      if (r >= 0) views[r] = v;
    }
    ++col;
    if (p < end && *p == ',') {
      ++p;
      continue;
    }
    if (p < end) ++p;  // the '\n'
    break;
  }
  pos = static_cast<std::size_t>(p - base);
  if (col != ncols) {
    err = {static_cast<std::size_t>(record - base), -1,
           "expected " + std::to_string(ncols) + " fields as in the header, got " + std::to_string(col)};
    pos = after_first_line(base, size, record);
    return false;
  }
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
  while (pos < limit) {
    if (base[pos] == '\n') {  // a blank line
      ++pos;
      continue;
    }
    if (base[pos] == '\r') {  // "\r\n", or a lone CR before a record ("\n\r" line ends), as CsvReader reads them
      pos += pos + 1 < size && base[pos + 1] == '\n' ? 2 : 1;
      continue;
    }
    const std::size_t record = pos;
    bool ok = scan_record(base, size, pos, header, views, err);
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
  // An exception escaping a thread would terminate the program: each worker
  // keeps its own (out of memory, say) for the caller's thread to rethrow.
  std::vector<std::exception_ptr> failures(threads);
  {
    std::vector<std::jthread> workers;
    for (unsigned i = 1; i < threads; ++i)
      workers.emplace_back([&, i] {
        try {
          outcomes[i] = parse_range(text, starts[i], limits[i], header, options.mode, handlers[i], file);
        } catch (...) {
          failures[i] = std::current_exception();
        }
      });
    try {
      outcomes[0] = parse_range(text, starts[0], limits[0], header, options.mode, handlers[0], file);
    } catch (...) {
      failures[0] = std::current_exception();
    }
  }
  for (const auto& f : failures)
    if (f) std::rethrow_exception(f);

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

  std::vector<std::size_t> offsets, lines, columns;
  for (const auto& p : problems) offsets.push_back(p.offset);
  locate(text, offsets, lines, columns, file);
  auto field_of = [&](const RowError& p) {
    return p.role >= 0 ? header.role_names[static_cast<std::size_t>(p.role)] : std::string();
  };
  if (options.mode == ParseMode::strict) {
    const auto& p = problems.front();
    throw parse_error(SourceLocation{std::string(source), lines[0], columns[0], field_of(p)}, p.message);
  }
  summary.skipped += problems.size();
  for (std::size_t i = 0; i < problems.size(); ++i)
    summary.problems.push_back(LoadProblem{lines[i], columns[i], field_of(problems[i]), problems[i].message});
  return handlers;
}

}  // namespace fundline::detail
