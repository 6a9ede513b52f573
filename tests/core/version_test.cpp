#include "fundline/version.hpp"

#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

// The version comes from project(fundline VERSION ...) in CMakeLists.txt.
TEST(Version, DocumentationExample) {
  EXPECT_EQ(fundline::version_string, "0.1.0");
  EXPECT_EQ(fundline::version_major, 0);
  EXPECT_EQ(std::string(fundline::version_string), FUNDLINE_PROJECT_VERSION);
  EXPECT_EQ(fmt::format("{}.{}.{}", fundline::version_major, fundline::version_minor, fundline::version_patch),
            fundline::version_string);
}
