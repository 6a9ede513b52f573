// `fundline compare --format csv|json` and `--svg`.
//
// CSV and JSON: one record a company, with stable columns (docs/cli.md):
//   company, founded, anchor_day, rounds, months_to_first_round,
//   months_to_100m, months_to_1b, currency, total, total_qualifier, total_high
// Months are whole months since the anchor (empty/null when never reached);
// the thresholds are 100 million and 1 billion in the comparison's currency;
// the total is exact. JSON adds, before "companies": the schema, currency,
// anchor, as_of and converted.
//
// The SVG draws every company's cumulative funding on one chart, aligned
// on the anchor (chart/comparison_chart.hpp).
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "output_format.hpp"
#include "timeline_data.hpp"
#include "fundline/chart/comparison_chart.hpp"
#include "fundline/chart/timeline_chart.hpp"
#include "fundline/engine/comparison.hpp"
#include "fundline/engine/timeline.hpp"
#include "fundline/model/company.hpp"

namespace fundline::cli {

inline DataTable comparison_data(const std::vector<Timeline>& timelines, Anchor anchor, std::optional<Date> as_of,
                                 Currency currency, bool converted) {
  DataTable table;
  table.columns = {"company", "founded", "anchor_day", "rounds", "months_to_first_round", "months_to_100m",
                   "months_to_1b", "currency"};
  add_reported_columns(table.columns, "total");
  const auto months_to = [&](const Timeline& t, Money threshold) -> Cell {
    if (t.empty()) return Cell::missing();
    const auto m = time_to_reach(t, threshold, anchor);
    return m ? Cell::number(m->months) : Cell::missing();
  };
  for (const Timeline& t : timelines) {
    const bool anchored = !t.empty() || anchor == Anchor::founding;
    std::vector<Cell> row{Cell::text(t.name()),
                          t.founded() ? Cell::text(t.founded()->to_string()) : Cell::missing(),
                          anchored ? Cell::text(to_iso(anchor_day(t, anchor))) : Cell::missing(),
                          Cell::number(static_cast<std::int64_t>(t.size())),
                          t.empty() ? Cell::missing() : Cell::number(align(t, anchor).front().months),
                          months_to(t, Money::from_major(100'000'000, currency)),
                          months_to(t, Money::from_major(1'000'000'000, currency)),
                          Cell::text(std::string(currency.code()))};
    add_reported(row, t.raised_total());
    table.rows.push_back(std::move(row));
  }
  table.meta["schema"] = "fundline.comparison/1";
  table.meta["currency"] = std::string(currency.code());
  table.meta["anchor"] = anchor == Anchor::founding ? "founding" : "first-round";
  table.meta["as_of"] = as_of ? nlohmann::ordered_json(to_iso(*as_of)) : nlohmann::ordered_json(nullptr);
  table.meta["converted"] = converted;
  return table;
}

inline ComparisonChartData comparison_chart(const std::vector<Company>& companies,
                                            const std::vector<Timeline>& timelines, Anchor anchor,
                                            std::optional<Date> as_of, Currency currency, Language lang) {
  const bool fr = lang == Language::fr;
  ComparisonChartData data;
  data.currency = currency;
  data.language = lang;
  data.title = fr ? "Financement cumulé, entreprises alignées" : "Cumulative funding, companies aligned";
  data.x_axis_title = anchor == Anchor::founding ? (fr ? "Mois depuis la création" : "Months since founding")
                                                 : (fr ? "Mois depuis le premier tour" : "Months since the first round");
  Date data_day = as_of.value_or(Date(1400, 1, 1));
  if (!as_of)
    for (const Timeline& t : timelines)
      if (!t.empty()) data_day = std::max(data_day, *t.last_day());
  data.as_of = data_day;
  for (std::size_t i = 0; i < timelines.size(); ++i) {
    const Timeline& t = timelines[i];
    for (std::string& name : chart_source_names(companies[i], t.rounds(), lang))
      if (std::find(data.sources.begin(), data.sources.end(), name) == data.sources.end())
        data.sources.push_back(std::move(name));
    if (t.empty() && anchor == Anchor::first_round) continue;
    ComparisonLine line{t.name(), {}, 0};
    for (const AlignedRound& a : align(t, anchor)) line.points.push_back({a.days, a.cumulative.value_or_zero()});
    const Date start = anchor_day(t, anchor);
    line.end_days = data_day < start ? 0 : static_cast<int>((data_day - start).days());
    data.lines.push_back(std::move(line));
  }
  return data;
}

}  // namespace fundline::cli
