// Exit waterfall; the rules are in waterfall.hpp.
#include "fundline/ownership/waterfall.hpp"

#include <algorithm>
#include <map>
#include <set>

#include <fmt/format.h>

namespace fundline {

namespace {

struct Line {
  const Holding* holding;
  const ShareClass* cls;
  Fraction preference;  // claim, minor units
  Fraction cap_total;   // participation cap, minor units; meaningful when capped
  bool capped = false;
};

// Exact amounts (minor units) per line, given which classes converted.
std::vector<std::pair<Fraction, Fraction>> distribute(const std::vector<Line>& lines, Fraction exit,
                                                      const std::set<std::string>& converted) {
  std::vector<std::pair<Fraction, Fraction>> out(lines.size());  // preference, participation
  auto is_preferred = [&](const Line& l) {
    return l.cls->kind == ShareKind::preferred && converted.count(l.cls->name) == 0;
  };
  Fraction remaining = exit;
  std::set<int, std::greater<>> levels;
  for (const auto& l : lines)
    if (is_preferred(l)) levels.insert(l.cls->terms.seniority);
  for (int level : levels) {
    Fraction claims;
    for (const auto& l : lines)
      if (is_preferred(l) && l.cls->terms.seniority == level) claims = claims + l.preference;
    if (claims.is_zero()) continue;
    const Fraction paid = claims < remaining ? claims : remaining;
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (is_preferred(lines[i]) && lines[i].cls->terms.seniority == level)
        out[i].first = paid * lines[i].preference / claims;
    remaining = remaining - paid;
  }
  // Participants: common, converted, participating preferred.
  std::vector<bool> in(lines.size(), false);
  for (std::size_t i = 0; i < lines.size(); ++i)
    in[i] = !is_preferred(lines[i]) || lines[i].cls->terms.participating;
  // Water-filling under participation caps.
  for (;;) {
    Fraction shares;
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (in[i]) shares = shares + Fraction::whole(lines[i].holding->shares);
    if (shares.is_zero()) {
      // Nobody shares the rest (only unconverted preferred left): it goes to
      // them pro rata to shares, so the payouts still add up to the exit.
      Fraction all;
      for (const auto& l : lines) all = all + Fraction::whole(l.holding->shares);
      if (!all.is_zero() && !remaining.is_zero())
        for (std::size_t i = 0; i < lines.size(); ++i)
          out[i].second = out[i].second + remaining * Fraction::whole(lines[i].holding->shares) / all;
      break;
    }
    const Fraction per_share = remaining / shares;
    bool capped_one = false;
    for (std::size_t i = 0; i < lines.size(); ++i) {
      if (!in[i] || !is_preferred(lines[i]) || !lines[i].capped) continue;
      const Fraction room = lines[i].cap_total - out[i].first;
      if (room < per_share * Fraction::whole(lines[i].holding->shares)) {
        out[i].second = room.is_negative() ? Fraction() : room;
        remaining = remaining - out[i].second;
        in[i] = false;
        capped_one = true;
      }
    }
    if (capped_one) continue;
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (in[i]) out[i].second = per_share * Fraction::whole(lines[i].holding->shares);
    break;
  }
  return out;
}

Fraction class_total(const std::vector<Line>& lines, const std::vector<std::pair<Fraction, Fraction>>& amounts,
                     const std::string& name) {
  Fraction total;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].cls->name == name) total = total + amounts[i].first + amounts[i].second;
  return total;
}

}  // namespace

Money WaterfallResult::total_for(std::string_view holder) const {
  Money sum = Money::zero(exit.currency());
  for (const auto& h : holdings)
    if (h.holder == holder) sum += h.total;
  return sum;
}

Money WaterfallResult::total_for_class(std::string_view share_class) const {
  for (const auto& c : classes)
    if (c.share_class == share_class) return c.total;
  return Money::zero(exit.currency());
}

WaterfallResult run_waterfall(const CapTable& table, Money exit) {
  if (exit.currency() != table.currency())
    throw currency_mismatch(fmt::format("the exit value is in {} but the cap table is in {}", exit.currency().code(),
                                        table.currency().code()));
  if (exit.is_negative()) throw error(fmt::format("negative exit value {}", exit));
  std::vector<Line> lines;
  for (const Holding& h : table.holdings()) {
    const ShareClass& c = table.share_class(h.share_class);
    if (c.kind == ShareKind::option) continue;
    const Fraction paid = h.paid ? Fraction::whole(h.paid->minor_units()) : Fraction();
    Line l{&h, &c, c.kind == ShareKind::preferred ? paid * c.terms.multiple : Fraction(), Fraction(), false};
    if (c.kind == ShareKind::preferred && c.terms.participating && c.terms.participation_cap) {
      l.capped = true;
      l.cap_total = paid * *c.terms.participation_cap;
    }
    lines.push_back(l);
  }
  const bool anyone = std::any_of(lines.begin(), lines.end(),
                                  [](const Line& l) { return l.holding->shares > 0 || !l.preference.is_zero(); });
  if (!anyone && !exit.is_zero())
    throw error(fmt::format("no shares to pay an exit of {} to: the cap table has no outstanding shares", exit));
  const Fraction value = Fraction::whole(exit.minor_units());
  // Conversion choices, class by class, until stable.
  std::set<std::string> converted;
  std::vector<std::string> choosers;
  for (const ShareClass& c : table.classes())
    if (c.kind == ShareKind::preferred && (!c.terms.participating || c.terms.participation_cap)) choosers.push_back(c.name);
  for (std::size_t round = 0; round <= 2 * choosers.size() + 1; ++round) {
    bool changed = false;
    for (const std::string& name : choosers) {
      std::set<std::string> flipped = converted;
      if (flipped.count(name) != 0)
        flipped.erase(name);
      else
        flipped.insert(name);
      const Fraction now = class_total(lines, distribute(lines, value, converted), name);
      const Fraction then = class_total(lines, distribute(lines, value, flipped), name);
      if (now < then) {
        converted = flipped;
        changed = true;
      }
    }
    if (!changed) break;
  }
  const auto amounts = distribute(lines, value, converted);

  WaterfallResult result;
  result.exit = exit;
  // Round each total down to the cent; hand out the cents left by largest remainder.
  std::vector<std::int64_t> cents(lines.size());
  std::vector<Fraction> remainders(lines.size());
  std::int64_t paid_out = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Fraction total = amounts[i].first + amounts[i].second;
    cents[i] = static_cast<std::int64_t>(total.rounded(RoundingMode::floor));
    remainders[i] = total - Fraction::whole(cents[i]);
    paid_out += cents[i];
  }
  std::vector<std::size_t> order(lines.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return remainders[b] < remainders[a]; });
  for (std::size_t j = 0; paid_out < exit.minor_units() && j < order.size(); ++j, ++paid_out) ++cents[order[j]];
  const Currency cur = exit.currency();
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::int64_t pref = std::min<std::int64_t>(cents[i], static_cast<std::int64_t>(amounts[i].first.rounded(RoundingMode::floor)));
    result.holdings.push_back({lines[i].holding->holder, lines[i].cls->name, lines[i].holding->shares, Money(pref, cur),
                               Money(cents[i] - pref, cur), Money(cents[i], cur)});
  }
  for (const ShareClass& c : table.classes()) {
    if (c.kind == ShareKind::option) continue;
    ClassPayout cp{c.name, converted.count(c.name) != 0, Money::zero(cur)};
    for (const auto& h : result.holdings)
      if (h.share_class == c.name) cp.total += h.total;
    result.classes.push_back(cp);
  }
  return result;
}

}  // namespace fundline
