// fundline/engine/investors.hpp - who took part in which rounds.
//
// Timeline::investor_participation() lists every investor named in the
// rounds, in order of first appearance (round order, then the order the
// round lists them), with the rounds they took part in and the rounds they
// led. A repeat investor took part in more than one round.
//
//   using namespace fundline;
//   // Mistral (seed, Series A, Microsoft convertible, Series B, Series C):
//   // Lightspeed led the seed and came back in the Series A, B and C; General
//   // Catalyst joined in the Series A and led the Series B.
//   Timeline timeline(bundled_mistral());
//   auto who = timeline.investor_participation();
//   who[0].investor;        // "Lightspeed Venture Partners"
//   who[0].rounds;          // {0, 1, 3, 4}
//   who[0].led;             // {0}
//   who[0].is_repeat();     // true
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <vector>

namespace fundline {

struct InvestorRecord {
  std::string investor;
  std::vector<std::size_t> rounds;  // indices into Timeline::rounds(), ascending
  std::vector<std::size_t> led;     // the subset it led

  [[nodiscard]] bool is_repeat() const noexcept { return rounds.size() > 1; }
  [[nodiscard]] bool took_part_in(std::size_t round) const {
    return std::find(rounds.begin(), rounds.end(), round) != rounds.end();
  }
  [[nodiscard]] bool led_round(std::size_t round) const { return std::find(led.begin(), led.end(), round) != led.end(); }

  friend bool operator==(const InvestorRecord&, const InvestorRecord&) = default;
};

}  // namespace fundline
