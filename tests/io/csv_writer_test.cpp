#include "fundline/io/csv_writer.hpp"

#include <gtest/gtest.h>

#include "fundline/io/crunchbase_import.hpp"
#include "dataset_generator.hpp"

using namespace fundline;

using fundline::testing::DatasetGenerator;
using fundline::testing::generated_odm;

namespace {

std::filesystem::path fixture(std::string_view name) {
  return std::filesystem::path(FUNDLINE_TEST_DATA_DIR) / "import" / name;
}

}  // namespace

TEST(CsvWriter, DocumentationExample) {
  Company c{.id = "mistral-ai", .name = "Mistral AI"};
  c.rounds.push_back(Round{.id = "seed", .type = RoundType::seed, .announced = parse_date("2023-06-13"),
                           .amount = ReportedMoney::exact(Money::from_major(105'000'000, currencies::EUR))});
  const auto text = to_csv_text({c});
  EXPECT_EQ(text.substr(text.find('\n') + 1), "mistral-ai,Mistral AI,,,,,,seed,seed,2023-06-13,,EUR,105000000.00,,,,,,,,,,,\n");
  // The default valuations are undisclosed euros, which is what the reader gives a EUR round.
  EXPECT_EQ(import_csv_text(text, "x.csv").companies[0], c);
}

TEST(CsvWriter, EscapesFieldsPerRfc4180) {
  EXPECT_EQ(csv_escape("plain"), "plain");
  EXPECT_EQ(csv_escape("a,b"), "\"a,b\"");
  EXPECT_EQ(csv_escape("say \"hi\""), "\"say \"\"hi\"\"\"");
  EXPECT_EQ(csv_escape("two\nlines"), "\"two\nlines\"");
}

TEST(CsvWriter, WritesACompanyWithoutRoundsAsOneRow) {
  const auto text = to_csv_text({Company{.id = "x", .name = "X", .founded = PartialDate::month(2023, 4)}});
  EXPECT_EQ(text.substr(text.find('\n') + 1), "x,X,2023-04,,,,,,,,,,,,,,,,,,,,,\n");
  EXPECT_EQ(import_csv_text(text, "x.csv").stats.to_string(),
            "rows 1, companies 1, rounds 0, undisclosed 0, rejected 0");
}

TEST(CsvWriter, RoundTripsGeneratedDatasets) {
  for (std::uint64_t seed = 1; seed <= 40; ++seed) {
    SCOPED_TRACE(seed);
    const auto companies = DatasetGenerator(seed).companies(8);
    const auto text = to_csv_text(companies);
    const auto back = import_csv_text(text, "generated.csv");
    EXPECT_EQ(back.format, ImportFormat::fundline);
    ASSERT_EQ(back.companies.size(), companies.size());
    for (std::size_t i = 0; i < companies.size(); ++i) EXPECT_EQ(back.companies[i], companies[i]) << "company " << i;
    EXPECT_EQ(to_csv_text(back.companies), text);
  }
}

TEST(CsvWriter, ImportExportImportIsIdentityOnCrunchbaseFiles) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    SCOPED_TRACE(seed);
    const auto first = import_csv_text(generated_odm(seed, 60), "odm.csv", {.lenient = true});
    const auto again = import_csv_text(to_csv_text(first.companies), "again.csv");
    EXPECT_EQ(again.companies, first.companies);
    EXPECT_EQ(again.stats.rounds, first.stats.rounds);
    EXPECT_EQ(again.stats.undisclosed, first.stats.undisclosed);
  }
  for (auto name : {"odm_funding_rounds.csv", "bulk_funding_rounds.csv", "web_export.csv"}) {
    SCOPED_TRACE(name);
    const auto first = import_csv(fixture(name));
    EXPECT_EQ(import_csv_text(to_csv_text(first.companies), "again.csv").companies, first.companies);
  }
}

TEST(CsvWriter, SavesToAFile) {
  const auto path = std::filesystem::temp_directory_path() / "fundline_csv_writer_test.csv";
  const auto companies = import_csv(fixture("odm_funding_rounds.csv")).companies;
  save_csv(path, companies);
  EXPECT_EQ(import_csv(path).companies, companies);
  std::filesystem::remove(path);
  EXPECT_THROW(save_csv("/nonexistent-dir/x.csv", companies), error);
}
