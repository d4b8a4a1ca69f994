// String literals: adjacent literals concatenated (CPython's
// `_PyPegen_concatenate_strings`), escapes decoded, f-strings parsed.

/// Collects f-string parts, merging adjacent literal text and dropping
/// empty pieces as CPython does.
struct FStringBuilder {
  private(set) var parts: [FStringPart] = []
  private(set) var pending = ""

  mutating func appendLiteral(_ text: String) {
    pending += text
  }

  mutating func append(_ part: FStringPart) {
    flush()
    parts.append(part)
  }

  mutating func finish() -> [FStringPart] {
    flush()
    return parts
  }

  private mutating func flush() {
    if !pending.isEmpty {
      parts.append(.literal(pending))
      pending = ""
    }
  }
}

extension Parser {
  /// `strings: STRING+`. Plain literals make a string or bytes constant;
  /// with an f-string among them, a joined string. The node spans from
  /// the first literal to the last.
  func parseStrings() throws(ParseError) -> Expr {
    var pieces: [(token: Token, literal: StringLiteral)] = []
    while case .string(let literal) = peek().kind {
      pieces.append((advance(), literal))
    }
    // CPython reports these errors at the token after the literals, the
    // last one its tokenizer produced.
    let errorToken = peek()
    guard let first = pieces.first, let last = pieces.last else { throw genericError() }
    let span = SourceSpan(from: first.token.span, to: last.token.span)
    var isBytes = false
    var bytes: [UInt8] = []
    var builder = FStringBuilder()
    var sawFString = false
    for (position, piece) in pieces.enumerated() {
      let literal = piece.literal
      let body = text[literal.bodyRange]
      var decoded: String?
      if literal.isBytes {
        if body.contains(where: { !$0.isASCII }) {
          throw errorAtToken("bytes can only contain ASCII literal characters", piece.token)
        }
        do {
          bytes += try StringDecoder.decodeBytes(body, isRaw: literal.isRaw)
        } catch {
          throw errorAtToken(error.message, errorToken)
        }
      } else if !literal.isFormatted {
        do {
          decoded = try StringDecoder.decodeString(body, isRaw: literal.isRaw)
        } catch {
          throw errorAtToken(error.message, errorToken)
        }
      }
      if position != 0 && isBytes != literal.isBytes {
        throw errorAtToken("cannot mix bytes and nonbytes literals", errorToken)
      }
      isBytes = literal.isBytes
      if literal.isFormatted {
        sawFString = true
        var scan = FStringScan(
          errorToken: errorToken,
          locator: BodyLocator(index: literal.bodyRange.lowerBound, location: literal.bodyStart))
        var position = literal.bodyRange.lowerBound
        try parseFStringParts(
          &position, end: literal.bodyRange.upperBound, isRaw: literal.isRaw, level: 0,
          into: &builder, &scan)
      } else if let decoded {
        builder.appendLiteral(decoded)
      }
    }
    if isBytes { return Expr(.constant(.bytes(bytes)), span) }
    if !sawFString { return Expr(.constant(.string(builder.pending)), span) }
    return Expr(.joinedString(builder.finish()), span)
  }
}

/// Finds the source location of scalars in a literal's body, walking
/// forward from the last one asked for.
struct BodyLocator {
  var index: Int
  var location: SourceLocation

  mutating func location(of target: Int, in text: [Unicode.Scalar]) -> SourceLocation {
    while index < target && index < text.count {
      if text[index] == "\n" {
        location.line += 1
        location.column = 0
      } else {
        location.column += 1
      }
      index += 1
    }
    return location
  }
}

/// What f-string scanning carries along: where errors go, and positions.
struct FStringScan {
  var errorToken: Token
  var locator: BodyLocator
}
