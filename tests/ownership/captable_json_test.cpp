// fundline.captable/1 documents: the bundled scenarios reproduce their
// published figures, errors name file, line, column and path, and the JSON
// Schema agrees with the reader.
#include "fundline/io/captable_json.hpp"

#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

using namespace fundline;

namespace {
const std::string dir = FUNDLINE_SOURCE_DIR "/data/captables/";

std::string error_of(std::string_view text) {
  try {
    (void)parse_captable_json(text, "x.json");
  } catch (const parse_error& e) {
    return e.what();
  }
  return "no error";
}

const std::string head = R"({"schema": "fundline.captable/1", "name": "x", "currency": "USD")";
}  // namespace

TEST(CaptableJson, DocumentationExample) {
  auto s = parse_captable_json(R"({"schema": "fundline.captable/1", "name": "x", "currency": "USD",
      "classes": [{"name": "Common"}], "holdings": [{"holder": "F", "class": "Common", "shares": 10}]})", "x.json");
  EXPECT_EQ(s.holdings[0].shares, 10);
  EXPECT_EQ(error_of(R"({"schema": "fundline.captable/1", "name": "x", "currency": "USD", "pool": -1})"),
            "x.json:1:75: field 'pool': expected a whole number of shares, 0 or more, got -1");
}

TEST(CaptableJson, ScenarioDocumentationExample) {
  const CaptableScenario s = load_captable_json(dir + "yc-safe-primer-cap-and-discount.json");
  const ScenarioRun run = run_scenario(s);
  EXPECT_EQ(run.rounds[0].issues[0].shares, 137'500);
  EXPECT_EQ(run.table.fully_diluted(), 12'237'610);
}

TEST(CaptableJson, SafePrimerCapNoDiscountGives220022Shares) {
  const ScenarioRun run = run_scenario(load_captable_json(dir + "yc-safe-primer-cap-no-discount.json"));
  EXPECT_EQ(run.rounds[0].issues[0].price, Fraction::of(4545, 10'000));
  EXPECT_EQ(run.rounds[0].issues[0].shares, 220'022);
  EXPECT_EQ(run.rounds[0].issues[1].shares, 1'100'110);
}

TEST(CaptableJson, SafePrimerDiscountNoCapGives131578Shares) {
  const ScenarioRun run = run_scenario(load_captable_json(dir + "yc-safe-primer-discount-no-cap.json"));
  EXPECT_EQ(run.rounds[0].price, Fraction::of(19, 100));
  EXPECT_EQ(run.rounds[0].issues[0].reason, IssueReason::discount);
  EXPECT_EQ(run.rounds[0].issues[0].price, Fraction::of(152, 1000));
  EXPECT_EQ(run.rounds[0].issues[0].shares, 131'578);
  EXPECT_EQ(run.rounds[0].issues[1].shares, 2'105'263);
}

TEST(CaptableJson, WaterfallScenarioPaysBothClassesByTheirTerms) {
  const ScenarioRun run = run_scenario(load_captable_json(dir + "waterfall-two-classes.json"));
  ASSERT_EQ(run.exits.size(), 3u);
  EXPECT_EQ(run.exits[2].total_for("Fund A"), Money::from_major(2'800'000, currencies::USD));
  EXPECT_EQ(run.exits[2].total_for("Fund B"), Money::from_major(8'800'000, currencies::USD));
  EXPECT_EQ(run.exits[2].total_for("Founders"), Money::from_major(8'400'000, currencies::USD));
}

TEST(CaptableJson, PostMoneySafePoolScenarioMatchesTheLibrary) {
  const ScenarioRun run = run_scenario(load_captable_json(dir + "post-money-safe-pool-top-up.json"));
  EXPECT_EQ(run.rounds[0].issues[0].shares, 1'111'111);
  EXPECT_EQ(run.rounds[0].pool_after, 1'444'439);
}

TEST(CaptableJson, ErrorsNameLineColumnAndPath) {
  EXPECT_EQ(error_of(head + R"(, "events": [{"type": "safe", "holder": "A", "amount": 100}]})"),
            "x.json:1:120: field 'events[0].amount': expected a decimal string such as \"100000\", got the number 100: "
            "numbers may lose precision, so amounts are strings");
  EXPECT_EQ(error_of(head + R"(, "classes": [{"name": "Common", "kind": "ordinary"}]})"),
            "x.json:1:106: field 'classes[0].kind': unknown share kind \"ordinary\": expected common, preferred or option");
  EXPECT_EQ(error_of(head + R"(, "holdings": [{"holder": "A", "class": "Nope", "shares": 1}]})"),
            "x.json:1:105: field 'holdings[0].class': unknown share class \"Nope\"");
  EXPECT_EQ(error_of(head + R"(, "colour": 1})"), "x.json:1:77: field 'colour': unknown field \"colour\": expected one of "
                                                   "schema, name, currency, sources, classes, holdings, pool, events, exits, note");
  EXPECT_EQ(error_of(R"({"schema": "fundline.captable/1", "schema": "x"})"),
            "x.json:1:35: field 'schema': duplicate key \"schema\": each key may appear once in an object");
  EXPECT_EQ(error_of("{\"schema\": "), "x.json:1:12: malformed JSON: syntax error while parsing value - unexpected end of input; expected '[', '{', or a literal");
}

TEST(CaptableJson, SchemaAgreesWithTheReader) {
  std::ifstream in(FUNDLINE_SOURCE_DIR "/data/schema/captable.schema.json");
  const nlohmann::json schema = nlohmann::json::parse(in);
  EXPECT_EQ(schema.at("properties").at("schema").at("const"), std::string(captable_schema_version));
  const auto& defs = schema.at("$defs");
  EXPECT_EQ(defs.at("rounding").at("enum"),
            nlohmann::json({"half_even", "half_up", "down", "up", "floor", "ceiling"}));
  for (auto r : {RoundingMode::half_even, RoundingMode::half_up, RoundingMode::down, RoundingMode::up,
                 RoundingMode::floor, RoundingMode::ceiling})
    EXPECT_NE(std::find(defs.at("rounding").at("enum").begin(), defs.at("rounding").at("enum").end(),
                        std::string(to_string(r))),
              defs.at("rounding").at("enum").end());
  EXPECT_EQ(defs.at("note").at("properties").at("day_count").at("enum"),
            nlohmann::json({to_string(DayCount::actual_365), to_string(DayCount::actual_360), to_string(DayCount::thirty_360)}));
  EXPECT_EQ(defs.at("shareClass").at("properties").at("kind").at("enum"), nlohmann::json({"common", "preferred", "option"}));
}
