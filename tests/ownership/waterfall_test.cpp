// Exit waterfalls, every figure worked out in the comments.
#include "fundline/ownership/waterfall.hpp"

#include <cmath>

#include <gtest/gtest.h>

using namespace fundline;

namespace {
Money usd(std::int64_t n) { return Money::from_major(n, currencies::USD); }

// Common 6M shares; Series A 2M shares for USD 2M, 1x non-participating;
// Series B 2M shares for USD 6M, 1x participating, senior to A.
CapTable two_classes(std::optional<Fraction> b_cap = std::nullopt) {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  t.add_class({.name = "Series A", .kind = ShareKind::preferred});
  t.add_class({.name = "Series B", .kind = ShareKind::preferred,
               .terms = {.participating = true, .participation_cap = b_cap, .seniority = 1}});
  t.add_holding({.holder = "Founders", .share_class = "Common", .shares = 6'000'000});
  t.add_holding({.holder = "Fund A", .share_class = "Series A", .shares = 2'000'000, .paid = usd(2'000'000)});
  t.add_holding({.holder = "Fund B", .share_class = "Series B", .shares = 2'000'000, .paid = usd(6'000'000)});
  return t;
}
}  // namespace

TEST(Waterfall, DocumentationExample) {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  t.add_class({.name = "Series A", .kind = ShareKind::preferred});
  t.add_holding({.holder = "Founders", .share_class = "Common", .shares = 8'000'000});
  t.add_holding({.holder = "Fund", .share_class = "Series A", .shares = 2'000'000, .paid = usd(5'000'000)});
  EXPECT_EQ(run_waterfall(t, usd(10'000'000)).total_for("Fund"), usd(5'000'000));
  EXPECT_EQ(run_waterfall(t, usd(50'000'000)).total_for("Fund"), usd(10'000'000));
}

TEST(Waterfall, NonParticipatingClassConvertsWhenThatPaysMore) {
  // USD 20M: B takes 6M, then A compares 2M (preference) with 14M x 2/10 = 2.8M (converted).
  const WaterfallResult r = run_waterfall(two_classes(), usd(20'000'000));
  EXPECT_EQ(r.total_for("Fund B"), usd(8'800'000));   // 6M + 14M x 2/10
  EXPECT_EQ(r.total_for("Fund A"), usd(2'800'000));
  EXPECT_EQ(r.total_for("Founders"), usd(8'400'000));
  EXPECT_TRUE(r.classes[1].converted);
  EXPECT_FALSE(r.classes[2].converted);
}

TEST(Waterfall, NonParticipatingClassKeepsItsPreferenceWhenThatPaysMore) {
  // USD 10M: B 6M; A 2M (converted it would get 4M x 2/10 = 0.8M); 2M left over
  // 8M shares: common 1.5M, B 0.5M more.
  const WaterfallResult r = run_waterfall(two_classes(), usd(10'000'000));
  EXPECT_EQ(r.total_for("Fund B"), usd(6'500'000));
  EXPECT_EQ(r.total_for("Fund A"), usd(2'000'000));
  EXPECT_EQ(r.total_for("Founders"), usd(1'500'000));
  EXPECT_EQ(r.holdings[2].preference, usd(6'000'000));
  EXPECT_EQ(r.holdings[2].participation, usd(500'000));
}

TEST(Waterfall, SeniorityPaysTheSeniorClassFirst) {
  // USD 7M: B 6M, A the 1M left, common nothing.
  const WaterfallResult r = run_waterfall(two_classes(), usd(7'000'000));
  EXPECT_EQ(r.total_for("Fund B"), usd(6'000'000));
  EXPECT_EQ(r.total_for("Fund A"), usd(1'000'000));
  EXPECT_EQ(r.total_for("Founders"), usd(0));
}

TEST(Waterfall, ParticipationCapMakesTheClassConvertAtAHighExit) {
  // B capped at 2x (12M). At USD 100M, B as common gets 20M > 12M: it converts.
  const WaterfallResult r = run_waterfall(two_classes(Fraction::whole(2)), usd(100'000'000));
  EXPECT_EQ(r.total_for("Fund B"), usd(20'000'000));
  EXPECT_EQ(r.total_for("Fund A"), usd(20'000'000));
  EXPECT_EQ(r.total_for("Founders"), usd(60'000'000));
}

TEST(Waterfall, ParticipationCapBindsBelowTheConversionPoint) {
  // At USD 40M with B capped at 2x: A converts; B: 6M + 34M x 2/10 = 12.8M > 12M cap,
  // and as common it would get 8M: it stays, capped at 12M. The 28M left go to
  // the 8M common shares (founders 6M, A 2M): 3.5 a share.
  const WaterfallResult r = run_waterfall(two_classes(Fraction::whole(2)), usd(40'000'000));
  EXPECT_EQ(r.total_for("Fund B"), usd(12'000'000));
  EXPECT_EQ(r.total_for("Fund A"), usd(7'000'000));
  EXPECT_EQ(r.total_for("Founders"), usd(21'000'000));
}

TEST(Waterfall, PariPassuClassesShareAShortfallProRata) {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  t.add_class({.name = "A", .kind = ShareKind::preferred});
  t.add_class({.name = "B", .kind = ShareKind::preferred});
  t.add_holding({.holder = "Founders", .share_class = "Common", .shares = 1'000'000});
  t.add_holding({.holder = "Fund A", .share_class = "A", .shares = 1'000'000, .paid = usd(1'000'000)});
  t.add_holding({.holder = "Fund B", .share_class = "B", .shares = 1'000'000, .paid = usd(3'000'000)});
  const WaterfallResult r = run_waterfall(t, usd(2'000'000));  // claims 4M, pro rata 1:3
  EXPECT_EQ(r.total_for("Fund A"), usd(500'000));
  EXPECT_EQ(r.total_for("Fund B"), usd(1'500'000));
}

TEST(Waterfall, CentsLeftOverGoToTheLargestRemaindersFirstListedOnTies) {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  for (const char* h : {"X", "Y", "Z"}) t.add_holding({.holder = h, .share_class = "Common", .shares = 1});
  const WaterfallResult r = run_waterfall(t, usd(1));
  EXPECT_EQ(r.total_for("X"), Money::parse("0.34", currencies::USD));
  EXPECT_EQ(r.total_for("Y"), Money::parse("0.33", currencies::USD));
  EXPECT_EQ(r.total_for("Z"), Money::parse("0.33", currencies::USD));
}

TEST(Waterfall, ExactWhereABinaryFloatingPointCalculatorLosesACent) {
  // 29 of 100 shares of a USD 1.00 exit is 29 cents. A calculator that
  // computes cents as floor(exit x 0.29 x 100) in binary floating point gets
  // 28, because 0.29 is stored as 0.28999999999999998 and the product as
  // 28.999999999999996. The engine divides integers exactly.
  const double cents_in_double = 1.00 * 0.29 * 100;
  EXPECT_EQ(std::floor(cents_in_double), 28.0);
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  t.add_holding({.holder = "X", .share_class = "Common", .shares = 29});
  t.add_holding({.holder = "Y", .share_class = "Common", .shares = 71});
  EXPECT_EQ(run_waterfall(t, usd(1)).total_for("X"), Money::parse("0.29", currencies::USD));
}

TEST(Waterfall, PayoutsAddUpToTheExitAndAHigherExitNeverPaysLess) {
  const CapTable t = two_classes(Fraction::whole(2));
  std::vector<Money> previous;
  for (std::int64_t exit = 0; exit <= 60'000'000; exit += 1'234'567) {
    const WaterfallResult r = run_waterfall(t, Money::from_minor(exit * 100 + 17, currencies::USD));
    Money sum = Money::zero(currencies::USD);
    for (const auto& h : r.holdings) sum += h.total;
    EXPECT_EQ(sum, r.exit);
    if (!previous.empty()) {
      for (std::size_t i = 0; i < r.holdings.size(); ++i) {
        EXPECT_GE(r.holdings[i].total, previous[i]) << "exit " << exit;
      }
    }
    previous.clear();
    for (const auto& h : r.holdings) previous.push_back(h.total);
  }
}

TEST(Waterfall, OptionsAndThePoolReceiveNothing) {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  t.add_class({.name = "Options", .kind = ShareKind::option});
  t.add_holding({.holder = "Founders", .share_class = "Common", .shares = 100});
  t.add_holding({.holder = "Employee", .share_class = "Options", .shares = 100});
  t.set_pool(100);
  EXPECT_EQ(run_waterfall(t, usd(300)).total_for("Founders"), usd(300));
}

TEST(Waterfall, AnExitWithNoSharesToPayIsAnError) {
  CapTable t(currencies::USD);
  t.add_class({.name = "Common"});
  t.set_pool(100);
  EXPECT_THROW((void)run_waterfall(t, usd(1)), error);
  EXPECT_EQ(run_waterfall(t, usd(0)).holdings.size(), 0u);
}
