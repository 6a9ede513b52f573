#include "fundline/data/bundled.hpp"

#include <gtest/gtest.h>

using namespace fundline;

TEST(BundledData, DocumentationExample) {
  auto csv = bundled_ecb_history_csv();
  EXPECT_EQ(csv.substr(0, 16), "Date,USD,JPY,BGN");
}

TEST(BundledData, EcbHistoryIsTheWholePublishedFile) {
  auto csv = bundled_ecb_history_csv();
  EXPECT_EQ(csv.size(), 1828201u);
  EXPECT_EQ(csv.substr(csv.size() - 12), "N/A,6.9358,\n");
}
