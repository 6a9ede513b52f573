#include "zip_member.hpp"

#include <zip.h>

#include <memory>

#include <fmt/format.h>

#include "fundline/core/error.hpp"

namespace fundline::cli {
namespace {
[[noreturn]] void fail_in(std::string_view origin, const std::string& what) {
  throw error(fmt::format("{}: {}", origin, what));
}
}  // namespace

bool looks_like_zip(std::string_view bytes) noexcept {
  return bytes.substr(0, 4) == std::string_view("PK\x03\x04", 4) || bytes.substr(0, 4) == std::string_view("PK\x05\x06", 4);
}

std::string zip_member(std::string_view bytes, std::string_view name, std::string_view origin, std::size_t max_bytes) {
  const auto fail = [&](const std::string& what) { fail_in(origin, what); };
  zip_error_t problem;
  zip_error_init(&problem);
  zip_source_t* source = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &problem);
  if (source == nullptr) {
    const std::string text = zip_error_strerror(&problem);
    zip_error_fini(&problem);
    fail(fmt::format("cannot read the zip archive: {}", text));
  }
  zip_t* opened = zip_open_from_source(source, ZIP_RDONLY | ZIP_CHECKCONS, &problem);
  if (opened == nullptr) {
    zip_source_free(source);
    const std::string text = zip_error_strerror(&problem);
    zip_error_fini(&problem);
    fail(fmt::format("not a valid zip archive (truncated or corrupt?): {}", text));
  }
  zip_error_fini(&problem);
  const std::unique_ptr<zip_t, void (*)(zip_t*)> archive(opened, [](zip_t* z) { zip_discard(z); });

  const std::string wanted(name);
  const zip_int64_t index = zip_name_locate(archive.get(), wanted.c_str(), ZIP_FL_NODIR);
  if (index < 0) {
    std::string names;
    const zip_int64_t count = zip_get_num_entries(archive.get(), 0);
    for (zip_int64_t i = 0; i < count && i < 10; ++i)
      if (const char* entry = zip_get_name(archive.get(), static_cast<zip_uint64_t>(i), 0))
        names += fmt::format("{}\"{}\"", names.empty() ? "" : ", ", entry);
    fail(fmt::format("the zip archive holds no {} (it holds {})", name, names.empty() ? "nothing" : names));
  }
  const auto at = static_cast<zip_uint64_t>(index);
  zip_stat_t stat;
  zip_stat_init(&stat);
  if (zip_stat_index(archive.get(), at, 0, &stat) != 0 || (stat.valid & ZIP_STAT_SIZE) == 0)
    fail(fmt::format("cannot read the size of {} in the zip archive: {}", name, zip_strerror(archive.get())));
  if (stat.size > max_bytes)
    fail(fmt::format("{} in the zip archive is {} bytes, more than the {} an ECB history can be", name, stat.size,
                     max_bytes));

  const std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen_index(archive.get(), at, 0), zip_fclose);
  if (!file) fail(fmt::format("cannot open {} in the zip archive: {}", name, zip_strerror(archive.get())));
  std::string text(static_cast<std::size_t>(stat.size), '\0');
  std::size_t done = 0;
  for (;;) {
    char probe = 0;
    // Reading past the announced size as well: libzip checks the CRC at the end.
    const zip_int64_t n = done < text.size() ? zip_fread(file.get(), text.data() + done, text.size() - done)
                                             : zip_fread(file.get(), &probe, 1);
    if (n < 0) fail(fmt::format("{} in the zip archive is corrupt: {}", name, zip_file_strerror(file.get())));
    if (n == 0) break;
    if (done >= text.size()) fail(fmt::format("{} in the zip archive is longer than its directory says", name));
    done += static_cast<std::size_t>(n);
  }
  if (done != text.size())
    fail(fmt::format("{} in the zip archive is truncated: {} of {} bytes", name, done, text.size()));
  return text;
}

}  // namespace fundline::cli
