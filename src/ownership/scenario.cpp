// Runs a cap-table scenario; see scenario.hpp.
#include "fundline/ownership/scenario.hpp"

namespace fundline {

ScenarioRun run_scenario(const CaptableScenario& s, const std::vector<Money>& extra_exits) {
  ScenarioRun run{CapTable(s.currency), {}, {}};
  for (const auto& c : s.classes) run.table.add_class(c);
  for (const auto& h : s.holdings) run.table.add_holding(h);
  run.table.set_pool(s.pool);
  for (const auto& e : s.events) {
    if (const auto* safe = std::get_if<Safe>(&e))
      run.table.add_safe(*safe);
    else if (const auto* note = std::get_if<ConvertibleNote>(&e))
      run.table.add_note(*note);
    else
      run.rounds.push_back(run.table.price_round(std::get<PricedRound>(e)));
  }
  for (const Money& m : s.exits) run.exits.push_back(run_waterfall(run.table, m));
  for (const Money& m : extra_exits) run.exits.push_back(run_waterfall(run.table, m));
  return run;
}

}  // namespace fundline
