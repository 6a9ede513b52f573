// fundline/ownership/scenario.hpp - a cap table and its events, run in order.
//
// A CaptableScenario is what a fundline.captable/1 document holds
// (io/captable_json.hpp): the classes, holdings and pool at the start, then
// SAFEs, notes and priced rounds in the order they happened, and exit
// values to run the waterfall on at the end. run_scenario() applies the
// events to a CapTable and keeps every round's RoundResult.
//
//   using namespace fundline;
//   CaptableScenario s = load_captable_json("data/captables/yc-safe-primer-cap-and-discount.json");
//   ScenarioRun run = run_scenario(s);
//   run.rounds[0].issues[0].shares;            // 137500
//   run.table.fully_diluted();                 // 12237610
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "fundline/model/source.hpp"
#include "fundline/ownership/cap_table.hpp"
#include "fundline/ownership/waterfall.hpp"

namespace fundline {

using CaptableEvent = std::variant<Safe, ConvertibleNote, PricedRound>;

struct CaptableScenario {
  std::string name;
  Currency currency;
  std::vector<Source> sources;
  std::vector<ShareClass> classes;
  std::vector<Holding> holdings;
  std::int64_t pool = 0;
  std::vector<CaptableEvent> events;
  std::vector<Money> exits;
  std::string note;
};

struct ScenarioRun {
  CapTable table;
  std::vector<RoundResult> rounds;
  std::vector<WaterfallResult> exits;
};

// Applies the events in order, then runs the waterfall on each exit of the
// scenario followed by `extra_exits`. Throws what CapTable throws.
[[nodiscard]] ScenarioRun run_scenario(const CaptableScenario& s, const std::vector<Money>& extra_exits = {});

}  // namespace fundline
