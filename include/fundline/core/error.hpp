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

#include <boost/date_time/gregorian/gregorian_types.hpp>

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

// Why a conversion was refused (see fx/fx_policy.hpp for the rules).
enum class FxFailure : unsigned char {
  other,                // not a rate look-up (a bad policy value, an empty table...)
  no_date,              // the conversion has no date
  no_rates,             // the table has no column for the currency
  before_first_fixing,  // a day before the currency's first fixing
  stale,                // the latest fixing is older than the staleness window
  retired,              // stale because the ECB stopped publishing the currency (CYP after 2007)
  past_table_end,       // a day after the table's last day
};

// The typed facts behind an fx_error, so that callers build their own advice
// instead of reading the message. Dates are not_a_date_time when they do not apply.
struct FxRefusal {
  FxFailure reason = FxFailure::other;
  std::string currency;                   // ISO 4217 code of the currency without a rate
  boost::gregorian::date requested;       // the day asked for
  boost::gregorian::date fixing;          // the latest fixing found on or before it (stale, retired)
  boost::gregorian::date table_last_day;  // the table's last day
  int max_staleness_days = 0;             // the window the fixing was judged by
  std::string table;                      // the table's source ("bundled eurofxref-hist.csv")
};

// A conversion that cannot be made: no rate for the currency on that date,
// a date before the first fixing, a stale rate, a date past the table's end.
class fx_error : public error {
 public:
  explicit fx_error(const std::string& message) : error(message), detail_(message) {}
  fx_error(FxRefusal refusal, const std::string& message)
      : error(message), refusal_(std::move(refusal)), detail_(message) {}
  // what() is "<context>: <detail>".
  fx_error(FxRefusal refusal, const std::string& context, const std::string& detail)
      : error(context.empty() ? detail : context + ": " + detail),
        refusal_(std::move(refusal)),
        context_(context),
        detail_(detail) {}

  [[nodiscard]] const FxRefusal& refusal() const noexcept { return refusal_; }
  [[nodiscard]] FxFailure reason() const noexcept { return refusal_.reason; }
  // Where the conversion was asked ("Mistral AI, round \"s\" (2023-06-13)"); may be empty.
  [[nodiscard]] const std::string& context() const noexcept { return context_; }
  // The message without the context.
  [[nodiscard]] const std::string& detail() const noexcept { return detail_; }
  // The same refusal with more context in front: "company X: no EUR/USD rate ...".
  [[nodiscard]] fx_error in_context(const std::string& outer) const {
    return fx_error(refusal_, context_.empty() ? outer : outer + ": " + context_, detail_);
  }

 private:
  FxRefusal refusal_;
  std::string context_;
  std::string detail_;
};

}  // namespace fundline
