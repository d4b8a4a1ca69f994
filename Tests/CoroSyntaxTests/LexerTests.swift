import XCTest

@testable import CoroSyntax

final class LexerTests: XCTestCase {
  func kinds(_ source: String, file: StaticString = #filePath, line: UInt = #line) -> [TokenKind] {
    do {
      return try Lexer(source).tokenize().map(\.kind)
    } catch {
      XCTFail("unexpected \(error.message)", file: file, line: line)
      return []
    }
  }

  func lexError(_ source: String) -> SyntaxError? {
    do {
      _ = try Lexer(source).tokenize()
      return nil
    } catch {
      return error
    }
  }

  func value(_ literal: String) -> Constant? {
    guard case .number(let value) = kinds(literal).first else { return nil }
    return value
  }

  func span(_ l1: Int, _ c1: Int, _ l2: Int, _ c2: Int) -> SourceSpan {
    SourceSpan(
      start: SourceLocation(line: l1, column: c1), end: SourceLocation(line: l2, column: c2))
  }

  // MARK: - Basics

  func testSimpleLineTokensAndSpans() throws {
    let tokens = try Lexer("x = foo(1)\n").tokenize()
    XCTAssertEqual(
      tokens.map(\.kind),
      [
        .name("x"), .op(.equal), .name("foo"), .op(.leftParen), .number(.int(1)),
        .op(.rightParen), .newline, .endOfFile,
      ])
    XCTAssertEqual(tokens[0].span, span(1, 0, 1, 1))
    XCTAssertEqual(tokens[2].span, span(1, 4, 1, 7))
    XCTAssertEqual(tokens[4].span, span(1, 8, 1, 9))
    XCTAssertEqual(tokens[6].span, span(1, 10, 1, 10), "NEWLINE is zero-width at the newline")
    XCTAssertEqual(tokens[3].depth, 1)
    XCTAssertEqual(tokens[5].depth, 0)
  }

  func testFinalNewlineIsAddedAndCRLFNormalized() {
    XCTAssertEqual(kinds("x"), [.name("x"), .newline, .endOfFile])
    XCTAssertEqual(
      kinds("x\r\ny\rz"),
      [
        .name("x"), .newline, .name("y"), .newline, .name("z"), .newline, .endOfFile,
      ])
  }

  func testNullCharacterIsRejected() {
    let error = lexError("x = 1\ny = \u{0}\n")
    XCTAssertEqual(error?.message, "source code string cannot contain null bytes")
    XCTAssertEqual(error?.location, SourceLocation(line: 2, column: 4))
  }

  func testLeadingByteOrderMarkIsDropped() throws {
    let tokens = try Lexer("\u{FEFF}x = 1").tokenize()
    XCTAssertEqual(tokens[0].kind, .name("x"))
    XCTAssertEqual(tokens[0].span.start, SourceLocation(line: 1, column: 0))
  }

  func testKeywordsAndSoftKeywords() {
    XCTAssertEqual(
      kinds("async await match case _ type None True False lambda"),
      [
        .keyword(.async), .keyword(.await), .name("match"), .name("case"), .name("_"),
        .name("type"), .keyword(.none), .keyword(.true), .keyword(.false), .keyword(.lambda),
        .newline, .endOfFile,
      ])
    for word in ReservedWord.allCases {
      XCTAssertEqual(kinds(word.rawValue).first, .keyword(word))
    }
  }

  func testEveryOperator() {
    let brackets: Set<Punctuator> = [
      .leftParen, .rightParen, .leftBracket, .rightBracket, .leftBrace, .rightBrace,
    ]
    for punctuator in Punctuator.allCases
    where punctuator != .lessGreater && !brackets.contains(punctuator) {
      XCTAssertEqual(
        kinds("a \(punctuator.rawValue) b").dropFirst().first, .op(punctuator),
        punctuator.rawValue)
    }
    XCTAssertEqual(kinds("a <> b")[1], .op(.lessGreater))
    XCTAssertEqual(kinds("a->b")[1], .op(.arrow))
    XCTAssertEqual(kinds("x**=2")[1], .op(.doubleStarEqual))
    XCTAssertEqual(kinds("a...b")[1], .op(.ellipsis))
    XCTAssertEqual(kinds("a..b")[1], .op(.dot))
    XCTAssertEqual(kinds("$")[0], .unknown("$"))
    XCTAssertEqual(kinds("a ! b")[1], .unknown("!"))
  }

  func testUnicodeIdentifiersAreNormalized() {
    XCTAssertEqual(kinds("ﬁ π 名前").prefix(3), [.name("fi"), .name("π"), .name("名前")])
    XCTAssertEqual(lexError("a☃b")?.message, "invalid character '☃' (U+2603)")
    XCTAssertEqual(lexError("a☃b")?.location, SourceLocation(line: 1, column: 1))
    XCTAssertEqual(lexError("x = \u{1}")?.message, "invalid non-printable character U+0001")
    XCTAssertEqual(lexError("x = \u{A0}")?.message, "invalid non-printable character U+00A0")
  }

  // MARK: - Lines and indentation

  func testBlankLinesAndCommentsMakeNoNewline() {
    XCTAssertEqual(
      kinds("\n# comment\n   \nx  # trailing\n\n"),
      [.name("x"), .newline, .endOfFile])
  }

  func testNewlineAfterCommentStartsAtTheComment() throws {
    let tokens = try Lexer("x  # c\n").tokenize()
    XCTAssertEqual(tokens[1].kind, .newline)
    XCTAssertEqual(tokens[1].span, span(1, 3, 1, 6))
  }

  func testImplicitJoiningInsideBrackets() {
    XCTAssertEqual(
      kinds("f(a,\n  b\n\n  # c\n)\n"),
      [
        .name("f"), .op(.leftParen), .name("a"), .op(.comma), .name("b"), .op(.rightParen),
        .newline, .endOfFile,
      ])
  }

  func testBackslashContinuation() {
    XCTAssertEqual(
      kinds("x = 1 + \\\n    2\n"),
      [
        .name("x"), .op(.equal), .number(.int(1)), .op(.plus), .number(.int(2)), .newline,
        .endOfFile,
      ])
    XCTAssertEqual(
      lexError("x = 1 \\ 2")?.message, "unexpected character after line continuation character")
    let eof = lexError("x = \\\n")
    XCTAssertEqual(eof?.message, "unexpected EOF while parsing")
    XCTAssertEqual(eof?.isUnexpectedEOF, true)
  }

  func testIndentAndDedent() {
    XCTAssertEqual(
      kinds("if x:\n    y\n    if z:\n        w\nv\n"),
      [
        .keyword(.if), .name("x"), .op(.colon), .newline, .indent, .name("y"), .newline,
        .keyword(.if), .name("z"), .op(.colon), .newline, .indent, .name("w"), .newline,
        .dedent, .dedent, .name("v"), .newline, .endOfFile,
      ])
  }

  func testDedentsAtEndOfInput() {
    let tokens = kinds("if x:\n  if y:\n    z")
    XCTAssertEqual(tokens.suffix(4), [.newline, .dedent, .dedent, .endOfFile])
  }

  func testTabsCountToMultiplesOfEight() {
    // A tab and eight spaces are the same indentation only when both
    // readings agree: here the second line is inconsistent.
    XCTAssertNotNil(lexError("if x:\n\ty\n        z\n"))
    XCTAssertEqual(
      lexError("if x:\n        pass\n\tpass\n")?.kind, .tabError)
    XCTAssertEqual(
      lexError("if x:\n        pass\n\tpass\n")?.message,
      "inconsistent use of tabs and spaces in indentation")
    // Consistent tabs are fine.
    XCTAssertEqual(kinds("if x:\n\ty\n\tz\n").filter { $0 == .indent }.count, 1)
  }

  func testFormFeedResetsIndentation() {
    XCTAssertEqual(kinds("x\n\u{0C}y\n"), [.name("x"), .newline, .name("y"), .newline, .endOfFile])
  }

  func testUnindentMismatch() {
    let error = lexError("if x:\n    y\n  z\n")
    XCTAssertEqual(error?.kind, .indentationError)
    XCTAssertEqual(error?.message, "unindent does not match any outer indentation level")
    XCTAssertEqual(error?.location, SourceLocation(line: 3, column: 3))
  }

  func testTooManyIndentationLevels() {
    var source = ""
    for level in 0..<100 { source += String(repeating: " ", count: level) + "if x:\n" }
    source += String(repeating: " ", count: 100) + "pass\n"
    XCTAssertEqual(lexError(source)?.message, "too many levels of indentation")
    var fewer = ""
    for level in 0..<99 { fewer += String(repeating: " ", count: level) + "if x:\n" }
    fewer += String(repeating: " ", count: 99) + "pass\n"
    XCTAssertNil(lexError(fewer))
  }

  // MARK: - Brackets

  func testBracketErrors() {
    XCTAssertEqual(lexError("x)")?.message, "unmatched ')'")
    XCTAssertEqual(
      lexError("(1]")?.message, "closing parenthesis ']' does not match opening parenthesis '('")
    XCTAssertEqual(
      lexError("(1,\n2]")?.message,
      "closing parenthesis ']' does not match opening parenthesis '(' on line 1")
    let open = lexError("x = [1,\n")
    XCTAssertEqual(open?.message, "'[' was never closed")
    XCTAssertEqual(open?.location, SourceLocation(line: 1, column: 4))
    XCTAssertEqual(open?.isUnexpectedEOF, true)
    XCTAssertEqual(
      lexError(String(repeating: "(", count: 201))?.message, "too many nested parentheses")
    XCTAssertNil(lexError(String(repeating: "(", count: 200) + String(repeating: ")", count: 200)))
  }

  // MARK: - Numbers

  func testIntegerForms() {
    XCTAssertEqual(value("0"), .int(0))
    XCTAssertEqual(value("00"), .int(0))
    XCTAssertEqual(value("1_000_000"), .int(1_000_000))
    XCTAssertEqual(value("0x1F"), .int(31))
    XCTAssertEqual(value("0XfF"), .int(255))
    XCTAssertEqual(value("0x_1"), .int(1))
    XCTAssertEqual(value("0o17"), .int(15))
    XCTAssertEqual(value("0b101"), .int(5))
    XCTAssertEqual(value("0B_1_1"), .int(3))
    XCTAssertEqual(value("9223372036854775807"), .int(Int.max))
  }

  func testBigIntegers() {
    XCTAssertEqual(
      value("9223372036854775808"), .bigInt(digits: "9223372036854775808", radix: 10))
    XCTAssertEqual(
      value("0x_0000_FFFF_FFFF_FFFF_FFFF_FFFF"),
      .bigInt(digits: "FFFFFFFFFFFFFFFFFFFF", radix: 16))
    XCTAssertEqual(
      value("1_267_650_600_228_229_401_496_703_205_376"),
      .bigInt(digits: "1267650600228229401496703205376", radix: 10))
  }

  func testFloatsAndImaginaries() {
    XCTAssertEqual(value("1.5"), .float(1.5))
    XCTAssertEqual(value(".5"), .float(0.5))
    XCTAssertEqual(value("5."), .float(5))
    XCTAssertEqual(value("1e-3"), .float(0.001))
    XCTAssertEqual(value("1E3"), .float(1000))
    XCTAssertEqual(value("1_0.5e1_0"), .float(10.5e10))
    XCTAssertEqual(value("09.5"), .float(9.5))
    XCTAssertEqual(value("1e400"), .float(.infinity))
    XCTAssertEqual(value("2j"), .imaginary(2))
    XCTAssertEqual(value("2.5J"), .imaginary(2.5))
    XCTAssertEqual(value("1e3j"), .imaginary(1000))
    XCTAssertEqual(value("09j"), .imaginary(9))
  }

  func testNumbersBeforeKeywords() {
    XCTAssertEqual(kinds("1if x else 2").prefix(3), [.number(.int(1)), .keyword(.if), .name("x")])
    XCTAssertEqual(kinds("1else").prefix(2), [.number(.int(1)), .keyword(.else)])
    XCTAssertEqual(kinds("0b1for").prefix(2), [.number(.int(1)), .keyword(.for)])
    // Hex digits come first: this is 0x1f followed by `or`.
    XCTAssertEqual(kinds("0x1for").prefix(2), [.number(.int(31)), .keyword(.or)])
    XCTAssertEqual(
      kinds("([{}])"),
      [
        .op(.leftParen), .op(.leftBracket), .op(.leftBrace), .op(.rightBrace), .op(.rightBracket),
        .op(.rightParen), .newline, .endOfFile,
      ])
  }

  func testNumberErrors() {
    let cases: [(String, String, Int)] = [
      ("x = 1a", "invalid decimal literal", 4),
      ("x = 1_", "invalid decimal literal", 5),
      ("x = 1__0", "invalid decimal literal", 5),
      ("x = 1e", "invalid decimal literal", 4),
      ("x = 1e+", "invalid decimal literal", 6),
      ("x = 1.5_", "invalid decimal literal", 7),
      ("x = 0x", "invalid hexadecimal literal", 5),
      ("x = 0xg", "invalid hexadecimal literal", 5),
      ("x = 0o", "invalid octal literal", 5),
      ("x = 0o8", "invalid digit '8' in octal literal", 6),
      ("x = 0b2", "invalid digit '2' in binary literal", 6),
      ("x = 0b1_", "invalid binary literal", 7),
      ("x = 1jx", "invalid imaginary literal", 5),
      (
        "x = 0777",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
        4
      ),
    ]
    for (source, message, column) in cases {
      let error = lexError(source)
      XCTAssertEqual(error?.message, message, source)
      XCTAssertEqual(error?.location.column, column, source)
    }
    XCTAssertEqual(lexError("x = 0777")?.endLocation.column, 5)
  }

  // MARK: - Strings

  func literal(_ source: String) -> StringLiteral? {
    guard case .string(let literal) = kinds(source).first else { return nil }
    return literal
  }

  func testStringPrefixes() {
    for prefix in [
      "", "r", "u", "b", "f", "br", "rb", "fr", "rf", "R", "U", "B", "F", "Br", "bR",
      "RB", "Fr", "fR", "RF",
    ] {
      guard let literal = literal(prefix + "'x'") else {
        XCTFail("no string for prefix \(prefix)")
        continue
      }
      let lower = prefix.lowercased()
      XCTAssertEqual(literal.isRaw, lower.contains("r"), prefix)
      XCTAssertEqual(literal.isBytes, lower.contains("b"), prefix)
      XCTAssertEqual(literal.isFormatted, lower.contains("f"), prefix)
      XCTAssertEqual(literal.body, "x")
    }
    // Not prefixes: a name followed by a string.
    XCTAssertEqual(kinds("ub'x'").first, .name("ub"))
    XCTAssertEqual(kinds("bf'x'").first, .name("bf"))
  }

  func testQuotesAndBodies() throws {
    XCTAssertEqual(literal("''")?.body, "")
    XCTAssertEqual(literal("''''''")?.body, "")
    XCTAssertEqual(literal("'''a'b''c'''")?.body, "a'b''c")
    XCTAssertEqual(literal("\"a\\\"b\"")?.body, "a\\\"b")
    XCTAssertEqual(literal("'a\\\nb'")?.body, "a\\\nb")
    let tokens = try Lexer("x = '''one\ntwo''' + 1\n").tokenize()
    XCTAssertEqual(tokens[2].span, span(1, 4, 2, 6))
    guard case .string(let multi) = tokens[2].kind else { return XCTFail("no string") }
    XCTAssertTrue(multi.isTriple)
    XCTAssertEqual(multi.body, "one\ntwo")
    XCTAssertEqual(multi.bodyStart, SourceLocation(line: 1, column: 7))
    XCTAssertEqual(tokens[3].kind, .op(.plus))
  }

  func testFStringIsOneToken() {
    XCTAssertEqual(kinds("f'{a}{\"b\"}'").count, 3)
    XCTAssertEqual(literal("f'{x!r:>{w}}'")?.body, "{x!r:>{w}}")
    XCTAssertEqual(literal("rf\"{x}\\n\"")?.isRaw, true)
  }

  func testUnterminatedStrings() {
    let single = lexError("x = 'abc\ny = 1\n")
    XCTAssertEqual(single?.message, "unterminated string literal (detected at line 1)")
    XCTAssertEqual(single?.location, SourceLocation(line: 1, column: 4))
    XCTAssertEqual(single?.isUnexpectedEOF, false)
    let triple = lexError("x = '''abc\ny = 1\n")
    XCTAssertEqual(
      triple?.message, "unterminated triple-quoted string literal (detected at line 2)")
    XCTAssertEqual(triple?.location, SourceLocation(line: 1, column: 4))
    XCTAssertEqual(triple?.isUnexpectedEOF, true)
    XCTAssertEqual(
      lexError("rb'abc")?.message, "unterminated string literal (detected at line 1)")
  }

  func testEscapeDecoding() throws {
    func decode(_ body: String, raw: Bool = false) throws -> String {
      try StringDecoder.decodeString(ArraySlice(Array(body.unicodeScalars)), isRaw: raw)
    }
    XCTAssertEqual(try decode(#"\n\t\\\'\"\a\b\f\v\r"#), "\n\t\\'\"\u{7}\u{8}\u{C}\u{B}\r")
    XCTAssertEqual(try decode(#"\0\7\101\1011\x41\u00e9\U0001F600"#), "\0\u{7}AA1Aé😀")
    XCTAssertEqual(try decode(#"\777"#), "\u{1FF}")
    XCTAssertEqual(try decode(#"\q\d \8"#), #"\q\d \8"#, "invalid escapes stay")
    XCTAssertEqual(
      try decode(#"a\(newline)b"#.replacingOccurrences(of: "(newline)", with: "\n")), "ab")
    XCTAssertEqual(try decode(#"\N{BULLET}\N{latin small letter a}\N{NBSP}"#), "•a\u{A0}")
    XCTAssertEqual(try decode(#"\n\t"#, raw: true), #"\n\t"#)
    XCTAssertEqual(try decode(#"\é"#), #"\é"#)
    XCTAssertThrowsError(try decode(#"\x4"#)) { error in
      XCTAssertEqual(
        (error as? StringDecoder.Failure)?.message,
        "(unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: truncated \\xXX escape"
      )
    }
    XCTAssertThrowsError(try decode(#"\N{no such name}"#))
    XCTAssertThrowsError(try decode(#"\U00110000"#))
  }

  func testBytesDecoding() throws {
    func decode(_ body: String, raw: Bool = false) throws -> [UInt8] {
      try StringDecoder.decodeBytes(ArraySlice(Array(body.unicodeScalars)), isRaw: raw)
    }
    XCTAssertEqual(try decode(#"a\x00\xff\n\777\q"#), [0x61, 0, 0xFF, 0x0A, 0xFF, 0x5C, 0x71])
    XCTAssertEqual(try decode(#"\u1234"#), Array(#"\u1234"#.utf8))
    XCTAssertEqual(try decode(#"\x"#, raw: true), [0x5C, 0x78])
    XCTAssertThrowsError(try decode(#"ab\x4"#)) { error in
      XCTAssertEqual(
        (error as? StringDecoder.Failure)?.message, "(value error) invalid \\x escape at position 2"
      )
    }
  }
}
