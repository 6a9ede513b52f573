#include "commands.hpp"

namespace fundline::cli {

void add_all_commands(CLI::App& app) {
  (void)app;
}

}  // namespace fundline::cli
