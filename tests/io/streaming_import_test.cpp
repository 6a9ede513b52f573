// import_csv_streaming, the streaming writers and import_company: the same
// companies and the same bytes as the object-model import, a company at a
// time.
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

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
  explicit TempFile(const std::string& text) : testing_files::TempFile("fundline_streaming_", text) {}
};

struct Streamed {
  ImportResult result;
  std::vector<Company> companies;
  int restarts = 0;
};

Streamed stream(const std::filesystem::path& path, const ImportOptions& options = {}) {
  Streamed s;
  const CompanySink sink{[&](const Company& c) { s.companies.push_back(c); },
                         [&] {
                           ++s.restarts;
                           s.companies.clear();
                         }};
  s.result = import_csv_streaming(path, options, sink);
  return s;
}

const std::string odm_header =
    "company_name,funding_round_type,funding_round_code,announced_on,raised_amount_usd,raised_amount,"
    "raised_amount_currency_code,investor_names,company_uuid,funding_round_uuid\n";

}  // namespace

TEST(StreamingImport, GivesTheCompaniesOfImportCsvInTheSameOrder) {
  for (const char* name : {"odm_funding_rounds.csv", "bulk_funding_rounds.csv", "web_export.csv"}) {
    const auto whole = import_csv(fixture(name));
    const auto s = stream(fixture(name));
    EXPECT_EQ(s.companies, whole.companies) << name;
    EXPECT_EQ(s.result.stats, whole.stats) << name;
    EXPECT_EQ(s.result.format, whole.format) << name;
    EXPECT_TRUE(s.result.companies.empty());
  }
}

TEST(StreamingImport, GroupsInterleavedRowsByCompanyInFirstSeenOrder) {
  const TempFile file(odm_header +
                      "Beta,seed,,2021-01-01,100,,,\"Jane Doe, \"\"JD\"\"\",b,r1\n"
                      "Alpha,seed,,2021-02-01,200,,,,a,r2\n"
                      "\"Beta\",venture,A,2022-01-01,300,300,USD,\"Line\nbreak\",b,r3\n"
                      "Alpha,venture,A,2022-02-01,400,380,EUR,,a,r4\n");
  const auto whole = import_csv(file.path);
  const auto s = stream(file.path);
  ASSERT_EQ(s.companies.size(), 2u);
  EXPECT_EQ(s.companies[0].name, "Beta");
  EXPECT_EQ(s.companies[0].rounds.size(), 2u);
  EXPECT_EQ(s.companies, whole.companies);
  EXPECT_EQ(s.result.stats.to_string(), "rows 4, companies 2, rounds 4, undisclosed 0, rejected 0");
}

TEST(StreamingImport, AFileWithBadRowsGivesImportCsvsVerdictAndProblems) {
  ImportOptions lenient;
  lenient.lenient = true;
  const auto whole = import_csv(fixture("odm_bad_rows.csv"), lenient);
  const auto s = stream(fixture("odm_bad_rows.csv"), lenient);
  EXPECT_EQ(s.companies, whole.companies);
  EXPECT_EQ(s.result.stats, whole.stats);
  ASSERT_EQ(s.result.problems.size(), whole.problems.size());
  for (std::size_t i = 0; i < whole.problems.size(); ++i)
    EXPECT_EQ(s.result.problems[i].to_string(), whole.problems[i].to_string());
  EXPECT_THROW((void)stream(fixture("odm_bad_rows.csv")), parse_error);
}

TEST(StreamingImport, ARepeatedRoundIdInAnotherCompanyIsImportCsvsError) {
  const TempFile file(odm_header + "Beta,seed,,2021-01-01,100,,,,b,r1\nAlpha,seed,,2021-02-01,200,,,,a,r1\n");
  try {
    (void)stream(file.path);
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.detail(), "duplicate round id \"r1\": first seen on line 2");
    EXPECT_EQ(e.location().line, 3u);
  }
}

TEST(StreamingWriters, WriteTheBytesOfTheWholeDocumentWriters) {
  const auto companies = import_csv(fixture("odm_funding_rounds.csv")).companies;
  for (std::size_t n : {std::size_t{0}, std::size_t{1}, companies.size()}) {
    const std::vector<Company> some(companies.begin(), companies.begin() + static_cast<std::ptrdiff_t>(n));
    std::ostringstream json, csv;
    JsonCompaniesWriter json_writer(json);
    CsvCompaniesWriter csv_writer(csv);
    for (const auto& c : some) {
      json_writer.write(c);
      csv_writer.write(c);
    }
    json_writer.finish();
    EXPECT_EQ(json.str(), to_json_text(some)) << n;
    EXPECT_EQ(csv.str(), to_csv_text(some)) << n;
  }
}

TEST(ImportCompany, TakesOneCompanyOutOfAnExportByUuidOrName) {
  const Company by_uuid = import_company(fixture("odm_funding_rounds.csv"), "a1b2c3d4-0000-4000-8000-000000000001");
  EXPECT_EQ(by_uuid.name, "Northwind Robotics");
  EXPECT_EQ(by_uuid.rounds.size(), 3u);
  const Company by_name = import_company(fixture("odm_funding_rounds.csv"), "Mistral AI");
  EXPECT_EQ(by_name.id, "7d9e6ab1-3c2f-4b8e-9a51-2f0c1d6e4a10");
  EXPECT_EQ(by_name, import_csv(fixture("odm_funding_rounds.csv")).companies[0]);
}

TEST(ImportCompany, NoOrSeveralCompaniesAreErrors) {
  try {
    (void)import_company(fixture("odm_funding_rounds.csv"), "Nobody");
    FAIL() << "expected error";
  } catch (const error& e) {
    EXPECT_NE(std::string(e.what()).find("no company has the id or name \"Nobody\""), std::string::npos) << e.what();
  }
  const TempFile twins(odm_header + "Twin,seed,,2021-01-01,100,,,,t1,r1\nTwin,seed,,2021-02-01,200,,,,t2,r2\n");
  try {
    (void)import_company(twins.path, "Twin");
    FAIL() << "expected error";
  } catch (const error& e) {
    EXPECT_NE(std::string(e.what()).find("2 companies answer to \"Twin\" (t1, t2): expected one; pass its id"),
              std::string::npos)
        << e.what();
  }
  EXPECT_EQ(import_company(twins.path, "t2").rounds.size(), 1u);
}
