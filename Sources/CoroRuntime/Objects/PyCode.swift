import BigInt
import CoroCompiler

/// The runtime's view of a compiled `CodeObject`.
///
/// Made once per code object when a module is loaded: constants become
/// values (nested code objects become nested `PyCode`s), names become
/// interned strings, and the instructions are copied into a buffer the
/// dispatch loop reads without bounds checks. The compiler guarantees
/// every jump target and operand is in range.
final class PyCode: PyObject {
  let object: CodeObject
  let instructions: UnsafeMutableBufferPointer<Instruction>
  let constants: [Value]
  let names: [PyStr]
  let localCount: Int
  let cellCount: Int
  let freeCount: Int
  /// Slots for locals plus the value stack.
  let frameSize: Int
  let flags: CodeFlags
  /// Keyword names of parameters, interned, for binding keyword arguments.
  let parameterNames: [PyStr]

  init(_ object: CodeObject) {
    self.object = object
    let buffer = UnsafeMutableBufferPointer<Instruction>.allocate(capacity: max(object.instructions.count, 1))
    _ = buffer.initialize(from: object.instructions)
    instructions = buffer
    constants = object.constants.map(PyCode.value)
    names = object.names.map(PyStr.intern)
    localCount = object.localNames.count
    cellCount = object.cellNames.count
    freeCount = object.freeNames.count
    frameSize = object.localNames.count + object.stackSize
    flags = object.flags
    parameterNames = object.localNames.prefix(object.parameterCount).map(PyStr.intern)
  }

  deinit {
    instructions.deallocate()
  }

  override var type: PyType { BuiltinTypes.code }

  var isGeneratorLike: Bool {
    !flags.intersection([.generator, .coroutine, .asyncGenerator]).isEmpty
  }

  static func value(_ c: CodeConstant) -> Value {
    switch c {
    case .none: return .none
    case .bool(let b): return .bool(b)
    case .ellipsis: return .object(BuiltinTypes.ellipsisObject)
    case .int(let i): return .int(i)
    case .bigInt(let digits, let radix):
      return .int(BigInt(digits, radix: radix) ?? BigInt(0))
    case .float(let d): return .float(d)
    case .imaginary(let d): return .float(d)
    case .string(let s): return .object(PyStr.intern(s))
    case .bytes(let b): return .object(PyBytes(b))
    case .tuple(let items): return .object(PyTuple(items.map(value)))
    case .code(let code): return .object(PyCode(code))
    }
  }
}

/// `bytes`: only literals are supported, enough to print them.
final class PyBytes: PyObject {
  let bytes: [UInt8]

  init(_ bytes: [UInt8]) {
    self.bytes = bytes
  }

  override var type: PyType { BuiltinTypes.bytes }
}
