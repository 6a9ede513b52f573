// The cap-table engine against Y Combinator's SAFE primer and against
// examples whose every figure is worked out in the comments.
#include "fundline/ownership/cap_table.hpp"

#include <gtest/gtest.h>

using namespace fundline;

namespace {
Money usd(std::int64_t n) { return Money::from_major(n, currencies::USD); }

// YC SAFE primer, "Safe: cap and discount" (as reproduced by FundersClub's SAFE
// primer, cited in docs/ownership.md).
CapTable primer_table() {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  t.add_holding({.holder = "Founders", .share_class = "Common", .shares = 10'000'000});
  t.set_pool(1'000'000);
  t.add_safe({.holder = "SAFE investor", .amount = usd(100'000), .kind = SafeKind::pre_money, .cap = usd(8'000'000),
              .discount = Fraction::from_percent(15)});
  return t;
}

PricedRound primer_round() {
  return PricedRound{.name = "Series A", .date = parse_date("2024-01-01"), .pre_money = usd(10'000'000),
                     .investments = {{"Series A investors", usd(1'000'000)}}, .conversions_in_pre_money = false,
                     .price_decimals = 3, .conversion_price_decimals = 5};
}

// 9M founders' shares + 1M pool; a USD 1M post-money SAFE capped at USD 10M;
// a Series A of USD 5M at USD 20M pre-money.
CapTable post_money_table() {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  t.add_holding({.holder = "Founders", .share_class = "Common", .shares = 9'000'000});
  t.set_pool(1'000'000);
  t.add_safe({.holder = "Seed fund", .amount = usd(1'000'000), .kind = SafeKind::post_money, .cap = usd(10'000'000)});
  return t;
}
PricedRound series_a(std::optional<Fraction> pool_target = std::nullopt) {
  return PricedRound{.name = "Series A", .date = parse_date("2024-06-01"), .pre_money = usd(20'000'000),
                     .investments = {{"Lead", usd(5'000'000)}}, .pool_target = pool_target};
}
}  // namespace

TEST(CapTable, DocumentationExample) {
  CapTable t = primer_table();
  RoundResult r = t.price_round(primer_round());
  EXPECT_EQ(r.price, Fraction::of(909, 1000));
  EXPECT_EQ(r.issues[0].shares, 137'500);
  EXPECT_EQ(r.issues[0].reason, IssueReason::cap);
  EXPECT_EQ(r.issues[1].shares, 1'100'110);
}

TEST(CapTable, SafePrimerCapAndDiscountGives137500Shares) {
  CapTable t = primer_table();
  const RoundResult r = t.price_round(primer_round());
  const ShareIssue& safe = r.issues[0];
  // The primer: the discount price is USD 0.77265, the cap price USD 0.72727;
  // the cap gives the lower price, so the holder gets 137,500 shares.
  EXPECT_EQ(*safe.discount_price, Fraction::of(77'265, 100'000));
  EXPECT_EQ(*safe.cap_price, Fraction::of(72'727, 100'000));
  EXPECT_EQ(safe.price, Fraction::of(72'727, 100'000));
  EXPECT_EQ(safe.shares, 137'500);
  EXPECT_EQ(safe.share_class, "Series A");
  // 1,100,110 shares of Series A at USD 0.909.
  EXPECT_EQ(r.issues[1].shares, 1'100'110);
  EXPECT_EQ(r.shares_after, 11'000'000 + 137'500 + 1'100'110);
}

TEST(CapTable, PrimerShareCountComesFromThePriceRoundedToThreeDecimals) {
  // The exact price is 10/11 = 0.909090...; at that price USD 1M buys
  // 1,100,000 shares. The primer's 1,100,110 is USD 1M / 0.909: the round
  // price rounded to three decimals, a convention the engine states.
  PricedRound exact = primer_round();
  exact.price_decimals = 12;
  exact.price_mode = RoundingMode::down;  // 0.909090909090: 1M buys 1,100,000.000001 shares
  CapTable t = primer_table();
  const RoundResult r = t.price_round(exact);
  EXPECT_EQ(r.exact_price, Fraction::of(10, 11));
  EXPECT_EQ(r.issues[1].shares, 1'100'000);
}

TEST(CapTable, PostMoneySafeOwnsItsAmountOverItsCapBeforeTheRound) {
  CapTable t = post_money_table();
  const RoundResult r = t.price_round(series_a());
  // C = 10,000,000 / (1 - 1/10) = 11,111,111.1; cap price = 10M / C = 0.9.
  EXPECT_EQ(r.issues[0].reason, IssueReason::cap);
  EXPECT_EQ(*r.issues[0].cap_price, Fraction::of(9, 10));
  EXPECT_EQ(r.issues[0].shares, 1'111'111);  // 10.0000% of 11,111,111
  // S = C; P = 20M / 11,111,111.1 = 1.8 exactly: 5M buys 2,777,777 shares.
  EXPECT_EQ(r.exact_price, Fraction::of(9, 5));
  EXPECT_EQ(r.issues[1].shares, 2'777'777);
}

TEST(CapTable, PoolTopUpSolvesTheCircularityExactly) {
  CapTable t = post_money_table();
  const RoundResult r = t.price_round(series_a(Fraction::from_percent(10)));
  // S = (E - pool + C/10) / (1 - 1/10 x 25/20) = 11,555,555.5...; P = 1.730769... -> 1.7308.
  EXPECT_EQ(r.price, Fraction::of(17'308, 10'000));
  EXPECT_EQ(r.issues[0].shares, 1'111'111);   // the SAFE: the top-up does not dilute it before the round
  EXPECT_EQ(r.issues[1].shares, 2'888'837);   // 5M / 1.7308, rounded down
  ASSERT_EQ(r.issues.size(), 3u);
  EXPECT_EQ(r.issues[2].reason, IssueReason::pool_top_up);
  EXPECT_EQ(r.issues[2].shares, 444'439);     // least x with (1M + x) >= 10% of the total
  EXPECT_EQ(r.pool_after, 1'444'439);
  EXPECT_EQ(r.shares_after, 14'444'387);
  // At least 10%, and one share fewer would be below it.
  EXPECT_GE(Fraction::of(r.pool_after, r.shares_after), Fraction::from_percent(10));
  EXPECT_LT(Fraction::of(r.pool_after - 1, r.shares_after - 1), Fraction::from_percent(10));
}

TEST(CapTable, NoteAccruesSimpleInterestThenConvertsAtItsCap) {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  t.add_holding({.holder = "Founders", .share_class = "Common", .shares = 10'000'000});
  t.add_note({.holder = "Angel", .principal = usd(500'000), .annual_rate = Fraction::from_percent(8),
              .issued = parse_date("2023-07-01"), .day_count = DayCount::actual_365, .cap = usd(5'000'000),
              .discount = Fraction::from_percent(20)});
  const RoundResult r = t.price_round(PricedRound{.name = "Series A", .date = parse_date("2024-07-01"),
                                                  .pre_money = usd(20'000'000), .investments = {{"Lead", usd(5'000'000)}}});
  const ShareIssue& note = r.issues[0];
  // 366 days (2024 is a leap year): 500,000 x 8% x 366 / 365 = 40,109.589... -> 40,109.59.
  EXPECT_EQ(note.interest, Money::parse("40109.59", currencies::USD));
  EXPECT_EQ(note.amount, Money::parse("540109.59", currencies::USD));
  // Cap price 5M / 10M = 0.50 beats the discount price (about 1.444).
  EXPECT_EQ(note.reason, IssueReason::cap);
  EXPECT_EQ(note.shares, 1'080'219);
  EXPECT_EQ(r.price, Fraction::of(18'050, 10'000));  // 20M / 11,080,219.18 = 1.80502...
  EXPECT_EQ(r.issues[1].shares, 2'770'083);
}

TEST(CapTable, DayCountsAreStated) {
  const Money p = usd(500'000);
  const Fraction rate = Fraction::from_percent(8);
  const Date from = parse_date("2024-01-01"), to = parse_date("2024-07-01");  // 182 actual days, 180 by 30/360
  EXPECT_EQ(simple_interest(p, rate, from, to, DayCount::actual_365), Money::parse("19945.21", currencies::USD));
  EXPECT_EQ(simple_interest(p, rate, from, to, DayCount::actual_360), Money::parse("20222.22", currencies::USD));
  EXPECT_EQ(simple_interest(p, rate, from, to, DayCount::thirty_360), Money::parse("20000.00", currencies::USD));
  EXPECT_EQ(accrual_period(parse_date("2024-01-31"), parse_date("2024-03-31"), DayCount::thirty_360).days, 60);
}

TEST(CapTable, DiscountOnlySafeConvertsAtTheDiscountedRoundPrice) {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  t.add_holding({.holder = "Founders", .share_class = "Common", .shares = 10'000'000});
  t.add_safe({.holder = "Angel", .amount = usd(100'000), .discount = Fraction::from_percent(20)});
  const RoundResult r = t.price_round(PricedRound{.name = "Seed", .date = parse_date("2024-01-01"),
                                                  .pre_money = usd(10'000'000), .investments = {{"Fund", usd(2'000'000)}},
                                                  .conversions_in_pre_money = false});
  EXPECT_EQ(r.price, Fraction::one());                       // 10M / 10M shares
  EXPECT_EQ(r.issues[0].reason, IssueReason::discount);
  EXPECT_EQ(r.issues[0].price, Fraction::of(4, 5));
  EXPECT_EQ(r.issues[0].shares, 125'000);                    // 100,000 / 0.80
}

TEST(CapTable, SafeWithNeitherCapNorDiscountConvertsAtTheRoundPrice) {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  t.add_holding({.holder = "Founders", .share_class = "Common", .shares = 10'000'000});
  t.add_safe({.holder = "Friend", .amount = usd(50'000)});
  const RoundResult r = t.price_round(PricedRound{.name = "Seed", .date = parse_date("2024-01-01"),
                                                  .pre_money = usd(10'000'000), .investments = {},
                                                  .conversions_in_pre_money = false});
  EXPECT_EQ(r.issues[0].reason, IssueReason::round_price);
  EXPECT_EQ(r.issues[0].shares, 50'000);
}

TEST(CapTable, MfnSafeTakesTheLowestLaterCap) {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  t.add_holding({.holder = "Founders", .share_class = "Common", .shares = 9'000'000});
  t.add_safe({.holder = "Early", .amount = usd(100'000), .mfn = true, .date = parse_date("2023-01-10")});
  t.add_safe({.holder = "Second", .amount = usd(500'000), .cap = usd(8'000'000), .date = parse_date("2023-03-01")});
  t.add_safe({.holder = "Third", .amount = usd(400'000), .cap = usd(6'000'000), .date = parse_date("2023-05-01")});
  const RoundResult r = t.price_round(series_a());
  EXPECT_EQ(r.issues[0].reason, IssueReason::cap);
  EXPECT_EQ(r.issues[0].price, r.issues[2].price);  // Early converts at Third's cap price
  EXPECT_EQ(r.issues[0].shares, 175'623);  // 100,000 / Third's cap price, rounded down
  EXPECT_EQ(r.issues[2].shares, 702'493);  // 400,000 / the same price
}

TEST(CapTable, ACapNeverGivesFewerSharesThanNoCap) {
  for (std::int64_t cap : {2'000'000, 5'000'000, 10'000'000, 20'000'000, 40'000'000, 80'000'000}) {
    CapTable capped = post_money_table();
    CapTable uncapped(currencies::USD);
    uncapped.add_class({.name = "Common"});
    uncapped.add_holding({.holder = "Founders", .share_class = "Common", .shares = 9'000'000});
    uncapped.set_pool(1'000'000);
    uncapped.add_safe({.holder = "Seed fund", .amount = usd(1'000'000), .kind = SafeKind::post_money});
    CapTable with_cap(currencies::USD);
    with_cap.add_class({.name = "Common"});
    with_cap.add_holding({.holder = "Founders", .share_class = "Common", .shares = 9'000'000});
    with_cap.set_pool(1'000'000);
    with_cap.add_safe({.holder = "Seed fund", .amount = usd(1'000'000), .kind = SafeKind::post_money, .cap = usd(cap)});
    const auto a = with_cap.price_round(series_a(Fraction::from_percent(10)));
    const auto b = uncapped.price_round(series_a(Fraction::from_percent(10)));
    EXPECT_GE(a.issues[0].shares, b.issues[0].shares) << "cap " << cap;
  }
}

TEST(CapTable, SharesIssuedAddUpToTheFullyDilutedTotal) {
  for (int target = 0; target <= 20; target += 5) {
    CapTable t = post_money_table();
    t.add_safe({.holder = "Second", .amount = usd(700'000), .kind = SafeKind::pre_money, .cap = usd(12'000'000),
                .discount = Fraction::from_percent(10)});
    t.add_note({.holder = "Note", .principal = usd(250'000), .annual_rate = Fraction::from_percent(6),
                .issued = parse_date("2023-01-15"), .discount = Fraction::from_percent(15)});
    const RoundResult r = t.price_round(series_a(target == 0 ? std::nullopt : std::optional(Fraction::from_percent(target))));
    std::int64_t issued = 0;
    for (const auto& i : r.issues) issued += i.shares;
    EXPECT_EQ(r.shares_before + issued, r.shares_after) << "target " << target;
    std::int64_t held = t.pool();
    for (const auto& [holder, shares] : t.shares_by_holder()) held += shares;
    EXPECT_EQ(held, t.fully_diluted());
    // Ownership adds up to 100% exactly in fractions, and within the
    // rounding of each displayed percentage (0.005 points each) in text.
    Fraction sum = Fraction::of(t.pool(), t.fully_diluted());
    for (const auto& [holder, shares] : t.shares_by_holder()) sum = sum + Fraction::of(shares, t.fully_diluted());
    EXPECT_EQ(sum, Fraction::one());
  }
}

TEST(CapTable, BadInputIsRefused) {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  EXPECT_THROW(t.add_class({.name = "Common"}), error);
  EXPECT_THROW(t.add_holding({.holder = "X", .share_class = "Nope", .shares = 1}), error);
  EXPECT_THROW(t.add_safe({.holder = "X", .amount = Money::from_major(1, currencies::EUR)}), currency_mismatch);
  EXPECT_THROW(t.add_safe({.holder = "X", .amount = usd(1), .discount = Fraction::one()}), error);
  EXPECT_THROW(t.set_pool(-1), error);
}
