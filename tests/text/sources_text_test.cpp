#include "fundline/text/sources_text.hpp"

#include <gtest/gtest.h>

#include "fundline/io/json.hpp"

using namespace fundline;

TEST(SourcesText, DocumentationExample) {
  const std::string text = write_sources(bundled_mistral(), Language::en);
  EXPECT_EQ(text.rfind("Mistral AI: sources\n\nCompany\n  founded: April 2023\n", 0), 0u) << text;
  EXPECT_NE(text.find("May 2023"), std::string::npos);
  EXPECT_NE(write_sources(bundled_mistral(), Language::fr).find("mai 2023"), std::string::npos);
}

TEST(SourcesText, EachSourceOnOneLineInEitherLanguage) {
  const Source s{.publisher = "Reuters", .title = "Mistral raises", .url = "https://example.org/a",
                 .date = PartialDate::parse("2024-06-11")};
  EXPECT_EQ(format_source(s, Language::en), "Reuters, “Mistral raises”, 11 June 2024, https://example.org/a");
  EXPECT_EQ(format_source(s, Language::fr), "Reuters, «\u00A0Mistral raises\u00A0», 11 juin 2024, https://example.org/a");
}

TEST(SourcesText, ClaimedDatesAreWrittenOutAndOtherValuesKept) {
  EXPECT_EQ(format_claim_value(Claim{.about = "founded", .value = "2023-05"}, Language::fr), "mai 2023");
  EXPECT_EQ(format_claim_value(Claim{.about = "amount", .value = "USD 113M"}, Language::en), "USD 113M");
  EXPECT_EQ(format_claim_value(Claim{.about = "amount", .value = "2023 figures"}, Language::en), "2023 figures");
}

TEST(SourcesText, ClaimsStandBesideTheRecordedFigure) {
  Company c{.name = "Acme", .founded = PartialDate::month(2020, 1)};
  c.claims.push_back(Claim{.about = "founded", .value = "2019", .note = "the registry",
                           .sources = {Source{.publisher = "Registry"}}});
  c.rounds.push_back(Round{.id = "seed", .type = RoundType::seed, .announced = PartialDate::parse("2021-03-02"),
                           .amount = ReportedMoney::exact(Money::from_major(1'000'000, currencies::EUR))});
  EXPECT_EQ(write_sources(c, Language::en),
            "Acme: sources\n\n"
            "Company\n"
            "  founded: January 2020\n"
            "  sources: no source recorded\n"
            "  Where sources disagree:\n"
            "    Fact     Recorded      Claimed  Source    Note\n"
            "    -------  ------------  -------  --------  ------------\n"
            "    founded  January 2020  2019     Registry  the registry\n"
            "\n"
            "Seed, 2 March 2021\n"
            "  amount: €1,000,000.00\n"
            "  sources: no source recorded\n");
}
