#!/usr/bin/env python3
"""Specifications of tests/docs/doccheck.py: what it reads as a checked result,
and that a drifted page fails with the file, line, expected and actual text."""

import contextlib
import io
import os
import sys
import tempfile
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import doccheck  # noqa: E402


def statements(*lines):
    block = doccheck.Block("x.md", list(enumerate(lines, 1)))
    errors = []
    return doccheck.parse_block(block, errors), errors


class ExampleStatements(unittest.TestCase):
    def test_a_comment_after_an_expression_is_its_expected_result(self):
        (st,), _ = statements("t.raised_as_of(june);   // about EUR 1105000000.00")
        self.assertEqual(st.kind, "expression")
        self.assertEqual(st.expected, [(1, "about EUR 1105000000.00")])

    def test_a_comment_after_a_declaration_is_prose(self):
        sts, _ = statements("auto d = parse_date(\"2023-06-13\");   // boost::gregorian::date",
                            "Timeline t(mistral);   // a Company",
                            "const RateTable& ecb = RateTable::bundled();   // embedded")
        self.assertEqual([s.kind for s in sts], ["declaration"] * 3)

    def test_the_result_may_be_on_the_next_line(self):
        (st,), _ = statements("*t.best_window(WindowLength::months(12));", "    // EUR 1090000000.00 from ...")
        self.assertEqual(st.expected, [(2, "EUR 1090000000.00 from ...")])

    def test_a_throw_names_the_type_and_the_message(self):
        (st,), _ = statements("parse_date(\"2023-02-30\");   // throws parse_error:",
                              "//   \"invalid date \\\"2023-02-30\\\": day 30\"")
        self.assertEqual(st.throws, "parse_error")
        self.assertEqual(st.message, (2, 'invalid date "2023-02-30": day 30'))

    def test_printed_output_continues_on_comment_lines(self):
        (st,), _ = statements("fmt::print(\"{}\", report);", "// rounds 3", "// companies 2")
        self.assertEqual(st.kind, "print")
        self.assertEqual([t for _, t in st.expected], ["rounds 3", "companies 2"])

    def test_string_literals_continue_on_comment_lines(self):
        (st,), _ = statements("t.render();", "// \"Round\\n\"", "// \"Seed\\n\"")
        self.assertEqual([t for _, t in st.expected], ['"Round\\n"', '"Seed\\n"'])

    def test_a_comment_inside_a_string_is_code(self):
        code, comment = doccheck.split_comment('f("http://x", 1\'000);   // 2')
        self.assertEqual((code, comment), ('f("http://x", 1\'000);', " 2"))

    def test_an_unterminated_statement_is_an_error(self):
        _, errors = statements("auto x = f(")
        self.assertEqual(errors, ["x.md:1: statement not terminated by ';' at the end of the example"])


class CommandOutput(unittest.TestCase):
    def test_dots_stand_for_any_lines(self):
        self.assertTrue(doccheck.matches(["a", "...", "d"], ["a", "b", "c", "d"]))
        self.assertTrue(doccheck.matches(["a", "...", "b"], ["a", "b"]))
        self.assertFalse(doccheck.matches(["a", "...", "d"], ["a", "b"]))

    def test_a_line_ending_in_dots_is_a_prefix(self):
        self.assertTrue(doccheck.matches(["fundline: error: no rate ..."], ["fundline: error: no rate on 2025"]))
        self.assertFalse(doccheck.matches(["fundline: error: no rate ..."], ["fundline: error: no file"]))

    def run_page(self, text):
        with tempfile.TemporaryDirectory() as root:
            with open(os.path.join(root, "page.md"), "w", encoding="utf-8") as f:
                f.write(text)
            err = io.StringIO()
            with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                status = doccheck.check_commands(root, "/bin/echo", [os.path.join(root, "page.md")])
            return status, err.getvalue()

    def test_a_page_that_shows_the_output_passes(self):
        self.assertEqual(self.run_page("```\n$ fundline total 490\ntotal 490\n```\n"), (0, ""))

    def test_a_drifted_page_fails_naming_page_line_and_both_outputs(self):
        status, err = self.run_page("text\n\n```\n$ fundline total 490\ntotal 491\n```\n")
        self.assertEqual(status, 1)
        self.assertIn("page.md:4: $ fundline total 490", err)
        self.assertIn("-total 491", err)
        self.assertIn("+total 490", err)

    def test_a_look_alike_space_is_pointed_out(self):
        status, err = self.run_page("```\n$ fundline 6\u00a0Md\n6 Md\n```\n")
        self.assertEqual(status, 1)
        self.assertIn("column 2 is U+00A0 in the output, U+0020 in the documentation", err)

    def test_only_fundline_commands_are_shown(self):
        status, err = self.run_page("```\n$ rm -rf /tmp/x\n```\n")
        self.assertEqual(status, 1)
        self.assertIn("only `$ fundline ...` commands can be shown", err)


class OutsideReferences(unittest.TestCase):
    def count(self, text):
        with tempfile.TemporaryDirectory() as root:
            with open(os.path.join(root, "page.md"), "w", encoding="utf-8") as f:
                f.write(text)
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()) as err:
                status = doccheck.check_references(root, ["page.md"])
            return status, err.getvalue()

    def test_a_sibling_folder_is_found_with_or_without_a_slash(self):
        sibling = ".." + "/" + "shared"
        for text in (sibling + "/bench/README.md", "(no " + sibling + " needed)"):
            status, err = self.count("x\n" + text + "\n")
            self.assertEqual(status, 1, text)
            self.assertIn("page.md:2:", err)

    def test_the_word_shared_alone_is_fine(self):
        self.assertEqual(self.count("shared helpers, shared_ptr, a shared cache\n")[0], 0)


if __name__ == "__main__":
    unittest.main()
