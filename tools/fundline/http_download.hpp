// One HTTP(S) download with libcurl, into memory, for `fundline fx update`:
// the only network access fundline has. Redirects are followed (at most
// 10), the usual proxy variables (http_proxy, https_proxy, no_proxy) are
// honoured, connecting and the whole transfer have time limits, and the body
// has a size limit. Every failure throws fundline::error naming the URL and
// the cause: no such host, connection refused, a timeout, too many
// redirects, an HTTP status of 400 or more, a body too large.
#pragma once

#include <cstdint>
#include <functional>
#include <string>

namespace fundline::cli {

struct DownloadOptions {
  std::string url;
  double connect_timeout_seconds = 15;
  double timeout_seconds = 120;
  std::uint64_t max_bytes = std::uint64_t{256} << 20;
  std::function<void(std::uint64_t done, std::uint64_t total)> progress;  // total 0 when unknown
};

[[nodiscard]] std::string download(const DownloadOptions& options);

}  // namespace fundline::cli
