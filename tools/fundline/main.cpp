// fundline: startup funding timelines from the command line.
// Exit codes: 0 success, 1 bad input (the message names file, line, column),
// 2 bad usage.
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "commands.hpp"
#include "fundline/core/error.hpp"
#include "fundline/version.hpp"

int main(int argc, char** argv) {
  CLI::App app{"fundline: exact startup funding timelines, FX conversions and rankings", "fundline"};
  app.set_version_flag("--version", fmt::format("fundline {}", fundline::version_string));
  app.require_subcommand(1);
  fundline::cli::add_all_commands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return 2;
  } catch (const fundline::error& e) {
    std::fflush(stdout);
    fmt::print(stderr, "fundline: error: {}\n", e.what());
    return 1;
  } catch (const std::exception& e) {
    std::fflush(stdout);
    fmt::print(stderr, "fundline: error: {}\n", e.what());
    return 1;
  }
  return 0;
}
