#include "fundline/io/crunchbase_import.hpp"

#include <gtest/gtest.h>

using namespace fundline;

namespace {

std::filesystem::path fixture(std::string_view name) {
  return std::filesystem::path(FUNDLINE_TEST_DATA_DIR) / "import" / name;
}
Money m(std::string_view decimal, std::string_view code) { return Money::parse(decimal, Currency::from_code(code)); }
ReportedMoney exact(std::string_view decimal, std::string_view code) { return ReportedMoney::exact(m(decimal, code)); }

const char* const web_header =
    "Company Name,Announced Date,Transaction Name,Number of Investors,Money Raised,Lead Investors,Funding Type\n";
const char* const odm_header =
    "company_name,country_code,state_code,region,city,company_category_list,funding_round_type,funding_round_code,"
    "announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code,post_money_valuation_usd,"
    "post_money_valuation,pre_money_currency_code,investor_count,investor_names,cb_url,company_uuid,"
    "funding_round_uuid\n";

std::string odm_row(std::string_view name, std::string_view company_uuid, std::string_view round_uuid,
                    std::string_view date = "2024-01-01") {
  return fmt::format("{},USA,,,,,seed,,{},1000000,,,,,,,,,{},{}\n", name, date, company_uuid, round_uuid);
}

parse_error strict_error(const std::string& text, ImportOptions options = {}) {
  try {
    (void)import_csv_text(text, "t.csv", options);
  } catch (const parse_error& e) {
    return e;
  }
  ADD_FAILURE() << "expected a parse_error";
  return parse_error("none");
}

}  // namespace

TEST(CrunchbaseImport, DocumentationExample) {
  auto r = import_csv_text(
      "Company Name,Announced Date,Transaction Name,Number of Investors,Money Raised,Lead Investors,Funding Type\n"
      "Mistral AI,\"Jun 11, 2024\",Series B - Mistral AI,13,€600M,General Catalyst,Series B\n",
      "web.csv");
  EXPECT_EQ(r.format, ImportFormat::web);
  EXPECT_EQ(r.companies[0].name, "Mistral AI");
  EXPECT_EQ(r.companies[0].rounds[0].type, RoundType::series_b);
  EXPECT_EQ(r.companies[0].rounds[0].amount, exact("600000000", "EUR"));
  EXPECT_EQ(r.companies[0].rounds[0].id, "series_b-2024-06-11");
  EXPECT_EQ(r.stats.to_string(), "rows 1, companies 1, rounds 1, undisclosed 0, rejected 0");
}

TEST(CrunchbaseImport, ReadsTheOpenDataMapLayout) {
  const auto r = import_csv(fixture("odm_funding_rounds.csv"));
  EXPECT_EQ(r.format, ImportFormat::odm);
  EXPECT_EQ(r.stats, (ImportStats{.rows = 7, .companies = 2, .rounds = 7, .undisclosed = 1, .rejected = 0}));
  const Company& mistral = r.companies[0];
  EXPECT_EQ(mistral.id, "7d9e6ab1-3c2f-4b8e-9a51-2f0c1d6e4a10");
  EXPECT_EQ(mistral.country, "FRA");
  EXPECT_EQ(mistral.sectors, (std::vector<std::string>{"Artificial Intelligence", "Generative AI"}));
  EXPECT_EQ(mistral.sources[0].url, "https://www.crunchbase.com/organization/mistral-ai");
  ASSERT_EQ(mistral.rounds.size(), 4u);
  EXPECT_EQ(mistral.rounds[1].type, RoundType::series_a);
  EXPECT_EQ(mistral.rounds[1].id, "9c4e2a6b-7d1f-4e3a-b5c8-1a0f2e9d7c32");
  EXPECT_EQ(mistral.rounds[2].type, RoundType::convertible_note);
  EXPECT_EQ(mistral.rounds[3].investors.size(), 6u);
  EXPECT_EQ(mistral.rounds[3].investors[1].investor, "General Catalyst");
  mistral.validate();
}

TEST(CrunchbaseImport, PrefersTheOriginalCurrencyAndKeepsTheUsdFigure) {
  const auto r = import_csv(fixture("odm_funding_rounds.csv"));
  const Round& seed = r.companies[0].rounds[0];
  EXPECT_EQ(seed.amount, exact("105000000", "EUR"));
  ASSERT_EQ(seed.claims.size(), 1u);
  EXPECT_EQ(seed.claims[0].about, "amount_usd");
  EXPECT_EQ(seed.claims[0].value, "USD 113000000.00");
  const Round& b = r.companies[0].rounds[3];
  EXPECT_EQ(b.post_money, exact("5800000000", "EUR"));
  EXPECT_EQ(b.claims[1].value, "USD 6200000000.00");
  // Only the USD valuation given: kept in USD.
  EXPECT_EQ(r.companies[0].rounds[1].post_money, exact("2000000000", "USD"));
  // USD in both columns: one figure, no claim.
  EXPECT_TRUE(r.companies[1].rounds[2].claims.empty());
  EXPECT_EQ(r.companies[1].rounds[0].amount, exact("1500000", "USD"));
  EXPECT_EQ(r.companies[1].rounds[1].amount, ReportedMoney::undisclosed(currencies::USD));
}

TEST(CrunchbaseImport, ReadsTheBulkExportLayout) {
  const auto r = import_csv(fixture("bulk_funding_rounds.csv"));
  EXPECT_EQ(r.format, ImportFormat::bulk);
  EXPECT_EQ(r.stats, (ImportStats{.rows = 4, .companies = 2, .rounds = 4, .undisclosed = 1, .rejected = 0}));
  const Round& a = r.companies[0].rounds[1];
  EXPECT_EQ(a.type, RoundType::series_a);
  EXPECT_EQ(a.label, "Series A - Mistral AI");
  EXPECT_EQ(a.amount, exact("385000000", "EUR"));
  EXPECT_EQ(a.leads(), (std::vector<std::string>{"a16a16a1-6a16-4a16-8a16-a16a16a16a16"}));
  EXPECT_EQ(a.sources[0].url, "https://www.crunchbase.com/funding_round/mistral-ai-series-a--9c4e2a6b");
}

TEST(CrunchbaseImport, OdmAndBulkAgreeOnSeriesA) {
  const auto odm = import_csv(fixture("odm_funding_rounds.csv"));
  const auto bulk = import_csv(fixture("bulk_funding_rounds.csv"));
  EXPECT_EQ(odm.companies[0].rounds[1].type, bulk.companies[0].rounds[1].type);
  EXPECT_EQ(odm.companies[0].rounds[1].id, bulk.companies[0].rounds[1].id);
  EXPECT_EQ(odm.companies[0].rounds[1].amount, bulk.companies[0].rounds[1].amount);
}

TEST(CrunchbaseImport, ReadsTheWebExportWithBomCrlfAndSpacedHeaders) {
  const auto r = import_csv(fixture("web_export.csv"));
  EXPECT_EQ(r.format, ImportFormat::web);
  EXPECT_EQ(r.stats, (ImportStats{.rows = 13, .companies = 6, .rounds = 13, .undisclosed = 2, .rejected = 0}));
  const Company& mistral = r.companies[0];
  ASSERT_EQ(mistral.rounds.size(), 5u);
  EXPECT_EQ(mistral.rounds[4].amount, exact("1700000000", "EUR"));
  EXPECT_EQ(mistral.rounds[4].announced, PartialDate::day(2025, 9, 9));
  EXPECT_EQ(mistral.rounds[2].type, RoundType::corporate_round);
  EXPECT_EQ(mistral.rounds[3].leads(), (std::vector<std::string>{"General Catalyst"}));
  const Company& tiny = r.companies[2];
  EXPECT_EQ(tiny.rounds[0].type, RoundType::pre_seed);
  EXPECT_EQ(tiny.rounds[0].amount, exact("500000", "GBP"));
  EXPECT_EQ(tiny.rounds[1].type, RoundType::non_equity_assistance);
  EXPECT_FALSE(tiny.rounds[1].amount.is_disclosed());
  EXPECT_EQ(r.companies[3].rounds[0].amount, exact("1200000000", "JPY"));
  EXPECT_EQ(r.companies[3].rounds[0].leads(), (std::vector<std::string>{"SBI Investment", "JAFCO"}));
  EXPECT_EQ(r.companies[4].rounds[1].type, RoundType::undisclosed);
  EXPECT_EQ(r.companies[4].rounds[1].amount, exact("2300000000", "USD"));
  EXPECT_EQ(r.companies[4].rounds[2].type, RoundType::secondary_market);
  EXPECT_EQ(r.companies[5].rounds[0].type, RoundType::grant);
  EXPECT_EQ(r.companies[5].rounds[0].amount, exact("8800000", "EUR"));
}

TEST(CrunchbaseImport, WebRoundsGetUniqueIds) {
  const auto r = import_csv_text(std::string(web_header) + "X,2024-01-01,,,$1M,,Seed\nX,2024-01-01,,,$2M,,Seed\n", "w.csv");
  EXPECT_EQ(r.companies[0].rounds[0].id, "seed-2024-01-01");
  EXPECT_EQ(r.companies[0].rounds[1].id, "seed-2024-01-01-2");
}

TEST(CrunchbaseImport, StrictModeStopsAtTheFirstProblem) {
  try {
    (void)import_csv(fixture("odm_bad_rows.csv"));
    FAIL() << "expected a parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().line, 3u);
    EXPECT_EQ(e.location().column, 63u);
    EXPECT_EQ(e.location().field, "raised_amount_currency_code");
    EXPECT_EQ(e.detail(), "unknown currency code \"XEU\": expected an ISO 4217 code such as EUR or USD");
  }
}

TEST(CrunchbaseImport, LenientModeReportsEveryRejectedRow) {
  const auto r = import_csv(fixture("odm_bad_rows.csv"), ImportOptions{.lenient = true});
  EXPECT_EQ(r.stats, (ImportStats{.rows = 11, .companies = 1, .rounds = 2, .undisclosed = 0, .rejected = 9}));
  ASSERT_EQ(r.problems.size(), 9u);
  struct Expected {
    std::size_t line, column;
    std::string field, message;
  };
  const Expected expected[] = {
      {3, 63, "raised_amount_currency_code", "unknown currency code \"XEU\": expected an ISO 4217 code such as EUR or USD"},
      {4, 53, "raised_amount",
       "invalid EUR amount \"600M€uros\": unexpected character 'M' at position 4: expected digits with an optional '.' "
       "and decimals"},
      {5, 32, "announced_on", "invalid date \"2023-02-30\": day 30 is out of range for 2023-02 (1..28)"},
      {6, 50, "raised_amount", "invalid EUR amount \"-5000\": negative amount: expected a non-negative decimal"},
      {7, 41, "raised_amount",
       "invalid EUR amount \"99999999999999999999\": amount out of range: too many digits for an int64 of minor units"},
      {8, 131, "funding_round_uuid", "duplicate round id \"r-001\": first seen on line 2"},
      {9, 29, "announced_on",
       "round dated 2022-01-10 before the company's founding (2023-04-28): expected a date on or after it"},
      {10, 22, "funding_round_type", "unknown round type \"venture\" with code \"X\": expected venture with a code A..J"},
      {12, 43, "", "10 fields, expected 21 as in the header (is the line truncated?)"},
  };
  for (std::size_t i = 0; i < std::size(expected); ++i) {
    SCOPED_TRACE(i);
    EXPECT_EQ(r.problems[i].where.line, expected[i].line);
    EXPECT_EQ(r.problems[i].where.column, expected[i].column);
    EXPECT_EQ(r.problems[i].where.field, expected[i].field);
    EXPECT_EQ(r.problems[i].message, expected[i].message);
  }
  EXPECT_EQ(r.companies[0].rounds[1].id, "r-009");
}

TEST(CrunchbaseImport, ProblemsPrintWithFileLineColumnAndField) {
  const auto r = import_csv_text(std::string(web_header) + "X,someday,,,$1M,,Seed\n", "w.csv", {.lenient = true});
  EXPECT_EQ(r.problems.at(0).to_string(),
            "w.csv:2:3: field 'Announced Date': invalid date \"someday\": expected YYYY-MM-DD or \"Jun 11, 2024\"");
}

TEST(CrunchbaseImport, RejectsAFileThatIsNotCsv) {
  const auto png = strict_error(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
  EXPECT_NE(std::string(png.what()).find("invalid UTF-8"), std::string::npos);
  const auto prose = strict_error("It was a dark and stormy night.\nThe end.\n", {.lenient = true});
  EXPECT_STREQ(prose.what(),
               "t.csv:1:1: unrecognized header (starting \"It was a dark and stormy night.\"): expected the columns of a "
               "Crunchbase open-data-map, bulk-export or web-export funding_rounds.csv, or of fundline's own layout "
               "(see docs/import.md)");
  EXPECT_STREQ(strict_error("").what(), "t.csv:1:1: empty input: expected a header row of funding-round columns");
}

TEST(CrunchbaseImport, AnExplicitFormatNeedsItsColumns) {
  EXPECT_STREQ(strict_error(web_header, {.format = ImportFormat::bulk}).what(),
               "t.csv:1:1: the header lacks the 8 columns uuid, investment_type, announced_on, raised_amount_usd, "
               "raised_amount, raised_amount_currency_code, org_uuid, org_name: expected the Crunchbase bulk export "
               "layout (see docs/import.md)");
}

TEST(CrunchbaseImport, RejectsRoundsOfUnknownCompanies) {
  ImportOptions options{.lenient = true};
  options.known_companies.push_back(Company{.id = "c-1", .name = "Known", .founded = PartialDate::year(2020)});
  const auto r = import_csv_text(std::string(odm_header) + odm_row("Known", "c-1", "r-1") + odm_row("Other", "c-2", "r-2") +
                                     odm_row("Known", "c-1", "r-3", "2019-05-01"),
                                 "t.csv", options);
  EXPECT_EQ(r.stats.rounds, 1u);
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].message, "unknown company \"c-2\": expected one of the 1 known companies");
  EXPECT_EQ(r.problems[0].where.field, "company_uuid");
  EXPECT_EQ(r.problems[1].message,
            "round dated 2019-05-01 before the company's founding (2020): expected a date on or after it");
  EXPECT_EQ(r.companies.size(), 1u);
  EXPECT_EQ(r.companies[0].rounds.size(), 1u);
}

TEST(CrunchbaseImport, RejectsACompanyWhoseNameChanges) {
  const auto e = strict_error(std::string(odm_header) + odm_row("A", "c-1", "r-1") + odm_row("B", "c-1", "r-2"));
  EXPECT_EQ(e.detail(),
            "company \"c-1\": name \"B\" differs from \"A\" given on line 2: expected the same value on every row of a "
            "company");
}

TEST(CrunchbaseImport, LenientModeSkipsInvalidUtf8Rows) {
  const auto r = import_csv_text(std::string(odm_header) + odm_row("Caf\xE9", "c-1", "r-1") + odm_row("Cafe", "c-2", "r-2"),
                                 "t.csv", {.lenient = true});
  EXPECT_EQ(r.stats, (ImportStats{.rows = 2, .companies = 1, .rounds = 1, .undisclosed = 0, .rejected = 1}));
  EXPECT_EQ(r.problems[0].where.line, 2u);
  EXPECT_EQ(r.problems[0].message, "invalid UTF-8 at byte offset 324: byte 0x2C does not continue the sequence");
}

TEST(CrunchbaseImport, TruncatedQuotedLastLineIsReported) {
  const auto r = import_csv_text(std::string(web_header) + "X,2024-01-01,,,$1M,,Seed\nY,\"Jun 1", "w.csv", {.lenient = true});
  EXPECT_EQ(r.stats, (ImportStats{.rows = 2, .companies = 1, .rounds = 1, .undisclosed = 0, .rejected = 1}));
  EXPECT_EQ(r.problems[0].where.line, 3u);
  EXPECT_EQ(r.problems[0].where.column, 3u);
}

TEST(CrunchbaseImport, ReportsProgress) {
  std::vector<std::uint64_t> seen;
  ImportOptions options;
  options.progress = [&](std::uint64_t done, std::uint64_t total) {
    seen.push_back(done);
    EXPECT_EQ(total, 131u);
  };
  (void)import_csv_text(std::string(web_header) + "X,2024-01-01,,,$1M,,Seed\n", "w.csv", options);
  ASSERT_FALSE(seen.empty());
  EXPECT_EQ(seen.back(), 131u);
}

TEST(CrunchbaseImport, ParsesFormatNames) {
  EXPECT_EQ(try_parse_import_format("odm"), ImportFormat::odm);
  EXPECT_EQ(try_parse_import_format("web"), ImportFormat::web);
  EXPECT_EQ(try_parse_import_format("auto"), ImportFormat::auto_detect);
  EXPECT_EQ(try_parse_import_format("xlsx"), std::nullopt);
}

TEST(CrunchbaseImport, AFigureWithoutCurrencyIsTheUsdFigureRepeated) {
  // As the open-data-map writes USD valuations: both columns, no code.
  const auto row = [](std::string_view post) {
    return fmt::format("Z,USA,,,,,venture,C,2017-12-28,13483000,,,76490000,{},,,,,c-1,r-1\n", post);
  };
  const auto r = import_csv_text(std::string(odm_header) + row("76490000"), "t.csv");
  EXPECT_EQ(r.companies[0].rounds[0].post_money, exact("76490000", "USD"));
  EXPECT_TRUE(r.companies[0].rounds[0].claims.empty());
  EXPECT_EQ(strict_error(std::string(odm_header) + row("70000000")).detail(),
            "empty currency, but post_money_valuation is given (and differs from the USD figure): expected an ISO "
            "code such as EUR");
}

TEST(CrunchbaseImport, AMissingFileIsAnError) {
  try {
    (void)import_csv(fixture("no_such_file.csv"));
    FAIL() << "expected an error";
  } catch (const error& e) {
    EXPECT_NE(std::string(e.what()).find("cannot open"), std::string::npos);
  }
}

TEST(CrunchbaseImport, OwnLayoutRoundIdsAreUniquePerCompany) {
  const std::string header(
      "company_id,company_name,company_founded,company_country,company_sectors,company_sources,company_note,round_id,"
      "round_type,announced,label,currency,amount,amount_qualifier,amount_high,amount_usd,tranches,pre_money,"
      "post_money,post_money_usd,investors,lead_investors,sources,note\n");
  const std::string a = "a,A,,,,,,seed,seed,2024-01-10,,EUR,1.00,,,,,,,,,,,\n";
  const std::string b = "b,B,,,,,,seed,seed,2024-01-10,,EUR,1.00,,,,,,,,,,,\n";
  EXPECT_EQ(import_csv_text(header + a + b, "t.csv").stats.rounds, 2u);
  EXPECT_EQ(strict_error(header + a + a).detail(), "duplicate round id \"seed\": first seen on line 2");
}

TEST(CrunchbaseImport, WebRoundsOfTwoCompaniesMayLookAlike) {
  const auto r = import_csv_text(std::string(web_header) + "A,2024-01-10,,,$1M,,Seed\nB,2024-01-10,,,$1M,,Seed\n", "w.csv");
  EXPECT_EQ(r.companies[1].rounds[0].id, "seed-2024-01-10");
}

TEST(CrunchbaseImport, TranchesOverflowingTheirSumAreAParseErrorAtTheRound) {
  const std::string header(
      "company_id,company_name,company_founded,company_country,company_sectors,company_sources,company_note,round_id,"
      "round_type,announced,label,currency,amount,amount_qualifier,amount_high,amount_usd,tranches,pre_money,"
      "post_money,post_money_usd,investors,lead_investors,sources,note\n");
  const std::string row = "a,A,,,,,,r1,seed,2024-01-10,,USD,1.00,,,,"
                          "equity=USD 90000000000000000.00|debt=USD 90000000000000000.00,,,,,,,\n";
  const auto e = strict_error(header + row);
  EXPECT_EQ(e.location().line, 2u);
  EXPECT_EQ(e.location().column, 10u);
  EXPECT_EQ(e.location().field, "round_id");
  EXPECT_NE(e.detail().find("overflow adding USD 90000000000000000.00"), std::string::npos) << e.what();
  EXPECT_EQ(import_csv_text(header + row, "t.csv", {.lenient = true}).stats.rejected, 1u);
}

TEST(CrunchbaseImport, AFigureWithoutCurrencyOrUsdFigureIsNotSaidToDiffer) {
  const std::string row = "Z,USA,,,,,venture,C,2017-12-28,,5000000,,,,,,,,c-1,r-1\n";
  EXPECT_EQ(strict_error(std::string(odm_header) + row).detail(),
            "empty currency, but raised_amount is given: expected an ISO code such as EUR");
}
