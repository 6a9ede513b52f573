// A progress bar on stderr for long reads and downloads: drawn only when
// stderr is a terminal and the input is large (8 MiB or more unless the
// caller says otherwise: a download is slow at any size), so that pipes,
// logs and tests see nothing of it.
#pragma once

#include <cstdint>
#include <cstdio>
#include <string>

#include <unistd.h>

#include <fmt/format.h>

namespace fundline::cli {

class ProgressBar {
 public:
  explicit ProgressBar(std::string label, std::uint64_t min_bytes = default_min_bytes)
      : label_(std::move(label)), min_bytes_(min_bytes), enabled_(isatty(STDERR_FILENO) == 1) {}
  ProgressBar(const ProgressBar&) = delete;
  ProgressBar& operator=(const ProgressBar&) = delete;
  ~ProgressBar() { finish(); }

  void update(std::uint64_t done, std::uint64_t total) {
    if (!enabled_ || total == 0 || total < min_bytes_ || done > total) return;
    const auto percent = static_cast<int>(done * 100 / total);
    if (percent == last_percent_) return;
    last_percent_ = percent;
    const auto filled = static_cast<std::size_t>(percent * width / 100);
    const int shift = total >= (std::uint64_t{8} << 20) ? 20 : 10;
    fmt::print(stderr, "\r{} [{}{}] {:3}% {} / {} {}", label_, std::string(filled, '#'),
               std::string(width - filled, ' '), percent, done >> shift, total >> shift, shift == 20 ? "MiB" : "KiB");
    std::fflush(stderr);
    drawn_ = true;
  }
  void finish() {
    if (drawn_) fmt::print(stderr, "\n");
    drawn_ = false;
  }

 private:
  static constexpr std::uint64_t default_min_bytes = std::uint64_t{8} << 20;
  static constexpr int width = 30;
  std::string label_;
  std::uint64_t min_bytes_;
  bool enabled_;
  bool drawn_ = false;
  int last_percent_ = -1;
};

}  // namespace fundline::cli
