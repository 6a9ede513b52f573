// `fundline fx update`: a subcommand of `fx` (fx_command.cpp adds it).
#pragma once

#include <CLI/CLI.hpp>

namespace fundline::cli {

// Adds `update` to the `fx` command and returns it.
CLI::App* add_fx_update(CLI::App& fx);

}  // namespace fundline::cli
