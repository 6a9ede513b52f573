// The text path of import_csv_streaming (fundline import -o): the bytes the
// object-model writers give for import_csv's companies, on the shipped
// fixtures and on generated exports with everything a writer must escape.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "fundline/io/crunchbase_import.hpp"
#include "fundline/io/csv_writer.hpp"
#include "fundline/io/json.hpp"
#include "temp_file.hpp"

using namespace fundline;

namespace {

std::filesystem::path fixture(const std::string& name) {
  return std::filesystem::path(FUNDLINE_TEST_DATA_DIR) / "import" / name;
}

// A scratch file removed at the end of the test.
struct TempFile : testing_files::TempFile {
  explicit TempFile(const std::string& text) : testing_files::TempFile("fundline_direct_", text) {}
};

struct Written {
  ImportResult result;
  std::string text;
  int restarts = 0;
};

Written write_text(const std::filesystem::path& path, CompaniesText format, const ImportOptions& options = {}) {
  Written w;
  const TextSink sink{[&](std::string_view piece) { w.text += piece; },
                      [&] {
                        ++w.restarts;
                        w.text.clear();
                      }};
  w.result = import_csv_streaming(path, options, format, sink);
  return w;
}

// The object model's verdict: import_csv, then the whole-document writers.
std::string object_model_text(const std::filesystem::path& path, CompaniesText format) {
  const auto companies = import_csv(path).companies;
  return format == CompaniesText::json ? to_json_text(companies) : to_csv_text(companies);
}

const std::string odm_header =
    "company_name,country_code,state_code,region,city,company_category_list,funding_round_type,funding_round_code,"
    "announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code,post_money_valuation_usd,"
    "post_money_valuation,pre_money_currency_code,investor_count,investor_names,cb_url,company_uuid,"
    "funding_round_uuid\n";

std::string csv_quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

// An open-data-map export of `companies` companies, rows interleaved, with
// quotes, commas, line ends, tabs, '|' and '\' in names and lists, non-ASCII
// names, undisclosed amounts, several currencies, USD figures that differ,
// post-money valuations (in the round's currency and in another).
std::string generated_export(std::size_t companies, std::size_t rows, std::uint64_t seed) {
  std::mt19937_64 rng(seed);
  auto below = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
  static const std::string names[] = {"Mistral AI", "Helsing, Inc.", "Rocket \"R\" Freight", "Société Générale Labs",
                                      "株式会社 Kappa", "Back\\slash|Pipe", "Tab\tInside", "Line\nBreak Ltd"};
  static const std::string currencies[] = {"", "USD", "EUR", "GBP", "JPY", "KWD", "CHF"};
  static const std::string types[][2] = {{"seed", ""}, {"venture", "A"}, {"venture", "C"}, {"angel", ""},
                                         {"debt_financing", ""}, {"convertible_note", ""}, {"grant", ""}};
  std::string text = odm_header;
  for (std::size_t r = 0; r < rows; ++r) {
    const std::size_t c = r < companies ? r : below(companies);
    const std::string& name = names[c % std::size(names)];
    const auto& type = types[below(std::size(types))];
    const std::string& currency = currencies[below(std::size(currencies))];
    std::string usd, amount, post_usd, post, post_currency;
    switch (below(4)) {
      case 0: break;  // undisclosed
      case 1: usd = std::to_string(1000 + below(1'000'000'000)); break;
      default:
        if (!currency.empty()) amount = std::to_string(below(900'000'000)) + (currency == "JPY" ? "" : ".5");
        if (below(2)) usd = std::to_string(1000 + below(1'000'000'000));
    }
    if (below(5) == 0) post_usd = std::to_string(2'000'000'000 + below(1000));
    if (below(6) == 0 && !currency.empty()) {
      post = std::to_string(3'000'000'000 + below(1000));
      post_currency = currency;
    }
    if (below(8) == 0) post_currency = "SEK";
    std::string investors;
    for (std::size_t i = below(4); i > 0; --i)
      investors += (investors.empty() ? "" : ", ") + names[below(std::size(names))].substr(0, 6) + " Capital";
    text += fmt::format("{},{},,,,{},{},{},{},{},{},{},{},{},{},{},{},https://www.crunchbase.com/organization/c{}|x,{},{}\n",
                        csv_quoted(fmt::format("{} {}", name, c)), c % 3 ? "FRA" : "", csv_quoted("AI|Health\\Care| |Fin, Tech"),
                        type[0], type[1], fmt::format("20{:02}-{:02}-{:02}", 10 + below(15), 1 + below(12), 1 + below(28)),
                        usd, amount, currency.empty() && !amount.empty() ? "EUR" : currency, post_usd, post,
                        post_currency, below(10) ? std::to_string(below(20)) : "", csv_quoted(investors), c,
                        fmt::format("uuid-{:06}", c), fmt::format("round-{:07}", r));
  }
  return text;
}

}  // namespace

TEST(DirectImportWriter, WritesTheObjectModelsBytesForTheShippedFixtures) {
  for (const char* name : {"odm_funding_rounds.csv", "bulk_funding_rounds.csv", "web_export.csv", "web_ties.csv"})
    for (const auto format : {CompaniesText::json, CompaniesText::csv}) {
      const Written w = write_text(fixture(name), format);
      EXPECT_EQ(w.text, object_model_text(fixture(name), format)) << name;
      EXPECT_EQ(w.result.stats, import_csv(fixture(name)).stats) << name;
    }
}

TEST(DirectImportWriter, WritesTheObjectModelsBytesForAGeneratedExport) {
  // Over 1 MiB, so that the scan runs in several chunks, and more companies
  // than one batch of every thread.
  const TempFile file(generated_export(12'000, 30'000, 7));
  for (const auto format : {CompaniesText::json, CompaniesText::csv}) {
    const Written w = write_text(file.path, format);
    EXPECT_EQ(w.restarts, 1);  // no fallback: the direct path wrote it all
    const std::string expected = object_model_text(file.path, format);
    ASSERT_EQ(w.text.size(), expected.size());
    EXPECT_TRUE(w.text == expected);
    for (const char* shown : {"post_money_usd", "undisclosed", "KWD", "JPY", "\\\\", "株式会社"})
      EXPECT_NE(w.text.find(shown), std::string::npos) << shown;
    EXPECT_EQ(w.result.stats.to_string(), "rows 30000, companies 12000, rounds 30000, undisclosed " +
                                              std::to_string(w.result.stats.undisclosed) + ", rejected 0");
    EXPECT_EQ(w.result.stats, import_csv(file.path).stats);
  }
}

TEST(DirectImportWriter, EscapesStringsAsTheObjectModelWriterDoes) {
  const TempFile file(odm_header +
                      "\"Q \"\"uote\"\" \\ back\x01 ctl\x1f é €\",FRA,,,,,seed,,2021-01-01,100,,,,,,,"
                      "\"A\tB, C\"\"D\",https://x.example/a|b\\c,u1,r1\n");
  for (const auto format : {CompaniesText::json, CompaniesText::csv}) {
    const Written w = write_text(file.path, format);
    EXPECT_EQ(w.restarts, 1);
    EXPECT_EQ(w.text, object_model_text(file.path, format));
  }
  EXPECT_NE(write_text(file.path, CompaniesText::json).text.find(R"("Q \"uote\" \\ back\u0001 ctl\u001f é €")"),
            std::string::npos);
}

TEST(DirectImportWriter, AnEmptyExportIsAnEmptyDocument) {
  const TempFile file(odm_header);
  EXPECT_EQ(write_text(file.path, CompaniesText::json).text, "{\n  \"schema\": \"fundline.company/1\",\n  \"companies\": []\n}\n");
  EXPECT_EQ(write_text(file.path, CompaniesText::csv).text, to_csv_text({}));
}

TEST(DirectImportWriter, ABadRowGivesImportCsvsCompaniesAndEveryProblem) {
  ImportOptions lenient;
  lenient.lenient = true;
  const auto whole = import_csv(fixture("odm_bad_rows.csv"), lenient);
  const Written w = write_text(fixture("odm_bad_rows.csv"), CompaniesText::json, lenient);
  EXPECT_EQ(w.text, to_json_text(whole.companies));
  EXPECT_EQ(w.result.stats, whole.stats);
  EXPECT_EQ(w.result.stats.rows, w.result.stats.rounds + w.result.stats.rejected);
  ASSERT_EQ(w.result.problems.size(), whole.problems.size());
  for (std::size_t i = 0; i < whole.problems.size(); ++i)
    EXPECT_EQ(w.result.problems[i].to_string(), whole.problems[i].to_string());
  EXPECT_THROW((void)write_text(fixture("odm_bad_rows.csv"), CompaniesText::csv), parse_error);
}

TEST(DirectImportWriter, ANameThatChangesBetweenRowsIsImportCsvsError) {
  const TempFile file(odm_header + "Alpha,,,,,,seed,,2021-01-01,100,,,,,,,,,a,r1\n"
                                   "Beta,,,,,,seed,,2021-02-01,100,,,,,,,,,b,r2\n"
                                   "Alpha 2,,,,,,seed,,2021-03-01,100,,,,,,,,,a,r3\n");
  try {
    (void)write_text(file.path, CompaniesText::json);
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().line, 4u);
    EXPECT_NE(e.detail().find("name \"Alpha 2\" differs from \"Alpha\" given on line 2"), std::string::npos)
        << e.detail();
  }
}

TEST(DirectImportWriter, WithoutWriteItOnlyCounts) {
  const TempFile file(generated_export(50, 120, 3));
  const ImportResult r = import_csv_streaming(file.path, {}, CompaniesText::json, TextSink{});
  EXPECT_EQ(r.stats, import_csv(file.path).stats);
  EXPECT_EQ(r.stats.rows, 120u);
}
