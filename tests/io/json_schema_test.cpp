// data/schema/company.schema.json must say what the reader accepts: the
// same version and the same vocabularies, so that the two cannot drift.
#include <fstream>
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "fundline/io/json.hpp"

using namespace fundline;

namespace {

const nlohmann::json& schema() {
  static const nlohmann::json s = [] {
    std::ifstream in(FUNDLINE_SOURCE_DIR "/data/schema/company.schema.json");
    return nlohmann::json::parse(in);
  }();
  return s;
}

std::vector<std::string> enum_of(const char* def, const char* property = nullptr) {
  const auto& d = schema().at("$defs").at(def);
  const auto& e = property ? d.at("properties").at(property).at("enum") : d.at("enum");
  return e.get<std::vector<std::string>>();
}

template <typename Enum>
std::vector<std::string> names(int count) {
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) out.emplace_back(to_string(static_cast<Enum>(i)));
  return out;
}

}  // namespace

TEST(CompanySchema, IsDraft202012AndNamesTheVersion) {
  EXPECT_EQ(schema().at("$schema"), "https://json-schema.org/draft/2020-12/schema");
  EXPECT_EQ(schema().at("$defs").at("schemaVersion").at("const"), std::string(company_schema_version));
}

TEST(CompanySchema, VocabulariesMatchTheLibrary) {
  EXPECT_EQ(enum_of("round", "type"), names<RoundType>(static_cast<int>(RoundType::undisclosed) + 1));
  EXPECT_EQ(enum_of("reportedMoney", "qualifier"), names<Qualifier>(static_cast<int>(Qualifier::undisclosed) + 1));
  EXPECT_EQ(enum_of("investor", "kind"), names<InvestorKind>(static_cast<int>(InvestorKind::other) + 1));
  EXPECT_EQ(enum_of("tranche", "instrument"), names<Instrument>(static_cast<int>(Instrument::grant) + 1));
  std::vector<std::string> codes;
  for (std::size_t i = 0; i < Currency::count(); ++i) codes.emplace_back(Currency::at(i).code());
  EXPECT_EQ(enum_of("currency"), codes);
}
