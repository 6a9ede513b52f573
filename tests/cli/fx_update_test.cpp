// `fundline fx update` against a loopback HTTP server the test starts and
// stops itself (tests/cli/ecb_fixture_server.py on 127.0.0.1, a port the
// system picks), with fixtures made at start from the bundled history. Each
// test has its own FUNDLINE_DATA_DIR; nothing leaves the loopback interface
// and no home directory is touched.
#include <signal.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <netinet/in.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "run_command.hpp"

#ifdef FUNDLINE_CLI_PATH

namespace {

using cli_testing::CommandRun;
using cli_testing::read_text;
namespace fs = std::filesystem;

const std::string binary = "'" + std::string(FUNDLINE_CLI_PATH) + "'";
const std::string bundled_csv = std::string(FUNDLINE_SOURCE_DIR) + "/data/eurofxref-hist.csv";

// A port nothing listens on: bound, then closed.
int closed_port() {
  const int s = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in a{};
  a.sin_family = AF_INET;
  a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t n = sizeof a;
  ::bind(s, reinterpret_cast<sockaddr*>(&a), sizeof a);
  ::getsockname(s, reinterpret_cast<sockaddr*>(&a), &n);
  ::close(s);
  return ntohs(a.sin_port);
}

class FxUpdateCli : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    int out[2];
    ASSERT_EQ(::pipe(out), 0);
    server_pid = ::fork();
    if (server_pid == 0) {
      ::dup2(out[1], STDOUT_FILENO);
      ::close(out[0]);
      ::close(out[1]);
      const std::string script = std::string(FUNDLINE_SOURCE_DIR) + "/tests/cli/ecb_fixture_server.py";
      ::execlp("python3", "python3", script.c_str(), bundled_csv.c_str(), static_cast<char*>(nullptr));
      ::_exit(127);
    }
    ::close(out[1]);
    std::string line;
    char c = 0;
    while (::read(out[0], &c, 1) == 1 && c != '\n') line += c;
    ::close(out[0]);
    port = line.empty() ? 0 : std::stoi(line);
    ASSERT_NE(port, 0) << "the fixture server did not start (python3 on PATH?)";
  }
  static void TearDownTestSuite() {
    if (server_pid > 0) {
      ::kill(server_pid, SIGTERM);
      ::waitpid(server_pid, nullptr, 0);
    }
  }

  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    data_dir = fs::path(::testing::TempDir()) / ("fundline_fx_update_" + std::string(info->name()) + "_" +
                                                  std::to_string(::getpid()));
    fs::remove_all(data_dir);
    fs::create_directories(data_dir);
  }
  void TearDown() override { fs::remove_all(data_dir); }

  [[nodiscard]] std::string url(const std::string& path) const {
    return "http://127.0.0.1:" + std::to_string(port) + path;
  }
  // fundline with this test's data directory and no proxy but the one given.
  [[nodiscard]] CommandRun fundline(const std::string& arguments, const std::string& environment = "") const {
    return cli_testing::run_command(
        data_dir.string(), "env -u http_proxy -u https_proxy -u HTTPS_PROXY -u all_proxy -u ALL_PROXY -u no_proxy "
                           "-u NO_PROXY FUNDLINE_DATA_DIR='" + data_dir.string() + "' " + environment + " " + binary +
                               " " + arguments);
  }
  [[nodiscard]] CommandRun update(const std::string& path, const std::string& options = "") const {
    return fundline("fx update --url " + url(path) + " " + options);
  }
  [[nodiscard]] fs::path installed() const { return data_dir / "eurofxref-hist.csv"; }
  [[nodiscard]] std::vector<std::string> files() const {
    std::vector<std::string> names;
    for (const auto& e : fs::directory_iterator(data_dir)) names.push_back(e.path().filename().string());
    return names;
  }

  static inline pid_t server_pid = -1;
  static inline int port = 0;
  fs::path data_dir;
};

TEST_F(FxUpdateCli, InstallsTheZippedHistoryAndTimelineConvertsTheSeriesC) {
  const CommandRun u = update("/eurofxref-hist.zip");
  ASSERT_EQ(u.exit_code, 0) << u.err;
  EXPECT_EQ(u.out, "installed: " + installed().string() + " (from " + url("/eurofxref-hist.zip") +
                       ")\nlast day: 2025-09-12, 90 fixing days added (the table in use was bundled "
                       "eurofxref-hist.csv, last day 2025-05-09)\n");
  EXPECT_EQ(u.err, "");

  const CommandRun t = fundline("timeline --currency USD");
  ASSERT_EQ(t.exit_code, 0) << t.err;
  // EUR 1.7 billion at USD 1.1727 per EUR, the fixture's rate of 2025-09-09.
  EXPECT_NE(t.out.find("2025-09-09  Series C            $1,993,590,000.00  ASML"), std::string::npos) << t.out;
  EXPECT_NE(t.out.find("ECB rates (installed " + installed().string() + ", last day 2025-09-12):\n"),
            std::string::npos)
      << t.out;
  EXPECT_NE(t.out.find("  2025-09-09  Series C          USD 1.1727 per EUR (fixing of 2025-09-09)\n"),
            std::string::npos)
      << t.out;
}

TEST_F(FxUpdateCli, APlainCsvIsRecognisedByItsContentNotItsName) {
  const CommandRun u = update("/plain-csv-named.zip");
  ASSERT_EQ(u.exit_code, 0) << u.err;
  EXPECT_NE(u.out.find("last day: 2025-09-12, 90 fixing days added"), std::string::npos) << u.out;
  // Installed byte for byte as served: the bundled header, the 90 new days, then the bundled rows.
  const std::string text = read_text(installed().string()), bundled = read_text(bundled_csv);
  const std::size_t header_end = bundled.find('\n') + 1;
  EXPECT_EQ(text.substr(0, header_end), bundled.substr(0, header_end));
  EXPECT_EQ(text.substr(header_end, 11), "2025-09-12,");
  ASSERT_GT(text.size(), bundled.size());
  EXPECT_EQ(text.substr(text.size() - (bundled.size() - header_end)), bundled.substr(header_end));
  EXPECT_EQ(files(), std::vector<std::string>{"eurofxref-hist.csv"});
}

TEST_F(FxUpdateCli, EveryFailureExitsOneNamingItsCauseAndKeepsTheInstalledTable) {
  ASSERT_EQ(update("/eurofxref-hist.zip").exit_code, 0);
  const std::string before = read_text(installed().string());
  ASSERT_EQ(before.substr(0, 16), "Date,USD,JPY,BGN");

  struct Failure {
    std::string what, command, expected_message;
  };
  const std::string closed = std::to_string(closed_port());
  const std::vector<Failure> failures = {
      {"connection refused", "fx update --url http://127.0.0.1:" + closed + "/eurofxref-hist.zip",
       "Couldn't connect to server"},
      {"no network (the default URL through a proxy that is down)",
       "fx update", "cannot download https://www.ecb.europa.eu/stats/eurofxref/eurofxref-hist.zip: Failed to connect"},
      {"HTTP 404", "fx update --url " + url("/404"), "the server answered HTTP 404"},
      {"HTTP 500", "fx update --url " + url("/500"), "the server answered HTTP 500"},
      {"redirect loop", "fx update --url " + url("/loop"), "too many redirects"},
      {"server that never answers", "fx update --timeout 1 --url " + url("/hang"), "timed out"},
      {"truncated zip", "fx update --url " + url("/truncated.zip"), "not a valid zip archive (truncated or corrupt?)"},
      {"corrupt zip", "fx update --url " + url("/corrupt.zip"), "eurofxref-hist.csv in the zip archive is corrupt"},
      {"zip without the CSV", "fx update --url " + url("/no-csv.zip"),
       "the zip archive holds no eurofxref-hist.csv (it holds \"README.txt\")"},
      {"invalid CSV", "fx update --url " + url("/invalid.csv"), "/invalid.csv:3:12: field 'USD': invalid rate \"1.17x\""},
      {"days out of order", "fx update --url " + url("/unordered.csv"),
       "/unordered.csv:4:1: field 'Date': the day is not older than the row above"},
      {"older file", "fx update --url " + url("/older.csv"),
       "the file ends on 2025-05-09, before the table in use (installed " + installed().string() +
           ", last day 2025-09-12): it is older"},
      {"a daily file, not the history", "fx update --url " + url("/daily.csv"), "it is not the full history"},
  };
  for (const Failure& f : failures) {
    const CommandRun r = fundline(f.command, "https_proxy=http://127.0.0.1:" + closed);
    EXPECT_EQ(r.exit_code, 1) << f.what;
    EXPECT_NE(r.err.find(f.expected_message), std::string::npos) << f.what << ": " << r.err;
    EXPECT_EQ(read_text(installed().string()), before) << f.what;
    EXPECT_EQ(files(), std::vector<std::string>{"eurofxref-hist.csv"}) << f.what;
  }
}

TEST_F(FxUpdateCli, AFullDiskKeepsTheInstalledTable) {
  ASSERT_EQ(update("/eurofxref-hist.zip").exit_code, 0);
  const std::string before = read_text(installed().string());
  // A 64 KiB file-size limit makes the 1.8 MB write fail part way, as a full
  // disk does (EFBIG instead of ENOSPC; a tmpfs would need mount rights).
  const CommandRun r = cli_testing::run_command(
      data_dir.string(), "ulimit -f 64 && env -u http_proxy FUNDLINE_DATA_DIR='" + data_dir.string() + "' " + binary +
                             " fx update --url " + url("/eurofxref-hist.csv"));
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("cannot write " + installed().string() + "."), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("the installed table is unchanged"), std::string::npos) << r.err;
  EXPECT_EQ(read_text(installed().string()), before);
  EXPECT_EQ(files(), std::vector<std::string>{"eurofxref-hist.csv"});
}

TEST_F(FxUpdateCli, HonoursTheHttpProxyVariable) {
  // The host does not exist: only the loopback proxy can answer.
  const CommandRun r = fundline("fx update --url http://ecb.invalid/eurofxref-hist.zip",
                                "http_proxy=http://127.0.0.1:" + std::to_string(port));
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("last day: 2025-09-12"), std::string::npos) << r.out;
}

TEST_F(FxUpdateCli, TheInstalledTableIsTheDefaultOfEveryConvertingCommand) {
  ASSERT_EQ(update("/eurofxref-hist.zip").exit_code, 0);
  const std::string name = "installed " + installed().string() + ", last day 2025-09-12";
  CommandRun r = fundline("fx 1700000000 EUR USD --date 2025-09-09");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "€1,700,000,000.00 = $1,993,590,000.00\nrate: USD 1.1727 per EUR (fixing of 2025-09-09)\n"
                   "date: 2025-09-09, rounding: half_even, table: " + name + "\n");
  r = fundline("compare '" + std::string(FUNDLINE_TEST_DATA_DIR) + "/cli/mistral.json' --currency USD");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("ECB rates: " + name + "\n"), std::string::npos) << r.out;
  r = fundline("rank '" + std::string(FUNDLINE_TEST_DATA_DIR) + "/cli/mistral.json' --currency USD");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("(" + name + ")"), std::string::npos) << r.out;
  // --fx still chooses another table.
  r = fundline("fx 1 EUR USD --date 2025-09-09 --fx '" + bundled_csv + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("ends on 2025-05-09"), std::string::npos) << r.err;
}

TEST_F(FxUpdateCli, ConversionArgumentsAreNoOptionsOfUpdate) {
  const CommandRun r = fundline("fx --date 2024-06-11 update --url " + url("/eurofxref-hist.zip"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("--date is not an option of `fundline fx update`"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(installed()));
}

}  // namespace

#endif  // FUNDLINE_CLI_PATH
