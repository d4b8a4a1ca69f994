// A code object is the compiled form of one scope: a module, a function or
// lambda, a class body, or a comprehension. It is what the compiler hands
// to the runtime, and it never refers to runtime values.
//
// Layout of a frame built from a code object (the runtime's `Frame`):
//
//   slots[0 ..< localNames.count]       local variables, parameters first:
//                                       positional (incl. positional-only),
//                                       keyword-only, then *args, **kwargs
//   slots[localNames.count ..< + stackSize]  the value stack
//   cells[0 ..< cellNames.count]        cells this scope creates (variables
//                                       captured by inner scopes)
//   cells[cellNames.count ..< + freeNames.count]  cells captured from outer
//                                       scopes (the function's closure)
//
// A parameter that is also captured keeps its slot for argument binding;
// `cellParameters` says which cells start with which parameter's value.
//
// Constants are a small compiler-side enum; the runtime converts them to its
// own values once, when it first loads the code object.
//
// Exception handling has no runtime block stack: `exceptionTable` maps
// instruction ranges to handlers, as CPython 3.11's co_exceptiontable does,
// so entering a `try` costs nothing.

import CoroSyntax

/// One instruction: an opcode and a 24-bit operand packed in 32 bits.
///
/// Four bytes a instruction keeps the dispatch loop's working set small; no
/// Coro program needs operands past 16M (the compiler reports
/// "too many constants" or similar before that).
public struct Instruction: Equatable, Sendable {
  public var bits: UInt32

  public static let maxArg = (1 << 24) - 1

  public init(_ opcode: Opcode, _ arg: Int = 0) {
    bits = UInt32(opcode.rawValue) | (UInt32(truncatingIfNeeded: arg & Instruction.maxArg) << 8)
  }

  @inline(__always)
  public var opcode: Opcode {
    // Every Instruction is made by `init` from an Opcode, whose raw values
    // are its case indexes 0...n, so the low byte is always a valid case.
    // (The failable initializer costs a call per instruction dispatched.)
    unsafeBitCast(UInt8(truncatingIfNeeded: bits), to: Opcode.self)
  }

  @inline(__always)
  public var rawOpcode: UInt8 { UInt8(truncatingIfNeeded: bits) }

  @inline(__always)
  public var arg: Int { Int(bits >> 8) }
}

/// A constant in a code object.
public indirect enum CodeConstant: Equatable, Sendable {
  case none
  case bool(Bool)
  case ellipsis
  case int(Int)
  /// Digits in `radix`, for integers past `Int`.
  case bigInt(digits: String, radix: Int)
  case float(Double)
  case imaginary(Double)
  case string(String)
  case bytes([UInt8])
  /// A tuple of constants (keyword names of a call, folded tuples).
  case tuple([CodeConstant])
  /// A frozenset of constants: set displays of constants, folded as
  /// CPython folds them (their iteration order depends on it).
  case frozenset([CodeConstant])
  case code(CodeObject)

  public static func == (a: CodeConstant, b: CodeConstant) -> Bool {
    switch (a, b) {
    case (.none, .none), (.ellipsis, .ellipsis): return true
    case let (.bool(x), .bool(y)): return x == y
    case let (.int(x), .int(y)): return x == y
    case let (.bigInt(x, r), .bigInt(y, s)): return x == y && r == s
    // Bit patterns, so that 0.0 and -0.0 stay distinct constants.
    case let (.float(x), .float(y)): return x.bitPattern == y.bitPattern
    case let (.imaginary(x), .imaginary(y)): return x.bitPattern == y.bitPattern
    case let (.string(x), .string(y)): return x.utf8.elementsEqual(y.utf8)
    case let (.bytes(x), .bytes(y)): return x == y
    case let (.tuple(x), .tuple(y)): return x == y
    case let (.frozenset(x), .frozenset(y)): return x == y
    case let (.code(x), .code(y)): return x === y
    default: return false
    }
  }
}

/// A protected instruction range and where its exceptions go.
public struct ExceptionTableEntry: Equatable, Sendable {
  /// First instruction covered.
  public var start: Int
  /// One past the last instruction covered.
  public var end: Int
  /// The handler's first instruction.
  public var target: Int
  /// The stack depth the handler starts from (before the exception is
  /// pushed).
  public var depth: Int

  public init(start: Int, end: Int, target: Int, depth: Int) {
    self.start = start
    self.end = end
    self.target = target
    self.depth = depth
  }
}

/// What kind of scope a code object was compiled from.
public enum CodeKind: Equatable, Sendable {
  case module
  case function
  case lambda
  case classBody
  case comprehension
  case generatorExpression
}

/// Properties of a code object the runtime needs when calling it.
public struct CodeFlags: OptionSet, Sendable {
  public let rawValue: UInt32
  public init(rawValue: UInt32) { self.rawValue = rawValue }

  /// The last positional slot collects `*args`.
  public static let varArgs = CodeFlags(rawValue: 1 << 0)
  /// The slot after `*args` collects `**kwargs`.
  public static let varKeywords = CodeFlags(rawValue: 1 << 1)
  /// Calling it makes a generator.
  public static let generator = CodeFlags(rawValue: 1 << 2)
  /// Calling it makes a coroutine (`async def`).
  public static let coroutine = CodeFlags(rawValue: 1 << 3)
  /// Calling it makes an async generator (`async def` with `yield`).
  public static let asyncGenerator = CodeFlags(rawValue: 1 << 4)
  /// Module code compiled for the REPL, where top-level `await` is allowed:
  /// running it makes a coroutine.
  public static let topLevelAwait = CodeFlags(rawValue: 1 << 5)
  /// Names are looked up in a namespace dictionary (class bodies).
  public static let namespace = CodeFlags(rawValue: 1 << 6)
}

/// The compiled form of one scope.
public final class CodeObject: Sendable {
  public let kind: CodeKind
  public let flags: CodeFlags
  /// `__name__`: the function's name, `<module>`, `<lambda>`, `<listcomp>`...
  public let name: String
  /// `__qualname__`: e.g. `outer.<locals>.inner`.
  public let qualifiedName: String
  public let filename: String
  /// The line of the `def` (or the first decorator), 1 for modules.
  public let firstLine: Int
  /// Positional parameters, positional-only ones included.
  public let argCount: Int
  public let positionalOnlyCount: Int
  public let keywordOnlyCount: Int
  /// Slot names: parameters first (see the layout above), then locals.
  public let localNames: [String]
  public let cellNames: [String]
  public let freeNames: [String]
  /// `(cellIndex, slotIndex)` for each parameter that is also a cell.
  public let cellParameters: [(cell: Int, slot: Int)]
  /// Global, attribute and import names used by instructions.
  public let names: [String]
  public let constants: [CodeConstant]
  public let instructions: [Instruction]
  /// The source span of each instruction, for tracebacks.
  public let spans: [SourceSpan]
  public let exceptionTable: [ExceptionTableEntry]
  public let stackSize: Int
  /// The docstring, when the body starts with a string literal.
  public let docstring: String?

  public init(
    kind: CodeKind, flags: CodeFlags, name: String, qualifiedName: String, filename: String,
    firstLine: Int, argCount: Int, positionalOnlyCount: Int, keywordOnlyCount: Int,
    localNames: [String], cellNames: [String], freeNames: [String],
    cellParameters: [(cell: Int, slot: Int)], names: [String], constants: [CodeConstant],
    instructions: [Instruction], spans: [SourceSpan], exceptionTable: [ExceptionTableEntry],
    stackSize: Int, docstring: String?
  ) {
    self.kind = kind
    self.flags = flags
    self.name = name
    self.qualifiedName = qualifiedName
    self.filename = filename
    self.firstLine = firstLine
    self.argCount = argCount
    self.positionalOnlyCount = positionalOnlyCount
    self.keywordOnlyCount = keywordOnlyCount
    self.localNames = localNames
    self.cellNames = cellNames
    self.freeNames = freeNames
    self.cellParameters = cellParameters
    self.names = names
    self.constants = constants
    self.instructions = instructions
    self.spans = spans
    self.exceptionTable = exceptionTable
    self.stackSize = stackSize
    self.docstring = docstring
  }

  /// Number of parameter slots, `*args` and `**kwargs` included.
  public var parameterCount: Int {
    argCount + keywordOnlyCount + (flags.contains(.varArgs) ? 1 : 0)
      + (flags.contains(.varKeywords) ? 1 : 0)
  }

  /// The source line of instruction `index` (0 when unknown).
  public func line(at index: Int) -> Int {
    guard index >= 0 && index < spans.count else { return firstLine }
    return spans[index].start.line
  }

  /// The innermost handler covering instruction `index`.
  public func handler(at index: Int) -> ExceptionTableEntry? {
    // Entries do not overlap (the assembler splits nested ranges), so the
    // first hit is the only one.
    for entry in exceptionTable where entry.start <= index && index < entry.end {
      return entry
    }
    return nil
  }
}
