// Runs the built fundline binary and compares what it prints with
// hand-checked expected files in tests/data/cli (every amount there was
// checked to the cent against the ECB rates of the round's day).
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "run_command.hpp"

namespace {

using CliRun = cli_testing::CommandRun;
using cli_testing::read_text;

const std::string data_dir = std::string(FUNDLINE_TEST_DATA_DIR) + "/cli/";

// Runs a shell command in tests/data/cli.
CliRun shell(const std::string& command_line) { return cli_testing::run_command(data_dir, command_line); }

const std::string binary = std::string("'").append(FUNDLINE_CLI_PATH).append("'");

CliRun fundline(const std::string& arguments) { return shell(binary + " " + arguments); }

}  // namespace

TEST(Cli, TimelineAsOfMatchesExpectedText) {
  const CliRun r = fundline("timeline mistral.json --as-of 2024-06-30");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_text(data_dir + "timeline_mistral_as_of_en.txt"));
  EXPECT_EQ(r.err, "");
}

TEST(Cli, TimelineInFrenchMatchesExpectedText) {
  const CliRun r = fundline("timeline mistral.json --lang fr");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_text(data_dir + "timeline_mistral_fr.txt"));
}

TEST(Cli, TimelineConvertsEachRoundAtItsOwnEcbRate) {
  const CliRun r = fundline("timeline mistral.json --as-of 2024-06-30 --currency USD");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_text(data_dir + "timeline_mistral_usd.txt"));
}

TEST(Cli, CompareMatchesExpectedText) {
  CliRun r = fundline("compare mistral.json peers.json --as-of 2024-06-30");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_text(data_dir + "compare_en.txt"));
  r = fundline("compare mistral.json peers.json --as-of 2024-06-30 --lang fr");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_text(data_dir + "compare_fr.txt"));
}

TEST(Cli, CompareGridStopsTheDayBeforeTheSameDayMonthsLater) {
  // Founded 2023-06-30; rounds on 2023-06-30 (1M), 2023-12-30 (2M), 2024-06-30 (4M):
  // month 6 covers up to 2023-12-29, month 12 up to 2024-06-29.
  const CliRun r = fundline("compare month_end.json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("     6  €1,000,000.00\n    12  €3,000,000.00\n"), std::string::npos) << r.out;
}

TEST(Cli, AnUndisclosedRoundInAnotherCurrencyIsCountedAsUndisclosed) {
  const CliRun r = fundline("timeline undisclosed_usd.json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Total raised, all instruments: at least €1,000,000.00 (2 rounds)"), std::string::npos) << r.out;
  const CliRun c = fundline("compare undisclosed_usd.json");
  EXPECT_EQ(c.exit_code, 0) << c.err;
}

TEST(Cli, TimelineWithoutFileUsesTheBundledMistralData) {
  const CliRun r = fundline("timeline");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Mistral AI: funding timeline", 0), 0u) << r.out;
}

TEST(Cli, TimelineBeforeTheFirstRound) {
  const CliRun r = fundline("timeline mistral.json --as-of 2020-01-01 --currency USD");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.rfind("Mistral AI: funding timeline (USD)\nAs of 1 January 2020\n", 0), 0u) << r.out;
  EXPECT_NE(r.out.find("Total raised, all instruments: $0.00 (0 rounds)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("Summary: Mistral AI has no known funding round."), std::string::npos) << r.out;
}

TEST(Cli, ChartOnlyWhenAskedOrOnATerminal) {
  EXPECT_EQ(fundline("timeline mistral.json").out.find("█"), std::string::npos);
  const CliRun r = fundline("timeline mistral.json --chart");
  EXPECT_NE(r.out.find("█"), std::string::npos);
  EXPECT_EQ(r.err, "");  // no progress bar when stderr is not a terminal
}

// util-linux's script(1) gives the command a pseudo-terminal as stdout.
TEST(Cli, ChartOnATerminal) {
  if (std::system("script --version >/dev/null 2>&1") != 0) GTEST_SKIP() << "no script(1)";
  const CliRun r = shell("script -qec \"" + binary + " timeline mistral.json --as-of 2024-06-30\" /dev/null");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Total            █"), std::string::npos) << r.out;
}

TEST(Cli, WritesAnSvgThatParses) {
  const std::string svg = ::testing::TempDir() + "fundline_cli_test_" + std::to_string(::getpid()) + ".svg";
  const CliRun r = fundline("timeline mistral.json --as-of 2024-06-30 --svg '" + svg + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string text = read_text(svg);
  EXPECT_NE(text.find("Mistral AI: cumulative funding"), std::string::npos);
  EXPECT_NE(text.find("Series B €600M"), std::string::npos);
  EXPECT_NE(text.find("more than €6B"), std::string::npos);
  if (std::system("python3 -c 'import xml.dom.minidom' >/dev/null 2>&1") == 0) {
    const std::string check = "python3 -c 'import xml.dom.minidom,sys; xml.dom.minidom.parse(sys.argv[1])' '" + svg + "'";
    EXPECT_EQ(std::system(check.c_str()), 0);
  }
  std::remove(svg.c_str());
}

TEST(Cli, BadInputExitsOneNamingFileLineAndColumn) {
  const CliRun r = fundline("timeline broken.json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("broken.json:5:49: field 'rounds[0].announced': invalid date \"2023-02-30\""),
            std::string::npos)
      << r.err;
  EXPECT_NE(fundline("compare mistral.json broken.json").err.find("broken.json:5:49"), std::string::npos);
}

TEST(Cli, TotalsBeyondInt64NameTheFile) {
  for (const char* arguments : {"timeline overflow.json", "compare overflow.json --anchor first-round"}) {
    const CliRun r = fundline(arguments);
    EXPECT_EQ(r.exit_code, 1) << arguments;
    EXPECT_NE(r.err.find("overflow.json: company \"Overflow\": overflow adding EUR 92233720368547758.07 and EUR 1.00"),
              std::string::npos)
        << r.err;
  }
}

TEST(Cli, UnwritableSvgExitsOneBeforePrinting) {
  const CliRun r = fundline("timeline mistral.json --svg /nonexistent-directory/chart.svg");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("/nonexistent-directory/chart.svg"), std::string::npos) << r.err;
}

TEST(Cli, MissingFileExitsOne) {
  const CliRun r = fundline("timeline no-such-file.json");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("no-such-file.json"), std::string::npos) << r.err;
}

TEST(Cli, ConversionPastTheLastFixingIsAnError) {
  const CliRun r = fundline("timeline mistral.json --currency USD");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("2025-09-09"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("ends on 2025-05-09"), std::string::npos) << r.err;
}

TEST(Cli, ConversionPastTheLastFixingSuggestsWhatTheCommandLineOffers) {
  // The library's remedy, accepting_dates_past_end(), is no option of these commands.
  for (const char* arguments : {"timeline mistral.json --currency USD", "compare mistral.json --currency USD"}) {
    const CliRun r = fundline(arguments);
    EXPECT_EQ(r.exit_code, 1) << arguments;
    EXPECT_EQ(r.err.find("accepting_dates_past_end()"), std::string::npos) << r.err;
    EXPECT_NE(r.err.find("--as-of 2025-05-09"), std::string::npos) << r.err;
  }
}

TEST(Cli, BadUsageExitsTwo) {
  EXPECT_EQ(fundline("timeline --lang de").exit_code, 2);
  EXPECT_EQ(fundline("timeline --as-of 2024-13-01").exit_code, 2);
  EXPECT_EQ(fundline("timeline --currency XYZ").exit_code, 2);
  EXPECT_EQ(fundline("timeline --no-such-flag").exit_code, 2);
  EXPECT_EQ(fundline("compare").exit_code, 2);
  EXPECT_EQ(fundline("compare mistral.json --anchor birthday").exit_code, 2);
}

TEST(Cli, EveryConvertingCommandListsTheRateOptionsAndTheirOldSpellings) {
  for (const char* command : {"timeline", "compare", "fx", "rank", "report", "investors", "investor"}) {
    const CliRun r = fundline(std::string(command) + " --help");
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_NE(r.out.find("--fx,--rates"), std::string::npos) << command << ":\n" << r.out;
    EXPECT_NE(r.out.find("--accept-stale,--stale-rates"), std::string::npos) << command << ":\n" << r.out;
  }
}

TEST(Cli, TimelineConvertsWithTheTableGivenByFx) {
  // The mini table starts in June 2024: the seed of 2023 has no rate there.
  const CliRun r = fundline("timeline mistral.json --as-of 2024-06-30 --currency USD --fx ../fx/eurofxref-hist-mini.csv");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("the first USD fixing in the table (../fx/eurofxref-hist-mini.csv) is 2024-06-"),
            std::string::npos)
      << r.err;
}

TEST(Cli, AcceptStaleConvertsRoundsAfterTheLastDayAtItsLastFixingAndSaysSo) {
  for (const char* flag : {"--accept-stale", "--stale-rates"}) {
    const CliRun r = fundline(std::string("timeline mistral.json --currency USD ") + flag);
    EXPECT_EQ(r.exit_code, 0) << r.err;
    // EUR 1.7 billion at USD 1.1252, the fixing of 2025-05-09.
    EXPECT_NE(r.out.find("2025-09-09  Series C          USD 1.1252 per EUR (fixing of 2025-05-09) [stale: --accept-stale]"),
              std::string::npos)
        << r.out;
    EXPECT_NE(r.out.find("$1,912,840,000.00"), std::string::npos) << r.out;
  }
  const CliRun c = fundline("compare mistral.json --currency USD --stale-rates");
  EXPECT_EQ(c.exit_code, 0) << c.err;
  EXPECT_NE(c.out.find("STALE: rounds after 2025-05-09 use that day's rates (--accept-stale)"), std::string::npos)
      << c.out;
}

TEST(Cli, ReportAcceptsARoundPastTheTableOnlyWithAcceptStaleAndSaysSoOnStderr) {
  const std::string dir = ::testing::TempDir() + "fundline_report_stale_" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/rounds.csv") << "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
                                        "late,2025-09-09,1125200,,\n";
  std::ofstream(dir + "/queries.csv") << "company_uuid,as_of\nlate,2025-12-31\n";
  const std::string arguments = "report --rounds '" + dir + "/rounds.csv' --queries '" + dir + "/queries.csv'";
  const CliRun strict = fundline(arguments);
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_NE(strict.err.find("company late, round of 2025-09-09: no EUR/USD rate on 2025-09-09"), std::string::npos) << strict.err;
  const CliRun stale = fundline(arguments + " --accept-stale");
  EXPECT_EQ(stale.exit_code, 0) << stale.err;
  // USD 1,125,200 at USD 1.1252 per EUR (the fixing of 2025-05-09): EUR 1,000,000.00.
  EXPECT_NE(stale.out.find("total_eur_cents 100000000\n"), std::string::npos) << stale.out;
  EXPECT_EQ(stale.err, "fundline: rounds after 2025-05-09 are converted at that day's rates (--accept-stale; table: "
                       "bundled eurofxref-hist.csv, last day 2025-05-09)\n");
  std::filesystem::remove_all(dir);
}

TEST(Cli, InvestorCommandsAcceptARoundPastTheTableOnlyWithAcceptStale) {
  const std::string dir = ::testing::TempDir() + "fundline_investors_stale_" + std::to_string(::getpid());
  std::filesystem::create_directories(dir);
  std::ofstream(dir + "/rounds.csv") << "company_name,company_uuid,funding_round_uuid,announced_on,raised_amount_usd,"
                                        "raised_amount,raised_amount_currency_code\n"
                                        "Late Labs,late,rd-late,2025-09-09,1125200,,\n";
  std::ofstream(dir + "/investments.csv")
      << "uuid,name,type,permalink,cb_url,rank,created_at,updated_at,funding_round_uuid,funding_round_name,"
         "investor_uuid,investor_name,investor_type,is_lead_investor,partner_uuid,partner_name\n"
         "iv-1,,investment,iv-1,,1,,,rd-late,,inv-a,A Fund,venture_capital,True,,\n";
  const std::string files = " --rounds '" + dir + "/rounds.csv' --investments '" + dir + "/investments.csv'";
  const CliRun strict = fundline("investors" + files);
  EXPECT_EQ(strict.exit_code, 1);
  EXPECT_NE(strict.err.find("no EUR/USD rate on 2025-09-09"), std::string::npos) << strict.err;
  EXPECT_NE(strict.err.find("run `fundline fx update`"), std::string::npos) << strict.err;
  const CliRun stale = fundline("investors" + files + " --accept-stale");
  EXPECT_EQ(stale.exit_code, 0) << stale.err;
  // USD 1,125,200 at USD 1.1252 per EUR (the fixing of 2025-05-09): EUR 1,000,000.00.
  EXPECT_NE(stale.out.find("top_participated 1 inv-a 1 100000000\n"), std::string::npos) << stale.out;
  EXPECT_EQ(stale.err, "fundline: rounds after 2025-05-09 are converted at that day's rates (--accept-stale; table: "
                       "bundled eurofxref-hist.csv, last day 2025-05-09)\n");

  const CliRun one = fundline("investor inv-a" + files);
  EXPECT_EQ(one.exit_code, 1);
  EXPECT_NE(one.err.find("run `fundline fx update`"), std::string::npos) << one.err;
  const CliRun one_stale = fundline("investor inv-a" + files + " --accept-stale");
  EXPECT_EQ(one_stale.exit_code, 0) << one_stale.err;
  EXPECT_NE(one_stale.out.find("2025-09-09  Funding Round  Late Labs  $1,125,200.00  €1,000,000.00 *  led"),
            std::string::npos)
      << one_stale.out;
  EXPECT_NE(one_stale.out.find("; STALE: 1 round after 2025-05-09 uses that day's rates\n"), std::string::npos)
      << one_stale.out;
  std::filesystem::remove_all(dir);
}

TEST(Cli, RatesIsAnAliasOfFx) {
  const std::string path = std::string(FUNDLINE_SOURCE_DIR).append("/data/eurofxref-hist.csv");
  const std::string arguments = std::string("compare mistral.json peers.json --as-of 2024-06-30 ");
  const CliRun fx = fundline(arguments + "--fx '" + path + "'");
  const CliRun rates = fundline(arguments + "--rates '" + path + "'");
  EXPECT_EQ(fx.exit_code, 0) << fx.err;
  EXPECT_EQ(fx.out, rates.out);
  EXPECT_NE(fx.out.find(std::string("ECB rates: ").append(path).append(", last day 2025-05-09")), std::string::npos)
      << fx.out;
}

TEST(Cli, EverySubcommandHasHelp) {
  for (const char* command : {"timeline", "compare"}) {
    const CliRun r = fundline(std::string(command) + " --help");
    EXPECT_EQ(r.exit_code, 0) << command;
    EXPECT_NE(r.out.find("--lang"), std::string::npos) << command;
    EXPECT_NE(r.out.find("--as-of"), std::string::npos) << command;
  }
}

TEST(Cli, VersionIsTheCmakeProjectVersion) {
  const CliRun r = fundline("--version");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "fundline " + std::string(FUNDLINE_PROJECT_VERSION) + "\n");
}

TEST(Cli, FxAdviceComesFromTheRefusalsReason) {
  const CliRun stale = fundline("fx 1000000 RUB EUR --date 2022-03-10");
  EXPECT_EQ(stale.exit_code, 1);
  EXPECT_NE(stale.err.find("--max-staleness 9 accepts it"), std::string::npos) << stale.err;
  const CliRun late = fundline("fx 1 EUR USD --date 2025-09-09");
  EXPECT_EQ(late.exit_code, 1);
  EXPECT_NE(late.err.find("--accept-stale"), std::string::npos) << late.err;
}

TEST(Cli, ReportRefusesARoundTheFxPolicyRefuses) {
  // 1000 CYP in 2020: RateTable refuses it (retired in 2008), so report does too.
  const CliRun r = shell("printf 'company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\\n"
                         "cy,2020-06-11,,1000,CYP\\n' > /tmp/fundline_cyp_rounds.csv && "
                         "printf 'company_uuid,as_of\\ncy,2021-01-01\\n' > /tmp/fundline_cyp_queries.csv && " +
                         binary + " report --rounds /tmp/fundline_cyp_rounds.csv --queries /tmp/fundline_cyp_queries.csv");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.out, "");
  EXPECT_NE(r.err.find("company cy, round of 2020-06-11: no EUR/CYP rate on 2020-06-11: the latest CYP fixing is "
                       "2007-12-31"),
            std::string::npos)
      << r.err;
}

TEST(Cli, OwnershipOfTheBundledMistralDataMatchesExpectedText) {
  // Holders before the seed: 56.25% after it, about 44.6% after the Series A,
  // at most about 41.0% after the Series B (equity tranche only; Microsoft's
  // convertible has unknown terms).
  CliRun r = fundline("ownership --as-of 2024-06-11");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_text(data_dir + "ownership_mistral_en.txt"));
  r = fundline("ownership --as-of 2024-06-11 --lang fr");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_text(data_dir + "ownership_mistral_fr.txt"));
}

TEST(Cli, OwnershipCsvCarriesExactFractionsAndQualifiers) {
  const CliRun r = fundline("ownership mistral.json --as-of 2024-06-11 --format csv");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_text(data_dir + "ownership_mistral.csv"));
}

TEST(Cli, OwnershipWritesTheStakeChart) {
  const std::string svg = ::testing::TempDir() + "fundline_stake_" + std::to_string(::getpid()) + ".svg";
  const CliRun r = fundline("ownership --as-of 2024-06-11 --svg '" + svg + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  const std::string text = read_text(svg);
  EXPECT_TRUE(text.starts_with("<?xml"));
  EXPECT_NE(text.find("Series B at most about 41.0%"), std::string::npos);
  std::remove(svg.c_str());
}

TEST(Cli, CaptableReproducesTheSafePrimerCapAndDiscountExample) {
  const CliRun r = fundline("captable ../../../data/captables/yc-safe-primer-cap-and-discount.json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_text(data_dir + "captable_primer.txt"));  // 137,500 shares to the SAFE holder
}

TEST(Cli, CaptableRunsTheWaterfallOfTwoPreferredClasses) {
  const CliRun r = fundline("captable ../../../data/captables/waterfall-two-classes.json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, read_text(data_dir + "captable_waterfall.txt"));
}

TEST(Cli, CaptableErrorNamesFileLineColumnAndField) {
  const CliRun r = fundline("captable ../../../data/captables/waterfall-two-classes.json --exit 12.345");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_EQ(r.err, "fundline: error: --exit 12.345: invalid USD amount \"12.345\": too many decimal places: at most 2 allowed\n");
  const CliRun usage = fundline("captable x.json --format xml");
  EXPECT_EQ(usage.exit_code, 2);
}

TEST(CliFormats, OwnershipJsonHasExactFractions) {
  const CliRun r = fundline("ownership --as-of 2024-06-11 --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto doc = nlohmann::json::parse(r.out);
  EXPECT_EQ(doc.at("steps").at(0).at("stake").at("low"), "9/16");
  EXPECT_EQ(doc.at("steps").at(3).at("stake").at("qualifier"), "at_most");
  EXPECT_EQ(doc.at("steps").at(3).at("stake").at("text"), "at most about 41.0%");
}

TEST(CliFormats, CaptableJsonListsEveryIssueWithItsReason) {
  const CliRun r = fundline("captable ../../../data/captables/yc-safe-primer-cap-and-discount.json --format json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  const auto issue = nlohmann::json::parse(r.out).at("rounds").at(0).at("issues").at(0);
  EXPECT_EQ(issue.at("shares"), 137500);
  EXPECT_EQ(issue.at("reason"), "cap");
  EXPECT_EQ(issue.at("price"), "72727/100000");
  EXPECT_EQ(issue.at("discount_price"), "15453/20000");  // 0.77265
}

TEST(CliFormats, CaptableCsvHasOneRowPerIssueHoldingAndPayout) {
  const CliRun r = fundline("captable ../../../data/captables/waterfall-two-classes.json --format csv --exit 1");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("payout,20000000.00,Fund A,Series A,,,,,,2000000,0.00,2800000.00,2800000.00\n"), std::string::npos);
  EXPECT_NE(r.out.find("payout,1.00,Fund B,Series B,,,,,,2000000,1.00,0.00,1.00\n"), std::string::npos);
}

TEST(CliFrench, StaleRatesWriteTheTableAndTheFixingDayOut) {
  const std::string nbsp = "\u00A0";
  CliRun r = fundline("timeline mistral.json --currency USD --lang fr --accept-stale");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("Cours BCE (table eurofxref-hist.csv fournie avec fundline, jusqu\u2019au 9 mai 2025)" + nbsp +
                       ":\n"),
            std::string::npos)
      << r.out;
  EXPECT_NE(r.out.find("1,1252" + nbsp + "USD pour 1" + nbsp + "EUR (cours du 9 mai 2025) [cours périmé" + nbsp +
                       ": --accept-stale]\n"),
            std::string::npos)
      << r.out;
  r = fundline("compare mistral.json --currency USD --lang fr --accept-stale");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("PÉRIMÉ" + nbsp + ": les tours après le 9 mai 2025 sont convertis au cours de ce jour "
                       "(--accept-stale)\n"),
            std::string::npos)
      << r.out;
}
