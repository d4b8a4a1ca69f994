import BigInt
import CoroCompiler

/// The runtime's view of a compiled `CodeObject`.
///
/// Made once per code object when a module is loaded: constants become
/// values (nested code objects become nested `PyCode`s), names become
/// interned strings, and instructions, constants and names are copied into
/// buffers the dispatch loop reads through raw pointers — without bounds
/// checks or retaining the arrays on every read. The compiler guarantees
/// every jump target and operand is in range.
///
/// It also keeps what makes calls cheap: facts about the parameters
/// computed once, a small pool of finished frames to reuse, and the
/// `loadGlobal` cache.
final class PyCode: PyObject {
  let object: CodeObject
  let instructions: UnsafeMutableBufferPointer<Instruction>
  let constants: [Value]
  let constantsPointer: UnsafeMutablePointer<Value>
  let names: [PyStr]
  /// `names` as a raw buffer; the array above keeps the strings alive.
  let namesPointer: UnsafeMutablePointer<Unmanaged<PyStr>>
  let localCount: Int
  let cellCount: Int
  let freeCount: Int
  /// Slots for locals plus the value stack.
  let frameSize: Int
  let flags: CodeFlags
  /// Keyword names of parameters, interned, for binding keyword arguments.
  let parameterNames: [PyStr]
  let argCount: Int
  let isGeneratorLike: Bool
  let hasCellParameters: Bool
  /// Positional parameters only: no keyword-only, *args or **kwargs.
  let hasOnlyPositionalParameters: Bool
  /// One entry per name, for `loadGlobal`.
  let globalCache: UnsafeMutablePointer<GlobalCacheEntry>
  /// One entry per instruction, for `loadMethod`.
  let methodCache: UnsafeMutablePointer<MethodCacheEntry>
  /// Frames of finished calls, reset and reused by the next calls (a
  /// recursive function keeps up to `maximumPooledFrames` of them). A raw
  /// stack rather than an Array: no uniqueness checks on the call path.
  private let framePool = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: PyCode.maximumPooledFrames)
  private var pooledFrames = 0
  static let maximumPooledFrames = 16

  @inline(__always)
  var hasPoolRoom: Bool { pooledFrames < PyCode.maximumPooledFrames }

  /// A pooled frame, with the pool's reference handed to the caller.
  @inline(__always)
  func popPooledFrame() -> Unmanaged<Frame>? {
    guard pooledFrames > 0 else { return nil }
    pooledFrames &-= 1
    return framePool[pooledFrames]
  }

  /// Pools a frame, taking over the given reference.
  @inline(__always)
  func pushPooledFrame(_ frame: Unmanaged<Frame>) {
    framePool[pooledFrames] = frame
    pooledFrames &+= 1
  }

  init(_ object: CodeObject) {
    self.object = object
    let buffer = UnsafeMutableBufferPointer<Instruction>.allocate(capacity: max(object.instructions.count, 1))
    _ = buffer.initialize(from: object.instructions)
    PyCode.fuseInstructions(buffer)
    instructions = buffer
    constants = object.constants.map(PyCode.value)
    constantsPointer = UnsafeMutablePointer<Value>.allocate(capacity: max(constants.count, 1))
    constantsPointer.initialize(from: constants, count: constants.count)
    names = object.names.map(PyStr.intern)
    namesPointer = UnsafeMutablePointer<Unmanaged<PyStr>>.allocate(capacity: max(names.count, 1))
    for (i, n) in names.enumerated() { (namesPointer + i).initialize(to: Unmanaged.passUnretained(n)) }
    localCount = object.localNames.count
    cellCount = object.cellNames.count
    freeCount = object.freeNames.count
    frameSize = object.localNames.count + object.stackSize
    flags = object.flags
    parameterNames = object.localNames.prefix(object.parameterCount).map(PyStr.intern)
    argCount = object.argCount
    isGeneratorLike = !object.flags.intersection([.generator, .coroutine, .asyncGenerator]).isEmpty
    hasCellParameters = !object.cellParameters.isEmpty
    hasOnlyPositionalParameters = object.keywordOnlyCount == 0
      && object.flags.isDisjoint(with: [.varArgs, .varKeywords])
    globalCache = UnsafeMutablePointer<GlobalCacheEntry>.allocate(capacity: max(object.names.count, 1))
    globalCache.initialize(repeating: GlobalCacheEntry(), count: max(object.names.count, 1))
    methodCache = UnsafeMutablePointer<MethodCacheEntry>.allocate(capacity: max(object.instructions.count, 1))
    methodCache.initialize(repeating: MethodCacheEntry(), count: max(object.instructions.count, 1))
  }

  deinit {
    for i in 0..<pooledFrames { framePool[i].release() }
    framePool.deallocate()
    instructions.deallocate()
    constantsPointer.deinitialize(count: constants.count)
    constantsPointer.deallocate()
    namesPointer.deallocate()
    globalCache.deinitialize(count: max(object.names.count, 1))
    globalCache.deallocate()
    methodCache.deinitialize(count: max(object.instructions.count, 1))
    methodCache.deallocate()
  }

  override var type: PyType { BuiltinTypes.code }

  /// Replaces each instruction that has a superinstruction with its next
  /// one by that superinstruction (see Opcode). Only this runtime copy
  /// changes; the code object, its disassembly and line table keep the
  /// compiler's instructions.
  private static func fuseInstructions(_ buffer: UnsafeMutableBufferPointer<Instruction>) {
    guard buffer.count > 1 else { return }
    for i in 0..<(buffer.count - 1) {
      if let fused = buffer[i].opcode.fused(with: buffer[i + 1].opcode) {
        buffer[i] = Instruction(fused, buffer[i].arg)
      }
    }
  }

  @inline(__always)
  func name(_ i: Int) -> PyStr {
    namesPointer[i].takeUnretainedValue()
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
    case .imaginary(let d): return .object(PyComplex(0, d))
    case .string(let s): return .object(PyStr.intern(s))
    case .bytes(let b): return .object(PyBytes(b))
    case .tuple(let items): return .object(PyTuple(items.map(value)))
    case .frozenset(let items):
      // CPython makes the constant from the items, then merges constants,
      // which rebuilds the frozenset from its own iteration order.
      let first = SetStorage.build(items.map(value))
      return .object(PySet(storage: SetStorage.build(first.keys), frozen: true))
    case .code(let code): return .object(PyCode(code))
    }
  }
}

/// Where a global name was last found, valid while the dictionaries keep
/// their key layout (`PyDict.keysVersion`): then `loadGlobal` reads the
/// entry directly instead of hashing and probing.
struct GlobalCacheEntry {
  /// The globals dict the entry was made for, and its key version.
  var globals: ObjectIdentifier?
  var globalsVersion: UInt64 = 0
  /// The builtins dict's key version, when the name came from builtins.
  var builtinsVersion: UInt64 = 0
  /// Entry index in globals (>= 0) or in builtins (encoded as -index - 1).
  var index: Int = 0
}

/// What a `loadMethod` instruction found last: the method on a type, valid
/// while no type has changed (`PyType.version`). The method is not
/// retained: the type's dict holds it, and any change to that dict changes
/// the version first.
struct MethodCacheEntry {
  var type: ObjectIdentifier?
  var version: UInt64 = 0
  var method: Unmanaged<PyObject>?
  /// For instance attributes: where the name was found in the last
  /// instance's dict. Instances of a class usually get their attributes in
  /// the same order, so it is where the next one keeps it too (checked,
  /// as CPython 3.11 caches an index into its shared-key dicts).
  var index: Int = -1
}

/// `bytes`: only literals are supported, enough to print them.
final class PyBytes: PyObject {
  /// Changed in place only when `isMutable`.
  var bytes: [UInt8]
  /// A `bytearray`: the same storage and read-only methods as bytes, plus
  /// item assignment, append and friends; unhashable.
  let isMutable: Bool

  init(_ bytes: [UInt8], mutable: Bool = false) {
    self.bytes = bytes
    isMutable = mutable
  }

  /// A result of the same kind as `self` (slices of a bytearray are
  /// bytearrays).
  func sameKind(_ bytes: [UInt8]) -> PyBytes {
    PyBytes(bytes, mutable: isMutable)
  }

  override var type: PyType { isMutable ? BuiltinTypes.bytearray : BuiltinTypes.bytes }
}
