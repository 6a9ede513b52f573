#include "fundline/fx/data_dir.hpp"

#include <cstdlib>

#include "fundline/core/error.hpp"

namespace fundline {
namespace {
const char* non_empty_env(const char* name) {
  const char* value = std::getenv(name);
  return value != nullptr && *value != '\0' ? value : nullptr;
}
}  // namespace

std::filesystem::path user_data_dir() {
  if (const char* dir = non_empty_env("FUNDLINE_DATA_DIR")) return dir;
  if (const char* xdg = non_empty_env("XDG_DATA_HOME"); xdg != nullptr && std::filesystem::path(xdg).is_absolute())
    return std::filesystem::path(xdg) / "fundline";
  if (const char* home = non_empty_env("HOME")) return std::filesystem::path(home) / ".local" / "share" / "fundline";
  throw error("no data directory: set FUNDLINE_DATA_DIR (or XDG_DATA_HOME, or HOME)");
}

std::filesystem::path installed_rates_path() { return user_data_dir() / "eurofxref-hist.csv"; }

}  // namespace fundline
