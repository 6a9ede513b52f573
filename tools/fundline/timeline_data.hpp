// `fundline timeline --format csv|json`: one record a round, with stable
// columns (docs/cli.md lists them):
//   company, round_id, date, round_type, label, currency,
//   amount, amount_qualifier, amount_high,
//   post_money, post_money_qualifier, post_money_high,
//   cumulative, cumulative_qualifier, cumulative_high,
//   lead_investors, investors
// Amounts are exact decimals in the timeline's currency (converted at each
// round's ECB rate when the text says so); lists are joined with "; ".
// JSON adds, before "rounds", the schema, company, currency, as_of,
// converted, the totals (all instruments, priced rounds) and the best
// 12-month window (all instruments, as in the text), each amount an exact
// decimal string.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "output_format.hpp"
#include "fundline/engine/timeline.hpp"

namespace fundline::cli {

inline nlohmann::ordered_json reported_json(const ReportedMoney& r) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  j["qualifier"] = std::string(to_string(r.qualifier()));
  j["amount"] = r.is_disclosed() ? nlohmann::ordered_json(r.value()->to_decimal()) : nlohmann::ordered_json(nullptr);
  if (r.qualifier() == Qualifier::range) j["high"] = r.high()->to_decimal();
  j["currency"] = std::string(r.currency().code());
  return j;
}

inline std::string join_names(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& n : names) out += (out.empty() ? "" : "; ") + n;
  return out;
}

inline DataTable timeline_data(const Timeline& t, std::optional<Date> as_of, bool converted) {
  DataTable table;
  table.columns = {"company", "round_id", "date", "round_type", "label", "currency"};
  add_reported_columns(table.columns, "amount");
  add_reported_columns(table.columns, "post_money");
  add_reported_columns(table.columns, "cumulative");
  table.columns.insert(table.columns.end(), {"lead_investors", "investors"});
  for (std::size_t i = 0; i < t.size(); ++i) {
    const Round& r = t.rounds()[i];
    std::vector<std::string> investors;
    for (const auto& p : r.investors) investors.push_back(p.investor);
    std::vector<Cell> row{Cell::text(t.name()),           Cell::text(r.id),
                          Cell::text(r.announced.to_string()), Cell::text(std::string(to_string(r.type))),
                          Cell::text(r.label),            Cell::text(std::string(t.currency().code()))};
    add_reported(row, r.amount);
    add_reported(row, r.post_money);
    add_reported(row, t.raised_as_of(t.day_of(i)));
    row.push_back(Cell::text(join_names(r.leads())));
    row.push_back(Cell::text(join_names(investors)));
    table.rows.push_back(std::move(row));
  }
  auto& meta = table.meta;
  meta["schema"] = "fundline.timeline/1";
  meta["company"] = t.name();
  meta["currency"] = std::string(t.currency().code());
  meta["as_of"] = as_of ? nlohmann::ordered_json(to_iso(*as_of)) : nlohmann::ordered_json(nullptr);
  meta["converted"] = converted;
  meta["total_all_instruments"] = reported_json(t.raised_total());
  meta["total_priced_rounds"] = reported_json(t.raised_total(RoundFilter::priced_rounds()));
  if (auto best = t.best_window(WindowLength::months(12))) {
    nlohmann::ordered_json w = reported_json(best->raised);
    w["from"] = to_iso(best->first_round_day);
    w["to"] = to_iso(best->last_round_day);
    w["rounds"] = best->rounds.size();
    meta["best_12_months"] = std::move(w);
  } else {
    meta["best_12_months"] = nullptr;
  }
  return table;
}

}  // namespace fundline::cli
