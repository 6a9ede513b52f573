// tests/docs/doc_check.hpp - the checks behind the documentation's examples.
//
// tests/docs/doccheck.py turns every example of the public headers and of the
// ```cpp blocks of README.md and docs/*.md into a function of one program;
// each result the documentation writes as a comment becomes a call below.
// The rules (what is checked, how values are shown) are in docs/examples.md.
// A failure names the documentation file and line, the expected and the
// actual text; main() returns non-zero when any check failed.
#pragma once

#include <fundline/fundline.hpp>

#include <boost/date_time/gregorian/gregorian.hpp>
#include <fmt/format.h>

#include <cstdint>
#include <exception>
#include <iterator>
#include <optional>
#include <filesystem>
#include <string>
#include <string_view>
#include <type_traits>
#include <typeinfo>

namespace fundline_doc {

inline int failures = 0;
inline const char* where_file = "";
inline int where_line = 0;

inline void at(const char* file, int line) {
  where_file = file;
  where_line = line;
}

inline void fail(const char* file, int line, const std::string& what) {
  ++failures;
  fmt::print(stderr, "{}:{}: {}\n", file, line, what);
}

template <class T>
inline constexpr bool always_false = false;

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<std::optional<T>> : std::true_type {};

template <class T>
concept Range = requires(const T& t) {
  std::begin(t);
  std::end(t);
};

inline std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\t': out += "\\t"; break;
      default: out += c;
    }
  }
  return out + '"';
}

// "DatePrecision" for fundline::DatePrecision, from the compiler's own
// spelling of the type (g++ and clang++ both write "T = fundline::...").
template <class T>
constexpr std::string_view type_name() {
  std::string_view f = __PRETTY_FUNCTION__;
  const auto start = f.find("T = ") + 4;
  f = f.substr(start, f.find_first_of(";]", start) - start);
  const auto colons = f.rfind("::");
  return colons == std::string_view::npos ? f : f.substr(colons + 2);
}

// The text a value is compared as (docs/examples.md, "How values are shown").
template <class T>
std::string show(const T& v) {
  if constexpr (std::is_same_v<T, bool>) {
    return v ? "true" : "false";
  } else if constexpr (std::is_convertible_v<const T&, std::string_view>) {
    return quoted(std::string_view(v));
  } else if constexpr (std::is_arithmetic_v<T>) {
    return fmt::format("{}", v);
  } else if constexpr (std::is_same_v<T, std::filesystem::path>) {
    return fundline_doc::quoted(v.string());  // a path is also a range of paths: show it as its text
  } else if constexpr (std::is_same_v<T, boost::gregorian::date>) {
    return fundline::to_iso(v);
  } else if constexpr (std::is_enum_v<T> && requires { to_string(v); }) {
    return fmt::format("{}::{}", type_name<T>(), to_string(v));
  } else if constexpr (is_optional<T>::value) {
    return v ? "std::optional{" + show(*v) + "}" : std::string("std::nullopt");
  } else if constexpr (fmt::is_formattable<T>::value) {
    return fmt::format("{}", v);
  } else if constexpr (Range<T>) {
    std::string out = "{";
    for (const auto& e : v) out += (out.size() > 1 ? ", " : "") + show(e);
    return out + "}";
  } else {
    static_assert(always_false<T>,
                  "a documented result of this type cannot be shown: compare it (x == y) "
                  "or show one of its members (docs/examples.md)");
    return {};
  }
}

// The documentation's text matches the actual one when it is equal, when it
// adds an explanation after it (" (..." or ": ..."), or when it ends in
// "..." and the actual text begins with what comes before.
inline bool agrees_exactly(std::string_view documented, std::string_view actual) {
  if (documented == actual) return true;
  if (documented.ends_with("...\""))  // a quoted text cut short: "Mistral AI a levé ..."
    documented.remove_suffix(1);
  return documented.ends_with("...") && actual.starts_with(documented.substr(0, documented.size() - 3));
}

inline bool agrees(std::string_view documented, std::string_view actual) {
  if (agrees_exactly(documented, actual)) return true;
  for (std::size_t i = 0; i < documented.size(); ++i) {
    const auto rest = documented.substr(i);
    if ((rest.starts_with(" (") || rest.starts_with(": ")) && agrees_exactly(documented.substr(0, i), actual))
      return true;
  }
  return false;
}

// Where two texts that print alike differ ("U+00A0 where the documentation
// has U+0020"), since no-break spaces and apostrophes look the same.
inline std::string first_difference(std::string_view documented, std::string_view actual) {
  std::size_t i = 0;
  while (i < documented.size() && i < actual.size() && documented[i] == actual[i]) ++i;
  auto code_point = [](std::string_view s, std::size_t at) -> std::string {
    if (at >= s.size()) return "the end";
    std::size_t start = at;
    while (start > 0 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80) --start;
    auto lead = static_cast<unsigned char>(s[start]);
    std::size_t n = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    std::uint32_t cp = n == 1 ? lead : lead & (0x7F >> n);
    for (std::size_t k = 1; k < n && start + k < s.size(); ++k)
      cp = (cp << 6) | (static_cast<unsigned char>(s[start + k]) & 0x3F);
    return fmt::format("U+{:04X} '{}'", cp, s.substr(start, n));
  };
  return fmt::format("\n  first difference at byte {}: documented {}, actual {}", i, code_point(documented, i),
                     code_point(actual, i));
}

inline std::string describe_exception() {
  try {
    throw;
  } catch (const std::exception& e) {
    return fmt::format("threw {}: {}", typeid(e).name(), e.what());
  } catch (...) {
    return "threw a non-standard exception";
  }
}

template <class F>
void expect_value(F&& compute, std::string_view documented, const char* file, int line) {
  at(file, line);
  if constexpr (std::is_void_v<decltype(compute())>) {
    compute();  // a call that returns nothing: its comment is prose
  } else {
    try {
      const std::string actual = show(compute());
      if (!agrees(documented, actual))
        fail(file, line, fmt::format("documented result differs\n  documented: {}\n  actual:     {}{}", documented, actual,
                                     first_difference(documented, actual)));
    } catch (...) {
      fail(file, line, fmt::format("documented result {}\n  but it {}", documented, describe_exception()));
    }
  }
}

inline void expect_output(const std::string& printed, std::string_view documented, const char* file, int line) {
  std::string_view actual = printed;
  while (actual.ends_with('\n')) actual.remove_suffix(1);
  if (!agrees(documented, actual))
    fail(file, line, fmt::format("documented output differs\n  documented:\n{}\n  actual:\n{}{}", documented, actual,
                                 first_difference(documented, actual)));
}

template <class E, class F>
void expect_throw(F&& compute, std::string_view documented, const char* file, int line) {
  at(file, line);
  try {
    compute();
  } catch (const E& e) {
    if (!documented.empty() && !agrees(documented, e.what()))
      fail(file, line, fmt::format("documented message differs\n  documented: {}\n  actual:     {}{}", documented, e.what(),
                                   first_difference(documented, e.what())));
    return;
  } catch (...) {
    fail(file, line, fmt::format("documented to throw {}, but it {}", typeid(E).name(), describe_exception()));
    return;
  }
  fail(file, line, fmt::format("documented to throw {}, but it did not throw", typeid(E).name()));
}

inline void run(void (*example)(), const char* file, int line) {
  at(file, line);
  try {
    example();
  } catch (...) {
    fail(where_file, where_line, "the example stopped here: it " + describe_exception());
  }
}

inline int finish(int examples, int checks) {
  fmt::print("doc examples: {} examples, {} documented results checked, {} failures\n", examples, checks, failures);
  return failures == 0 ? 0 : 1;
}

}  // namespace fundline_doc
