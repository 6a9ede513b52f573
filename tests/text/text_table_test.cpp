#include "fundline/text/text_table.hpp"

#include <gtest/gtest.h>

#include "fundline/core/error.hpp"

using namespace fundline;

TEST(TextTable, DocumentationExample) {
  TextTable t;
  t.add_column("Round", Align::left).add_column("Amount", Align::right);
  t.add_row({"Seed", "€105M"});
  t.add_row({"Series A", "€385M"});
  EXPECT_EQ(t.render(),
            "Round     Amount\n"
            "--------  ------\n"
            "Seed       €105M\n"
            "Series A   €385M\n");
}

TEST(TextTable, NoTrailingSpaces) {
  TextTable t;
  t.add_column("Name", Align::left).add_column("Note", Align::left);
  t.add_row({"a", ""});
  EXPECT_EQ(t.render(), "Name  Note\n----  ----\na\n");
}

TEST(TextTable, AlignsByDisplayWidth) {
  TextTable t;
  t.add_column("Montant", Align::right);
  t.add_row({"1\u202F090\u00A0€"});
  EXPECT_EQ(t.render(), "Montant\n-------\n1\u202F090\u00A0€\n");
}

TEST(TextTable, RowsMustMatchColumns) {
  TextTable t;
  t.add_column("A", Align::left);
  EXPECT_THROW(t.add_row({"1", "2"}), error);
}
