// Test helper: three rounds of two companies, one of them in EUR only by its
// original amount, for the dataset suites.
#pragma once

#include "fundline/dataset/dataset.hpp"

namespace fundline::test {

inline Dataset mini_dataset() {
  return Dataset::parse_odm_csv(
      "company_uuid,announced_on,raised_amount_usd,raised_amount,raised_amount_currency_code\n"
      "m1,2023-06-13,113000000,105000000,EUR\n"
      "h2,2023-09-14,223000000,,\n"
      "m1,2023-12-11,415000000,385000000,EUR\n",
      "mini.csv");
}

}  // namespace fundline::test
