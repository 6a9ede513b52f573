// Reading one file out of a zip archive held in memory, with libzip: for the
// ECB's eurofxref-hist.zip, which holds eurofxref-hist.csv. libzip checks
// the archive's directory (ZIP_CHECKCONS) and each member's CRC, so a
// truncated or corrupt download is an error, never a half table.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fundline::cli {

// Whether `bytes` starts like a zip archive ("PK\3\4", or "PK\5\6" when empty).
[[nodiscard]] bool looks_like_zip(std::string_view bytes) noexcept;

// The member whose name (without directories) is `name`; throws
// fundline::error naming `origin` for a corrupt or truncated archive, a
// missing member (listing the ones there are) or a member over max_bytes.
[[nodiscard]] std::string zip_member(std::string_view bytes, std::string_view name, std::string_view origin,
                                     std::size_t max_bytes);

}  // namespace fundline::cli
