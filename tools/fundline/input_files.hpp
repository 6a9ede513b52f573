// The one error contract for the files a command reads: a missing,
// unreadable or directory path is bad input (exit 1), reported as
// "fundline: error: FILE: cause" before anything is printed, in every
// command. readable_file() is the CLI11 check for such an option; it throws
// fundline::error rather than CLI11's ValidationError (which CLI11 turns
// into a usage error, exit 2, "File does not exist").
//
//   cmd->add_option("file", file, "...")->check(readable_file());
//   // $ fundline timeline no-such.json
//   // fundline: error: no-such.json: No such file or directory   (exit 1)
#pragma once

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <fmt/format.h>

#include "fundline/core/error.hpp"

namespace fundline::cli {

// Throws error("FILE: cause") unless path names a regular file this process can read.
inline void check_readable(const std::string& path) {
  std::error_code ec;
  const auto status = std::filesystem::status(path, ec);
  if (ec || !std::filesystem::exists(status))
    throw error(fmt::format("{}: {}", path, ec && ec != std::errc::no_such_file_or_directory
                                                ? ec.message()
                                                : std::string("No such file or directory")));
  if (std::filesystem::is_directory(status)) throw error(fmt::format("{}: is a directory, expected a file", path));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw error(fmt::format("{}: {}", path, std::strerror(errno)));
}

inline CLI::Validator readable_file() {
  return CLI::Validator(
      [](std::string& path) {
        check_readable(path);
        return std::string();
      },
      "FILE");
}

}  // namespace fundline::cli
