#include "fundline/dataset/company_index.hpp"

#include <string>

#include <fmt/format.h>
#include <gtest/gtest.h>

using namespace fundline;

TEST(CompanyIndex, DocumentationExample) {
  CompanyIndex index;
  EXPECT_EQ(index.intern("mistral-ai"), 0u);
  EXPECT_EQ(index.intern("helsing"), 1u);
  EXPECT_EQ(index.intern("mistral-ai"), 0u);
  EXPECT_EQ(index.find("helsing"), std::optional<CompanyId>{1});
  EXPECT_EQ(index.find("unknown"), std::nullopt);
  EXPECT_EQ(index.key(1), "helsing");
  EXPECT_EQ(index.size(), 2u);
}

TEST(CompanyIndex, KeepsIdsInFirstSeenOrderAcrossGrowth) {
  CompanyIndex index;
  for (int i = 0; i < 10000; ++i) EXPECT_EQ(index.intern(fmt::format("company-{}", i)), static_cast<CompanyId>(i));
  EXPECT_EQ(index.size(), 10000u);
  EXPECT_EQ(index.find("company-9999"), std::optional<CompanyId>{9999});
  EXPECT_EQ(index.key(4242), "company-4242");
  EXPECT_EQ(index.intern("company-17"), 17u);
}

TEST(CompanyIndex, EmptyIndexFindsNothing) {
  const CompanyIndex index;
  EXPECT_EQ(index.size(), 0u);
  EXPECT_EQ(index.find(""), std::nullopt);
}

TEST(CompanyIndex, DistinguishesKeysThatDifferOnlyInLength) {
  CompanyIndex index;
  EXPECT_EQ(index.intern("abcdefgh"), 0u);
  EXPECT_EQ(index.intern("abcdefgh\0"), 0u);  // a C string: the NUL is not part of it
  EXPECT_EQ(index.intern(std::string_view("abcdefgh\0", 9)), 1u);
  EXPECT_EQ(index.intern("abcdefg"), 2u);
}
