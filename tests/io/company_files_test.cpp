#include "fundline/io/company_files.hpp"

#include <cstdio>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "fundline/io/json.hpp"

using namespace fundline;

namespace {
std::string temp(const std::string& name) { return ::testing::TempDir() + "company_files_test_" + name; }
}  // namespace

TEST(CompanyFiles, DocumentationExample) {
  const std::string csv = temp("mistral.csv");
  save_companies(csv, {bundled_mistral()});
  EXPECT_EQ(load_companies(csv)[0].rounds.size(), 5u);
  EXPECT_EQ(load_company_file_layout(csv), CompanyFileLayout::csv);
  try {
    save_companies(temp("mistral.txt"), {bundled_mistral()});
    FAIL() << "expected an error";
  } catch (const error& e) {
    EXPECT_EQ(std::string(e.what()),
              temp("mistral.txt") + ": cannot tell the layout to write: expected a name ending in .json or .csv");
  }
  std::remove(csv.c_str());
}

TEST(CompanyFiles, JsonIsRecognisedByItsContentWhateverTheName) {
  const std::string path = temp("company.data");
  std::ofstream(path) << "\n  " << to_json_text(bundled_mistral());
  EXPECT_EQ(load_company_file_layout(path), CompanyFileLayout::json);
  EXPECT_EQ(load_companies(path)[0], bundled_mistral());
  std::remove(path.c_str());
}

TEST(CompanyFiles, CsvRoundsKeepTheirFigures) {
  const std::string csv = temp("rounds.csv"), json = temp("rounds.json");
  save_companies(csv, {bundled_mistral()});
  save_companies(json, load_companies(csv));
  const Company back = load_companies(json)[0];
  ASSERT_EQ(back.rounds.size(), bundled_mistral().rounds.size());
  for (std::size_t i = 0; i < back.rounds.size(); ++i) {
    EXPECT_EQ(back.rounds[i].amount, bundled_mistral().rounds[i].amount);
    EXPECT_EQ(back.rounds[i].post_money, bundled_mistral().rounds[i].post_money);
  }
  std::remove(csv.c_str());
  std::remove(json.c_str());
}

TEST(CompanyFiles, MissingFileAndDirectoryAreErrorsNamingThePath) {
  EXPECT_THROW((void)load_companies(temp("none.json")), error);
  try {
    (void)load_companies(::testing::TempDir());
    FAIL() << "expected an error";
  } catch (const error& e) {
    EXPECT_NE(std::string(e.what()).find("is a directory, expected a file"), std::string::npos);
  }
}
