// Built against an installed fundline by ctest (find_package.* tests).
#include <fundline/fundline.hpp>

#include <fmt/format.h>

int main() {
  using namespace fundline;
  const Money total = Money::parse("105000000", currencies::EUR) + Money::parse("385000000", currencies::EUR) +
                      Money::parse("600000000", currencies::EUR);
  // The embedded ECB table is reachable from an installed library too.
  const auto& ecb = bundled_ecb_rates();
  fmt::print("{} ({} ECB days)\n", total, ecb.days.size());
  return ecb.days.empty() ? 1 : 0;
}
