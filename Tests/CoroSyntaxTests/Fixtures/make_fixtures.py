#!/usr/bin/env python3
"""Generates the CPython-comparison fixtures for CoroSyntax's tests.

Reads the snippet corpora ast_cases.txt and error_cases.txt (next to this
script) and writes what CPython 3.11 makes of them:

  ast_expected.json    one entry per snippet: its source and the canonical
                       dump of CPython's `ast` (the format of ASTDump.swift)
  error_expected.json  one entry per snippet: its source and the SyntaxError
                       CPython's parser raises (class, message, 0-based
                       columns in characters, whether more input could
                       complete it)
  prefix_expected.json for each program in prefix_programs.txt and each of
                       its prefixes (cut after every character): "ok" or
                       the error, in the form FixtureTests prints

Corpus format: a line "=== NAME" starts a snippet; the snippet is every line
up to the next such line, newlines included. "=== NAME [nonl]" drops the
snippet's final newline. Run with the python3 that is CPython 3.11:

    python3 Tests/CoroSyntaxTests/Fixtures/make_fixtures.py
"""

import ast
import json
import os
import struct
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
PYCF_ALLOW_INCOMPLETE_INPUT = 0x4000


def read_corpus(name):
    cases = []
    current = None
    with open(os.path.join(HERE, name), encoding="utf-8", newline="") as f:
        for line in f:
            if line.startswith("=== "):
                if current:
                    cases.append(current)
                header = line[4:].strip()
                nonl = header.endswith("[nonl]")
                if nonl:
                    header = header[: -len("[nonl]")].strip()
                current = {"name": header, "lines": [], "nonl": nonl}
            elif current is not None:
                current["lines"].append(line)
    if current:
        cases.append(current)
    result = []
    for case in cases:
        source = "".join(case["lines"])
        if case["nonl"] and source.endswith("\n"):
            source = source[:-1]
        result.append((case["name"], source))
    names = [name for name, _ in result]
    duplicates = {name for name in names if names.count(name) > 1}
    if duplicates:
        sys.exit(f"duplicate case names in {name}: {sorted(duplicates)}")
    return result


def quoted(text):
    out = ['"']
    for ch in text:
        code = ord(ch)
        if 0x20 <= code < 0x7F and ch not in '\\"':
            out.append(ch)
        else:
            out.append("\\u{%X}" % code)
    out.append('"')
    return "".join(out)


def float_bits(value):
    return "0x%x" % struct.unpack("<Q", struct.pack("<d", value))[0]


class Dumper:
    """Dumps CPython's AST in the canonical form, columns in characters."""

    def __init__(self, source):
        text = source.replace("\r\n", "\n").replace("\r", "\n")
        self.lines = [line.encode("utf-8") for line in text.split("\n")]

    def column(self, line, byte_offset):
        if 1 <= line <= len(self.lines):
            data = self.lines[line - 1]
            return len(data[:byte_offset].decode("utf-8", errors="replace"))
        return byte_offset

    def pos(self, node):
        start = self.column(node.lineno, node.col_offset)
        end = self.column(node.end_lineno, node.end_col_offset)
        return f"@{node.lineno}:{start}-{node.end_lineno}:{end}"

    def seq(self, items):
        return "[" + " ".join(items) + "]"

    def opt(self, node):
        return "-" if node is None else self.expr(node)

    def block(self, body):
        return self.seq([self.stmt(s) for s in body])

    def module(self, tree):
        return "(Module " + self.block(tree.body) + ")"

    def arg(self, node):
        if node is None:
            return "-"
        return f"(arg {node.arg} {self.opt(node.annotation)} {self.pos(node)})"

    def arguments(self, a):
        return (
            f"(args posonly={self.seq([self.arg(x) for x in a.posonlyargs])}"
            f" args={self.seq([self.arg(x) for x in a.args])}"
            f" defaults={self.seq([self.expr(x) for x in a.defaults])}"
            f" vararg={self.arg(a.vararg)}"
            f" kwonly={self.seq([self.arg(x) for x in a.kwonlyargs])}"
            f" kwdefaults={self.seq([self.opt(x) for x in a.kw_defaults])}"
            f" kwarg={self.arg(a.kwarg)})"
        )

    def keyword(self, k):
        return f"(kw {k.arg or '**'} {self.expr(k.value)} {self.pos(k)})"

    def alias(self, a):
        return f"(alias {a.name} {a.asname or '-'} {self.pos(a)})"

    def comprehensions(self, generators):
        items = []
        for g in generators:
            flag = " async" if g.is_async else ""
            items.append(
                f"(for{flag} {self.expr(g.target)} {self.expr(g.iter)}"
                f" {self.seq([self.expr(c) for c in g.ifs])})"
            )
        return self.seq(items)

    def parts(self, values):
        items = []
        for v in values:
            if isinstance(v, ast.Constant):
                items.append(f"(lit {quoted(v.value)})")
            elif isinstance(v, ast.FormattedValue):
                conv = "-" if v.conversion == -1 else chr(v.conversion)
                spec = "-" if v.format_spec is None else self.parts(v.format_spec.values)
                items.append(f"(fmt {self.expr(v.value)} {conv} {spec})")
            else:
                raise ValueError(f"unexpected f-string part {v!r}")
        return self.seq(items)

    def constant(self, value):
        if value is None:
            return "None"
        if value is True:
            return "True"
        if value is False:
            return "False"
        if value is Ellipsis:
            return "..."
        if isinstance(value, int):
            return f"int:{value}"
        if isinstance(value, float):
            return f"float:{float_bits(value)}"
        if isinstance(value, complex):
            return f"imag:{float_bits(value.imag)}"
        if isinstance(value, str):
            return f"str:{quoted(value)}"
        if isinstance(value, bytes):
            return "bytes:" + value.hex()
        raise ValueError(f"unexpected constant {value!r}")

    OPS = {
        ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/",
        ast.FloorDiv: "//", ast.Mod: "%", ast.Pow: "**", ast.LShift: "<<",
        ast.RShift: ">>", ast.BitAnd: "&", ast.BitOr: "|", ast.BitXor: "^",
        ast.USub: "-", ast.UAdd: "+", ast.Invert: "~", ast.Not: "not",
        ast.And: "and", ast.Or: "or", ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<",
        ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=", ast.Is: "is", ast.IsNot: "is_not",
        ast.In: "in", ast.NotIn: "not_in",
    }

    def op(self, node):
        return self.OPS[type(node)]

    def expr(self, e):
        p = self.pos(e)
        t = type(e).__name__
        if isinstance(e, ast.Name):
            return f"(Name {e.id} {p})"
        if isinstance(e, ast.Constant):
            return f"(Constant {self.constant(e.value)} {p})"
        if isinstance(e, ast.JoinedStr):
            return f"(JoinedStr {self.parts(e.values)} {p})"
        if isinstance(e, ast.UnaryOp):
            return f"(UnaryOp {self.op(e.op)} {self.expr(e.operand)} {p})"
        if isinstance(e, ast.BinOp):
            return f"(BinOp {self.expr(e.left)} {self.op(e.op)} {self.expr(e.right)} {p})"
        if isinstance(e, ast.BoolOp):
            return f"(BoolOp {self.op(e.op)} {self.seq([self.expr(v) for v in e.values])} {p})"
        if isinstance(e, ast.Compare):
            pairs = [f"{self.op(o)} {self.expr(c)}" for o, c in zip(e.ops, e.comparators)]
            return f"(Compare {self.expr(e.left)} {self.seq(pairs)} {p})"
        if isinstance(e, ast.IfExp):
            return f"(IfExp {self.expr(e.test)} {self.expr(e.body)} {self.expr(e.orelse)} {p})"
        if isinstance(e, ast.Lambda):
            return f"(Lambda {self.arguments(e.args)} {self.expr(e.body)} {p})"
        if isinstance(e, ast.Call):
            return (
                f"(Call {self.expr(e.func)} {self.seq([self.expr(a) for a in e.args])}"
                f" {self.seq([self.keyword(k) for k in e.keywords])} {p})"
            )
        if isinstance(e, ast.Attribute):
            return f"(Attribute {self.expr(e.value)} {e.attr} {p})"
        if isinstance(e, ast.Subscript):
            return f"(Subscript {self.expr(e.value)} {self.expr(e.slice)} {p})"
        if isinstance(e, ast.Slice):
            return f"(Slice {self.opt(e.lower)} {self.opt(e.upper)} {self.opt(e.step)} {p})"
        if isinstance(e, ast.Starred):
            return f"(Starred {self.expr(e.value)} {p})"
        if isinstance(e, (ast.List, ast.Tuple, ast.Set)):
            return f"({t} {self.seq([self.expr(x) for x in e.elts])} {p})"
        if isinstance(e, ast.Dict):
            entries = [
                f"({'**' if k is None else self.expr(k)} {self.expr(v)})"
                for k, v in zip(e.keys, e.values)
            ]
            return f"(Dict {self.seq(entries)} {p})"
        if isinstance(e, (ast.ListComp, ast.SetComp, ast.GeneratorExp)):
            return f"({t} {self.expr(e.elt)} {self.comprehensions(e.generators)} {p})"
        if isinstance(e, ast.DictComp):
            return (
                f"(DictComp {self.expr(e.key)} {self.expr(e.value)}"
                f" {self.comprehensions(e.generators)} {p})"
            )
        if isinstance(e, ast.Await):
            return f"(Await {self.expr(e.value)} {p})"
        if isinstance(e, ast.Yield):
            return f"(Yield {self.opt(e.value)} {p})"
        if isinstance(e, ast.YieldFrom):
            return f"(YieldFrom {self.expr(e.value)} {p})"
        if isinstance(e, ast.NamedExpr):
            return f"(NamedExpr {self.expr(e.target)} {self.expr(e.value)} {p})"
        raise ValueError(f"expression outside the subset: {t}")

    def stmt(self, s):
        p = self.pos(s)
        if isinstance(s, ast.Expr):
            return f"(Expr {self.expr(s.value)} {p})"
        if isinstance(s, ast.Assign):
            return f"(Assign {self.seq([self.expr(t) for t in s.targets])} {self.expr(s.value)} {p})"
        if isinstance(s, ast.AugAssign):
            return f"(AugAssign {self.expr(s.target)} {self.op(s.op)} {self.expr(s.value)} {p})"
        if isinstance(s, ast.AnnAssign):
            return (
                f"(AnnAssign {self.expr(s.target)} {self.expr(s.annotation)} {self.opt(s.value)}"
                f" simple={s.simple} {p})"
            )
        if isinstance(s, ast.If):
            return f"(If {self.expr(s.test)} {self.block(s.body)} {self.block(s.orelse)} {p})"
        if isinstance(s, ast.While):
            return f"(While {self.expr(s.test)} {self.block(s.body)} {self.block(s.orelse)} {p})"
        if isinstance(s, (ast.For, ast.AsyncFor)):
            flag = " async" if isinstance(s, ast.AsyncFor) else ""
            return (
                f"(For{flag} {self.expr(s.target)} {self.expr(s.iter)} {self.block(s.body)}"
                f" {self.block(s.orelse)} {p})"
            )
        if isinstance(s, (ast.With, ast.AsyncWith)):
            flag = " async" if isinstance(s, ast.AsyncWith) else ""
            items = [f"(item {self.expr(i.context_expr)} {self.opt(i.optional_vars)})" for i in s.items]
            return f"(With{flag} {self.seq(items)} {self.block(s.body)} {p})"
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef)):
            flag = " async" if isinstance(s, ast.AsyncFunctionDef) else ""
            return (
                f"(FunctionDef{flag} {s.name} {self.arguments(s.args)} {self.block(s.body)}"
                f" {self.seq([self.expr(d) for d in s.decorator_list])} {self.opt(s.returns)} {p})"
            )
        if isinstance(s, ast.ClassDef):
            return (
                f"(ClassDef {s.name} {self.seq([self.expr(b) for b in s.bases])}"
                f" {self.seq([self.keyword(k) for k in s.keywords])} {self.block(s.body)}"
                f" {self.seq([self.expr(d) for d in s.decorator_list])} {p})"
            )
        if isinstance(s, ast.Return):
            return f"(Return {self.opt(s.value)} {p})"
        if isinstance(s, ast.Delete):
            return f"(Delete {self.seq([self.expr(t) for t in s.targets])} {p})"
        if isinstance(s, ast.Pass):
            return f"(Pass {p})"
        if isinstance(s, ast.Break):
            return f"(Break {p})"
        if isinstance(s, ast.Continue):
            return f"(Continue {p})"
        if isinstance(s, ast.Global):
            return f"(Global {self.seq(s.names)} {p})"
        if isinstance(s, ast.Nonlocal):
            return f"(Nonlocal {self.seq(s.names)} {p})"
        if isinstance(s, (ast.Try, ast.TryStar)):
            flag = " star" if isinstance(s, ast.TryStar) else ""
            handlers = [
                f"(except {self.opt(h.type)} {h.name or '-'} {self.block(h.body)} {self.pos(h)})"
                for h in s.handlers
            ]
            return (
                f"(Try{flag} {self.block(s.body)} {self.seq(handlers)} {self.block(s.orelse)}"
                f" {self.block(s.finalbody)} {p})"
            )
        if isinstance(s, ast.Raise):
            return f"(Raise {self.opt(s.exc)} {self.opt(s.cause)} {p})"
        if isinstance(s, ast.Assert):
            return f"(Assert {self.expr(s.test)} {self.opt(s.msg)} {p})"
        if isinstance(s, ast.Import):
            return f"(Import {self.seq([self.alias(a) for a in s.names])} {p})"
        if isinstance(s, ast.ImportFrom):
            return (
                f"(ImportFrom {s.module or '-'} {self.seq([self.alias(a) for a in s.names])}"
                f" {s.level} {p})"
            )
        raise ValueError(f"statement outside the subset: {type(s).__name__}")


def error_entry(name, source):
    try:
        ast.parse(source, "<test>")
    except SyntaxError as e:
        error = e
    else:
        return None
    line = error.lineno or 1
    column = max(0, (error.offset or 1) - 1)
    end_line, end_column = line, column
    if error.end_lineno is not None and error.end_offset is not None and error.end_offset > 0:
        candidate = (error.end_lineno, error.end_offset - 1)
        if candidate > (line, column):
            end_line, end_column = candidate
    try:
        compile(source, "<test>", "exec", flags=ast.PyCF_ONLY_AST | PYCF_ALLOW_INCOMPLETE_INPUT)
        eof = False
    except SyntaxError as e:
        eof = e.msg == "incomplete input"
    return {
        "name": name,
        "source": source,
        "kind": type(error).__name__,
        "message": error.msg,
        "line": line,
        "column": column,
        "endLine": end_line,
        "endColumn": end_column,
        "eof": eof,
    }


def error_text(entry):
    return (
        f"{entry['kind']}: {entry['message']} at {entry['line']}:{entry['column']}"
        f"-{entry['endLine']}:{entry['endColumn']} eof={'true' if entry['eof'] else 'false'}"
    )


def prefix_fixture():
    programs = read_corpus("prefix_programs.txt")
    cases = []
    for number, (_, source) in enumerate(programs):
        for end in range(len(source) + 1):
            prefix = source[:end]
            entry = error_entry("prefix", prefix)
            cases.append([number, end, "ok" if entry is None else error_text(entry)])
    return {"programs": [{"name": n, "source": s} for n, s in programs], "cases": cases}


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("run this with CPython 3.11")
    ast_entries = []
    for name, source in read_corpus("ast_cases.txt"):
        try:
            tree = ast.parse(source, "<test>")
        except SyntaxError as e:
            sys.exit(f"ast case {name!r} does not parse: {e}")
        ast_entries.append({"name": name, "source": source, "dump": Dumper(source).module(tree)})
    error_entries = []
    for name, source in read_corpus("error_cases.txt"):
        entry = error_entry(name, source)
        if entry is None:
            print(f"error case {name!r} parses without error in CPython")
        else:
            error_entries.append(entry)
    if len(error_entries) != len(read_corpus("error_cases.txt")):
        sys.exit(1)
    prefixes = prefix_fixture()
    with open(os.path.join(HERE, "prefix_expected.json"), "w", encoding="utf-8") as f:
        json.dump(prefixes, f, ensure_ascii=False, separators=(",", ":"))
        f.write("\n")
    for filename, entries in [("ast_expected.json", ast_entries), ("error_expected.json", error_entries)]:
        with open(os.path.join(HERE, filename), "w", encoding="utf-8") as f:
            json.dump(entries, f, indent=1, ensure_ascii=False)
            f.write("\n")
    print(
        f"{len(ast_entries)} ast cases, {len(error_entries)} error cases,"
        f" {len(prefixes['cases'])} prefixes"
    )


if __name__ == "__main__":
    main()
