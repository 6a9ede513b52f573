#include "fundline/dataset/investments.hpp"

#include <string>

#include <gtest/gtest.h>

#include "fundline/core/error.hpp"
#include "fundline/dataset/dataset.hpp"

using namespace fundline;

namespace {

const std::string rounds_csv =
    "company_uuid,funding_round_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
    "m1,r1,2023-06-13,113000000,105000000,EUR\n"
    "m1,r2,2023-12-11,415000000,385000000,EUR\n";
const std::string investments_header = "funding_round_uuid,investor_uuid,investor_name,is_lead_investor\n";

struct Joined {
  Dataset ds;
  RoundKeys keys;
};

Joined two_rounds() {
  Joined j{Dataset::parse_odm_csv(rounds_csv, "rounds.csv"), {}};
  j.keys = RoundKeys::parse_odm_csv(rounds_csv, "rounds.csv", j.ds);
  return j;
}

}  // namespace

TEST(Investments, DocumentationExample) {
  const auto ds = Dataset::parse_odm_csv(rounds_csv, "rounds.csv");
  const auto keys = RoundKeys::parse_odm_csv(rounds_csv, "rounds.csv", ds);
  EXPECT_EQ(keys.find("r2"), std::optional<std::uint32_t>{1});
  const auto inv = Investments::parse_bulk_csv(investments_header +
                                                   "r1,ls,Lightspeed Venture Partners,True\n"
                                                   "r2,a16z,Andreessen Horowitz,True\n"
                                                   "r2,ls,Lightspeed Venture Partners,False\n"
                                                   "r9,ls,Lightspeed Venture Partners,\n",
                                               "investments.csv", keys);
  EXPECT_EQ(inv.size(), 3u);
  EXPECT_EQ(inv.orphan_count(), 1u);
  EXPECT_EQ(inv.investor_count(), 2u);
  EXPECT_EQ(inv.investor_uuid(0), "a16z");
  EXPECT_EQ(inv.investor_name(*inv.find_investor("ls")), "Lightspeed Venture Partners");
  EXPECT_EQ(inv.rounds()[2], 1u);
  EXPECT_EQ(inv.leads()[0], LeadFlag::yes);
}

TEST(RoundKeys, EachUuidNamesOneRowAndAnEmptyOneNone) {
  const std::string header =
      "company_uuid,funding_round_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n";
  const std::string text = header + "m1,r1,2023-06-13,1,,\nm3,,2023-06-15,3,,\n";
  const auto ds = Dataset::parse_odm_csv(text, "rounds.csv");
  const auto keys = RoundKeys::parse_odm_csv(text, "rounds.csv", ds);
  EXPECT_EQ(keys.find("r1"), std::optional<std::uint32_t>{0});
  EXPECT_EQ(keys.size(), 1u);
  EXPECT_EQ(keys.uuid_of_row(0), "r1");
  EXPECT_EQ(keys.uuid_of_row(1), "");
  EXPECT_FALSE(keys.find(""));
  // A repeated uuid never reaches RoundKeys: the row rules refuse it (docs/row-rules.md).
  EXPECT_THROW((void)Dataset::parse_odm_csv(header + "m1,r1,2023-06-13,1,,\nm2,r1,2023-06-14,2,,\n", "rounds.csv"),
               parse_error);
}

TEST(RoundKeys, MissingColumnNamesIt) {
  const std::string text = "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
                           "m1,2023-06-13,1,,\n";
  const auto ds = Dataset::parse_odm_csv(text, "rounds.csv");
  try {
    (void)RoundKeys::parse_odm_csv(text, "rounds.csv", ds);
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().line, 1u);
    EXPECT_EQ(e.location().field, "funding_round_uuid");
  }
}

TEST(RoundKeys, LenientSkipsTheRowsTheDatasetSkipped) {
  // Line 3 has a bad date (the Dataset skips it), line 4 a wrong field count
  // (both skip it), and line 5 a bad date in a record whose first field holds a newline.
  const std::string text =
      "company_name,company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code,"
      "funding_round_uuid\n"
      "A,m1,2023-06-13,1,,,r1\n"
      "B,m2,2023-13-01,2,,,r2\n"
      "C,m3,2023-06-15,3,,\n"
      "\"D\nE\",m4,2023-02-30,4,,,r4\n"
      "F,m5,2023-06-16,5,,,r5\n";
  const LoadOptions lenient{.mode = ParseMode::lenient};
  const auto ds = Dataset::parse_odm_csv(text, "rounds.csv", lenient);
  ASSERT_EQ(ds.size(), 2u);
  ASSERT_EQ(ds.summary().skipped, 3u);
  const auto keys = RoundKeys::parse_odm_csv(text, "rounds.csv", ds, lenient);
  EXPECT_EQ(keys.find("r1"), std::optional<std::uint32_t>{0});
  EXPECT_EQ(keys.find("r5"), std::optional<std::uint32_t>{1});
  EXPECT_FALSE(keys.find("r2"));
  EXPECT_FALSE(keys.find("r4"));
}

TEST(RoundKeys, AnotherFileIsInconsistentData) {
  const auto ds = Dataset::parse_odm_csv(rounds_csv, "rounds.csv");
  EXPECT_THROW((void)RoundKeys::parse_odm_csv(rounds_csv + "m1,r3,2024-01-01,1,,\n", "other.csv", ds),
               inconsistent_data);
}

TEST(Investments, RepeatedInvestorKeepsBothRowsAndOneInvestor) {
  const auto j = two_rounds();
  const auto inv = Investments::parse_bulk_csv(investments_header +
                                                   "r1,ls,Lightspeed,True\n"
                                                   "r1,ls,Lightspeed,True\n",
                                               "inv.csv", j.keys);
  EXPECT_EQ(inv.size(), 2u);
  EXPECT_EQ(inv.investor_count(), 1u);
}

TEST(Investments, EmptyLeadFlagIsUnknown) {
  const auto j = two_rounds();
  const auto inv = Investments::parse_bulk_csv(investments_header + "r1,ls,Lightspeed,\nr1,x,X,False\n", "inv.csv", j.keys);
  EXPECT_EQ(inv.leads()[0], LeadFlag::unknown);
  EXPECT_EQ(inv.leads()[1], LeadFlag::no);
}

TEST(Investments, OrphanRowsAddNoInvestor) {
  const auto j = two_rounds();
  const auto inv = Investments::parse_bulk_csv(investments_header + "r9,ghost,Ghost,True\nr1,ls,Lightspeed,True\n",
                                               "inv.csv", j.keys);
  EXPECT_EQ(inv.orphan_count(), 1u);
  EXPECT_EQ(inv.rows_read(), 2u);
  EXPECT_EQ(inv.investor_count(), 1u);
  EXPECT_FALSE(inv.find_investor("ghost"));
}

TEST(Investments, NamesWithCommasAndQuotesAreRead) {
  const auto j = two_rounds();
  const auto inv = Investments::parse_bulk_csv(investments_header +
                                                   "r1,s,\"South Capital, LLC\",True\n"
                                                   "r2,q,\"Quote \"\"Q\"\" Ventures\",False\n",
                                               "inv.csv", j.keys);
  EXPECT_EQ(inv.investor_name(*inv.find_investor("s")), "South Capital, LLC");
  EXPECT_EQ(inv.investor_name(*inv.find_investor("q")), "Quote \"Q\" Ventures");
  EXPECT_EQ(inv.find_investors_named("South Capital, LLC"), std::vector<InvestorId>{*inv.find_investor("s")});
}

TEST(Investments, InvestorIdsFollowUuidOrder) {
  const auto j = two_rounds();
  const auto inv = Investments::parse_bulk_csv(investments_header + "r1,zeta,Z,True\nr1,alpha,A,False\nr2,mid,M,\n",
                                               "inv.csv", j.keys);
  EXPECT_EQ(inv.investor_uuid(0), "alpha");
  EXPECT_EQ(inv.investor_uuid(1), "mid");
  EXPECT_EQ(inv.investor_uuid(2), "zeta");
  EXPECT_EQ(inv.investors()[0], 2u);
}

TEST(Investments, StrictBadLeadFlagNamesLineColumnAndField) {
  const auto j = two_rounds();
  try {
    (void)Investments::parse_bulk_csv(investments_header + "r1,ls,Lightspeed,True\nr2,ls,Lightspeed,yes\n", "inv.csv",
                                      j.keys);
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().source, "inv.csv");
    EXPECT_EQ(e.location().line, 3u);
    EXPECT_EQ(e.location().column, 18u);
    EXPECT_EQ(e.location().field, "is_lead_investor");
    EXPECT_NE(std::string(e.what()).find("expected True, False or an empty field, got \"yes\""), std::string::npos);
  }
}

TEST(Investments, StrictEmptyInvestorUuidIsAnError) {
  const auto j = two_rounds();
  EXPECT_THROW((void)Investments::parse_bulk_csv(investments_header + "r1,,Nobody,True\n", "inv.csv", j.keys),
               parse_error);
}

TEST(Investments, LenientReportsEverySkippedRow) {
  const auto j = two_rounds();
  const auto inv = Investments::parse_bulk_csv(investments_header +
                                                   "r1,ls,Lightspeed,True\n"
                                                   ",ls,Lightspeed,True\n"
                                                   "r2,ls,Lightspeed,maybe\n"
                                                   "r2,ls\n"
                                                   "r9,x,X,False\n",
                                               "inv.csv", j.keys, LoadOptions{.mode = ParseMode::lenient});
  EXPECT_EQ(inv.size(), 1u);
  EXPECT_EQ(inv.orphan_count(), 1u);
  EXPECT_EQ(inv.summary().rows, 2u);
  EXPECT_EQ(inv.summary().skipped, 3u);
  ASSERT_EQ(inv.summary().problems.size(), 3u);
  EXPECT_EQ(inv.summary().problems[0], (LoadProblem{3, 1, "funding_round_uuid", "expected a funding round uuid, got an empty field"}));
  EXPECT_EQ(inv.summary().problems[1].line, 4u);
  EXPECT_EQ(inv.summary().problems[1].field, "is_lead_investor");
  EXPECT_EQ(inv.summary().problems[2].line, 5u);
  EXPECT_EQ(inv.summary().problems[2].field, "");
}

TEST(Investments, SplitOverThreadsGivesTheSameColumns) {
  const auto j = two_rounds();
  std::string text = investments_header;
  for (int i = 0; i < 300; ++i)
    text += fmt::format("r{},inv{},\"Name, {}\",{}\n", 1 + i % 2, i % 37, i % 37, i % 3 == 0 ? "True" : "False");
  const auto one = Investments::parse_bulk_csv(text, "inv.csv", j.keys, LoadOptions{.threads = 1});
  const auto four = Investments::parse_bulk_csv(text, "inv.csv", j.keys, LoadOptions{.threads = 4});
  ASSERT_EQ(four.size(), 300u);
  EXPECT_TRUE(std::equal(one.rounds().begin(), one.rounds().end(), four.rounds().begin()));
  EXPECT_TRUE(std::equal(one.investors().begin(), one.investors().end(), four.investors().begin()));
  EXPECT_TRUE(std::equal(one.leads().begin(), one.leads().end(), four.leads().begin()));
  EXPECT_EQ(four.investor_count(), 37u);
  EXPECT_EQ(four.investor_name(*four.find_investor("inv5")), "Name, 5");
}

TEST(Investments, MissingColumnNamesIt) {
  const auto j = two_rounds();
  EXPECT_THROW((void)Investments::parse_bulk_csv("funding_round_uuid,investor_uuid\nr1,ls\n", "inv.csv", j.keys),
               parse_error);
}
