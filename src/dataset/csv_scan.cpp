#include "csv_scan.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <fstream>
#include <iterator>

#include <fmt/format.h>

namespace fundline::detail {

MappedFile::MappedFile(const std::filesystem::path& path) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) throw error(fmt::format("cannot open {}: {}", path.string(), std::strerror(errno)));
  struct stat st {};
  if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
    ::close(fd);
    // Reading a directory through a stream throws a std::ios_base::failure that names no file.
    if (S_ISDIR(st.st_mode)) throw error(fmt::format("cannot read {}: it is a directory, expected a CSV file", path.string()));
    std::ifstream in(path, std::ios::binary);
    if (!in) throw error(fmt::format("cannot read {}", path.string()));
    fallback_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    data_ = fallback_.data();
    size_ = fallback_.size();
    return;
  }
  size_ = static_cast<std::size_t>(st.st_size);
  if (size_ > 0) {
    void* p = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED) {
      ::madvise(p, size_, MADV_SEQUENTIAL);
      data_ = static_cast<const char*>(p);
      mapped_ = true;
    }
  }
  ::close(fd);
  if (!mapped_) {
    std::ifstream in(path, std::ios::binary);
    fallback_.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    data_ = fallback_.data();
    size_ = fallback_.size();
  }
}

MappedFile::~MappedFile() {
  if (mapped_) ::munmap(const_cast<char*>(data_), size_);
}

void MappedFile::release(std::size_t from, std::size_t to) const noexcept {
  if (!mapped_) return;
  const auto page = static_cast<std::size_t>(::sysconf(_SC_PAGESIZE));
  from = (from + page - 1) / page * page;
  to = to / page * page;
  if (to > from) ::madvise(const_cast<char*>(data_) + from, to - from, MADV_DONTNEED);
}

CsvHeader read_header(std::string_view text, std::string_view source, const std::vector<std::string>& names,
                      std::size_t required) {
  CsvHeader h;
  const std::size_t pos = bom_length(text);
  if (pos >= text.size())
    throw parse_error(SourceLocation{std::string(source), 1, 1, {}},
                      "empty file: expected a header line naming the columns");
  // The header is a record of unknown width, read by the one tokenizer.
  std::vector<std::string> columns;
  {
    struct Names {
      std::vector<std::string>& columns;
      void field(const FieldView& v) { append_unescaped(columns.emplace_back(), v); }
    } names_sink{columns};
    const CsvScan s = scan_csv_record(text.data(), text.size(), pos, true, ',', names_sink);
    if (s.status != CsvScan::Status::record) {
      // A problem past the header's first line (a quoted name ran over a
      // line end) is reported at that quote, as in a record.
      std::vector<std::size_t> lines, cols;
      locate(text, {s.reported_offset(s.problem.offset)}, lines, cols, nullptr);
      std::string what;
      switch (s.problem.fault) {
        case CsvFault::unterminated_quote: what = "unterminated quoted field in the header: expected a closing quote"; break;
        // Else the header would end here and its next names be read as a record.
        case CsvFault::text_after_quote: what = "expected a comma or a line end after a closing quote in the header"; break;
        default: what = csv_problem_text(s, 0, ',') + " (in the header)"; break;
      }
      throw parse_error(SourceLocation{std::string(source), lines[0], cols[0], {}}, what);
    }
    h.body_offset = s.end;
  }
  // With old Mac line ends the whole file is one header line: no rows, and no error, unless caught here.
  for (std::size_t i = pos; i + 1 < h.body_offset; ++i)
    if (text[i] == '\r' && text[i + 1] != '\n')
      throw parse_error(SourceLocation{std::string(source), 1, i + 1, {}},
                        "carriage return without a line feed: expected lines ending in \\n or \\r\\n");
  // A name given twice would leave one of its columns unread: refused, whichever reader asks.
  {
    std::vector<std::size_t> order(columns.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return columns[a] < columns[b]; });
    for (std::size_t k = 1; k < order.size(); ++k)
      if (const auto& name = columns[order[k]]; !name.empty() && name == columns[order[k - 1]])
        throw parse_error(SourceLocation{std::string(source), 1, 1, name},
                          fmt::format("column {} is named twice in the header (columns {} and {}): expected each "
                                      "name once",
                                      name, order[k - 1] + 1, order[k] + 1));
  }
  h.columns = columns.size();
  h.role_names = names;
  h.role_of.assign(columns.size(), -1);
  for (std::size_t r = 0; r < names.size(); ++r) {
    auto it = std::find(columns.begin(), columns.end(), names[r]);
    if (it == columns.end()) {
      if (r < required)
        throw parse_error(SourceLocation{std::string(source), 1, 1, names[r]},
                          fmt::format("missing column: expected a header naming {}", names[r]));
      continue;
    }
    h.role_of[static_cast<std::size_t>(it - columns.begin())] = static_cast<signed char>(r);
  }
  return h;
}

void locate(std::string_view text, const std::vector<std::size_t>& offsets, std::vector<std::size_t>& lines,
            std::vector<std::size_t>& columns, const MappedFile* file) {
  lines.clear();
  columns.clear();
  std::size_t line = 1, line_start = 0, pos = 0, released = 0;
  constexpr std::size_t release_step = std::size_t{8} << 20;
  for (std::size_t off : offsets) {
    off = std::min(off, text.size());
    while (pos < off) {
      const void* nl = std::memchr(text.data() + pos, '\n', off - pos);
      if (nl == nullptr) break;
      pos = static_cast<std::size_t>(static_cast<const char*>(nl) - text.data()) + 1;
      ++line;
      line_start = pos;
      if (file != nullptr && pos - released >= release_step) {
        file->release(released, line_start);
        released = line_start;
      }
    }
    pos = std::max(pos, line_start);
    lines.push_back(line);
    columns.push_back(off - line_start + 1);
  }
}

}  // namespace fundline::detail
