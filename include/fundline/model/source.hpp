// fundline/model/source.hpp - where a fact comes from.
//
// Any fact fundline stores may cite Sources: who published it, under which
// title, where, when, in which language, and the words quoted.
//
//   fundline::Source s{.publisher = "Reuters",
//                      .title = "France's Mistral AI raises 600 mln euros",
//                      .url = "https://www.reuters.com/...",
//                      .date = fundline::parse_date("2024-06-11"),
//                      .language = "en",
//                      .quote = "raised 600 million euros"};
//   fmt::format("{}", s);   // "Reuters, \"France's Mistral AI raises 600 mln euros\", 2024-06-11, https://www.reuters.com/..."
#pragma once

#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include <fmt/format.h>

#include "fundline/core/date.hpp"

namespace fundline {

struct Source {
  std::string id;  // short key a data file refers to ("reuters-2024-06-11"); may be empty
  std::string publisher;
  std::string title;
  std::string url;
  std::optional<PartialDate> date;
  std::string language;  // BCP 47 tag: "en", "fr"
  std::string quote;     // the words of the source, verbatim

  friend bool operator==(const Source&, const Source&) = default;
};

// One source's version of a fact, kept when sources disagree: the founding
// month, a valuation in USD rather than EUR, a co-lead. `about` names the
// fact ("founded", "post_money", "lead"), `value` is the claim as written.
struct Claim {
  std::string about;
  std::string value;
  std::string note;
  std::vector<Source> sources;

  friend bool operator==(const Claim&, const Claim&) = default;
};

}  // namespace fundline

template <>
struct fmt::formatter<fundline::Source> : fmt::formatter<std::string_view> {
  template <typename FormatContext>
  auto format(const fundline::Source& s, FormatContext& ctx) const {
    std::string text = s.publisher;
    if (!s.title.empty()) text += fmt::format(", \"{}\"", s.title);
    if (s.date) text += fmt::format(", {}", *s.date);
    if (!s.url.empty()) text += fmt::format(", {}", s.url);
    return fmt::formatter<std::string_view>::format(text, ctx);
  }
};

namespace fundline {
inline std::ostream& operator<<(std::ostream& os, const Source& s) { return os << fmt::format("{}", s); }
}  // namespace fundline
