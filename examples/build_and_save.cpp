// Building a company in code and saving it as JSON: a round known only to
// the month, a valuation reported as "more than", a source cited twice, then
// save, load back and check that nothing was lost.
#include <filesystem>

#include <fmt/format.h>

#include <fundline/fundline.hpp>

int main() {
  using namespace fundline;
  const auto eur = [](const char* amount) { return Money::parse(amount, currencies::EUR); };

  const Source article{.id = "example-daily-2024-06-03",
                       .publisher = "Example Daily",
                       .title = "Acme AI raises EUR 40 million",
                       .date = PartialDate::day(2024, 6, 3),
                       .language = "en"};

  Company acme{.id = "acme-ai", .name = "Acme AI", .founded = PartialDate::quarter(2023, 1), .country = "FR"};
  acme.founders = {{"Ada Martin", "CEO"}, {"Louis Bernard", "CTO"}};
  acme.investors = {{"Example Ventures", InvestorKind::venture_fund, "FR"},
                    {"Example Bank", InvestorKind::bank, "FR"}};
  acme.rounds.push_back(Round{.id = "seed",
                              .type = RoundType::seed,
                              .announced = PartialDate::month(2023, 5),
                              .amount = ReportedMoney::approximately(eur("8000000")),
                              .investors = {{.investor = "Example Ventures", .lead = true}},
                              .label = "Seed"});
  acme.rounds.push_back(Round{.id = "series-a",
                              .type = RoundType::series_a,
                              .announced = parse_date("2024-06-03"),
                              .amount = ReportedMoney::exact(eur("40000000")),
                              .tranches = {{Instrument::equity, ReportedMoney::exact(eur("30000000"))},
                                           {Instrument::debt, ReportedMoney::exact(eur("10000000"))}},
                              .post_money = ReportedMoney::more_than(eur("200000000")),
                              .investors = {{.investor = "Example Ventures", .lead = true, .sources = {article}},
                                            {.investor = "Example Bank"}},
                              .sources = {article},
                              .label = "Series A"});
  acme.validate();

  const auto path = std::filesystem::temp_directory_path() / "fundline_build_and_save_acme.json";
  save_json(path, acme);
  const Company loaded = load_company_json(path);
  std::filesystem::remove(path);

  fmt::print("{}", to_json_text(acme));
  fmt::print("\nSaved {} and loaded it back: {}\n", path.filename().string(),
             loaded == acme ? "identical" : "DIFFERENT");
  fmt::print("Series A post-money: {}\n", loaded.find_round("series-a")->post_money);
  fmt::print("Bundled: {} with {} rounds\n", bundled_mistral().name, bundled_mistral().rounds.size());
  return loaded == acme ? 0 : 1;
}
