// Published conversion and waterfall examples, reproduced from the scenario
// files of data/captables/ (each file names its source). Where the published
// figure differs from the exact one, the test shows both and why.
#include "fundline/io/captable_json.hpp"

#include <cmath>

#include <gtest/gtest.h>

using namespace fundline;

namespace {
const std::string dir = FUNDLINE_SOURCE_DIR "/data/captables/";

ScenarioRun run_file(const std::string& name) { return run_scenario(load_captable_json(dir + name)); }

Money usd(std::string_view amount) { return Money::parse(amount, currencies::USD); }
}  // namespace

TEST(PublishedExamples, FundersClubNoteConvertsAtTheCapPriceBelowATenMillionPreMoney) {
  // USD 25,000 note, USD 5M cap, 20% off; Series A at USD 10M pre-money, USD 5.00 a share.
  const ScenarioRun run = run_file("fundersclub-note-cap-applies.json");  // kept alive: r refers into it
  const RoundResult& r = run.rounds[0];
  EXPECT_EQ(r.price, Fraction::whole(5));
  const ShareIssue& note = r.issues[0];
  EXPECT_EQ(note.cap_price, Fraction::of(5, 2));       // 5.00 x 5M / 10M = 2.50
  EXPECT_EQ(note.discount_price, Fraction::whole(4));  // 5.00 x (1 - 20%) = 4.00
  EXPECT_EQ(note.reason, IssueReason::cap);
  EXPECT_EQ(note.price, Fraction::of(5, 2));
  EXPECT_EQ(note.shares, 10'000);  // 25,000 / 2.50
  // The same money at the round price buys half as many shares.
  EXPECT_EQ(r.issues[1].shares, 5'000);
}

TEST(PublishedExamples, FundersClubNoteConvertsAtTheDiscountPriceAboveASixMillionPreMoney) {
  // Same note; Series A at USD 6M pre-money, still USD 5.00 a share.
  const ScenarioRun run = run_file("fundersclub-note-discount-applies.json");  // kept alive: r refers into it
  const RoundResult& r = run.rounds[0];
  EXPECT_EQ(r.price, Fraction::whole(5));
  const ShareIssue& note = r.issues[0];
  EXPECT_EQ(note.cap_price, Fraction::of(41'667, 10'000));  // 5M / 1.2M = 4.1666..., "$4.1667/share"
  EXPECT_EQ(note.discount_price, Fraction::whole(4));
  EXPECT_EQ(note.reason, IssueReason::discount);
  EXPECT_EQ(note.shares, 6'250);  // 25,000 / 4.00
}

TEST(PublishedExamples, Two12NoteGetsOneShareFewerThanPublishedBecauseSharesRoundDown) {
  // 3M founders' shares + 1M options; USD 100K note, USD 6M cap, 20% off; USD 8M pre-money.
  const ScenarioRun run = run_file("two12-note-cap-and-discount.json");  // kept alive: r refers into it
  const RoundResult& r = run.rounds[0];
  EXPECT_EQ(r.price, Fraction::whole(2));  // 8M / 4M
  const ShareIssue& note = r.issues[0];
  EXPECT_EQ(note.discount_price, Fraction::of(8, 5));  // 2.00 x 0.8 = 1.60
  EXPECT_EQ(Fraction::of(note.amount, usd("1")) / *note.discount_price, Fraction::whole(62'500));  // "62,500 shares"
  EXPECT_EQ(note.cap_price, Fraction::of(3, 2));  // 6M / 4M = 1.50
  EXPECT_EQ(note.reason, IssueReason::cap);
  // The cap gives 100K / 1.50 = 4M / 60 = 66,666.67 shares. The article writes
  // 1.667% x 4M = 66,667: it rounds to the nearest share; the engine rounds down
  // (a company does not issue a fraction of a share it was not paid for).
  const Fraction exact = Fraction::of(note.amount, usd("1")) / note.price;
  EXPECT_EQ(exact, Fraction::of(200'000, 3));
  EXPECT_EQ(static_cast<std::int64_t>(exact.rounded(RoundingMode::half_even)), 66'667);  // the published figure
  EXPECT_EQ(note.shares, 66'666);
  EXPECT_EQ(r.shares_after, 4'066'666);
}

TEST(PublishedExamples, TwoTimesParticipatingPreferencePaysThePreferenceAndOneSeventhOfTheRest) {
  // USD 1M for 1/7 (USD 7M post-money), 2x participating, sold for USD 15M.
  const ScenarioRun run = run_file("liquidation-preference-2x-participating.json");
  const WaterfallResult& w = run.exits[0];
  EXPECT_EQ(w.holdings[1].preference, usd("2000000"));
  // 13M / 7 = 1,857,142.857...: rounded down 1,857,142.85, plus the one cent
  // left over (the largest remainder, 0.714 cent against the founders' 0.286).
  EXPECT_EQ(w.holdings[1].participation, usd("1857142.86"));
  EXPECT_EQ(w.total_for("Investor"), usd("3857142.86"));
  EXPECT_EQ(w.total_for("Founders"), usd("11142857.14"));
  // Published: "$3.9M ($2M + $1.9M)", from a stake written 14.4% (1/7 is 14.29%):
  // 2M + 14.4% x 13M = 3,872,000; both round to 3.9M.
  EXPECT_EQ(static_cast<std::int64_t>(Fraction::of(w.total_for("Investor"), usd("100000")).rounded(RoundingMode::half_even)), 39);
  EXPECT_EQ(Fraction::of(usd("13000000"), usd("1")) * Fraction::of(144, 1000), Fraction::whole(1'872'000));
}

TEST(PublishedExamples, TwoTimesNonParticipatingPreferredConvertsAtFifteenMillion) {
  // Same investment, 2x non-participating: USD 2M preference or 1/7 of 15M as common.
  const ScenarioRun run = run_file("liquidation-preference-2x-non-participating.json");
  const WaterfallResult& w = run.exits[0];
  EXPECT_TRUE(w.classes[1].converted);
  EXPECT_EQ(w.total_for("Investor"), usd("2142857.14"));  // 15M / 7 = 2,142,857.142...
  EXPECT_EQ(w.total_for("Founders"), usd("12857142.86"));
  // Published: "$2.2M" = 14.4% x 15M = 2,160,000. The exact stake 1/7 gives
  // about 2.1M: the article's 14.4% overstates 1/7 = 14.2857...%.
  EXPECT_EQ(Fraction::of(usd("15000000"), usd("1")) * Fraction::of(144, 1000), Fraction::whole(2'160'000));
  EXPECT_EQ(static_cast<std::int64_t>(Fraction::of(w.total_for("Investor"), usd("100000")).rounded(RoundingMode::half_even)), 21);
  EXPECT_EQ(Fraction::of(1, 7).percent_text(2, RoundingMode::half_even), "14.29");
}

TEST(PublishedExamples, MetricKitNoteWithInterestOwnsFivePointSeventeenPercent) {
  // USD 500,000 at 6% for 18 months (30/360), USD 8M cap, 20% off; USD 20M pre-money
  // on 10M shares (USD 2.00), USD 5M new money.
  const ScenarioRun run = run_file("metrickit-note-interest-cap.json");
  const RoundResult& r = run.rounds[0];
  const ShareIssue& note = r.issues[0];
  EXPECT_EQ(note.interest, usd("45000"));  // 500,000 x 6% x 540 / 360
  EXPECT_EQ(note.amount, usd("545000"));
  EXPECT_EQ(note.reason, IssueReason::cap);
  EXPECT_EQ(note.price, Fraction::of(4, 5));  // 8M / 10M = 0.80, below 2.00 x 0.8 = 1.60
  EXPECT_EQ(note.shares, 681'250);
  EXPECT_EQ(r.issues[1].shares, 2'500'000);  // 5M / 2.00
  EXPECT_EQ(r.shares_after, 13'181'250);
  EXPECT_EQ(Fraction::of(note.shares, r.shares_after).percent_text(2, RoundingMode::half_even), "5.17");
}

TEST(PublishedExamples, CallculatorNoteConvertsIntoExactly72500Shares) {
  // USD 100,000 at 8% for 2 years (730 days, actual/365), 20% off a USD 2.00 price.
  const ScenarioRun run = run_file("callculator-note-interest-discount.json");  // kept alive: note refers into it
  const ShareIssue& note = run.rounds[0].issues[0];
  EXPECT_EQ(note.amount, usd("116000"));  // "becomes $116,000"
  EXPECT_EQ(note.price, Fraction::of(8, 5));  // "conversion price is $1.60"
  EXPECT_EQ(note.reason, IssueReason::discount);
  EXPECT_EQ(note.shares, 72'500);
}

TEST(PublishedExamples, DoublePrecisionGivesOneShareFewerOnTheCallculatorTerms) {
  // A demonstration, not a citation: the page publishes no share count. Its
  // formula, principal x (1 + rate x years), evaluated in binary floating point
  // as a spreadsheet or a JavaScript calculator would: 0.08 has no exact binary
  // value, so the balance is 115,999.99999999999 and the share count, rounded
  // down as share counts are, is 72,499 where the exact answer is 72,500.
  const double balance = 100'000.0 * (1.0 + 0.08 * 2.0);
  EXPECT_LT(balance, 116'000.0);
  const double price = 2.0 * (1.0 - 0.20);
  EXPECT_EQ(std::floor(balance / price), 72'499.0);
  const ScenarioRun run = run_file("callculator-note-interest-discount.json");  // kept alive: note refers into it
  const ShareIssue& note = run.rounds[0].issues[0];
  EXPECT_EQ(note.shares, 72'500);
}
