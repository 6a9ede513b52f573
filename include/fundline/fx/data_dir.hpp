// fundline/fx/data_dir.hpp - where fundline keeps the user's files.
//
// The data directory holds the ECB history that `fundline fx update`
// installs. It is, in this order: $FUNDLINE_DATA_DIR; $XDG_DATA_HOME/fundline;
// $HOME/.local/share/fundline. An empty variable counts as unset, and so
// does a relative XDG_DATA_HOME (the XDG base directory specification says
// to ignore it); with none of the three set, user_data_dir() throws
// fundline::error. Nothing here creates the directory or reads a file.
//
//   #include <stdlib.h>
//   setenv("FUNDLINE_DATA_DIR", "/srv/fundline", 1);
//   fundline::user_data_dir().string();         // "/srv/fundline"
//   fundline::installed_rates_path().string();  // "/srv/fundline/eurofxref-hist.csv"
//   unsetenv("FUNDLINE_DATA_DIR");
//   setenv("XDG_DATA_HOME", "/home/ada/.data", 1);
//   fundline::user_data_dir().string();         // "/home/ada/.data/fundline"
//   unsetenv("XDG_DATA_HOME");
#pragma once

#include <filesystem>

namespace fundline {

// Throws fundline::error when no variable names a directory.
[[nodiscard]] std::filesystem::path user_data_dir();
// user_data_dir() / "eurofxref-hist.csv": the table `fundline fx update` installs.
[[nodiscard]] std::filesystem::path installed_rates_path();

}  // namespace fundline
