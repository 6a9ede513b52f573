#include "http_download.hpp"

#include <curl/curl.h>

#include <cmath>
#include <memory>

#include <fmt/format.h>

#include "fundline/core/error.hpp"

namespace fundline::cli {
namespace {

struct Transfer {
  std::string body;
  std::uint64_t max_bytes = 0;
  bool too_large = false;
  const DownloadOptions* options = nullptr;
};

std::size_t on_data(char* data, std::size_t size, std::size_t count, void* user) {
  auto& t = *static_cast<Transfer*>(user);
  const std::size_t n = size * count;
  if (t.body.size() + n > t.max_bytes) {
    t.too_large = true;
    return 0;  // libcurl stops with CURLE_WRITE_ERROR
  }
  t.body.append(data, n);
  return n;
}

int on_progress(void* user, curl_off_t total, curl_off_t done, curl_off_t, curl_off_t) {
  const auto& t = *static_cast<Transfer*>(user);
  if (t.options->progress && done >= 0 && total >= 0)
    t.options->progress(static_cast<std::uint64_t>(done), static_cast<std::uint64_t>(total));
  return 0;
}

long milliseconds(double seconds) { return std::lround(seconds * 1000); }

}  // namespace

std::string download(const DownloadOptions& o) {
  static const CURLcode global = curl_global_init(CURL_GLOBAL_DEFAULT);
  if (global != CURLE_OK) throw error(fmt::format("cannot start libcurl: {}", curl_easy_strerror(global)));
  const std::unique_ptr<CURL, void (*)(CURL*)> curl(curl_easy_init(), curl_easy_cleanup);
  if (!curl) throw error("cannot start libcurl");

  Transfer t;
  t.max_bytes = o.max_bytes;
  t.options = &o;
  char detail[CURL_ERROR_SIZE] = {};
  CURL* c = curl.get();
  curl_easy_setopt(c, CURLOPT_URL, o.url.c_str());
  // Only the web: a URL cannot make fundline read a local file or talk another protocol.
  curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_REDIR_PROTOCOLS_STR, "http,https");
  curl_easy_setopt(c, CURLOPT_FOLLOWLOCATION, 1L);
  curl_easy_setopt(c, CURLOPT_MAXREDIRS, 10L);
  curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT_MS, milliseconds(o.connect_timeout_seconds));
  curl_easy_setopt(c, CURLOPT_TIMEOUT_MS, milliseconds(o.timeout_seconds));
  curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
  curl_easy_setopt(c, CURLOPT_USERAGENT, "fundline/0.1 (fx update)");
  curl_easy_setopt(c, CURLOPT_ACCEPT_ENCODING, "");  // whatever libcurl can decode
  curl_easy_setopt(c, CURLOPT_ERRORBUFFER, detail);
  curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, on_data);
  curl_easy_setopt(c, CURLOPT_WRITEDATA, &t);
  curl_easy_setopt(c, CURLOPT_XFERINFOFUNCTION, on_progress);
  curl_easy_setopt(c, CURLOPT_XFERINFODATA, &t);
  curl_easy_setopt(c, CURLOPT_NOPROGRESS, 0L);

  const CURLcode code = curl_easy_perform(c);
  const std::string why = detail[0] != '\0' ? std::string(detail) : std::string(curl_easy_strerror(code));
  switch (code) {
    case CURLE_OK: break;
    case CURLE_OPERATION_TIMEDOUT:
      throw error(fmt::format("cannot download {}: timed out ({}; limits: --connect-timeout {} s, --timeout {} s)",
                              o.url, why, o.connect_timeout_seconds, o.timeout_seconds));
    case CURLE_TOO_MANY_REDIRECTS:
      throw error(fmt::format("cannot download {}: too many redirects, a redirect loop? ({})", o.url, why));
    case CURLE_WRITE_ERROR:
      if (t.too_large)
        throw error(fmt::format("cannot download {}: the answer is larger than {} MiB, which no ECB history is",
                                o.url, o.max_bytes >> 20));
      [[fallthrough]];
    default: throw error(fmt::format("cannot download {}: {}", o.url, why));
  }
  long status = 0;
  curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &status);
  if (status >= 400) throw error(fmt::format("cannot download {}: the server answered HTTP {}", o.url, status));
  return std::move(t.body);
}

}  // namespace fundline::cli
