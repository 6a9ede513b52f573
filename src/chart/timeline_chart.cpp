#include "fundline/chart/timeline_chart.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "fundline/text/money_text.hpp"
#include "fundline/text/round_type_text.hpp"

namespace fundline {

std::vector<std::string> chart_source_names(const Company& company, const std::vector<Round>& rounds,
                                            Language lang) {
  std::vector<std::string> names;
  const auto add = [&](const std::vector<Source>& sources) {
    for (const Source& s : sources) {
      std::string name = s.publisher;
      if ((name.empty() || name.rfind("unknown", 0) == 0) && !s.title.empty()) name = lang == Language::fr ? "«\u00A0" + s.title + "\u00A0»" : "“" + s.title + "”";
      if (!name.empty() && std::find(names.begin(), names.end(), name) == names.end()) names.push_back(name);
    }
  };
  add(company.sources);
  for (const Round& r : rounds) add(r.sources);
  return names;
}

ChartData timeline_chart_data(const Timeline& t, const Company& company, Language lang, std::optional<Date> as_of) {
  ChartData data;
  const bool fr = lang == Language::fr;
  data.title = fmt::format("{}{} {}", t.name(), fr ? "\u00A0:" : ":", fr ? "financement cumulé" : "cumulative funding");
  data.currency = t.currency();
  data.language = lang;
  data.end = as_of;
  data.sources = chart_source_names(company, t.rounds(), lang);
  for (std::size_t i = 0; i < t.size(); ++i) {
    const Round& r = t.rounds()[i];
    const std::string amount = r.amount.is_disclosed() ? format_reported(r.amount, lang) : "?";
    data.steps.push_back({t.day_of(i), t.raised_as_of(t.day_of(i)).value_or_zero(),
                          fmt::format("{} {}", round_type_name(r.type, lang), amount)});
    if (r.post_money.is_disclosed()) data.valuations.push_back({t.day_of(i), r.post_money, ""});
  }
  return data;
}

}  // namespace fundline
