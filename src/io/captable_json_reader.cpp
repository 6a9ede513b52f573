// Reads fundline.captable/1 documents strictly: every key known, every value
// of its type, and every error naming the file, line, column and JSON path.
#include <algorithm>
#include <initializer_list>
#include <limits>
#include <string>
#include <utility>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "fundline/io/captable_json.hpp"
#include "fundline/io/json_text_index.hpp"
#include "json_document.hpp"

namespace fundline {

namespace {

using nlohmann::json;
using json_text::PathStep;

std::optional<RoundingMode> try_parse_rounding(std::string_view s) {
  for (auto m : {RoundingMode::half_even, RoundingMode::half_up, RoundingMode::down, RoundingMode::up,
                 RoundingMode::floor, RoundingMode::ceiling})
    if (to_string(m) == s) return m;
  return std::nullopt;
}

class Reader {
 public:
  Reader(std::string_view text, std::string_view source) : text_(text), source_(source) {}

  CaptableScenario read() {
    const json root = detail::parse_json_document(text_, source_);
    object(root);
    keys(root, {"schema", "$schema", "name", "currency", "sources", "classes", "holdings", "pool", "events", "exits",
                "note"});
    const std::string schema = string_at(root, "schema", true);
    if (schema != captable_schema_version) {
      Step s(*this, "schema");
      fail(fmt::format("unknown schema \"{}\": expected \"{}\"", schema, captable_schema_version));
    }
    CaptableScenario sc;
    sc.name = string_at(root, "name", true);
    sc.note = string_at(root, "note");
    {
      const std::string code = string_at(root, "currency", true);
      Step s(*this, "currency");
      auto c = Currency::try_from_code(code);
      if (!c) fail(fmt::format("unknown currency code \"{}\": expected an ISO 4217 code such as USD or EUR", code));
      sc.currency = *c;
      currency_ = *c;
      table_ = CapTable(*c);
    }
    each(root, "sources", [&](const json& j) { sc.sources.push_back(source(j)); });
    each(root, "classes", [&](const json& j) {
      object(j);
      keys(j, {"name", "kind", "multiple", "participating", "participation_cap", "seniority"});
      ShareClass c;
      c.name = string_at(j, "name", true);
      const std::string kind = string_at(j, "kind");
      if (kind == "preferred")
        c.kind = ShareKind::preferred;
      else if (kind == "option")
        c.kind = ShareKind::option;
      else if (!kind.empty() && kind != "common") {
        Step s(*this, "kind");
        fail(fmt::format("unknown share kind \"{}\": expected common, preferred or option", kind));
      }
      c.terms = terms(j);
      checked([&] { table_.add_class(c); });
      sc.classes.push_back(std::move(c));
    });
    each(root, "holdings", [&](const json& j) {
      object(j);
      keys(j, {"holder", "class", "shares", "paid"});
      Holding h;
      h.holder = string_at(j, "holder", true);
      h.share_class = string_at(j, "class", true);
      h.shares = count_at(j, "shares", true);
      if (j.contains("paid")) h.paid = money_at(j, "paid");
      {
        Step s(*this, "class");
        checked([&] { table_.add_holding(h); });
      }
      sc.holdings.push_back(std::move(h));
    });
    sc.pool = count_at(root, "pool", false);
    each(root, "events", [&](const json& j) { sc.events.push_back(event(j)); });
    each(root, "exits", [&](const json& j) { sc.exits.push_back(money(j)); });
    return sc;
  }

 private:
  class Step {
   public:
    Step(Reader& r, PathStep step) : r_(r) { r_.path_.push_back(std::move(step)); }
    Step(Reader& r, std::string_view key) : Step(r, PathStep::key(key)) {}
    ~Step() { r_.path_.pop_back(); }
    Step(const Step&) = delete;
    Step& operator=(const Step&) = delete;

   private:
    Reader& r_;
  };

  [[nodiscard]] SourceLocation where() const {
    SourceLocation loc{std::string(source_), 0, 0, json_text::path_text(path_)};
    if (auto offset = json_text::locate(text_, path_)) {
      const auto lc = json_text::line_column(text_, *offset);
      loc.line = lc.line;
      loc.column = lc.column;
    }
    return loc;
  }
  [[noreturn]] void fail(const std::string& message) const { throw parse_error(where(), message); }
  template <typename F>
  void checked(F&& f) const {
    try {
      f();
    } catch (const parse_error&) {
      throw;
    } catch (const error& e) {
      fail(e.what());
    }
  }

  void object(const json& j) const {
    if (!j.is_object()) fail(fmt::format("expected an object, got {}", j.type_name()));
  }
  void keys(const json& obj, std::initializer_list<std::string_view> allowed) {
    for (const auto& [key, value] : obj.items()) {
      if (key == "$comment" || std::find(allowed.begin(), allowed.end(), key) != allowed.end()) continue;
      std::string expected;
      for (auto a : allowed)
        if (a.front() != '$') expected += (expected.empty() ? "" : ", ") + std::string(a);
      Step s(*this, key);
      fail(fmt::format("unknown field \"{}\": expected one of {}", key, expected));
    }
  }
  std::string string_at(const json& obj, std::string_view key, bool required = false) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) fail(fmt::format("missing required field \"{}\"", key));
      return {};
    }
    Step s(*this, key);
    if (!it->is_string()) fail(fmt::format("expected a string, got {}", it->type_name()));
    return it->get<std::string>();
  }
  bool bool_at(const json& obj, std::string_view key) {
    auto it = obj.find(key);
    if (it == obj.end()) return false;
    Step s(*this, key);
    if (!it->is_boolean()) fail(fmt::format("expected true or false, got {}", it->type_name()));
    return it->get<bool>();
  }
  std::int64_t count(const json& j) {
    if (j.is_number_unsigned() && j.get<std::uint64_t>() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
      return static_cast<std::int64_t>(j.get<std::uint64_t>());
    if (j.is_number_integer() && j.get<std::int64_t>() >= 0) return j.get<std::int64_t>();
    fail(fmt::format("expected a whole number of shares, 0 or more, got {}", j.dump()));
  }
  std::int64_t count_at(const json& obj, std::string_view key, bool required) {
    auto it = obj.find(key);
    if (it == obj.end()) {
      if (required) fail(fmt::format("missing required field \"{}\"", key));
      return 0;
    }
    Step s(*this, key);
    return count(*it);
  }
  int small_at(const json& obj, std::string_view key, int fallback, int low, int high) {
    auto it = obj.find(key);
    if (it == obj.end()) return fallback;
    Step s(*this, key);
    if (!it->is_number_integer() || it->get<std::int64_t>() < low || it->get<std::int64_t>() > high)
      fail(fmt::format("expected a whole number from {} to {}, got {}", low, high, it->dump()));
    return static_cast<int>(it->get<std::int64_t>());
  }
  Money money(const json& j) {
    if (j.is_number())
      fail(fmt::format("expected a decimal string such as \"100000\", got the number {}: numbers may lose precision, "
                       "so amounts are strings",
                       j.dump()));
    if (!j.is_string()) fail(fmt::format("expected a decimal string, got {}", j.type_name()));
    try {
      return Money::parse(j.get<std::string>(), currency_);
    } catch (const parse_error& e) {
      fail(e.what());
    }
  }
  Money money_at(const json& obj, std::string_view key) {
    if (!obj.contains(key)) fail(fmt::format("missing required field \"{}\"", key));
    Step s(*this, key);
    return money(obj.at(std::string(key)));
  }
  std::optional<Money> optional_money(const json& obj, std::string_view key) {
    if (!obj.contains(key)) return std::nullopt;
    return money_at(obj, key);
  }
  // A decimal string; `percent` divides it by 100.
  std::optional<Fraction> decimal_at(const json& obj, std::string_view key, bool percent) {
    auto it = obj.find(key);
    if (it == obj.end()) return std::nullopt;
    Step s(*this, key);
    if (!it->is_string())
      fail(fmt::format("expected a decimal string such as \"{}\", got {}", percent ? "15" : "1.5", it->dump()));
    try {
      const Fraction f = Fraction::parse_decimal(it->get<std::string>());
      if (f.is_negative()) fail(fmt::format("expected 0 or more, got {}", it->get<std::string>()));
      return percent ? f / Fraction::whole(100) : f;
    } catch (const parse_error& e) {
      fail(e.what());
    }
  }
  Date date_at(const json& obj, std::string_view key, bool required) {
    const std::string text = string_at(obj, key, required);
    Step s(*this, key);
    try {
      return parse_date(text);
    } catch (const parse_error& e) {
      fail(e.what());
    }
  }
  RoundingMode rounding_at(const json& obj, std::string_view key, RoundingMode fallback) {
    if (!obj.contains(key)) return fallback;
    const std::string name = string_at(obj, key);
    if (auto m = try_parse_rounding(name)) return *m;
    Step s(*this, key);
    fail(fmt::format("unknown rounding \"{}\": expected half_even, half_up, down, up, floor or ceiling", name));
  }
  template <typename F>
  void each(const json& obj, std::string_view key, F&& read_one) {
    auto it = obj.find(key);
    if (it == obj.end()) return;
    Step s(*this, key);
    if (!it->is_array()) fail(fmt::format("expected an array, got {}", it->type_name()));
    for (std::size_t i = 0; i < it->size(); ++i) {
      Step item(*this, PathStep::index(i));
      read_one((*it)[i]);
    }
  }

  Source source(const json& j) {
    object(j);
    keys(j, {"publisher", "title", "url", "date", "quote"});
    Source s;
    s.publisher = string_at(j, "publisher", true);
    s.title = string_at(j, "title", true);
    s.url = string_at(j, "url", true);
    if (j.contains("date")) {
      const std::string text = string_at(j, "date");
      Step step(*this, "date");
      try {
        s.date = PartialDate::parse(text);
      } catch (const parse_error& e) {
        fail(e.what());
      }
    }
    s.quote = string_at(j, "quote");
    return s;
  }

  LiquidationTerms terms(const json& j) {
    LiquidationTerms t;
    if (auto m = decimal_at(j, "multiple", false)) t.multiple = *m;
    t.participating = bool_at(j, "participating");
    t.participation_cap = decimal_at(j, "participation_cap", false);
    t.seniority = small_at(j, "seniority", 0, -1000, 1000);
    return t;
  }

  CaptableEvent event(const json& j) {
    object(j);
    const std::string type = string_at(j, "type", true);
    if (type == "safe") {
      keys(j, {"type", "holder", "amount", "kind", "cap", "discount_percent", "mfn", "date"});
      Safe s;
      s.holder = string_at(j, "holder", true);
      s.amount = money_at(j, "amount");
      const std::string kind = string_at(j, "kind");
      if (kind == "pre_money")
        s.kind = SafeKind::pre_money;
      else if (!kind.empty() && kind != "post_money") {
        Step step(*this, "kind");
        fail(fmt::format("unknown SAFE kind \"{}\": expected post_money or pre_money", kind));
      }
      s.cap = optional_money(j, "cap");
      s.discount = decimal_at(j, "discount_percent", true);
      s.mfn = bool_at(j, "mfn");
      if (j.contains("date")) s.date = date_at(j, "date", false);
      checked([&] { table_.add_safe(s); });
      return s;
    }
    if (type == "note") {
      keys(j, {"type", "holder", "principal", "rate_percent", "issued", "day_count", "cap", "discount_percent"});
      ConvertibleNote n;
      n.holder = string_at(j, "holder", true);
      n.principal = money_at(j, "principal");
      if (!j.contains("rate_percent")) fail("missing required field \"rate_percent\"");
      n.annual_rate = *decimal_at(j, "rate_percent", true);
      n.issued = date_at(j, "issued", true);
      const std::string count = string_at(j, "day_count");
      if (count == "actual/360")
        n.day_count = DayCount::actual_360;
      else if (count == "30/360")
        n.day_count = DayCount::thirty_360;
      else if (!count.empty() && count != "actual/365") {
        Step step(*this, "day_count");
        fail(fmt::format("unknown day count \"{}\": expected actual/365, actual/360 or 30/360", count));
      }
      n.cap = optional_money(j, "cap");
      n.discount = decimal_at(j, "discount_percent", true);
      checked([&] { table_.add_note(n); });
      return n;
    }
    if (type == "priced_round") {
      keys(j, {"type", "name", "date", "pre_money", "investments", "pool_target_percent", "conversions_in_pre_money",
               "price_decimals", "price_rounding", "conversion_price_decimals", "conversion_price_rounding", "terms"});
      PricedRound r;
      r.name = string_at(j, "name", true);
      r.date = date_at(j, "date", true);
      r.pre_money = money_at(j, "pre_money");
      each(j, "investments", [&](const json& i) {
        object(i);
        keys(i, {"holder", "amount"});
        r.investments.push_back({string_at(i, "holder", true), money_at(i, "amount")});
      });
      r.pool_target = decimal_at(j, "pool_target_percent", true);
      r.conversions_in_pre_money = !j.contains("conversions_in_pre_money") || bool_at(j, "conversions_in_pre_money");
      r.price_decimals = small_at(j, "price_decimals", 4, 0, 12);
      r.price_mode = rounding_at(j, "price_rounding", RoundingMode::half_even);
      r.conversion_price_decimals = small_at(j, "conversion_price_decimals", 4, 0, 12);
      r.conversion_price_mode = rounding_at(j, "conversion_price_rounding", RoundingMode::half_even);
      if (j.contains("terms")) {
        Step step(*this, "terms");
        const json& t = j.at("terms");
        object(t);
        keys(t, {"multiple", "participating", "participation_cap", "seniority"});
        r.terms = terms(t);
      }
      // Check the round on a copy, so the error points at this event.
      checked([&] { (void)CapTable(table_).price_round(r); });
      (void)table_.price_round(r);
      return r;
    }
    Step step(*this, "type");
    fail(fmt::format("unknown event type \"{}\": expected safe, note or priced_round", type));
  }

  std::string_view text_;
  std::string_view source_;
  json_text::Path path_;
  Currency currency_{};
  CapTable table_{currencies::USD};  // replays the events, so model errors point at the event
};

}  // namespace

CaptableScenario parse_captable_json(std::string_view text, std::string_view source_name) {
  return Reader(text, source_name).read();
}

CaptableScenario load_captable_json(const std::filesystem::path& path) {
  return parse_captable_json(detail::read_text_file(path), path.string());
}

}  // namespace fundline
