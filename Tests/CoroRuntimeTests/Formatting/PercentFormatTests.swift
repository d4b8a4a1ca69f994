@testable import CoroRuntime
import BigInt
import XCTest

/// printf-style formatting against CPython (Fixtures/percent.txt), driven by a
/// small stand-in for the runtime's part of PyUnicode_Format.
final class PercentFormatTests: XCTestCase {
  /// An operand of the fixtures.
  private enum Value {
    case int(BigInt)
    case float(Double)
    case str(String)

    var typeName: String {
      switch self {
      case .int: return "int"
      case .float: return "float"
      case .str: return "str"
      }
    }

    func str() throws -> String {
      switch self {
      case .int(let v): return try IntegerText.decimal(v)
      case .float(let x): return FloatRepr.repr(x)
      case .str(let s): return s
      }
    }

    func repr() throws -> String {
      if case .str(let s) = self { return StringRepr.repr(s) }
      return try str()
    }
  }

  private struct KeyError: Error { let key: String }

  private static func decode(_ field: String) -> Value {
    let payload = String(field.dropFirst(2))
    switch field.prefix(2) {
    case "i:": return .int(BigInt(payload, radix: 16) ?? 0)
    case "f:": return .float(fixtureDouble(payload))
    default: return .str(payload)
    }
  }

  /// What the runtime does around the template pieces (tuple vs single
  /// argument vs mapping, str()/repr(), type checks).
  private static func run(
    _ template: String, args: [Value], isTuple: Bool, mapping: [String: Value]?
  ) throws -> String {
    var source = args
    var argCount = isTuple ? args.count : -1
    var argIndex = isTuple ? 0 : -2
    func nextArg() throws -> Value {
      guard argIndex < argCount else {
        throw FormatError.typeError("not enough arguments for format string")
      }
      argIndex += 1
      if argCount < 0 { return source.first ?? .str("<mapping>") }
      return source[argIndex - 1]
    }
    var out = ""
    for piece in PercentTemplate.parse(template).pieces {
      switch piece {
      case .literal(let text):
        out += text
      case .conversion(var spec):
        if spec.requiresMapping && mapping == nil {
          throw FormatError.typeError("format requires a mapping")
        }
        if let key = spec.key, let mapping {
          guard let value = mapping[key] else { throw KeyError(key: key) }
          source = [value]
          argCount = -1
          argIndex = -2
        }
        var starWidth: Int?
        var starPrecision: Int?
        if spec.width == .star { starWidth = try starInt(try nextArg(), ssize: true) }
        if spec.precision == .star { starPrecision = try starInt(try nextArg(), ssize: false) }
        spec = try spec.resolved(starWidth: starWidth, starPrecision: starPrecision)
        if let error = spec.error { throw error }
        let value = try nextArg()
        out += try convert(value, spec: spec)
      }
    }
    if argIndex < argCount && mapping == nil {
      throw FormatError.typeError("not all arguments converted during string formatting")
    }
    return out
  }

  private static func starInt(_ v: Value, ssize: Bool) throws -> Int {
    guard case .int(let big) = v else { throw FormatError.typeError("* wants int") }
    guard let small = Int(exactly: big) else {
      throw FormatError.overflowError(
        ssize ? "Python int too large to convert to C ssize_t"
          : "Python int too large to convert to C int")
    }
    return small
  }

  private static func convert(_ value: Value, spec: PercentSpec) throws -> String {
    let letter = Character(Unicode.Scalar(UInt8(truncatingIfNeeded: spec.conversion)))
    switch spec.kind {
    case .string:
      let text = spec.conversion == 0x72 || spec.conversion == 0x61
        ? try value.repr() : try value.str()
      return try PercentFormatter.format(string: text, spec: spec)
    case .integer:
      switch value {
      case .int(let v):
        if let small = Int(exactly: v) { return try PercentFormatter.format(small, spec: spec) }
        return try PercentFormatter.format(v, spec: spec)
      case .float(let x) where "diu".contains(letter):
        return try PercentFormatter.format(try IntFloat.toBigInt(x), spec: spec)
      default:
        let what = "oxX".contains(letter) ? "an integer" : "a real number"
        throw FormatError.typeError(
          "%\(letter) format: \(what) is required, not \(value.typeName)")
      }
    case .float:
      switch value {
      case .int(let v): return try PercentFormatter.format(try IntFloat.toDouble(v), spec: spec)
      case .float(let x): return try PercentFormatter.format(x, spec: spec)
      case .str: throw FormatError.typeError("must be real number, not str")
      }
    case .character:
      switch value {
      case .int(let v): return try PercentFormatter.formatCharacter(v, spec: spec)
      case .str(let s): return try PercentFormatter.formatCharacter(s, spec: spec)
      case .float: throw FormatError.typeError("%c requires int or char")
      }
    case .unsupported:
      throw spec.unsupportedError
    }
  }

  func testPercentMatchesCPython() throws {
    let fixture = try FormattingFixture("percent.txt")
    let log = FormattingMismatchLog("str % args")
    for row in fixture.rows {
      let (mode, template, expected) = (row[0], row[1], row[2])
      var args: [Value] = []
      var mapping: [String: Value]?
      if mode == "d" {
        var dict: [String: Value] = [:]
        for field in row.dropFirst(3) {
          guard let eq = field.firstIndex(of: "=") else { continue }
          dict[String(field[..<eq])] = Self.decode(String(field[field.index(after: eq)...]))
        }
        mapping = dict
        args = [.str("{mapping}")]
      } else {
        args = row.dropFirst(3).map(Self.decode)
      }
      let actual: String
      do {
        actual = "=" + (try Self.run(template, args: args, isTuple: mode == "t", mapping: mapping))
      } catch let error as FormatError {
        actual = "!" + error.exceptionName + ": " + error.message
      } catch let error as KeyError {
        actual = "!KeyError: " + StringRepr.repr(error.key)
      }
      log.check(actual, expected, "\(mode) '\(template)' % \(row.dropFirst(3))")
    }
    log.finish()
  }

  func testTemplatePieces() {
    let t = PercentTemplate.parse("a%%b%-5.2fc%(k)sd")
    XCTAssertEqual(t.pieces.count, 5)
    XCTAssertEqual(t.pieces.first, .literal("a%b"))
    guard case .conversion(let spec) = t.pieces[1] else { return XCTFail("no spec") }
    XCTAssertTrue(spec.leftAlign)
    XCTAssertEqual(spec.width, .value(5))
    XCTAssertEqual(spec.precision, .value(2))
    XCTAssertEqual(spec.kind, .float)
    guard case .conversion(let keyed) = t.pieces[3] else { return XCTFail("no key") }
    XCTAssertEqual(keyed.key, "k")
  }
}
