// A scratch file holding `text`, removed at the end of the test; each has
// its own name (the prefix, the process and a counter).
#pragma once

#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <string>

#include <gtest/gtest.h>

namespace fundline::testing_files {

struct TempFile {
  TempFile(const std::string& prefix, const std::string& text) {
    static int n = 0;
    path = ::testing::TempDir() + prefix + std::to_string(::getpid()) + "_" + std::to_string(++n) + ".csv";
    std::ofstream(path, std::ios::binary) << text;
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() { std::remove(path.c_str()); }
  std::string path;
};

}  // namespace fundline::testing_files
