// Test helper: runs a shell command the way a user runs the fundline tool,
// with stdout and stderr captured (so neither is a terminal).
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

namespace cli_testing {

struct CommandRun {
  int exit_code = -1;
  std::string out;
  std::string err;
};

inline std::string read_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs command_line in the working directory dir.
inline CommandRun run_command(const std::string& dir, const std::string& command_line) {
  static int runs = 0;  // tests may run in parallel processes: one file per process and run
  const std::string err_path =
      ::testing::TempDir() + "fundline_cli_test_" + std::to_string(::getpid()) + "_" + std::to_string(++runs) + ".err";
  const std::string command = "cd '" + dir + "' && " + command_line + " 2>'" + err_path + "'";
  CommandRun run;
  FILE* pipe = ::popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  for (std::size_t n; (n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, n);
  const int status = ::pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  run.err = read_text(err_path);
  std::remove(err_path.c_str());
  return run;
}

}  // namespace cli_testing
