#include "fundline/text/round_type_text.hpp"

#include <fmt/format.h>

namespace fundline {

std::string round_type_name(RoundType t, Language lang) {
  if (lang == Language::en) return std::string(display_name(t));
  switch (t) {
    case RoundType::series_a: case RoundType::series_b: case RoundType::series_c: case RoundType::series_d:
    case RoundType::series_e: case RoundType::series_f: case RoundType::series_g: case RoundType::series_h:
    case RoundType::series_i: case RoundType::series_j:
      return fmt::format("série {}", static_cast<char>('A' + (static_cast<int>(t) - static_cast<int>(RoundType::series_a))));
    case RoundType::pre_seed: return "pré-amorçage";
    case RoundType::seed: return "amorçage";
    case RoundType::angel: return "business angels";
    case RoundType::series_unknown: return "capital-risque";
    case RoundType::convertible_note: return "obligations convertibles";
    case RoundType::corporate_round: return "tour stratégique";
    case RoundType::debt_financing: return "dette";
    case RoundType::grant: return "subvention";
    case RoundType::equity_crowdfunding: return "financement participatif en capital";
    case RoundType::product_crowdfunding: return "financement participatif";
    case RoundType::private_equity: return "capital-investissement";
    case RoundType::secondary_market: return "marché secondaire";
    case RoundType::post_ipo_equity: return "augmentation de capital post-IPO";
    case RoundType::post_ipo_debt: return "dette post-IPO";
    case RoundType::post_ipo_secondary: return "secondaire post-IPO";
    case RoundType::initial_coin_offering: return "ICO";
    case RoundType::non_equity_assistance: return "aide non dilutive";
    case RoundType::undisclosed: return "tour de financement";
  }
  return "tour de financement";
}

}  // namespace fundline
