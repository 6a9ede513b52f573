#include <map>

#include "fundline/engine/timeline.hpp"

namespace fundline {

std::vector<InvestorRecord> Timeline::investor_participation() const {
  std::vector<InvestorRecord> out;
  std::map<std::string, std::size_t, std::less<>> position;
  for (std::size_t i = 0; i < rounds_.size(); ++i) {
    for (const Participation& p : rounds_[i].investors) {
      auto [it, inserted] = position.try_emplace(p.investor, out.size());
      if (inserted) out.push_back({p.investor, {}, {}});
      InvestorRecord& record = out[it->second];
      // A round that lists an investor twice (say, once as lead) counts once.
      if (record.rounds.empty() || record.rounds.back() != i) record.rounds.push_back(i);
      if (p.lead && (record.led.empty() || record.led.back() != i)) record.led.push_back(i);
    }
  }
  return out;
}

std::vector<InvestorRecord> Timeline::repeat_investors() const {
  std::vector<InvestorRecord> out;
  for (InvestorRecord& r : investor_participation())
    if (r.is_repeat()) out.push_back(std::move(r));
  return out;
}

}  // namespace fundline
