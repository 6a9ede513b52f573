#include "fundline/fx/rates_install.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <system_error>

#include <fmt/format.h>

#include "fundline/core/error.hpp"
#include "fundline/fx/data_dir.hpp"
#include "fundline/fx/ecb_file.hpp"
#include "fundline/fx/rates_in_use.hpp"

namespace fundline {
namespace {

std::string errno_text(int code) { return std::generic_category().message(code); }

// A file descriptor closed on every path.
class Fd {
 public:
  explicit Fd(int fd) noexcept : fd_(fd) {}
  Fd(const Fd&) = delete;
  Fd& operator=(const Fd&) = delete;
  ~Fd() {
    if (fd_ >= 0) ::close(fd_);
  }
  [[nodiscard]] int get() const noexcept { return fd_; }
  // close() reports delayed write errors (NFS, quotas): checked, not ignored.
  int release_and_close() noexcept {
    const int r = ::close(fd_);
    fd_ = -1;
    return r;
  }

 private:
  int fd_;
};

// Writes `text` to a new temporary file next to `target`, then renames it
// over `target`: readers see the old table or the new one, never a mix.
void write_atomically(const std::filesystem::path& target, std::string_view text) {
  const std::filesystem::path dir = target.parent_path();
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) throw error(fmt::format("cannot create the data directory {}: {}", dir.string(), ec.message()));

  std::string temp = (dir / (target.filename().string() + ".XXXXXX")).string();
  Fd fd(::mkstemp(temp.data()));
  if (fd.get() < 0)
    throw error(fmt::format("cannot create a temporary file in {}: {}", dir.string(), errno_text(errno)));
  const auto fail = [&](const std::string& what, int code) {
    ::unlink(temp.c_str());
    throw error(fmt::format("{} {}: {}; the installed table is unchanged", what, temp, errno_text(code)));
  };
  for (std::size_t done = 0; done < text.size();) {
    const ssize_t n = ::write(fd.get(), text.data() + done, text.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) fail("cannot write", errno);
    done += static_cast<std::size_t>(n);
  }
  if (::fchmod(fd.get(), 0644) != 0) fail("cannot set the permissions of", errno);
  if (::fsync(fd.get()) != 0) fail("cannot flush", errno);
  if (fd.release_and_close() != 0) fail("cannot close", errno);
  if (::rename(temp.c_str(), target.c_str()) != 0) fail(fmt::format("cannot rename to {}", target.string()), errno);
  // The rename itself is durable once the directory is synced.
  Fd dir_fd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY));
  if (dir_fd.get() >= 0) ::fsync(dir_fd.get());
}

}  // namespace

RatesUpdate install_ecb_history(std::string_view csv, std::string_view origin) {
  const EcbRates ecb = parse_ecb_csv(csv, origin);
  if (ecb.days.empty()) throw parse_error(SourceLocation{std::string(origin), 0, 0, ""}, "the file holds no fixing day");
  if (ecb.first_line_out_of_order != 0)
    throw parse_error(SourceLocation{std::string(origin), ecb.first_line_out_of_order, 1, "Date"},
                      "the day is not older than the row above: the ECB history lists its days strictly newest first");

  const RatesInUse current = default_rates();
  RatesUpdate u;
  u.path = installed_rates_path();
  u.previous_name = current.name;
  u.previous_last_day = current.table.last_day();
  u.first_day = from_day_number(ecb.days.front());
  u.last_day = from_day_number(ecb.days.back());
  u.days = ecb.days.size();
  if (u.last_day < u.previous_last_day)
    throw error(fmt::format("{}: the file ends on {}, before the table in use ({}): it is older, so it is not installed",
                            origin, to_iso(u.last_day), current.name));
  if (current.table.first_day() < u.first_day)
    throw error(fmt::format("{}: the file starts on {}, after the table in use ({}, from {}): it is not the full "
                            "history (eurofxref-hist.csv), so it is not installed",
                            origin, to_iso(u.first_day), current.name, to_iso(current.table.first_day())));
  const DayNumber previous_last = to_day_number(u.previous_last_day);
  u.days_added = static_cast<std::size_t>(
      std::count_if(ecb.days.begin(), ecb.days.end(), [&](DayNumber d) { return d > previous_last; }));
  write_atomically(u.path, csv);
  return u;
}

}  // namespace fundline
