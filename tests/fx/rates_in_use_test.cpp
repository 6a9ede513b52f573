#include "fundline/fx/rates_in_use.hpp"

#include <stdlib.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

#include "fundline/core/error.hpp"
#include "fundline/data/bundled.hpp"
#include "fundline/fx/data_dir.hpp"
#include "fundline/fx/rates_install.hpp"

using namespace fundline;
namespace fs = std::filesystem;

namespace {

// A fresh data directory for one test, named in FUNDLINE_DATA_DIR.
class DataDirectory {
 public:
  DataDirectory() {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    path_ = fs::path(::testing::TempDir()) /
            (std::string("fundline_rates_") + info->name() + "_" + std::to_string(::getpid()));
    fs::remove_all(path_);
    ::setenv("FUNDLINE_DATA_DIR", path_.c_str(), 1);
  }
  DataDirectory(const DataDirectory&) = delete;
  DataDirectory& operator=(const DataDirectory&) = delete;
  ~DataDirectory() { fs::remove_all(path_); }
  [[nodiscard]] const fs::path& path() const { return path_; }
  void write(const std::string& text) const {
    fs::create_directories(path_);
    std::ofstream(path_ / "eurofxref-hist.csv", std::ios::binary) << text;
  }
  [[nodiscard]] std::string installed_text() const {
    std::ifstream in(path_ / "eurofxref-hist.csv", std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  }

 private:
  fs::path path_;
};

const std::string bundled_text(bundled_ecb_history_csv());
const std::size_t header_end = bundled_text.find('\n') + 1;

// The bundled history with one more row on top.
std::string with_day_on_top(const std::string& row) {
  return bundled_text.substr(0, header_end) + row + bundled_text.substr(header_end);
}
// 2025-05-12 with the rates of 2025-05-09 (the bundled last day).
std::string newer_history() {
  const std::size_t second = bundled_text.find('\n', header_end) + 1;
  std::string row = bundled_text.substr(header_end, second - header_end);
  row.replace(0, 10, "2025-05-12");
  return with_day_on_top(row);
}

}  // namespace

TEST(DataDir, DocumentationExample) {
  ::setenv("FUNDLINE_DATA_DIR", "/srv/fundline", 1);
  EXPECT_EQ(user_data_dir(), fs::path("/srv/fundline"));
  EXPECT_EQ(installed_rates_path(), fs::path("/srv/fundline/eurofxref-hist.csv"));
  ::unsetenv("FUNDLINE_DATA_DIR");
  ::setenv("XDG_DATA_HOME", "/home/ada/.data", 1);
  EXPECT_EQ(user_data_dir(), fs::path("/home/ada/.data/fundline"));
}

TEST(DataDir, FallsBackToHomeWhenXdgDataHomeIsEmptyOrRelative) {
  ::unsetenv("FUNDLINE_DATA_DIR");
  ::setenv("HOME", "/home/ada", 1);
  for (const char* xdg : {"", "relative/dir"}) {
    ::setenv("XDG_DATA_HOME", xdg, 1);
    EXPECT_EQ(user_data_dir(), fs::path("/home/ada/.local/share/fundline")) << xdg;
  }
}

TEST(DataDir, WithoutAnyVariableIsAnError) {
  ::setenv("FUNDLINE_DATA_DIR", "", 1);
  ::unsetenv("XDG_DATA_HOME");
  ::unsetenv("HOME");
  EXPECT_THROW((void)user_data_dir(), error);
}

TEST(RatesInUse, DocumentationExample) {
  const DataDirectory nothing_installed;
  const RatesInUse rates = default_rates();
  EXPECT_EQ(rates.origin, RatesOrigin::bundled);
  EXPECT_EQ(rates.name, "bundled eurofxref-hist.csv, last day 2025-05-09");
  EXPECT_EQ(rates.table.last_day(), parse_date("2025-05-09"));
  EXPECT_EQ(rates.ecb->days.size(), 6747u);
  const std::string daily = std::string(FUNDLINE_TEST_DATA_DIR) + "/fx/eurofxref.csv";
  EXPECT_EQ(rates_from_file(daily).name, daily + ", last day 2025-05-09");
  EXPECT_EQ(rates_from_file(daily).origin, RatesOrigin::file);
}

TEST(RatesInUse, DescribesEachOriginInFrenchWithTheDayWrittenOut) {
  const DataDirectory dir;
  EXPECT_EQ(describe_rates(default_rates(), Language::fr),
            "table eurofxref-hist.csv fournie avec fundline, jusqu\u2019au 9 mai 2025");
  EXPECT_EQ(describe_rates(default_rates(), Language::en), "bundled eurofxref-hist.csv, last day 2025-05-09");
  const std::string daily = std::string(FUNDLINE_TEST_DATA_DIR) + "/fx/eurofxref.csv";
  EXPECT_EQ(describe_rates(rates_from_file(daily), Language::fr), "fichier " + daily + ", jusqu\u2019au 9 mai 2025");
  dir.write(newer_history());
  EXPECT_EQ(describe_rates(default_rates(), Language::fr),
            "table installée par «\u00A0fundline fx update\u00A0» (" + (dir.path() / "eurofxref-hist.csv").string() +
                "), jusqu\u2019au 12 mai 2025");
}

TEST(RatesInUse, DescribesARateInFrenchWithADecimalCommaAndNoBreakSpaces) {
  const FxRate rate = RateTable::bundled().rate(currencies::USD, parse_date("2023-12-11"));
  EXPECT_EQ(describe_rate(rate, Language::en), "USD 1.0757 per EUR (fixing of 2023-12-11)");
  EXPECT_EQ(describe_rate(rate, Language::fr), "1,0757\u00A0USD pour 1\u00A0EUR (cours du 11 décembre 2023)");
  // A Sunday takes Friday's fixing, and French writes the first of a month as an ordinal.
  EXPECT_EQ(describe_rate(RateTable::bundled().rate(currencies::USD, parse_date("2023-10-01")), Language::fr),
            "1,0594\u00A0USD pour 1\u00A0EUR (cours du 29 septembre 2023)");
  EXPECT_EQ(describe_rate(RateTable::bundled().rate(currencies::USD, parse_date("2024-03-01")), Language::fr),
            "1,0813\u00A0USD pour 1\u00A0EUR (cours du 1er mars 2024)");
}

TEST(RatesInUse, AnInstalledNewerTableIsTheDefault) {
  const DataDirectory dir;
  dir.write(newer_history());
  const RatesInUse rates = default_rates();
  EXPECT_EQ(rates.origin, RatesOrigin::installed);
  EXPECT_EQ(rates.path, dir.path() / "eurofxref-hist.csv");
  EXPECT_EQ(rates.name, "installed " + (dir.path() / "eurofxref-hist.csv").string() + ", last day 2025-05-12");
  EXPECT_EQ(rates.table.rate(currencies::USD, parse_date("2025-05-12")).fixing_date, parse_date("2025-05-12"));
}

TEST(RatesInUse, AnInstalledTableNoNewerThanTheBundledOneIsNotUsed) {
  const DataDirectory dir;
  dir.write(bundled_text);  // the same last day: the bundled table wins the tie
  EXPECT_EQ(default_rates().origin, RatesOrigin::bundled);
  dir.write("Date,USD,\n2020-01-02,1.1193,\n");
  EXPECT_EQ(default_rates().origin, RatesOrigin::bundled);
}

TEST(RatesInUse, AnInstalledTableThatNoLongerReadsIsAnErrorNamingIt) {
  const DataDirectory dir;
  dir.write("Date,USD,\n2025-05-12,abc,\n");
  try {
    (void)default_rates();
    FAIL() << "expected an error";
  } catch (const error& e) {
    const std::string what = e.what();
    EXPECT_NE(what.find((dir.path() / "eurofxref-hist.csv").string() + ":2:12: field 'USD': invalid rate \"abc\""),
              std::string::npos)
        << what;
    EXPECT_NE(what.find("run it again, or delete the file"), std::string::npos) << what;
  }
}

TEST(RatesInstall, DocumentationExample) {
  const DataDirectory dir;
  const RatesUpdate u = install_ecb_history("Date,USD,\n2025-05-12,1.1241,\n1999-01-04,1.1789,\n", "hist.csv");
  EXPECT_EQ(u.previous_last_day, parse_date("2025-05-09"));
  EXPECT_EQ(u.last_day, parse_date("2025-05-12"));
  EXPECT_EQ(u.days_added, 1u);
  EXPECT_EQ(u.days, 2u);
  EXPECT_EQ(u.path, dir.path() / "eurofxref-hist.csv");
  EXPECT_EQ(u.previous_name, "bundled eurofxref-hist.csv, last day 2025-05-09");
  EXPECT_EQ(dir.installed_text(), "Date,USD,\n2025-05-12,1.1241,\n1999-01-04,1.1789,\n");
  try {
    (void)install_ecb_history("Date,USD,\n2025-05-12,0,\n", "x.csv");
    FAIL() << "expected a parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(std::string(e.what()).substr(0, 47), "x.csv:2:12: field 'USD': invalid rate \"0\": expe");
  }
  try {
    (void)install_ecb_history("Date,USD,\n2025-05-08,1.1,\n1999-01-04,1.1789,\n", "old.csv");
    FAIL() << "expected an error";
  } catch (const error& e) {
    EXPECT_EQ(std::string(e.what()), "old.csv: the file ends on 2025-05-08, before the table in use (installed " +
                                         (dir.path() / "eurofxref-hist.csv").string() +
                                         ", last day 2025-05-12): it is older, so it is not installed");
  }
}

TEST(RatesInstall, RefusesAnOlderOrPartialFileAndKeepsTheInstalledOne) {
  const DataDirectory dir;
  (void)install_ecb_history(newer_history(), "newer.csv");
  EXPECT_THROW((void)install_ecb_history(bundled_text, "older.csv"), error);
  EXPECT_THROW((void)install_ecb_history("Date,USD,\n2025-05-13,1.12,\n", "daily.csv"),
               error);
  EXPECT_THROW((void)install_ecb_history(bundled_text.substr(0, header_end), "empty.csv"), parse_error);
  EXPECT_EQ(dir.installed_text(), newer_history());
  EXPECT_EQ(std::distance(fs::directory_iterator(dir.path()), fs::directory_iterator()), 1);
}

TEST(RatesInstall, RefusesDaysThatAreNotNewestFirst) {
  const DataDirectory dir;
  const std::string unordered = "Date,USD,\n2025-05-08,1.12,\n2025-05-12,1.13,\n";
  try {
    (void)install_ecb_history(unordered, "u.csv");
    FAIL() << "expected a parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().line, 3u);
    EXPECT_EQ(e.location().field, "Date");
  }
  EXPECT_FALSE(fs::exists(dir.path() / "eurofxref-hist.csv"));
}
