// The fundline command-line tool: each subcommand lives in the file named
// after it (fx_command.cpp, timeline_command.cpp, ...) and registers itself
// with a static Registration, so adding a command touches no shared file.
// A subcommand's callback throws fundline::error on bad input (exit 1);
// CLI11 reports bad usage (exit 2).
//
//   // report_command.cpp
//   namespace {
//   void add_report(CLI::App& app) {
//     auto* cmd = app.add_subcommand("report", "Print the ecosystem report");
//     ...
//     cmd->callback([=] { ... });
//   }
//   const fundline::cli::Registration registered{"report", add_report};
//   }  // namespace
#pragma once

#include <functional>
#include <map>
#include <string>

#include <CLI/CLI.hpp>

namespace fundline::cli {

using AddCommand = void (*)(CLI::App&);

// Commands by name, so --help lists them in a stable order.
inline std::map<std::string, AddCommand>& command_registry() {
  static std::map<std::string, AddCommand> registry;
  return registry;
}

struct Registration {
  Registration(const char* name, AddCommand add) { command_registry()[name] = add; }
};

inline void add_all_commands(CLI::App& app) {
  for (const auto& [name, add] : command_registry()) add(app);
}

}  // namespace fundline::cli
