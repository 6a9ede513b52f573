#include "fundline/io/json.hpp"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include <fmt/format.h>
#include <gtest/gtest.h>

#include "../../src/io/json_text.hpp"

using namespace fundline;

namespace {

// A small valid document; the error tests change one thing in it.
constexpr std::string_view base_document = R"({
  "schema": "fundline.company/1",
  "name": "Acme",
  "founded": "2023-04",
  "investors": [{"name": "Fund", "kind": "venture_fund"}],
  "rounds": [
    {"id": "seed", "type": "seed", "announced": "2023-06-13",
     "amount": {"amount": "105000000", "currency": "EUR"},
     "investors": [{"investor": "Fund", "lead": true}]}
  ]
})";

std::string changed(std::string_view from, std::string_view to) {
  std::string text(base_document);
  const auto at = text.find(from);
  if (at == std::string::npos) ADD_FAILURE() << "base document has no " << from;
  else text.replace(at, from.size(), to);
  return text;
}

// what() of the parse_error the text raises, or a note that it raised none.
std::string parse_error_of(const std::string& text) {
  try {
    (void)parse_company_json(text, "acme.json");
  } catch (const parse_error& e) {
    return e.what();
  }
  return "no parse_error";
}

std::string inconsistency_of(const std::string& text) {
  try {
    (void)parse_company_json(text, "acme.json");
  } catch (const inconsistent_data& e) {
    return e.what();
  }
  return "no inconsistent_data";
}

}  // namespace

TEST(Json, DocumentationExample) {
  Company c{.id = "acme", .name = "Acme", .founded = PartialDate::month(2023, 4), .country = "FR"};
  c.rounds.push_back(Round{.id = "seed", .type = RoundType::seed, .announced = PartialDate::month(2023, 6),
                           .amount = ReportedMoney::approximately(Money::from_major(5'000'000, currencies::EUR))});
  const std::string text = to_json_text(c);
  EXPECT_EQ(text, R"({
  "schema": "fundline.company/1",
  "id": "acme",
  "name": "Acme",
  "founded": "2023-04",
  "country": "FR",
  "rounds": [
    {
      "id": "seed",
      "type": "seed",
      "announced": "2023-06",
      "amount": {
        "qualifier": "approximately",
        "amount": "5000000",
        "currency": "EUR"
      }
    }
  ]
}
)");
  EXPECT_EQ(parse_company_json(text, "acme.json"), c);
  EXPECT_EQ(bundled_mistral().name, "Mistral AI");
  try {
    (void)parse_company_json(R"({"schema": "fundline.company/1", "name": 3})", "x.json");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "x.json:1:42: field 'name': expected a string, got number");
    EXPECT_EQ(e.location().line, 1U);
    EXPECT_EQ(e.location().column, 42U);
    EXPECT_EQ(e.location().field, "name");
  }
}

TEST(Json, BaseDocumentOfTheseTestsIsValid) {
  const Company c = parse_company_json(base_document, "acme.json");
  EXPECT_EQ(c.rounds.at(0).amount, ReportedMoney::exact(Money::from_major(105'000'000, currencies::EUR)));
  EXPECT_EQ(c.rounds.at(0).leads(), std::vector<std::string>{"Fund"});
}

TEST(Json, AmountsAreShortestExactDecimals) {
  Company c{.name = "Acme"};
  c.rounds.push_back(Round{.type = RoundType::grant, .announced = PartialDate::year(2024),
                           .amount = ReportedMoney::between(Money::from_minor(50, currencies::EUR),
                                                            Money::from_minor(12345, currencies::EUR))});
  const std::string text = to_json_text(c);
  EXPECT_NE(text.find(R"("amount": "0.5")"), std::string::npos) << text;
  EXPECT_NE(text.find(R"("high": "123.45")"), std::string::npos) << text;
  EXPECT_NE(text.find(R"("qualifier": "range")"), std::string::npos) << text;
}

TEST(Json, ReadsEveryQualifierShape) {
  const auto round_amount = [](std::string_view amount) {
    return parse_company_json(changed(R"({"amount": "105000000", "currency": "EUR"})", amount), "acme.json")
        .rounds.at(0)
        .amount;
  };
  const Money m = Money::from_major(105'000'000, currencies::EUR);
  EXPECT_EQ(round_amount(R"({"qualifier": "more_than", "amount": "105000000", "currency": "EUR"})"),
            ReportedMoney::more_than(m));
  EXPECT_EQ(round_amount(R"({"qualifier": "undisclosed", "currency": "EUR"})"), ReportedMoney::undisclosed(currencies::EUR));
  EXPECT_EQ(round_amount(R"({"qualifier": "range", "amount": "100000000", "high": "105000000", "currency": "EUR"})"),
            ReportedMoney::between(Money::from_major(100'000'000, currencies::EUR), m));
  EXPECT_EQ(round_amount(R"({"amount": "105000000.00", "currency": "EUR"})"), ReportedMoney::exact(m));
}

TEST(Json, SourcesAreCitedByIdFromTheBibliography) {
  const Company c = parse_company_json(R"({
  "schema": "fundline.company/1",
  "name": "Acme",
  "rounds": [
    {"type": "seed", "announced": "2023-06", "amount": {"amount": "1", "currency": "EUR"},
     "investors": [{"investor": "Fund", "sources": ["tc"]}], "sources": ["tc"]}
  ],
  "bibliography": [{"id": "tc", "publisher": "TechCrunch", "date": "2023-06-13"}]
})", "acme.json");
  const Source tc{.id = "tc", .publisher = "TechCrunch", .date = PartialDate::day(2023, 6, 13)};
  EXPECT_EQ(c.rounds.at(0).sources, std::vector<Source>{tc});
  EXPECT_EQ(c.rounds.at(0).investors.at(0).sources, std::vector<Source>{tc});
  EXPECT_TRUE(c.sources.empty());
  // Written back, the source is defined once and cited twice.
  const std::string written = to_json_text(c);
  EXPECT_NE(written.find(R"("bibliography": [)"), std::string::npos) << written;
  EXPECT_NE(written.find(R"("sources": [
        "tc"
      ])"), std::string::npos) << written;
}

TEST(Json, CompaniesDocumentHoldsSeveral) {
  const auto companies = parse_companies_json(R"({"schema": "fundline.company/1", "companies": [
    {"name": "A"}, {"name": "B", "founded": "2020-Q3"}]})", "list.json");
  ASSERT_EQ(companies.size(), 2U);
  EXPECT_EQ(companies[1].founded, PartialDate::quarter(2020, 3));
  EXPECT_EQ(parse_companies_json(base_document, "acme.json").size(), 1U);
}

TEST(Json, MalformedJsonGivesLineAndColumn) {
  const std::string e = parse_error_of(changed(R"("name": "Acme")", R"("name": tru)"));
  EXPECT_EQ(e.substr(0, e.find(" - ")), "acme.json:3:14: malformed JSON: syntax error while parsing value") << e;
  EXPECT_EQ(parse_error_of("").substr(0, 31), "acme.json:1:1: malformed JSON: ");
}

TEST(Json, NumberTooLargeForADoubleIsMalformed) {
  EXPECT_EQ(parse_error_of(changed(R"("name": "Acme",)", R"("name": "Acme", "note": 5e555,)")),
            "acme.json:3:27: malformed JSON: number overflow parsing '5e555'");
}

TEST(Json, WrongTypeNamesThePath) {
  EXPECT_EQ(parse_error_of(changed(R"("lead": true)", R"("lead": "yes")")),
            "acme.json:9:49: field 'rounds[0].investors[0].lead': expected true or false, got string");
  EXPECT_EQ(parse_error_of(changed(R"("rounds": [)", R"("rounds": {"a": [)") + "}"),
            "acme.json:6:13: field 'rounds': expected an array, got object");
}

TEST(Json, AmountsMustBeDecimalStrings) {
  EXPECT_EQ(parse_error_of(changed(R"("amount": "105000000")", R"("amount": 105000000)")),
            "acme.json:8:27: field 'rounds[0].amount.amount': expected a decimal string such as \"105000000\", got "
            "the number 105000000: numbers may lose precision, so amounts are strings");
}

TEST(Json, MissingRequiredField) {
  EXPECT_EQ(parse_error_of(changed(R"("name": "Acme",)", "")), "acme.json:1:1: missing required field \"name\"");
  EXPECT_EQ(parse_error_of(changed(R"("type": "seed", )", "")),
            "acme.json:7:5: field 'rounds[0]': missing required field \"type\"");
}

TEST(Json, UnknownCurrency) {
  EXPECT_EQ(parse_error_of(changed(R"("currency": "EUR")", R"("currency": "EUX")")),
            "acme.json:8:52: field 'rounds[0].amount.currency': unknown currency code \"EUX\": expected an ISO 4217 "
            "code such as EUR or USD");
}

TEST(Json, UnknownQualifier) {
  EXPECT_EQ(parse_error_of(changed(R"({"amount": "105000000")", R"({"qualifier": "roughly", "amount": "105000000")")),
            "acme.json:8:30: field 'rounds[0].amount.qualifier': unknown qualifier \"roughly\": expected one of exact, "
            "approximately, at_least, more_than, at_most, less_than, range, undisclosed");
}

TEST(Json, UnknownRoundTypeOrDisplayName) {
  const std::string e = parse_error_of(changed(R"("type": "seed")", R"("type": "Series A")"));
  EXPECT_EQ(e.substr(0, e.find(": expected")), "acme.json:7:28: field 'rounds[0].type': unknown round type \"Series A\"");
  EXPECT_NE(parse_error_of(changed(R"("type": "seed")", R"("type": "series_z")")).find("pre_seed, seed, angel"),
            std::string::npos);
}

TEST(Json, UnknownInstrument) {
  EXPECT_EQ(parse_error_of(changed(R"("investors": [{"investor")",
                                   R"("tranches": [{"instrument": "safe", "amount": {"amount": "1", "currency": "EUR"}}], "investors": [{"investor")")),
            "acme.json:9:34: field 'rounds[0].tranches[0].instrument': unknown instrument \"safe\": expected one of "
            "equity, convertible, debt, grant");
}

TEST(Json, UnknownInvestorKind) {
  EXPECT_EQ(parse_error_of(changed(R"("kind": "venture_fund")", R"("kind": "vc")")),
            "acme.json:5:42: field 'investors[0].kind': unknown investor kind \"vc\": expected one of venture_fund, "
            "corporate, bank, public_sovereign, angel, family_office, accelerator, private_equity, other");
}

TEST(Json, ImpossibleDate) {
  EXPECT_EQ(parse_error_of(changed(R"("announced": "2023-06-13")", R"("announced": "2023-02-30")")),
            "acme.json:7:49: field 'rounds[0].announced': invalid date \"2023-02-30\": day 30 is out of range for "
            "2023-02 (1..28)");
}

TEST(Json, NegativeAmount) {
  EXPECT_EQ(parse_error_of(changed(R"("amount": "105000000")", R"("amount": "-5")")),
            "acme.json:8:27: field 'rounds[0].amount.amount': invalid EUR amount \"-5\": negative amount: expected a "
            "non-negative decimal");
}

TEST(Json, RangeNeedsOrderedEnds) {
  EXPECT_EQ(parse_error_of(changed(R"({"amount": "105000000")", R"({"qualifier": "range", "amount": "105000000")")),
            "acme.json:8:16: field 'rounds[0].amount': missing required field \"high\"");
  EXPECT_EQ(parse_error_of(changed(R"({"amount": "105000000")",
                                   R"({"qualifier": "range", "high": "1", "amount": "105000000")")),
            "acme.json:8:47: field 'rounds[0].amount.high': the high end EUR 1.00 of a range is below its low end EUR "
            "105000000.00");
  EXPECT_EQ(parse_error_of(changed(R"({"amount": "105000000")", R"({"high": "1", "amount": "105000000")")),
            "acme.json:8:25: field 'rounds[0].amount.high': \"high\" is only for \"qualifier\": \"range\", not \"exact\"");
}

TEST(Json, DuplicateRoundId) {
  EXPECT_EQ(parse_error_of(changed(R"(]}
  ])", R"(]},
    {"id": "seed", "type": "series_a", "announced": "2023-12",
     "amount": {"amount": "1", "currency": "EUR"}}
  ])")),
            "acme.json:10:12: field 'rounds[1].id': duplicate round id \"seed\": rounds[0] has it already");
}

TEST(Json, DuplicateKey) {
  EXPECT_EQ(parse_error_of(changed(R"("founded": "2023-04",)", R"("founded": "2023-04", "founded": "2023",)")),
            "acme.json:4:25: field 'founded': duplicate key \"founded\": each key may appear once in an object");
}

TEST(Json, DuplicateInvestor) {
  EXPECT_EQ(parse_error_of(changed(R"("kind": "venture_fund"}])",
                                   R"("kind": "venture_fund"}, {"name": "Fund", "kind": "bank"}])")),
            "acme.json:5:68: field 'investors[1].name': investor \"Fund\" is listed twice");
}

TEST(Json, UnknownFieldIsNotDropped) {
  EXPECT_EQ(parse_error_of(changed(R"("founded")", R"("fonded")")),
            "acme.json:4:13: field 'fonded': unknown field \"fonded\": expected one of schema, id, name, founded, "
            "country, founders, sectors, investors, rounds, sources, claims, note, bibliography");
  EXPECT_EQ(parse_error_of(changed(R"("founded")", R"("$comment": "ok", "founded")")), "no parse_error");
}

TEST(Json, SchemaVersionIsRequired) {
  EXPECT_EQ(parse_error_of(changed(R"("schema": "fundline.company/1",)", "")),
            "acme.json:1:1: missing required field \"schema\": expected \"schema\": \"fundline.company/1\"");
  EXPECT_EQ(parse_error_of(changed("company/1", "company/2")),
            "acme.json:2:13: field 'schema': unsupported schema version \"fundline.company/2\": this fundline reads "
            "\"fundline.company/1\"");
}

TEST(Json, UnknownSourceId) {
  EXPECT_EQ(parse_error_of(changed(R"("lead": true})", R"("lead": true, "sources": ["nowhere"]})")),
            "acme.json:9:67: field 'rounds[0].investors[0].sources[0]': unknown source id \"nowhere\": cite a source "
            "defined in the company's \"bibliography\" or \"sources\", or write the source object here");
}

TEST(Json, UncitedBibliographyEntryIsAnError) {
  EXPECT_EQ(parse_error_of(changed(R"("founded": "2023-04",)", R"("founded": "2023-04", "bibliography": [{"id": "x"}],)")),
            "acme.json:4:49: field 'bibliography[0].id': bibliography entry \"x\" is never cited: cite it by id or "
            "remove it");
}

TEST(Json, ParticipantMustBeAListedInvestor) {
  EXPECT_EQ(parse_error_of(changed(R"("investor": "Fund")", R"("investor": "Other")")),
            "acme.json:9:33: field 'rounds[0].investors[0].investor': investor \"Other\" is not in the company's "
            "\"investors\" list");
}

TEST(Json, InconsistentRoundNamesFileAndRound) {
  EXPECT_EQ(inconsistency_of(changed(R"("investors": [{"investor")",
                                     R"("tranches": [{"instrument": "equity", "amount": {"amount": "1", "currency": "EUR"}}], "investors": [{"investor")")),
            "acme.json:7:5: field 'rounds[0]': round \"seed\" (2023-06-13): tranches add up to EUR 1.00, but the "
            "amount is EUR 105000000.00");
}

TEST(Json, OverflowWhileDerivingAValuationNamesFileAndRound) {
  try {
    (void)parse_company_json(changed(R"("investors": [{"investor")",
                                     R"("pre_money": {"amount": "92233720368547758", "currency": "EUR"}, "investors": [{"investor")"),
                             "acme.json");
    FAIL() << "expected overflow_error";
  } catch (const overflow_error& e) {
    EXPECT_STREQ(e.what(), "acme.json:7:5: field 'rounds[0]': overflow adding EUR 92233720368547758.00 and EUR "
                           "105000000.00: the result does not fit in int64 minor units");
  }
}

TEST(Json, InconsistentCompanyNamesTheFile) {
  EXPECT_EQ(inconsistency_of(changed(R"("founded": "2023-04")", R"("founded": "2024")")),
            "acme.json:1:1: company \"Acme\": round \"seed\" announced 2023-06-13 before the company was founded (2024)");
}

TEST(Json, ParseCompanyWantsExactlyOne) {
  try {
    (void)parse_company_json(R"({"schema": "fundline.company/1", "companies": []})", "list.json");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_STREQ(e.what(), "list.json: field 'companies': expected exactly one company, got 0");
  }
}

TEST(Json, LoadNamesTheFile) {
  const std::string dir = FUNDLINE_TEST_DATA_DIR "/json/";
  EXPECT_EQ(load_company_json(dir + "minimal.json").name, "Minimal Ltd");
  try {
    (void)load_company_json(dir + "bad_currency.json");
    FAIL() << "expected parse_error";
  } catch (const parse_error& e) {
    EXPECT_EQ(e.location().source, dir + "bad_currency.json");
    EXPECT_EQ(e.location().line, 9U);
    EXPECT_EQ(e.location().field, "rounds[0].post_money.currency");
  }
  EXPECT_THROW((void)load_company_json(dir + "no_such_file.json"), error);
}

TEST(Json, SaveToAMissingDirectoryFails) {
  EXPECT_THROW(save_json("/nonexistent-dir/x.json", Company{.name = "A"}), error);
}

TEST(Json, InvalidUtf8IsRefusedBothWays) {
  EXPECT_NE(parse_error_of(changed("Acme", "Ac\xff")).find("malformed JSON"), std::string::npos);
  EXPECT_THROW((void)to_json_text(Company{.name = "Ac\xff"}), error);
}

TEST(Json, DeepNestingIsAnErrorNotACrash) {
  const std::string deep = R"({"schema": "fundline.company/1", "name": "A", "note": )" + std::string(100000, '[') +
                           std::string(100000, ']') + "}";
  EXPECT_EQ(parse_error_of(deep).substr(0, 52), "acme.json:1:55: field 'note': expected a string, got");
}

TEST(Json, LoadingADirectoryIsAnErrorNamingIt) {
  const std::string dir = std::string(FUNDLINE_TEST_DATA_DIR) + "/import";
  try {
    (void)load_companies_json(dir);
    FAIL() << "expected an error";
  } catch (const fundline::error& e) {
    EXPECT_NE(std::string(e.what()).find(dir), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("directory"), std::string::npos) << e.what();
  }
}

TEST(Json, SavingOverADirectoryNamesTheRealCause) {
  const auto dir = std::filesystem::path(::testing::TempDir()) / "fundline_json_save_over_a_directory.json";
  std::filesystem::create_directories(dir / "inside");
  try {
    save_json(dir, std::vector<Company>{});
    FAIL() << "expected an error";
  } catch (const fundline::error& e) {
    EXPECT_EQ(std::string(e.what()).find("Success"), std::string::npos) << e.what();
    EXPECT_NE(std::string(e.what()).find("directory"), std::string::npos) << e.what();
  }
  EXPECT_FALSE(std::filesystem::exists(dir.string() + ".tmp"));
  std::filesystem::remove_all(dir);
}

// Strings are copied whole unless a byte needs an escape, a test made eight
// bytes at a time: every escaped byte, at every offset of short and longer
// strings, is escaped as the byte-by-byte rule says, and UTF-8 bytes and
// DEL are not.
TEST(JsonString, EveryByteThatNeedsAnEscapeIsEscapedAtEveryOffset) {
  auto by_rule = [](std::string_view s) {
    std::string out = "\"";
    for (const char ch : s) {
      const auto c = static_cast<unsigned char>(ch);
      if (c == '"') out += "\\\"";
      else if (c == '\\') out += "\\\\";
      else if (c == '\b') out += "\\b";
      else if (c == '\f') out += "\\f";
      else if (c == '\n') out += "\\n";
      else if (c == '\r') out += "\\r";
      else if (c == '\t') out += "\\t";
      else if (c < 0x20) out += fmt::format("\\u{:04x}", c);
      else out += ch;
    }
    return out + '"';
  };
  std::vector<char> bytes{'"', '\\', '!', '#', '[', ']', '\x7F', '\x80', '\xC3', '\xFF', 'a'};
  for (int c = 0; c < 0x20; ++c) bytes.push_back(static_cast<char>(c));
  for (std::size_t size = 1; size <= 19; ++size)
    for (std::size_t at = 0; at < size; ++at)
      for (const char b : bytes) {
        std::string s(size, 'x');
        s[at] = b;
        std::string out;
        detail::append_json_string(out, s);
        ASSERT_EQ(out, by_rule(s)) << "byte " << static_cast<int>(static_cast<unsigned char>(b)) << " at " << at
                                   << " of " << size;
      }
  std::string none;
  detail::append_json_string(none, "");
  EXPECT_EQ(none, "\"\"");
}
