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

std::string_view unescape_quotes(const FieldView& f, std::string& scratch) {
  scratch.clear();
  for (std::uint32_t i = 0; i < f.size; ++i) {
    scratch += f.data[i];
    if (f.data[i] == '"') ++i;  // the second of a doubled quote
  }
  return scratch;
}

CsvHeader read_header(std::string_view text, std::string_view source, const std::vector<std::string>& names,
                      std::size_t required) {
  CsvHeader h;
  std::size_t pos = 0;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;
  if (pos >= text.size())
    throw parse_error(SourceLocation{std::string(source), 1, 1, {}},
                      "empty file: expected a header line naming the columns");
  // Read the header as a record of unknown width: count its fields first.
  std::vector<std::string> columns;
  {
    const char* base = text.data();
    std::size_t p = pos;
    std::string scratch;
    for (;;) {
      FieldView v;
      if (p < text.size() && base[p] == '"') {
        std::size_t q = p + 1;
        bool escaped = false;
        for (;;) {
          q = text.find('"', q);
          if (q == std::string_view::npos)
            throw parse_error(SourceLocation{std::string(source), 1, p + 1, {}},
                              "unterminated quoted field in the header: expected a closing quote");
          if (q + 1 < text.size() && text[q + 1] == '"') {
            escaped = true;
            q += 2;
            continue;
          }
          break;
        }
        v = {base + p + 1, static_cast<std::uint32_t>(q - p - 1), escaped};
        p = q + 1;
        if (p < text.size() && text[p] == '\r') ++p;
        // Else the header would end here and its next names be read as a record.
        if (p < text.size() && text[p] != ',' && text[p] != '\n')
          throw parse_error(SourceLocation{std::string(source), 1, p + 1, {}},
                            "expected a comma or a line end after a closing quote in the header");
      } else {
        std::size_t q = p;
        while (q < text.size() && text[q] != ',' && text[q] != '\n') ++q;
        std::size_t e = q;
        if (e > p && text[e - 1] == '\r') --e;
        v = {base + p, static_cast<std::uint32_t>(e - p), false};
        p = q;
      }
      columns.emplace_back(unescape(v, scratch));
      if (p < text.size() && text[p] == ',') {
        ++p;
        continue;
      }
      if (p < text.size()) ++p;
      break;
    }
    h.body_offset = p;
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
