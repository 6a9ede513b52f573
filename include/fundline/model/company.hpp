// fundline/model/company.hpp - a company and its funding history.
//
// A Company holds what is known of one startup: name, founding date (often
// only a month), country, founders, sectors, the investors named in its
// rounds (with their kinds), the rounds themselves, and sources. It is a
// plain value; the questions (totals as of a date, windows, step-ups) are
// asked of a Timeline built from it (fundline/engine/timeline.hpp).
//
// validate() checks what a data file can get wrong: duplicate round ids,
// a round announced before the company was founded, a round citing an
// investor the company does not list, and each round's own consistency
// (Round::validate). It throws inconsistent_data naming the company, the
// round and the problem.
//
//   using namespace fundline;
//   Company c{.name = "Mistral AI", .founded = PartialDate::month(2023, 4), .country = "FR"};
//   c.founders.push_back({"Arthur Mensch", "CEO"});
//   c.rounds.push_back(Round{.id = "seed", .type = RoundType::seed, .announced = parse_date("2023-06-13"),
//                            .amount = ReportedMoney::exact(Money::from_major(105'000'000, currencies::EUR))});
//   c.validate();                          // fine
//   c.find_round("seed")->type == RoundType::seed;   // true
#pragma once

#include <algorithm>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "fundline/core/date.hpp"
#include "fundline/core/error.hpp"
#include "fundline/model/investor.hpp"
#include "fundline/model/round.hpp"
#include "fundline/model/source.hpp"

namespace fundline {

struct Company {
  std::string id;  // stable key (a slug or a Crunchbase uuid); may be empty
  std::string name;
  std::optional<PartialDate> founded;
  std::string country;  // ISO 3166 alpha-2 or alpha-3 as the source gives it
  std::vector<Person> founders;
  std::vector<std::string> sectors;
  std::vector<Investor> investors;  // those named in rounds, with kind and country
  std::vector<Round> rounds;
  std::vector<Source> sources;  // for the company-level facts (founding, founders)
  std::vector<Claim> claims;    // company-level facts on which sources disagree
  std::string note;

  friend bool operator==(const Company&, const Company&) = default;

  [[nodiscard]] const Round* find_round(std::string_view round_id) const {
    auto it = std::find_if(rounds.begin(), rounds.end(), [&](const Round& r) { return r.id == round_id; });
    return it == rounds.end() ? nullptr : &*it;
  }
  [[nodiscard]] const Investor* find_investor(std::string_view investor_name) const {
    auto it = std::find_if(investors.begin(), investors.end(), [&](const Investor& i) { return i.name == investor_name; });
    return it == investors.end() ? nullptr : &*it;
  }

  void validate() const {
    auto fail = [&](const std::string& what) {
      throw inconsistent_data(fmt::format("company \"{}\": {}", name, what));
    };
    if (name.empty()) fail("the name is empty");
    std::set<std::string, std::less<>> ids;
    for (const auto& r : rounds) {
      if (!r.id.empty() && !ids.insert(r.id).second) fail(fmt::format("duplicate round id \"{}\"", r.id));
      if (founded && r.announced.last_day() < founded->first_day())
        fail(fmt::format("round \"{}\" announced {} before the company was founded ({})", r.id, r.announced, *founded));
      if (!investors.empty())
        for (const auto& p : r.investors)
          if (!find_investor(p.investor))
            fail(fmt::format("round \"{}\" names investor \"{}\", who is not in the company's investor list", r.id,
                             p.investor));
      r.validate();
    }
    std::set<std::string, std::less<>> names;
    for (const auto& i : investors)
      if (!names.insert(i.name).second) fail(fmt::format("investor \"{}\" is listed twice", i.name));
  }
};

}  // namespace fundline
