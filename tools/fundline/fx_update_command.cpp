// fundline fx update [--url URL] [--connect-timeout SECONDS] [--timeout SECONDS]
//
// Downloads the ECB's complete euro reference-rate history (the zip it
// publishes next to its daily rates, or a plain CSV: told apart by content),
// validates it and installs it in the data directory, all or nothing
// (install_ecb_history() in fundline/fx/rates_install.hpp):
//
//   $ fundline fx update
//   installed: /home/ada/.local/share/fundline/eurofxref-hist.csv (from https://www.ecb.europa.eu/...)
//   last day: 2025-09-12, 90 fixing days added (the table in use was bundled eurofxref-hist.csv, last day 2025-05-09)
//
// The only command that touches the network. Any failure exits 1 with a
// message naming the cause, and the table installed before stays as it was.
#include <csignal>
#include <memory>
#include <string>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "fx_update_command.hpp"
#include "http_download.hpp"
#include "progress_bar.hpp"
#include "zip_member.hpp"
#include "fundline/core/date.hpp"
#include "fundline/fx/rates_install.hpp"

namespace fundline::cli {
namespace {

constexpr const char* ecb_history_url = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip";
constexpr const char* ecb_history_member = "eurofxref-hist.csv";
// The ECB history is about 2 MB unpacked; this leaves decades of room.
constexpr std::size_t max_history_bytes = std::size_t{256} << 20;

struct UpdateOptions {
  std::string url = ecb_history_url;
  double connect_timeout = 15;
  double timeout = 120;
};

void run_update(const UpdateOptions& o) {
  // A file-size limit (ulimit -f) then fails the write with EFBIG, which is
  // reported like a full disk, instead of killing the process mid-file.
  std::signal(SIGXFSZ, SIG_IGN);

  DownloadOptions d{.url = o.url, .connect_timeout_seconds = o.connect_timeout, .timeout_seconds = o.timeout};
  d.max_bytes = max_history_bytes;
  ProgressBar bar(fmt::format("downloading {}", o.url), 1);
  d.progress = [&](std::uint64_t done, std::uint64_t total) { bar.update(done, total); };
  std::string body = download(d);
  bar.finish();

  std::string origin = o.url;
  if (looks_like_zip(body)) {
    body = zip_member(body, ecb_history_member, o.url, max_history_bytes);
    origin = fmt::format("{} ({})", o.url, ecb_history_member);
  }
  const RatesUpdate u = install_ecb_history(body, origin);
  fmt::print("installed: {} (from {})\n", u.path.string(), o.url);
  fmt::print("last day: {}, {} fixing day{} added (the table in use was {})\n", to_iso(u.last_day), u.days_added,
             u.days_added == 1 ? "" : "s", u.previous_name);
}

}  // namespace

CLI::App* add_fx_update(CLI::App& fx) {
  auto options = std::make_shared<UpdateOptions>();
  auto* cmd = fx.add_subcommand(
      "update", "Download the ECB's full reference-rate history and install it in the data directory "
                "($FUNDLINE_DATA_DIR, else $XDG_DATA_HOME/fundline, else ~/.local/share/fundline)");
  cmd->add_option("--url", options->url, "Where to download the zip (or a plain CSV) from")->capture_default_str();
  cmd->add_option("--connect-timeout", options->connect_timeout, "Seconds allowed to connect (default 15)")
      ->check(CLI::PositiveNumber);
  cmd->add_option("--timeout", options->timeout, "Seconds allowed for the whole download (default 120)")
      ->check(CLI::PositiveNumber);
  cmd->callback([options, &fx] {
    // The conversion's arguments mean nothing here: refuse rather than ignore them.
    for (const auto* name : {"amount", "from", "to", "--date", "--rounding", "--max-staleness", "--fx", "--accept-stale"})
      if (fx.count(name) != 0) throw CLI::ValidationError(fmt::format("{} is not an option of `fundline fx update`", name));
    run_update(*options);
  });
  return cmd;
}

}  // namespace fundline::cli
