/// The instruction set of Coro's stack machine.
///
/// Each instruction is one opcode and one operand (`arg`, 24 bits; see
/// `Instruction`). The set follows CPython 3.11's bytecode where the
/// semantics are subtle (exception handling with a handler table and
/// `pushExcInfo`/`popExcept`, `send`/`yieldValue` for `yield from` and
/// `await`, `beforeWith`/`withExceptStart`), so that compile.c can be read
/// beside `Compiler.swift`. It differs where CPython's shape exists only for
/// CPython's own reasons (no RESUME, no CACHE entries, no EXTENDED_ARG).
///
/// In the comments, the stack is written bottom → top, and `tos` is the top.
public enum Opcode: UInt8, CaseIterable, Sendable {
  // MARK: Stack manipulation

  /// Does nothing.
  case nop
  /// `[x] → []`
  case popTop
  /// `copy n`: `[x, ...(n-1 items)] → [x, ..., x]`, n ≥ 1.
  case copy
  /// `swap n`: swaps tos with the item n-1 below it, n ≥ 2.
  case swap
  /// `[] → [constants[arg]]`
  case loadConst
  /// Pushes the internal "no value" marker (used for a method call's
  /// missing self and for absent optional operands).
  case pushNull

  // MARK: Names

  /// `[] → [locals[arg]]`; UnboundLocalError when unset.
  case loadFast
  /// `[x] → []`, `locals[arg] = x`
  case storeFast
  /// Unsets `locals[arg]`; UnboundLocalError when already unset.
  case deleteFast
  /// `[] → [cells[arg].value]`; NameError/UnboundLocalError when empty.
  case loadDeref
  /// `[x] → []`, `cells[arg].value = x`
  case storeDeref
  case deleteDeref
  /// `[] → [cells[arg]]`: the cell itself, to build a closure.
  case loadClosure
  /// Class bodies reading a free variable: the namespace dictionary's entry
  /// for the name of `cells[arg]` if there is one, else the cell's value.
  case loadClassDeref
  /// `[] → [globals[names[arg]] or builtins[names[arg]]]`; NameError.
  case loadGlobal
  case storeGlobal
  case deleteGlobal
  /// Class bodies (and other code run with a namespace dictionary):
  /// namespace, then globals, then builtins.
  case loadName
  case storeName
  case deleteName

  // MARK: Attributes and items

  /// `[obj] → [obj.names[arg]]`
  case loadAttr
  /// `[value, obj] → []`, `obj.names[arg] = value`
  case storeAttr
  /// `[obj] → []`
  case deleteAttr
  /// `[obj] → [method, obj]` when `names[arg]` is a plain method found on the
  /// type (so no bound-method object is made), else `[attr, NULL]`.
  case loadMethod
  /// `[container, key] → [container[key]]`
  case binarySubscript
  /// `[value, container, key] → []`
  case storeSubscript
  /// `[container, key] → []`
  case deleteSubscript
  /// `buildSlice n` (2 or 3): `[lower, upper(, step)] → [slice]`
  case buildSlice

  // MARK: Operators

  /// `binaryOp k`: `[a, b] → [a op b]`; `k` is a `BinaryOperation` raw value
  /// (its in-place forms try `__iadd__` & co. first).
  case binaryOp
  /// `compareOp k`: `[a, b] → [a op b]`; `k` is a `ComparisonOperation`.
  case compareOp
  /// `[a, b] → [a is b]` (arg 1: `is not`)
  case isOp
  /// `[a, b] → [a in b]` (arg 1: `not in`)
  case containsOp
  case unaryNegative
  case unaryPositive
  case unaryInvert
  case unaryNot

  // MARK: Building values

  /// `[x1 ... xn] → [(x1, ..., xn)]`
  case buildTuple
  case buildList
  case buildSet
  /// `[k1, v1, ... kn, vn] → [{k1: v1, ...}]`
  case buildMap
  /// `[s1 ... sn] → [s1 + ... + sn]` for f-strings.
  case buildString
  /// `[list, ...(arg-1 items), x] → [list, ...]`, appends x (comprehensions).
  case listAppend
  case setAdd
  /// `[dict, ...(arg-1 items), key, value] → [dict, ...]`
  case mapAdd
  /// `[list, ...(arg-1), iterable] → [list, ...]`, extends the list.
  case listExtend
  case setUpdate
  /// `[dict, ...(arg-1), mapping] → [dict, ...]` (`{**m}`)
  case dictUpdate
  /// Like dictUpdate but raises on duplicate keys (`f(**a, **b)`).
  case dictMerge
  /// `[list] → [tuple]`
  case listToTuple
  /// `formatValue flags`: flags & 3 is the conversion (0 none, 1 str, 2 repr,
  /// 3 ascii); flags & 4 means a format spec is on top:
  /// `[value(, spec)] → [formatted string]`
  case formatValue
  /// `unpackSequence n`: `[seq] → [xn, ..., x1]` (x1 on top).
  case unpackSequence
  /// `unpackEx (before | after << 8)`: starred unpacking, the starred part
  /// as a list between them, first item on top.
  case unpackEx

  // MARK: Control flow

  /// Jumps to instruction `arg`.
  case jump
  /// `[x] → []`, jumps when x is false.
  case popJumpIfFalse
  case popJumpIfTrue
  /// `[x] → []`, jumps when x is None.
  case popJumpIfNone
  case popJumpIfNotNone
  /// `[x] → [x]` and jumps when x is false, else `[x] → []` (`and`).
  case jumpIfFalseOrPop
  case jumpIfTrueOrPop
  /// `[obj] → [iter(obj)]`
  case getIter
  /// `[iter] → [iter, next(iter)]`, or when exhausted `[iter] → []` and jumps
  /// to `arg`.
  case forIter

  // MARK: Calls and functions

  /// `call n`: `[callable, x1 ... xn] → [result]`
  case call
  /// `callMethod n`: `[callable, selfOrNull, x1 ... xn] → [result]`, where
  /// a non-null self is passed as the first argument.
  case callMethod
  /// `callKeywords n`: `[callable, selfOrNull, x1 ... xn, names] → [result]`
  /// where `names` is a tuple of strings naming the last `len(names)`
  /// arguments.
  case callKeywords
  /// `callEx flags`: `[callable, args tuple(, kwargs dict)] → [result]`;
  /// flags & 1 means kwargs are present.
  case callEx
  /// `makeFunction flags`: `[(defaults,) (kwdefaults,) (annotations,) (closure,) code] →
  /// [function]`; flags: 1 defaults tuple, 2 keyword-defaults dict, 4 a
  /// tuple of (name, annotation) pairs,
  /// 8 closure tuple.
  case makeFunction
  /// `[value] → []`, returns value to the caller.
  case returnValue
  /// Pushes `__build_class__`.
  case loadBuildClass

  // MARK: Generators and coroutines

  /// `[value] → [sent]`: suspends the frame, handing value to whoever
  /// resumed it; resumes with the value sent in. arg 1 marks the yield
  /// inside a `yield from`/`await` loop (the delegate is then below it).
  case yieldValue
  /// `[iterable] → [iterator]` for `yield from` (a coroutine is allowed only
  /// inside a coroutine).
  case getYieldFromIter
  /// `getAwaitable where`: `[obj] → [awaitable iterator]`; `where` chooses
  /// the error message (0 await, 1 `__aenter__`, 2 `__aexit__`).
  case getAwaitable
  /// `send target`: `[delegate, value] → [delegate, yielded]`, or when the
  /// delegate returns, `[delegate, value] → [result]` and jumps to target.
  case send
  /// `[obj] → [obj.__aiter__()]`
  case getAIter
  /// `[aiter] → [aiter, awaitable of aiter.__anext__()]`
  case getANext
  /// Ends an `async for` on StopAsyncIteration: `[aiter, exc] → []`, and
  /// re-raises any other exception.
  case endAsyncFor
  /// `[value] → [wrapped]`: marks a value yielded by an async generator.
  case asyncGenWrap

  // MARK: Exceptions

  /// `raiseVarargs n`: 0 re-raises the exception being handled, 1 raises
  /// tos, 2 raises `[exc, cause]` as `raise exc from cause`.
  case raiseVarargs
  /// `[exc] → []`: re-raises exc without adding a traceback entry.
  case reraise
  /// `[exc] → [previously handled, exc]`, and exc becomes the exception
  /// being handled.
  case pushExcInfo
  /// `[previously handled] → []`, restoring it as the handled exception.
  case popExcept
  /// `[exc, type] → [exc, bool]`: does exc match the except clause's type?
  case checkExcMatch
  /// `except*`: `[eg, type] → [rest, match]`, splitting the group.
  case checkEGMatch
  /// `except*`: `[orig, list of raised] → [exception to raise or None]`.
  case prepReraiseStar
  /// Pushes AssertionError.
  case loadAssertionError
  /// `[ctx] → [ctx.__exit__, ctx.__enter__()]` (`beforeAsyncWith` pushes
  /// the awaitable of `__aenter__()`).
  case beforeWith
  case beforeAsyncWith
  /// `[exit, prev, exc] → [exit, prev, exc, exit(type(exc), exc, tb)]`
  case withExceptStart

  // MARK: Modules and the REPL

  /// `[level, fromlist] → [module]`, imports `names[arg]`.
  case importName
  /// `[module] → [module, module.names[arg]]`
  case importFrom
  /// `[module] → []`, copies the module's public names into globals.
  case importStar
  /// `[value] → []`, the REPL's echo: prints repr(value) unless it is None,
  /// and stores it in `builtins._`.
  case printExpr
  /// Initialises `__annotations__` in a namespace that has annotated names.
  case setupAnnotations

  // MARK: Pattern matching (the `match` statement, as CPython 3.11)

  /// `[x] → [x, len(x)]`
  case getLen
  /// `[x] → [x, bool]`: is x a sequence for a sequence pattern (a list,
  /// tuple, range, deque or a subclass; never str, bytes or bytearray)?
  case matchSequence
  /// `[x] → [x, bool]`: is x a mapping for a mapping pattern (a dict or a
  /// subclass)?
  case matchMapping
  /// `[x, keys] → [x, keys, values tuple or None]`: looks each key up with
  /// `x.get`; None when one is missing.
  case matchKeys
  /// `matchClass n`: `[x, cls, names] → [attributes tuple or None]`: the
  /// n positional sub-patterns' attributes (by `__match_args__`) and then
  /// the named ones, or None when x is not a cls or lacks one.
  case matchClass

  // MARK: Pseudo-instructions (removed by the assembler)

  /// Starts a protected range whose handler is `arg`: on an exception the
  /// stack is cut back to its depth here and the exception pushed.
  case setupFinally
  /// Like setupFinally, for the cleanup handlers of except/finally bodies.
  case setupCleanup
  /// Like setupFinally, for a `with` body (one more item, `__exit__`, stays).
  case setupWith
  /// Ends the innermost protected range.
  case popBlock

  // MARK: Superinstructions (made by the runtime when it loads a code
  // object, never emitted by the compiler). Each stands for itself and
  // the instruction after it, which stays in place (so a jump to it still
  // works) and supplies its operand; one dispatch does the work of two.

  /// `loadFast arg` then `loadFast next.arg`.
  case loadFastLoadFast
  /// `loadFast arg` then `loadConst next.arg`.
  case loadFastLoadConst
  /// `storeFast arg` then `loadFast next.arg`.
  case storeFastLoadFast
  /// `compareOp arg` then `popJumpIfFalse next.arg`.
  case compareOpPopJumpIfFalse
  /// `compareOp arg` then `popJumpIfTrue next.arg`.
  case compareOpPopJumpIfTrue
}

extension Opcode {
  /// True when `arg` is an instruction index (patched by the assembler).
  public var hasJumpTarget: Bool {
    switch self {
    case .jump, .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone, .popJumpIfNotNone,
      .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .send,
      .setupFinally, .setupCleanup, .setupWith:
      return true
    default:
      return false
    }
  }

  /// True for the instructions that exist only until assembly.
  public var isPseudo: Bool {
    switch self {
    case .setupFinally, .setupCleanup, .setupWith, .popBlock: return true
    default: return false
    }
  }

  /// True when control never falls through to the next instruction.
  public var isUnconditionalTransfer: Bool {
    switch self {
    case .jump, .returnValue, .raiseVarargs, .reraise: return true
    default: return false
    }
  }

  /// The change in stack depth when the instruction falls through (or, with
  /// `jumping`, when it takes its jump), given its operand. Used by the
  /// assembler to size each frame's stack.
  public func stackEffect(arg: Int, jumping: Bool) -> Int {
    switch self {
    case .nop: return 0
    case .popTop: return -1
    case .copy: return 1
    case .swap: return 0
    case .loadConst, .pushNull: return 1
    case .loadFast, .loadDeref, .loadClosure, .loadClassDeref, .loadGlobal, .loadName: return 1
    case .storeFast, .storeDeref, .storeGlobal, .storeName: return -1
    case .deleteFast, .deleteDeref, .deleteGlobal, .deleteName: return 0
    case .loadAttr: return 0
    case .storeAttr: return -2
    case .deleteAttr: return -1
    case .loadMethod: return 1
    case .binarySubscript: return -1
    case .storeSubscript: return -3
    case .deleteSubscript: return -2
    case .buildSlice: return 1 - arg
    case .binaryOp, .compareOp, .isOp, .containsOp: return -1
    case .unaryNegative, .unaryPositive, .unaryInvert, .unaryNot: return 0
    case .buildTuple, .buildList, .buildSet, .buildString: return 1 - arg
    case .buildMap: return 1 - 2 * arg
    case .listAppend, .setAdd, .listExtend, .setUpdate, .dictUpdate, .dictMerge: return -1
    case .mapAdd: return -2
    case .listToTuple: return 0
    case .formatValue: return (arg & 4) != 0 ? -1 : 0
    case .unpackSequence: return arg - 1
    case .unpackEx: return (arg & 0xFF) + (arg >> 8)
    case .jump: return 0
    case .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone, .popJumpIfNotNone: return -1
    case .jumpIfFalseOrPop, .jumpIfTrueOrPop: return jumping ? 0 : -1
    case .getIter: return 0
    case .forIter: return jumping ? -1 : 1
    case .call: return -arg
    case .callMethod: return -arg - 1
    case .callKeywords: return -arg - 2
    case .callEx: return (arg & 1) != 0 ? -2 : -1
    case .makeFunction:
      return -((arg & 1) + ((arg >> 1) & 1) + ((arg >> 2) & 1) + ((arg >> 3) & 1))
    case .returnValue: return -1
    case .loadBuildClass: return 1
    case .yieldValue: return 0
    case .getYieldFromIter, .getAwaitable, .getAIter: return 0
    case .send: return jumping ? -1 : 0
    case .getANext: return 1
    case .endAsyncFor: return -2
    case .asyncGenWrap: return 0
    case .raiseVarargs: return -arg
    case .reraise: return -1
    case .pushExcInfo: return 1
    case .popExcept: return -1
    case .checkExcMatch: return 0
    case .checkEGMatch: return 0
    case .prepReraiseStar: return -1
    case .loadAssertionError: return 1
    case .beforeWith, .beforeAsyncWith: return 1
    case .withExceptStart: return 1
    case .importName: return -1
    case .importFrom: return 1
    case .importStar: return -1
    case .printExpr: return -1
    case .setupAnnotations: return 0
    case .getLen, .matchSequence, .matchMapping, .matchKeys: return 1
    case .matchClass: return -2
    case .setupFinally, .setupCleanup, .setupWith:
      // Jumping means entering the handler: the depth there is computed
      // from the block, not from this instruction.
      return 0
    case .popBlock: return 0
    case .loadFastLoadFast, .loadFastLoadConst: return 2
    case .storeFastLoadFast: return 0
    case .compareOpPopJumpIfFalse, .compareOpPopJumpIfTrue: return -2
    }
  }

  /// The superinstruction that does this instruction and `next` in one
  /// dispatch, if there is one.
  public func fused(with next: Opcode) -> Opcode? {
    switch (self, next) {
    case (.loadFast, .loadFast): return .loadFastLoadFast
    case (.loadFast, .loadConst): return .loadFastLoadConst
    case (.storeFast, .loadFast): return .storeFastLoadFast
    case (.compareOp, .popJumpIfFalse): return .compareOpPopJumpIfFalse
    case (.compareOp, .popJumpIfTrue): return .compareOpPopJumpIfTrue
    default: return nil
    }
  }

  /// The instruction's name as the disassembler prints it.
  public var name: String {
    var out = ""
    for ch in String(describing: self) {
      if ch.isUppercase {
        out.append("_")
        out.append(contentsOf: ch.uppercased())
      } else {
        out.append(contentsOf: ch.uppercased())
      }
    }
    return out
  }
}

/// The operator of a `binaryOp` instruction, CPython's `NB_*` numbering.
public enum BinaryOperation: Int, CaseIterable, Sendable {
  case add, bitAnd, floorDivide, leftShift, matrixMultiply, multiply, modulo, bitOr, power,
    rightShift, subtract, trueDivide, bitXor
  case inplaceAdd, inplaceBitAnd, inplaceFloorDivide, inplaceLeftShift, inplaceMatrixMultiply,
    inplaceMultiply, inplaceModulo, inplaceBitOr, inplacePower, inplaceRightShift,
    inplaceSubtract, inplaceTrueDivide, inplaceBitXor

  /// The operation without its in-place flavour.
  public var base: BinaryOperation {
    rawValue >= 13 ? (BinaryOperation(rawValue: rawValue - 13) ?? self) : self
  }

  public var isInplace: Bool { rawValue >= 13 }

  /// The operator as Python spells it, as error messages show it (`+`, `+=`).
  public var symbol: String {
    let s: String
    switch base {
    case .add: s = "+"
    case .bitAnd: s = "&"
    case .floorDivide: s = "//"
    case .leftShift: s = "<<"
    case .matrixMultiply: s = "@"
    case .multiply: s = "*"
    case .modulo: s = "%"
    case .bitOr: s = "|"
    case .power: s = "**"
    case .rightShift: s = ">>"
    case .subtract: s = "-"
    case .trueDivide: s = "/"
    case .bitXor: s = "^"
    default: s = "?"
    }
    return isInplace ? s + "=" : s
  }
}

/// The operator of a `compareOp` instruction.
public enum ComparisonOperation: Int, CaseIterable, Sendable {
  case less, lessEqual, equal, notEqual, greater, greaterEqual

  public var symbol: String {
    switch self {
    case .less: return "<"
    case .lessEqual: return "<="
    case .equal: return "=="
    case .notEqual: return "!="
    case .greater: return ">"
    case .greaterEqual: return ">="
    }
  }

  /// The operator with its operands swapped (`a < b` is `b > a`).
  public var swapped: ComparisonOperation {
    switch self {
    case .less: return .greater
    case .lessEqual: return .greaterEqual
    case .equal: return .equal
    case .notEqual: return .notEqual
    case .greater: return .less
    case .greaterEqual: return .lessEqual
    }
  }
}
