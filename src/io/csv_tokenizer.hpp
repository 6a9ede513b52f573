// Internal: fundline's one CSV tokenizer.
//
// scan_csv_record() reads one record from a contiguous byte range and is the
// only code that decides what a field, a quote, a doubled quote, a line end,
// a stray quote, text after a closing quote, an unterminated quote, a NUL
// byte or a bad UTF-8 sequence is, and where a lenient reader resumes after a
// bad record. Every CSV path stands on it: CsvReader (streaming: it makes
// sure its buffer holds the whole record, bounded by its limits, then scans
// it; the importers, the ECB reader, rank) and the columnar scanner
// (dataset/csv_scan.hpp: the Dataset, investments and queries loaders, the
// import fast path), so one file gets one verdict, row for row, from both.
// The columnar scanner first offers each record to scan::PlainRecords, which
// reads a record that needs none of the rules' exceptions 64 bytes at a time
// and hands any other back to scan_csv_record; a plain record gets the same
// fields both ways (tests/io/csv_tokenizer_test.cpp checks it).
//
// The rules (RFC 4180 plus what exporters write):
// - A field is quoted when its first byte is '"'; inside quotes a doubled
//   quote is one quote, and delimiters, CRs and LFs are text. A '"' anywhere
//   else in an unquoted field is a problem (stray quote); after a closing
//   quote only the delimiter or a line end may follow (text after a quote).
// - A record ends at a LF outside quotes or at the end of the input. A CR
//   just before that LF, or just before the end of the input, belongs to the
//   line end; any other CR is a byte of its field. Callers skip blank lines
//   and any CR before a record (skip_line_ends: "\n\r" line ends).
// - Bytes must be UTF-8 (RFC 3629) without NUL; the problem is at the NUL or
//   at the first byte of the bad sequence.
// - A quote with no closing quote before the end of the input: the problem
//   is at that quote.
// - Recovery: after a bad record a lenient reader resumes on the line after
//   the record's first line, so a stray quote never swallows the good lines
//   after it. A problem that lies past that first line end (the record runs
//   over line ends inside a quoted field) is reported at the quote that
//   opened that field: that quote is the likely culprit.
// Offsets are byte offsets into the range given; callers turn them into
// lines and columns (columns count bytes from the byte after the last LF).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <fmt/format.h>

namespace fundline::detail {

inline constexpr std::size_t no_offset = static_cast<std::size_t>(-1);

// A field as it lies in the input: no copy.
struct FieldView {
  const char* data = nullptr;  // after the opening quote when quoted
  std::uint32_t size = 0;
  bool escaped = false;  // holds doubled quotes to collapse
  bool quoted = false;
  [[nodiscard]] std::string_view raw() const noexcept { return {data, size}; }
  [[nodiscard]] bool empty() const noexcept { return size == 0; }
};

// Appends the field's text with doubled quotes undone.
inline void append_unescaped(std::string& out, const FieldView& f) {
  if (!f.escaped) {
    out.append(f.data, f.size);
    return;
  }
  for (std::uint32_t i = 0; i < f.size; ++i) {
    out += f.data[i];
    if (f.data[i] == '"') ++i;  // the second of a doubled quote
  }
}

// The collapsed text of a quoted field with doubled quotes, in scratch.
inline std::string_view unescape_quotes(const FieldView& f, std::string& scratch) {
  scratch.clear();
  append_unescaped(scratch, f);
  return scratch;
}
inline std::string_view unescape(const FieldView& f, std::string& scratch) {
  return f.escaped ? unescape_quotes(f, scratch) : f.raw();
}

// ---- UTF-8 ----------------------------------------------------------------

enum class Utf8Fault : unsigned char { none, cannot_start, does_not_continue, ends_inside };

struct Utf8Step {
  std::size_t length = 0;  // bytes of the valid sequence; 0 on a fault
  Utf8Fault fault = Utf8Fault::none;
  unsigned char byte = 0;  // the byte at fault
};

// Checks the multi-byte sequence whose first byte (>= 0x80) is at p (RFC
// 3629: no overlong forms, no surrogates, at most U+10FFFF).
[[nodiscard]] inline Utf8Step utf8_sequence(const unsigned char* p, const unsigned char* end) noexcept {
  const unsigned char b = *p;
  unsigned char lo = 0x80, hi = 0xBF;
  std::size_t need = 0;
  if (b >= 0xC2 && b <= 0xDF) need = 1;
  else if (b == 0xE0) need = 2, lo = 0xA0;
  else if ((b >= 0xE1 && b <= 0xEC) || b == 0xEE || b == 0xEF) need = 2;
  else if (b == 0xED) need = 2, hi = 0x9F;
  else if (b == 0xF0) need = 3, lo = 0x90;
  else if (b >= 0xF1 && b <= 0xF3) need = 3;
  else if (b == 0xF4) need = 3, hi = 0x8F;
  else return {0, Utf8Fault::cannot_start, b};
  for (std::size_t i = 1; i <= need; ++i) {
    if (p + i >= end) return {0, Utf8Fault::ends_inside, 0};
    if (p[i] < lo || p[i] > hi) return {0, Utf8Fault::does_not_continue, p[i]};
    lo = 0x80;
    hi = 0xBF;
  }
  return {need + 1, Utf8Fault::none, 0};
}

// What is wrong with the sequence starting at byte `offset` of the input.
[[nodiscard]] inline std::string utf8_problem_text(Utf8Fault fault, unsigned char byte, std::uint64_t offset) {
  switch (fault) {
    case Utf8Fault::cannot_start:
      return fmt::format("invalid UTF-8 at byte offset {}: byte 0x{:02X} cannot start a character", offset, byte);
    case Utf8Fault::does_not_continue:
      return fmt::format("invalid UTF-8 at byte offset {}: byte 0x{:02X} does not continue the sequence", offset,
                         byte);
    case Utf8Fault::ends_inside:
      return fmt::format("invalid UTF-8 at byte offset {}: the input ends inside a multi-byte character", offset);
    case Utf8Fault::none: break;
  }
  return {};
}

// ---- Records ----------------------------------------------------------------

enum class CsvFault : unsigned char { none, stray_quote, text_after_quote, unterminated_quote, nul_byte, bad_utf8 };

struct CsvProblem {
  CsvFault fault = CsvFault::none;
  Utf8Fault utf8 = Utf8Fault::none;
  unsigned char byte = 0;   // bad_utf8: the byte at fault
  std::size_t offset = 0;   // the quote, the byte, or the sequence's first byte
};

struct CsvScan {
  enum class Status : unsigned char { record, problem, need_more };
  Status status = Status::record;
  std::size_t end = 0;      // record: just past its line end
  std::size_t field = 0;    // need_more: where the unfinished field starts (its quote when quoted)
  // The record's first LF when the scan met it inside quotes (the record
  // runs over line ends), and the quote of the field that holds it.
  std::size_t first_line_end = no_offset;
  std::size_t open_quote = no_offset;
  CsvProblem problem;       // status problem
  // problem: where a lenient reader resumes: the line after the record's
  // first; no_offset when that line end lies past the bytes given.
  std::size_t resume = no_offset;

  [[nodiscard]] bool multiline() const noexcept { return first_line_end != no_offset; }
  // Whether a problem at `offset` is reported at open_quote (it lies past
  // the record's first line, inside or after the field that ran over it).
  [[nodiscard]] bool past_first_line(std::size_t offset) const noexcept {
    return first_line_end != no_offset && offset > first_line_end;
  }
  [[nodiscard]] std::size_t reported_offset(std::size_t offset) const noexcept {
    return past_first_line(offset) ? open_quote : offset;
  }
};

namespace scan {
// Bit i set when block[i] is the delimiter, a LF, a quote, a NUL or a byte
// >= 0x80 (the bytes a field scan must look at), for the n <= 64 bytes of
// block.
inline std::uint64_t special_mask(const char* block, std::size_t n, char delimiter) noexcept {
  std::uint64_t m = 0;
#if defined(__SSE2__)
  if (n == 64) {
    const __m128i delim = _mm_set1_epi8(delimiter), lf = _mm_set1_epi8('\n'), quote = _mm_set1_epi8('"'),
                  one = _mm_set1_epi8(1);
    for (int k = 0; k < 4; ++k) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(block + 16 * k));
      // As signed bytes, NUL and every byte >= 0x80 are below 1: one compare for both.
      const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, delim), _mm_cmpeq_epi8(v, lf)),
                                       _mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmplt_epi8(v, one)));
      m |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(hit))) << (16 * k);
    }
    return m;
  }
#endif
  for (std::size_t i = 0; i < n; ++i) {
    const char c = block[i];
    m |= static_cast<std::uint64_t>(c == delimiter || c == '\n' || c == '"' || c == '\0' ||
                                    static_cast<unsigned char>(c) >= 0x80)
         << i;
  }
  return m;
}

// Finds the next byte a field scan must look at. One block's mask serves
// every short field inside it, so a record of twenty fields costs a handful
// of vector compares; a scanner that reads record after record from one
// buffer keeps its cursor, and the next record starts in the block where the
// last one ended.
class Cursor {
 public:
  // For the bytes before end, with this delimiter.
  Cursor(const char* end, char delimiter) noexcept : end_(end), block_(end), delimiter_(delimiter) {}
  // The first delimiter, LF, quote, NUL or byte >= 0x80 at or after q (q <= end), or end.
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
      mask_ = special_mask(q, avail_, delimiter_);
    }
  }
  [[nodiscard]] char delimiter() const noexcept { return delimiter_; }

 private:
  const char* end_;
  const char* block_;
  std::size_t avail_ = 0;
  std::uint64_t mask_ = 0;
  char delimiter_;
};

// The fast way through records that need none of the rules' exceptions,
// for a scanner that reads record after record from one buffer (the
// columnar loaders). Each 64-byte block is classified once, with bit masks:
// the quote state at every byte is the running XOR of the quotes before it,
// so the delimiters and LFs outside quotes (the structure) come out of a few
// bit operations, however many fields are quoted, and so do the bytes that
// break a rule:
// - an odd byte: a CR, a NUL or a byte >= 0x80;
// - a quote that opens a field anywhere but at its start (a stray quote, or
//   the second of a doubled one);
// - a quote that closes a field without a delimiter or a LF right after it.
// read() takes a record only when none of these lies in it and it ends in a
// LF. Anything else (a doubled quote, a CR, UTF-8, a problem, the last bytes
// of the input) is left to scan_csv_record, which gives a plain record the
// same fields, so the verdict is always the tokenizer's.
class PlainRecords {
 public:
  PlainRecords(const char* base, std::size_t size, char delimiter) noexcept
      : base_(base), size_(size), delimiter_(delimiter) {}

  // The plain record at pos (not at a line end): its fields go to
  // sink.field(view) and the offset past its LF is returned. Otherwise
  // no_offset, and the fields given so far are to be forgotten.
  template <class Sink>
  std::size_t read(std::size_t pos, Sink& sink) noexcept {
    if (pos != next_ && !restart(pos)) return no_offset;
    record_ = pos;
    broken_ = false;
    for (std::size_t f = pos;;) {
      const std::size_t e = next_structure();
      if (e == no_offset) return next_ = no_offset;
      const char* const field = base_ + f;
      // A quoted field runs from its opening quote to the closing one just before e.
      if (*field == '"') sink.field(FieldView{field + 1, static_cast<std::uint32_t>(e - f - 2), false, true});
      else sink.field(FieldView{field, static_cast<std::uint32_t>(e - f), false, false});
      if (base_[e] == '\n') {
        if (broken_ || (broken_bits_ & from(record_) & through(e)) != 0) return next_ = no_offset;
        return next_ = e + 1;
      }
      f = e + 1;
    }
  }

 private:
  // Bits of the current block at offsets >= x (none when x is past it), and <= x (x in it).
  [[nodiscard]] std::uint64_t from(std::size_t x) const noexcept {
    if (x <= block_) return ~std::uint64_t{0};
    return x - block_ >= 64 ? 0 : ~std::uint64_t{0} << (x - block_);
  }
  [[nodiscard]] std::uint64_t through(std::size_t x) const noexcept {
    return ~std::uint64_t{0} >> (63 - (x - block_));
  }

  // Starts the blocks at pos, a record's start, outside quotes.
  bool restart(std::size_t pos) noexcept {
    if (pos + 64 > size_) return false;
    block_ = pos;
    inside_ = 0;
    field_start_ = 1;
    closing_at_end_ = false;
    classify();
    return true;
  }

  // The next block, if the input holds all 64 of its bytes.
  bool advance() noexcept {
    if (block_ + 128 > size_) return false;
    if ((broken_bits_ & from(record_)) != 0) broken_ = true;
    block_ += 64;
    classify();
    return true;
  }

  void classify() noexcept {
    const char* b = base_ + block_;
    std::uint64_t quote = 0, structure = 0, odd = 0;
#if defined(__SSE2__)
    const __m128i q = _mm_set1_epi8('"'), d = _mm_set1_epi8(delimiter_), lf = _mm_set1_epi8('\n'),
                  cr = _mm_set1_epi8('\r'), one = _mm_set1_epi8(1);
    for (int k = 0; k < 4; ++k) {
      const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(b + 16 * k));
      const auto shift = static_cast<unsigned>(16 * k);
      quote |= static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(v, q)))) << shift;
      structure |= static_cast<std::uint64_t>(static_cast<unsigned>(
                       _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, d), _mm_cmpeq_epi8(v, lf)))))
                   << shift;
      // As signed bytes, NUL and every byte >= 0x80 are below 1.
      odd |= static_cast<std::uint64_t>(static_cast<unsigned>(
                 _mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, cr), _mm_cmplt_epi8(v, one)))))
             << shift;
    }
#else
    for (unsigned i = 0; i < 64; ++i) {
      const char c = b[i];
      quote |= static_cast<std::uint64_t>(c == '"') << i;
      structure |= static_cast<std::uint64_t>(c == delimiter_ || c == '\n') << i;
      odd |= static_cast<std::uint64_t>(c == '\r' || c == '\0' || static_cast<unsigned char>(c) >= 0x80) << i;
    }
#endif
    // Bit i of `in`: inside quotes after byte i, the running XOR of the quotes up to it.
    std::uint64_t in = quote;
    for (unsigned s = 1; s < 64; s *= 2) in ^= in << s;
    in ^= inside_;
    inside_ = (in >> 63) != 0 ? ~std::uint64_t{0} : 0;
    structure_ = structure & ~in;
    unread_ = structure_;
    const std::uint64_t starts = structure_ << 1 | field_start_;  // the bytes that begin a field
    const std::uint64_t opening = quote & in, closing = quote & ~in;
    constexpr std::uint64_t last = std::uint64_t{1} << 63;
    broken_bits_ = odd | (opening & ~starts) | (closing & ~(structure_ >> 1) & ~last);
    // A closing quote at the end of the last block wants the structure at this block's start;
    // it is counted at this block's first byte, which lies in the same record.
    if (closing_at_end_ && (structure_ & 1) == 0) broken_bits_ |= 1;
    closing_at_end_ = (closing & last) != 0;
    field_start_ = structure_ >> 63;
  }

  // The next delimiter or LF outside quotes, advancing block by block.
  std::size_t next_structure() noexcept {
    while (unread_ == 0)
      if (!advance()) return no_offset;
    const std::size_t e = block_ + static_cast<std::size_t>(__builtin_ctzll(unread_));
    unread_ &= unread_ - 1;
    return e;
  }

  const char* base_;
  std::size_t size_;
  char delimiter_;
  std::size_t next_ = no_offset;  // where the last plain record ended
  std::size_t record_ = 0;        // where the record being read starts
  bool broken_ = false;           // a rule broken in one of its earlier blocks
  std::size_t block_ = 0;         // the current block's offset
  std::uint64_t structure_ = 0, broken_bits_ = 0;
  std::uint64_t unread_ = 0;      // the structure not yet given, from the current record on
  std::uint64_t inside_ = 0;      // all ones when the last block ended inside quotes
  std::uint64_t field_start_ = 0; // 1 when this block's first byte begins a field
  bool closing_at_end_ = false;   // the last block ended with a closing quote
};
}  // namespace scan

// The UTF-8 byte-order mark's length at the start of the input (0 or 3).
[[nodiscard]] inline std::size_t bom_length(std::string_view text) noexcept {
  return text.substr(0, 3) == "\xEF\xBB\xBF" ? 3 : 0;
}

// Skips blank lines and any CR before a record ("\r\n" and "\n\r" line
// ends): returns the first other byte's offset (or size).
[[nodiscard]] inline std::size_t skip_line_ends(const char* base, std::size_t size, std::size_t pos) noexcept {
  while (pos < size && (base[pos] == '\n' || base[pos] == '\r')) ++pos;
  return pos;
}

// Scans the record starting at pos (not at a line end: skip_line_ends first)
// in base[0, size). input_ends: whether the input ends at size; if not, a
// record that may go on past size gives need_more. Calls sink.field(view)
// for each field in order; on a problem, the fields before it have been given.
// Inlined into each caller, so that the sink lives in registers: the hot loops
// of the columnar loaders spend their time here.
//
// cursor: made for base + size and delimiter; a caller that scans record
// after record in one buffer passes the same cursor each time.
template <class Sink>
[[gnu::always_inline]] inline CsvScan scan_csv_record(const char* base, std::size_t size, std::size_t pos,
                                                      bool input_ends, Sink& sink, scan::Cursor& cursor) {
  const char* p = base + pos;
  const char* const end = base + size;
  const char delimiter = cursor.delimiter();
  CsvScan s;
  const auto at = [&](const char* q) { return static_cast<std::size_t>(q - base); };
  const auto fail = [&](CsvFault fault, const char* q) {
    s.status = CsvScan::Status::problem;
    s.problem.fault = fault;
    s.problem.offset = at(q);
    if (s.first_line_end != no_offset) {
      s.resume = s.first_line_end + 1;
    } else {
      // No LF before q (one outside quotes would have ended the record).
      const void* nl = std::memchr(q, '\n', static_cast<std::size_t>(end - q));
      s.resume = nl ? at(static_cast<const char*>(nl)) + 1 : input_ends ? size : no_offset;
    }
    return s;
  };
  const auto more = [&](const char* field) {
    s.status = CsvScan::Status::need_more;
    s.field = at(field);
    return s;
  };
  // A byte >= 0x80 at q: the length of its valid sequence, or 0 after fail() or more().
  const auto utf8 = [&](const char* q, const char* field, bool& stop) -> std::size_t {
    const auto u = utf8_sequence(reinterpret_cast<const unsigned char*>(q), reinterpret_cast<const unsigned char*>(end));
    if (u.length != 0) return u.length;
    stop = true;
    if (u.fault == Utf8Fault::ends_inside && !input_ends) {
      more(field);
    } else {
      fail(CsvFault::bad_utf8, q);
      s.problem.utf8 = u.fault;
      s.problem.byte = u.byte;
    }
    return 0;
  };
  for (;;) {
    if (p < end && *p == '"') {
      const char* const open = p;
      const char* q = p + 1;
      bool escaped = false;
      for (;;) {
        q = cursor.next(q);
        if (q == end) return input_ends ? fail(CsvFault::unterminated_quote, open) : more(open);
        const char c = *q;
        if (c == '"') {
          if (q + 1 == end && !input_ends) return more(open);
          if (q + 1 < end && q[1] == '"') {
            escaped = true;
            q += 2;
            continue;
          }
          break;
        }
        if (c == '\n') {
          if (s.first_line_end == no_offset) {
            s.first_line_end = at(q);
            s.open_quote = at(open);
          }
          ++q;
          continue;
        }
        if (c == '\0') return fail(CsvFault::nul_byte, q);
        if (static_cast<unsigned char>(c) < 0x80) {  // the delimiter, text inside quotes
          ++q;
          continue;
        }
        bool stop = false;
        q += utf8(q, open, stop);
        if (stop) return s;
      }
      const FieldView v{open + 1, static_cast<std::uint32_t>(q - (open + 1)), escaped, true};
      p = q + 1;
      if (p < end && *p == '\r') {
        if (p + 1 == end && !input_ends) return more(open);
        if (p + 1 == end || p[1] == '\n') ++p;
      }
      if (p == end) {
        if (!input_ends) return more(open);
      } else if (*p != delimiter && *p != '\n') {
        return fail(CsvFault::text_after_quote, p);
      }
      sink.field(v);
    } else {
      const char* const start = p;
      const char* q = p;
      for (;;) {
        q = cursor.next(q);
        if (q == end) {
          if (!input_ends) return more(start);
          break;
        }
        const char c = *q;
        if (c == delimiter || c == '\n') break;
        if (c == '"') return fail(CsvFault::stray_quote, q);
        if (c == '\0') return fail(CsvFault::nul_byte, q);
        bool stop = false;
        q += utf8(q, start, stop);
        if (stop) return s;
      }
      const char* e = q;
      // Before the LF or at the end of the input the CR is the line end's; before a delimiter it is text.
      if (e > start && e[-1] == '\r' && (q == end || *q == '\n')) --e;
      sink.field(FieldView{start, static_cast<std::uint32_t>(e - start), false, false});
      p = q;
    }
    if (p < end && *p == delimiter) {
      ++p;
      continue;
    }
    if (p < end) ++p;  // the LF
    s.end = at(p);
    return s;
  }
}

// The same with a cursor of its own.
template <class Sink>
[[gnu::always_inline]] inline CsvScan scan_csv_record(const char* base, std::size_t size, std::size_t pos,
                                                      bool input_ends, char delimiter, Sink& sink) {
  scan::Cursor cursor(base + size, delimiter);
  return scan_csv_record(base, size, pos, input_ends, sink, cursor);
}

// ---- Messages ---------------------------------------------------------------

// Whether the problem's text ends with resume_text(): an unterminated quote
// that runs over line ends is likely stray, and reading resumes after its line.
[[nodiscard]] inline bool names_resume_line(const CsvScan& s) noexcept {
  return s.problem.fault == CsvFault::unterminated_quote && s.open_quote == s.problem.offset;
}
[[nodiscard]] inline std::string resume_text(std::size_t resume_line) {
  return fmt::format(" (is the quote stray? The record is skipped; reading resumes on line {})", resume_line);
}

// The problem in words. offset_base: the input offset of byte 0 of the range
// scanned (byte offsets are named in the input).
[[nodiscard]] inline std::string csv_problem_text(const CsvScan& s, std::uint64_t offset_base, char delimiter) {
  const CsvProblem& p = s.problem;
  switch (p.fault) {
    case CsvFault::stray_quote: return "'\"' inside an unquoted field: expected the whole field quoted, with quotes doubled";
    case CsvFault::text_after_quote:
      return fmt::format("unexpected character after a closing quote: expected '{}' or the end of the line", delimiter);
    case CsvFault::unterminated_quote: {
      std::string text = "unterminated quoted field: expected a closing '\"' before the end of the input";
      // Past the first line the reporter says where reading resumes; a quote
      // that runs over line ends gets resume_text() from its caller.
      if (s.past_first_line(p.offset) || names_resume_line(s)) return text;
      return text + " (is the last line truncated?)";
    }
    case CsvFault::nul_byte:
      return fmt::format("NUL byte at byte offset {}: expected text (this does not look like a CSV file)",
                         offset_base + p.offset);
    case CsvFault::bad_utf8: return utf8_problem_text(p.utf8, p.byte, offset_base + p.offset);
    case CsvFault::none: break;
  }
  return {};
}

// A problem past a record's first line, reported at the quote that opened
// the field running over it.
[[nodiscard]] inline std::string multiline_problem_text(std::string_view problem, std::size_t line,
                                                        std::size_t column, std::size_t resume_line) {
  return fmt::format("{} (line {}, column {}, in the record whose quoted field opens here and runs over line ends: "
                     "is the quote stray? The record is skipped; reading resumes on line {})",
                     problem, line, column, resume_line);
}

}  // namespace fundline::detail
