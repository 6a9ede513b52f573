#!/usr/bin/env python3
"""Checks that the documentation says what the library and the tool do.

The conventions it enforces are written down in docs/examples.md. Three jobs:

  doccheck.py cpp OUT.cpp ROOT FILE...
      Extract the C++ examples of FILEs (public headers: the example that ends
      the overview comment; Markdown: every ```cpp block) into one C++ source
      whose main() runs them all and compares every result written as a
      comment with the value the library computes. #line directives point
      compiler errors and failed checks back at the documentation.

  doccheck.py commands ROOT FUNDLINE FILE...
      Run every `$ fundline ...` line shown in the fenced blocks of FILEs,
      from a scratch directory that sees the repository's top-level
      directories, and compare its output (stdout and stderr) with the lines
      shown under it.

  doccheck.py references ROOT PATH...
      Fail if any file under PATHs names something outside the repository.
"""

import difflib
import os
import re
import shlex
import subprocess
import sys
import tempfile

# --------------------------------------------------------------------------
# Extraction of C++ examples


class Block:
    def __init__(self, source, lines):
        self.source = source  # path relative to the repository root
        self.lines = lines    # [(line number, code text)]
        self.continues = None


def header_example(path, rel):
    """The example of a public header: the run of lines indented by three
    spaces ("//   ") directly above `#pragma once`."""
    with open(path, encoding="utf-8") as f:
        text = f.read().split("\n")
    try:
        pragma = next(i for i, line in enumerate(text) if line.startswith("#pragma once"))
    except StopIteration:
        return None
    lines = []
    i = pragma - 1
    while i >= 0 and text[i].startswith("//   "):
        lines.append((i + 1, text[i][5:]))
        i -= 1
    if not lines:
        return None
    lines.reverse()
    return Block(rel, lines)


def markdown_blocks(path, rel, language):
    """Fenced blocks of one language (```cpp), or, with language None, the
    fenced blocks without a language or marked `console`."""
    blocks = []
    with open(path, encoding="utf-8") as f:
        text = f.read().split("\n")
    inside = None
    for number, line in enumerate(text, 1):
        stripped = line.strip()
        if inside is None:
            if stripped.startswith("```"):
                tag = stripped[3:].strip()
                wanted = (tag == language) if language else tag in ("", "console")
                inside = [] if wanted else False
        elif stripped.startswith("```"):
            if inside is not False:
                blocks.append(Block(rel, inside))
            inside = None
        elif inside is not False:
            inside.append((number, line))
    return blocks


def split_comment(line):
    """(code, comment) with the first // outside string and character literals."""
    i, n = 0, len(line)
    while i < n:
        c = line[i]
        if c == "R" and line.startswith('R"', i) and (i == 0 or not (line[i - 1].isalnum() or line[i - 1] == "_")):
            open_paren = line.find("(", i + 2)
            delim = line[i + 2:open_paren]
            close = line.find(")" + delim + '"', open_paren)
            i = n if close < 0 else close + len(delim) + 2
            continue
        if c == '"':
            i += 1
            while i < n and line[i] != '"':
                i += 2 if line[i] == "\\" else 1
            i += 1
            continue
        if c == "'" and not (i > 0 and line[i - 1].isalnum()):  # not a digit separator
            i += 1
            while i < n and line[i] != "'":
                i += 2 if line[i] == "\\" else 1
            i += 1
            continue
        if line.startswith("//", i):
            return line[:i].rstrip(), line[i + 2:]
        i += 1
    return line.rstrip(), None


def depth_change(code):
    """Bracket depth change of a line of code, ignoring literals."""
    stripped = re.sub(r'R"\((.*?)\)"', '""', code)
    stripped = re.sub(r'"(\\.|[^"\\])*"', '""', stripped)
    stripped = re.sub(r"(?<![0-9A-Za-z])'(\\.|[^'\\])*'", "''", stripped)
    return sum(stripped.count(c) for c in "([{") - sum(stripped.count(c) for c in ")]}")


DECLARATION = re.compile(
    r"^(?:(?:const|static|constexpr|inline)\s+)*"
    r"(?:auto\s*[&*]*\s*\[|[A-Za-z_][\w:]*(?:<.*>)?(?:\s*[&*]+\s*|\s+)[A-Za-z_]\w*\s*(?:[=({;\[]|$))")
NOT_EXPRESSIONS = ("using ", "for ", "for(", "if ", "if(", "while ", "return ", "try ", "try{", "namespace ",
                   "static_assert", "{", "}")
THROWS = re.compile(r"^throws\s+([A-Za-z_]\w*(?:::[A-Za-z_]\w*)*)\s*:?\s*(.*)$")
CONTINUES = re.compile(r"^continues the example of (\S+?)[:,.]?(?:\s|$)")


def is_declaration(code):
    first = code.split(None, 1)[0] if code.split() else ""
    if first in ("return", "throw", "delete", "case", "else", "co_return"):
        return False
    return bool(DECLARATION.match(code))


def cxx_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def unquote(text):
    """A message written as a C++ string literal ("...") or as plain text."""
    text = text.strip()
    if len(text) >= 2 and text[0] == '"' and (text.endswith('"') or text.endswith('"...')):
        tail = "..." if text.endswith('"...') else ""
        body = text[1:len(text) - 1 - len(tail)]
        out, i = [], 0
        while i < len(body):
            if body[i] == "\\" and i + 1 < len(body):
                out.append({"n": "\n", "t": "\t"}.get(body[i + 1], body[i + 1]))
                i += 2
            else:
                out.append(body[i])
                i += 1
        return "".join(out) + tail
    return text


class Statement:
    def __init__(self):
        self.lines = []       # [(number, code)]
        self.kind = None      # "declaration", "expression", "print", "other"
        self.expected = None  # [(number, text)] for value and print checks
        self.throws = None    # exception type
        self.message = None   # (number, text) expected what()
        self.quoted = False   # the expected value is a string literal, maybe continued

    @property
    def code(self):
        return "\n".join(code for _, code in self.lines)

    @property
    def first(self):
        return self.lines[0][0]

    @property
    def last(self):
        return self.lines[-1][0]


def parse_block(block, errors):
    """Statements of a block, each with the result its comments promise."""
    statements, current, depth = [], None, 0
    awaiting = None  # a statement whose result may be on the next comment line
    for number, line in block.lines:
        if line.strip().startswith("#include"):
            continue  # hoisted to the top of the generated source
        code, comment = split_comment(line)
        if not code.strip():
            if comment is None:
                awaiting = None
                continue
            text = comment.strip()
            m = CONTINUES.match(text)
            if m and current is None:
                block.continues = m.group(1)
                continue
            if awaiting is not None:
                st = awaiting
                if st.throws is not None and st.message is None:
                    st.message = (number, unquote(text))
                    awaiting = None
                elif st.kind == "print":
                    st.expected.append((number, comment[1:] if comment.startswith(" ") else comment))
                elif st.kind == "expression" and st.expected is not None and st.quoted and text.startswith('"'):
                    st.expected.append((number, text))  # "one" "string" continued
                elif st.kind == "expression" and st.expected is None:
                    m = THROWS.match(text)
                    if m:
                        st.throws = m.group(1)
                        if m.group(2):
                            st.message = (number, unquote(m.group(2)))
                            awaiting = None
                    else:
                        st.expected = [(number, text)]
                        st.quoted = text.startswith('"') and text.endswith('"')
                        awaiting = st if st.quoted else None
                else:
                    awaiting = None
            continue
        if current is None:
            current = Statement()
        current.lines.append((number, code))
        depth += depth_change(code)
        stripped = code.strip()
        if depth > 0 or not (stripped.endswith(";") or stripped.endswith("}")):
            continue
        st, current, depth = current, None, 0
        head = st.code.strip()
        if head.startswith(NOT_EXPRESSIONS) or not head.endswith(";"):
            st.kind = "other"
        elif is_declaration(head):
            st.kind = "declaration"
        elif head.startswith("fmt::print("):
            st.kind = "print"
        else:
            st.kind = "expression"
        statements.append(st)
        awaiting = None
        if st.kind == "print":
            st.expected = []
            if comment is not None and comment.strip():
                st.expected.append((number, comment[1:] if comment.startswith(" ") else comment))
            awaiting = st
        elif st.kind == "expression":
            text = comment.strip() if comment is not None else ""
            m = THROWS.match(text)
            if m:
                st.throws = m.group(1)
                if m.group(2):
                    st.message = (number, unquote(m.group(2)))
                else:
                    awaiting = st
            elif text:
                st.expected = [(number, text)]
                st.quoted = text.startswith('"') and text.endswith('"')
                awaiting = st if st.quoted else None
            else:
                awaiting = st
    if current is not None:
        errors.append(f"{block.source}:{current.first}: statement not terminated by ';' at the end of the example")
    return statements


def emit_statement(st, source, check, out):
    code = st.code.strip()
    assert code.endswith(";") or st.kind == "other"
    observed = st.throws is not None or (st.expected is not None and st.kind in ("expression", "print"))
    if not check and observed:
        return  # the example being continued checks its own results
    out.append(f'#line {st.first} "{source}"')
    if st.kind == "expression" and st.throws is not None:
        exception = st.throws if "::" in st.throws else "fundline::" + st.throws
        message = st.message[1] if st.message else ""
        line = st.message[0] if st.message else st.last
        body = code[:-1]
        if check:
            out.append(f'fundline_doc::expect_throw<{exception}>([&] {{ (void)({body}); }},')
            out.append(f'#line {line} "{source}"')
            out.append(f'    {cxx_string(message)}, "{source}", {line});')
        else:
            out.append(f"try {{ (void)({body}); }} catch (const {exception}&) {{}}")
    elif st.kind == "expression" and st.expected is not None and check:
        line = st.expected[0][0]
        expected = st.expected[0][1].strip()
        if len(st.expected) > 1:  # adjacent string literals, one a line
            expected = '"' + "".join(text.strip()[1:-1] for _, text in st.expected) + '"'
        out.append(f"fundline_doc::expect_value([&] {{ return {code[:-1]}; }},")
        out.append(f'#line {line} "{source}"')
        out.append(f'    {cxx_string(expected)}, "{source}", {line});')
    elif st.kind == "print" and check:
        line = st.expected[0][0] if st.expected else st.last
        expected = "\n".join(text for _, text in st.expected)
        out.append(f"fundline_doc::expect_output(fmt::format({code[len('fmt::print('):-2]}),")
        out.append(f'#line {line} "{source}"')
        out.append(f'    {cxx_string(expected)}, "{source}", {line});')
    elif st.kind in ("expression", "print"):
        out.append(f'fundline_doc::at("{source}", {st.first});')
        out.append(f'#line {st.first} "{source}"')
        out.extend(c for _, c in st.lines)
    else:
        out.append(f'fundline_doc::at("{source}", {st.first});')
        out.append(f'#line {st.first} "{source}"')
        out.extend(c for _, c in st.lines)


def generate(out_path, root, files):
    errors, blocks = [], []
    by_header = {}
    for path in files:
        rel = os.path.relpath(os.path.abspath(path), root)
        if path.endswith(".hpp"):
            block = header_example(path, rel)
            if block is None:
                errors.append(f"{rel}:1: the overview comment ends with no example "
                              "(lines starting with '//   ' just above #pragma once)")
                continue
            blocks.append(block)
            by_header[rel.split("include/", 1)[-1]] = block
        else:
            blocks.extend(markdown_blocks(path, rel, "cpp"))
    parsed = {id(b): parse_block(b, errors) for b in blocks}

    includes = {f"#include <{rel.split('include/', 1)[-1]}>" for rel in
                (os.path.relpath(os.path.abspath(p), root) for p in files if p.endswith(".hpp"))}
    body, names, checks = [], [], 0
    for index, block in enumerate(blocks):
        for number, line in block.lines:
            if line.strip().startswith("#include"):
                includes.add(line.strip())
        name = f"example_{index}"
        names.append((name, block.source, block.lines[0][0]))
        body.append(f"void {name}() {{")
        chain, seen = [], {id(block)}
        prior = block
        while prior.continues:
            target = by_header.get(prior.continues)
            if target is None or id(target) in seen:
                errors.append(f"{prior.source}: 'continues the example of {prior.continues}': no such header example")
                break
            seen.add(id(target))
            chain.append(target)
            prior = target
        for earlier in reversed(chain):
            for st in parsed[id(earlier)]:
                emit_statement(st, earlier.source, False, body)
        if chain:
            body.append("{  // the example's own names may hide those of the one it continues")
        for st in parsed[id(block)]:
            emit_statement(st, block.source, True, body)
            checks += st.kind in ("expression", "print") and (st.expected is not None or st.throws is not None)
        body.append("}}" if chain else "}")
    if errors:
        for e in errors:
            print(f"doccheck: {e}", file=sys.stderr)
        return 1
    out = ["// Generated by tests/docs/doccheck.py from the documentation; edit the documentation instead.",
           "#include <fundline/fundline.hpp>"]
    out += sorted(includes)
    out.append('#include "doc_check.hpp"')
    out.append("namespace {")
    out += body
    out.append("}  // namespace")
    out.append("int main() {")
    for name, source, line in names:
        out.append(f'  fundline_doc::run({name}, "{source}", {line});')
    out.append(f"  return fundline_doc::finish({len(names)}, {checks});")
    out.append("}")
    text = "\n".join(out) + "\n"
    try:
        with open(out_path, encoding="utf-8") as f:
            if f.read() == text:
                return 0
    except OSError:
        pass
    with open(out_path, "w", encoding="utf-8") as f:
        f.write(text)
    return 0


# --------------------------------------------------------------------------
# Commands and their output


def matches(expected, actual):
    """Lines match exactly (trailing spaces ignored); a line '...' stands for
    any number of lines, a line ending in '...' for any line it begins."""
    memo = {}

    def go(i, j):
        if (i, j) in memo:
            return memo[(i, j)]
        if i == len(expected):
            result = j == len(actual)
        elif expected[i] == "...":
            result = any(go(i + 1, k) for k in range(j, len(actual) + 1))
        elif j == len(actual):
            result = False
        elif expected[i].endswith("..."):
            result = actual[j].startswith(expected[i][:-3]) and go(i + 1, j + 1)
        else:
            result = expected[i] == actual[j] and go(i + 1, j + 1)
        memo[(i, j)] = result
        return result

    return go(0, 0)


def look_alike(expected, actual):
    """A note for lines that print alike but differ (U+00A0 for a space)."""
    plain = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2019": "'"})
    notes = []
    for e in expected:
        if e.endswith("..."):
            e = e[:-3]
        for a in actual:
            a = a[:len(e)] if len(a) > len(e) and len(expected) else a
            if e != a and e.translate(plain) == a.translate(plain):
                i = next(k for k in range(len(e)) if e[k] != a[k])
                notes.append(f"\n  look-alike line: column {i + 1} is U+{ord(a[i]):04X} in the output, "
                             f"U+{ord(e[i]):04X} in the documentation: {a}")
                break
    return "".join(notes)


def scratch_directory(root):
    """A temporary directory whose entries link to the repository's top-level
    directories: commands read shipped files and write their output here."""
    scratch = tempfile.mkdtemp(prefix="fundline-docs-")
    for entry in os.listdir(root):
        if not entry.startswith(".") and os.path.isdir(os.path.join(root, entry)) and not entry.startswith("build"):
            os.symlink(os.path.join(root, entry), os.path.join(scratch, entry))
    return scratch


def check_commands(root, fundline, files):
    fundline = os.path.abspath(fundline)
    failures, count = [], 0
    scratch = scratch_directory(root)
    env = dict(os.environ, LC_ALL="C.UTF-8", COLUMNS="100")
    for path in files:
        rel = os.path.relpath(os.path.abspath(path), root)
        for block in markdown_blocks(path, rel, None):
            commands = []
            for number, line in block.lines:
                if line.startswith("$ "):
                    commands.append((number, line[2:], []))
                elif commands:
                    commands[-1][2].append(line.rstrip())
            for number, command, expected in commands:
                while expected and not expected[-1]:
                    expected.pop()
                argv = shlex.split(command)
                if not argv or argv[0] != "fundline":
                    failures.append(f"{rel}:{number}: only `$ fundline ...` commands can be shown: {command}")
                    continue
                count += 1
                run = subprocess.run([fundline] + argv[1:], cwd=scratch, env=env, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=120)
                actual = [l.rstrip() for l in run.stdout.decode("utf-8", "replace").split("\n")]
                while actual and not actual[-1]:
                    actual.pop()
                shows_error = any(l.startswith("fundline: error:") for l in expected)
                problems = []
                if not matches(expected, actual):
                    diff = difflib.unified_diff(expected, actual, "documented", "actual", lineterm="", n=2)
                    problems.append("output differs:\n    " + "\n    ".join(diff) + look_alike(expected, actual))
                if shows_error and run.returncode == 0:
                    problems.append("the documentation shows an error, but the command exited 0")
                if not shows_error and run.returncode != 0:
                    problems.append(f"exit code {run.returncode}; a failing command must show its "
                                    "'fundline: error:' line")
                for p in problems:
                    failures.append(f"{rel}:{number}: $ {command}\n  {p}")
    for f in failures:
        print(f, file=sys.stderr)
    print(f"doccheck: {count} commands checked in {', '.join(os.path.relpath(f, root) for f in files)}, "
          f"{len(failures)} failures")
    subprocess.run(["rm", "-rf", scratch], check=False)
    return 1 if failures else 0


# --------------------------------------------------------------------------
# References to things outside the repository

# Built from pieces so that this file does not match itself.
OUTSIDE = re.compile(r"\b" + "DESI" + r"GN\b|(?<![\w-])" + "shared" + "/|[.][.]/" + "shared" + r"\b")


def check_references(root, paths):
    """PATH may be FILE#SECTION to skip the lines of one '## SECTION'."""
    found = []
    for top in paths:
        top, _, skipped = top.partition("#")
        base = os.path.join(root, top)
        walk = [(base, [], [os.path.basename(base)])] if os.path.isfile(base) else os.walk(base)
        for directory, _, names in walk:
            for name in names:
                path = directory if os.path.isfile(directory) else os.path.join(directory, name)
                try:
                    with open(path, encoding="utf-8") as f:
                        lines = f.read().split("\n")
                except (UnicodeDecodeError, OSError):
                    continue
                section = None
                for number, line in enumerate(lines, 1):
                    if line.startswith("## "):
                        section = line[3:].strip()
                    if skipped and section == skipped:
                        continue
                    if OUTSIDE.search(line):
                        found.append(f"{os.path.relpath(path, root)}:{number}: {line.strip()}")
    for f in found:
        print(f"refers to something outside the repository: {f}", file=sys.stderr)
    print(f"doccheck: {len(found)} references outside the repository in {', '.join(paths)}")
    return 1 if found else 0


def main(argv):
    if len(argv) >= 4 and argv[1] == "cpp":
        return generate(argv[2], argv[3], argv[4:])
    if len(argv) >= 5 and argv[1] == "commands":
        return check_commands(argv[2], argv[3], argv[4:])
    if len(argv) >= 4 and argv[1] == "references":
        return check_references(argv[2], argv[3:])
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
