// fundline/core/error.hpp - the one error family of fundline.
//
// Every error fundline throws derives from fundline::error, itself a
// std::runtime_error, so one catch clause handles them all and what() always
// says what was wrong and what was expected. Parse errors also carry where:
// the source name (a file name, or "<string>"), line, column and field.
//
//   std::string message;
//   try {
//     auto m = fundline::Money::parse("12.345", fundline::Currency::from_code("EUR"));
//   } catch (const fundline::error& e) {     // any fundline error; this one is a parse_error
//     message = e.what();
//   }
//   message;   // "invalid EUR amount \"12.345\": too many decimal places: at most 2 allowed"
#pragma once

#include <cstddef>
#include <stdexcept>
#include <string>
#include <utility>

namespace fundline {

class error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A value that cannot be read: malformed decimal, impossible date, unknown
// code. location() is empty when the text did not come from a file.
struct SourceLocation {
  std::string source;  // file name, or empty for an in-memory string
  std::size_t line = 0;    // 1-based; 0 when unknown
  std::size_t column = 0;  // 1-based; 0 when unknown
  std::string field;       // column header or JSON path; may be empty
};

class parse_error : public error {
 public:
  explicit parse_error(const std::string& message) : error(message) {}
  parse_error(SourceLocation where, const std::string& message)
      : error(describe(where, message)), where_(std::move(where)), message_(message) {}

  [[nodiscard]] const SourceLocation& location() const noexcept { return where_; }
  // The message without the location prefix.
  [[nodiscard]] const std::string& detail() const noexcept { return message_; }

  // "file.csv:12:5: field 'announced_on': <message>"
  static std::string describe(const SourceLocation& where, const std::string& message) {
    std::string out = where.source.empty() ? std::string("<input>") : where.source;
    if (where.line != 0) {
      out += ':' + std::to_string(where.line);
      if (where.column != 0) out += ':' + std::to_string(where.column);
    }
    out += ": ";
    if (!where.field.empty()) out += "field '" + where.field + "': ";
    return out + message;
  }

 private:
  SourceLocation where_;
  std::string message_;
};

class unknown_currency : public parse_error {
 public:
  using parse_error::parse_error;
};

// Arithmetic that does not fit in the int64 minor units of a Money.
class overflow_error : public error {
 public:
  using error::error;
};

// EUR + USD, or comparing amounts in two currencies.
class currency_mismatch : public error {
 public:
  using error::error;
};

// Pre-money + equity != post-money, and similar contradictions in one round.
class inconsistent_data : public error {
 public:
  using error::error;
};

// A conversion that cannot be made: no rate for the currency on that date,
// a date before the first fixing, a stale rate.
class fx_error : public error {
 public:
  using error::error;
};

}  // namespace fundline
