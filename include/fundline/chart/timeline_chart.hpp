// fundline/chart/timeline_chart.hpp - the funding chart's data, taken from a Timeline.
//
// timeline_chart_data() fills a ChartData (chart/svg_chart.hpp) the way the
// fundline tool draws a company: one step a round labelled with its type
// and compact amount ("Seed €105M", "amorçage 105 M€"), each disclosed
// post-money valuation, the as-of date, and in the footer the names of the
// sources behind the company's facts and the rounds shown
// (chart_source_names). Convert the timeline to one currency first.
//
//   using namespace fundline;
//   const Company& mistral = bundled_mistral();
//   Timeline t = Timeline(mistral).as_of(parse_date("2024-06-30"))
//                    .converted(currencies::EUR, Convention::historical());   // one valuation is in USD
//   ChartData data = timeline_chart_data(t, mistral, Language::en, parse_date("2024-06-30"));
//   data.title;                 // "Mistral AI: cumulative funding"
//   data.steps[0].label;        // "Seed €105M"
//   data.sources[1];            // "TechCrunch" (one of the publishers cited, for the footer)
//   std::string svg = render_svg(data);   // the picture
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "fundline/chart/svg_chart.hpp"
#include "fundline/engine/timeline.hpp"
#include "fundline/model/company.hpp"
#include "fundline/text/language.hpp"

namespace fundline {

// The publishers of the company's own sources and of the rounds given, each
// once, in order of first citation; a source without a known publisher
// ("unknown ...") is named by its title, in the language's quotation marks
// (“Title”, « Titre »).
[[nodiscard]] std::vector<std::string> chart_source_names(const Company& company, const std::vector<Round>& rounds,
                                                          Language lang);

[[nodiscard]] ChartData timeline_chart_data(const Timeline& t, const Company& company, Language lang,
                                            std::optional<Date> as_of);

}  // namespace fundline
