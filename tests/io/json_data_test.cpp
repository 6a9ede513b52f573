// The company documents shipped in data/companies: valid, canonical, the
// same as the copies compiled into the library, and saying what public reporting
// says about Mistral AI, sources and disagreements included.
#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>

#include <gtest/gtest.h>

#include "fundline/data/bundled.hpp"
#include "fundline/io/json.hpp"

using namespace fundline;

namespace {

const std::string companies_dir = FUNDLINE_SOURCE_DIR "/data/companies/";

std::string file_text(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

Money eur(std::int64_t units) { return Money::from_major(units, currencies::EUR); }
Money usd(std::int64_t units) { return Money::from_major(units, currencies::USD); }

bool has_claim(const std::vector<Claim>& claims, std::string_view about, std::string_view value) {
  for (const auto& c : claims)
    if (c.about == about && c.value == value && !c.sources.empty()) return true;
  return false;
}

}  // namespace

TEST(CompanyData, BundledDocumentsAreTheFilesOnDisk) {
  EXPECT_EQ(bundled_mistral_json(), file_text(companies_dir + "mistral.json"));
  EXPECT_EQ(bundled_ai_peers_json(), file_text(companies_dir + "ai-peers.json"));
  EXPECT_EQ(bundled_mistral(), load_company_json(companies_dir + "mistral.json"));
  EXPECT_EQ(bundled_ai_peers(), load_companies_json(companies_dir + "ai-peers.json"));
}

TEST(CompanyData, FilesAreInCanonicalForm) {
  // Saving what was loaded rewrites nothing, so diffs of these files show
  // only real changes.
  EXPECT_EQ(to_json_text(bundled_mistral()), file_text(companies_dir + "mistral.json"));
  EXPECT_EQ(to_json_text(bundled_ai_peers()), file_text(companies_dir + "ai-peers.json"));
}

TEST(CompanyData, MistralCompanyFacts) {
  const Company& m = bundled_mistral();
  EXPECT_EQ(m.name, "Mistral AI");
  EXPECT_EQ(m.country, "FR");
  EXPECT_EQ(m.founded, PartialDate::month(2023, 4));
  EXPECT_TRUE(has_claim(m.claims, "founded", "2023-05"));
  ASSERT_EQ(m.founders.size(), 3U);
  EXPECT_EQ(m.founders[0], (Person{"Arthur Mensch", "CEO"}));
  EXPECT_EQ(m.founders[1], (Person{"Timothée Lacroix", "CTO"}));
  EXPECT_EQ(m.founders[2], (Person{"Guillaume Lample", "Chief Scientist"}));
}

TEST(CompanyData, MistralRoundsMatchTheDesignTable) {
  const Company& m = bundled_mistral();
  ASSERT_EQ(m.rounds.size(), 5U);
  const Round& seed = *m.find_round("seed");
  EXPECT_EQ(seed.announced, PartialDate::day(2023, 6, 13));
  EXPECT_EQ(seed.amount, ReportedMoney::exact(eur(105'000'000)));
  EXPECT_EQ(seed.post_money, ReportedMoney::exact(eur(240'000'000)));
  EXPECT_EQ(seed.leads(), std::vector<std::string>{"Lightspeed Venture Partners"});

  const Round& a = *m.find_round("series-a");
  EXPECT_EQ(a.announced, PartialDate::day(2023, 12, 11));
  EXPECT_EQ(a.amount, ReportedMoney::exact(eur(385'000'000)));
  EXPECT_EQ(a.post_money, ReportedMoney::approximately(usd(2'000'000'000)));
  EXPECT_TRUE(has_claim(a.claims, "post_money", "about EUR 2B"));
  EXPECT_EQ(a.leads(), std::vector<std::string>{"Andreessen Horowitz"});

  const Round& msft = *m.find_round("microsoft-convertible");
  EXPECT_EQ(msft.type, RoundType::convertible_note);
  EXPECT_EQ(msft.announced, PartialDate::day(2024, 2, 26));
  EXPECT_EQ(msft.amount, ReportedMoney::approximately(eur(15'000'000)));

  const Round& b = *m.find_round("series-b");
  EXPECT_EQ(b.announced, PartialDate::day(2024, 6, 11));
  EXPECT_EQ(b.amount, ReportedMoney::exact(eur(600'000'000)));
  EXPECT_EQ(b.amount_in(Instrument::equity), ReportedMoney::exact(eur(468'000'000)));
  EXPECT_EQ(b.amount_in(Instrument::debt), ReportedMoney::exact(eur(132'000'000)));
  EXPECT_EQ(b.post_money, ReportedMoney::exact(eur(5'800'000'000)));
  EXPECT_TRUE(has_claim(b.claims, "post_money", "more than EUR 6B"));
  EXPECT_EQ(b.leads(), std::vector<std::string>{"General Catalyst"});
  EXPECT_FALSE(b.has_investor("Microsoft"));

  const Round& c = *m.find_round("series-c");
  EXPECT_EQ(c.announced, PartialDate::day(2025, 9, 9));
  EXPECT_EQ(c.amount, ReportedMoney::exact(eur(1'700'000'000)));
  EXPECT_EQ(c.post_money, ReportedMoney::exact(eur(11'700'000'000)));
  EXPECT_EQ(c.leads(), std::vector<std::string>{"ASML"});
}

TEST(CompanyData, MistralInvestorKinds) {
  const Company& m = bundled_mistral();
  const auto kind = [&](std::string_view name) { return m.find_investor(name)->kind; };
  EXPECT_EQ(kind("Lightspeed Venture Partners"), InvestorKind::venture_fund);
  EXPECT_EQ(m.find_investor("Lightspeed Venture Partners")->country, "US");
  EXPECT_EQ(kind("Andreessen Horowitz"), InvestorKind::venture_fund);
  EXPECT_EQ(kind("General Catalyst"), InvestorKind::venture_fund);
  EXPECT_EQ(kind("Salesforce"), InvestorKind::corporate);
  EXPECT_EQ(kind("BNP Paribas"), InvestorKind::bank);
  EXPECT_EQ(kind("Nvidia"), InvestorKind::corporate);
  EXPECT_EQ(kind("IBM"), InvestorKind::corporate);
  EXPECT_EQ(kind("Microsoft"), InvestorKind::corporate);
  EXPECT_EQ(kind("Bpifrance"), InvestorKind::public_sovereign);
  EXPECT_EQ(kind("ASML"), InvestorKind::corporate);
}

TEST(CompanyData, EveryMistralFactHasASource) {
  const Company& m = bundled_mistral();
  EXPECT_FALSE(m.sources.empty());
  for (const Round& r : m.rounds) {
    EXPECT_FALSE(r.sources.empty()) << r.id;
    for (const auto& p : r.investors) EXPECT_FALSE(p.sources.empty()) << r.id << " " << p.investor;
    for (const auto& c : r.claims) EXPECT_FALSE(c.sources.empty()) << r.id << " " << c.about;
  }
}

TEST(CompanyData, MistralCitesTheFrenchArticleOfJune2024) {
  const Round& b = *bundled_mistral().find_round("series-b");
  const auto it = std::find_if(b.sources.begin(), b.sources.end(), [](const Source& s) { return s.language == "fr"; });
  ASSERT_NE(it, b.sources.end());
  EXPECT_EQ(it->title, "La France prête à détrôner ChatGPT");
  EXPECT_EQ(it->date, PartialDate::month(2024, 6));
}

TEST(CompanyData, MistralRaisedOneBillionInThreeRounds) {
  Money total = Money::zero(currencies::EUR);
  for (const char* id : {"seed", "series-a", "series-b"}) total += *bundled_mistral().find_round(id)->amount.value();
  EXPECT_EQ(total, eur(1'090'000'000));
}

TEST(CompanyData, PeersForComparison) {
  const auto& peers = bundled_ai_peers();
  ASSERT_EQ(peers.size(), 2U);
  EXPECT_EQ(peers[0].name, "Aleph Alpha");
  EXPECT_EQ(peers[0].find_round("series-b")->amount, ReportedMoney::more_than(usd(500'000'000)));
  EXPECT_EQ(peers[1].name, "H Company");
  EXPECT_EQ(peers[1].find_round("seed")->amount, ReportedMoney::exact(usd(220'000'000)));
  EXPECT_TRUE(has_claim(peers[1].find_round("seed")->claims, "amount", "EUR 220M"));
}
