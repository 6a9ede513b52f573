// fundline/text/display_width.hpp - how many terminal columns a UTF-8 string takes.
//
// fundline's own text uses only characters one column wide (Latin letters,
// €, £, no-break spaces, block elements), so the width is the number of
// code points; padding tables by bytes would misalign "€" (3 bytes) and
// "é" (2 bytes).
//
//   fundline::display_width("€1.09B");        // 6
//   fundline::display_width("févr. 2024");    // 10
//   fundline::pad_right("€1B", 5);            // "€1B  "
//   fundline::pad_left("€1B", 5);             // "  €1B"
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fundline {

[[nodiscard]] constexpr std::size_t display_width(std::string_view text) noexcept {
  std::size_t n = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;  // count lead bytes only
  return n;
}

[[nodiscard]] inline std::string pad_right(std::string_view text, std::size_t width) {
  std::string out(text);
  const std::size_t w = display_width(text);
  if (w < width) out.append(width - w, ' ');
  return out;
}

[[nodiscard]] inline std::string pad_left(std::string_view text, std::size_t width) {
  const std::size_t w = display_width(text);
  std::string out = w < width ? std::string(width - w, ' ') : std::string();
  return out.append(text);
}

}  // namespace fundline
