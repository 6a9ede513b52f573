// The fundline command-line tool: one add_* function per subcommand, each in
// the file named after it (fx_command.cpp, timeline_command.cpp, ...). A
// subcommand's callback throws fundline::error on bad input (exit 1); CLI11
// reports bad usage (exit 2).
#pragma once

#include <CLI/CLI.hpp>

namespace fundline::cli {

// Adds every subcommand below to the app (commands.cpp).
void add_all_commands(CLI::App& app);

}  // namespace fundline::cli
