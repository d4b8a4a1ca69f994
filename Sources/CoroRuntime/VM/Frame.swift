// A frame is one activation of a code object: its local variables, its
// value stack, its instruction pointer and its cells.
//
// Frames are heap objects so that a generator or coroutine can keep its
// frame while suspended: the frame simply stops being the VM's current
// frame, with `ip` and `sp` saved, and resumes later exactly there. Nothing
// is copied when suspending or resuming.
//
// Storage: one buffer of `code.frameSize` values. Slots `0 ..< localCount`
// are the local variables (initialised to `.null`, "unbound"); the value
// stack grows from `localCount`, and `sp` is the index of the first free
// slot. Slots at or above `sp` are uninitialised memory: the VM
// `initialize`s on push and `move`s on pop, so pushing and popping never
// does a redundant retain/release. The invariant that matters for memory
// safety: `sp` stored in the frame is correct whenever the frame can be
// freed or inspected (on calls, suspension and exceptions), because
// `deinit` releases exactly `0 ..< sp`.
//
// Which frame waits for which is the dispatch loop's business: it keeps
// the frames it runs on an explicit stack (see `VM.run`), so a suspended
// generator frame never keeps its last caller alive.

import CSwiftRuntime

/// How a frame hands its result back when it returns or yields.
enum FrameDelivery {
  /// Called by a Python call instruction in the frame below: push the
  /// return value there.
  case call
  /// The first frame of a `VM.run`: return from `run`.
  case entry
  /// A generator or coroutine resumed by the `forIter` or `send` of the
  /// frame below.
  case resumedByInstruction
  /// A class body run by `__build_class__` inside the dispatch loop:
  /// like `.call`, but the namespace is what gets used.
  case classBody
  /// The `__init__` of `Cls(...)`, entered by the call instruction: the
  /// new instance already waits on the stack below, so the return value
  /// (which must be None) is dropped.
  case initializer
}

final class Frame {
  let code: PyCode
  private(set) var globals: PyDict {
    didSet { globalsLink = Unmanaged.passUnretained(globals) }
  }
  /// `globals` again, which the global stores borrow without a retain and
  /// a release (the frame keeps the dictionary alive).
  private(set) var globalsLink: Unmanaged<PyDict>
  let slots: UnsafeMutablePointer<Value>
  var sp: Int
  var ip: Int = 0
  /// Cells: this scope's own (`cellCount`), then the closure's.
  var cells: [PyCell]
  /// The namespace of a class body (names are looked up there first).
  var namespace: PyDict?
  var delivery: FrameDelivery = .call
  /// The generator or coroutine that owns this frame, if any. Not a weak
  /// reference: a weak reference gives its target a side table, which
  /// sends every retain and release of every generator down the runtime's
  /// slow path. The generator owns the frame and clears this link when it
  /// dies (a traceback may keep the frame longer).
  var generator: PyGenerator? {
    get { generatorLink?.takeUnretainedValue() }
    set {
      generatorLink = newValue.map { Unmanaged.passUnretained($0) }
      ownedByGenerator = true
    }
  }
  /// The same link, which the yield path reads without a retain.
  private(set) var generatorLink: Unmanaged<PyGenerator>?
  /// Set once a generator owns the frame (a plain flag: reading a weak
  /// reference costs a runtime call).
  private(set) var ownedByGenerator = false
  /// The function whose call made this frame (for `super()` and reprs).
  private(set) var function: PyFunction?
  /// The identities of `globals` and `function`, which a pooled frame
  /// compares with its next call's: comparing the references themselves
  /// costs a retain and a release of each.
  private var globalsIdentity: ObjectIdentifier
  private var functionIdentity: ObjectIdentifier?

  init(code: PyCode, globals: PyDict, function: PyFunction?) {
    self.code = code
    self.globals = globals
    globalsLink = Unmanaged.passUnretained(globals)
    self.function = function
    globalsIdentity = ObjectIdentifier(globals)
    functionIdentity = function.map(ObjectIdentifier.init)
    slots = UnsafeMutablePointer<Value>.allocate(capacity: max(code.frameSize, 1))
    slots.initialize(repeating: .null, count: code.localCount)
    sp = code.localCount
    cells = Frame.makeCells(code, function)
  }

  private static func makeCells(_ code: PyCode, _ function: PyFunction?) -> [PyCell] {
    if code.cellCount == 0 { return function?.closure ?? [] }
    var c: [PyCell] = []
    c.reserveCapacity(code.cellCount + code.freeCount)
    for _ in 0..<code.cellCount { c.append(PyCell()) }
    if let closure = function?.closure { c.append(contentsOf: closure) }
    return c
  }

  /// A frame for a call of `function`, reusing a finished frame of the same
  /// code when one is pooled (saving two allocations per call).
  static func make(for function: PyFunction) -> Frame {
    makeOwned(for: function).takeRetainedValue()
  }

  /// `make`, returning the new frame as one owned reference (the dispatch
  /// loop's call stack keeps it as such, without further retains).
  @inline(__always)
  static func makeOwned(for function: PyFunction) -> Unmanaged<Frame> {
    makeOwned(for: function, movingArguments: nil, count: 0)
  }

  /// `makeOwned`, with `count` locals from `offset` on moved from
  /// `arguments` (which are left uninitialised): the call instruction's
  /// fast path hands its stack slots over without a retain or release.
  /// The locals below `offset` (a bound method's self) are unbound.
  @inline(__always)
  static func makeOwned(
    for function: PyFunction, movingArguments arguments: UnsafeMutablePointer<Value>?, count: Int,
    at offset: Int = 0
  ) -> Unmanaged<Frame> {
    unowned(unsafe) let code = function.code
    let locals = code.localCount
    let owned: Unmanaged<Frame>
    if let pooled = Unmanaged.passUnretained(code)._withUnsafeGuaranteedRef({ $0.popPooledFrame() }) {
      owned = pooled
      unowned(unsafe) let frame = pooled.takeUnretainedValue()
      // Pooled frames keep their globals and function, which usually are
      // the same for the next call: assign only when they differ.
      if frame.functionIdentity != ObjectIdentifier(function) {
        frame.function = function
        frame.functionIdentity = ObjectIdentifier(function)
        if frame.globalsIdentity != ObjectIdentifier(function.globals) {
          frame.globals = function.globals
          frame.globalsIdentity = ObjectIdentifier(function.globals)
        }
      }
      var i = 0
      while i < offset {
        (frame.slots + i).initialize(to: .null)
        i &+= 1
      }
      i = offset &+ count
      while i < locals {
        (frame.slots + i).initialize(to: .null)
        i &+= 1
      }
      frame.sp = locals
      frame.ip = 0
      if code.cellCount > 0 || code.freeCount > 0 {
        frame.cells = makeCells(code, function)
      }
      if let arguments, count > 0 { (frame.slots + offset).moveInitialize(from: arguments, count: count) }
    } else {
      owned = Unmanaged.passRetained(Frame(code: code, globals: function.globals, function: function))
      if let arguments, count > 0 {
        (owned.takeUnretainedValue().slots + offset).moveUpdate(from: arguments, count: count)
      }
    }
    return owned
  }

  /// Takes back the owned reference to a finished call's frame: the frame
  /// goes to its code's pool when nothing else refers to it, else the
  /// reference is released. Works on the `Unmanaged` reference throughout,
  /// so that pooling costs no retain/release pair (hence the runtime's
  /// uniqueness check on the raw pointer, see CSwiftRuntime).
  @inline(__always)
  static func recycle(_ owned: Unmanaged<Frame>) {
    let pooled = owned._withUnsafeGuaranteedRef { frame -> Bool in
      guard !frame.ownedByGenerator, frame.namespace == nil, frame.code.hasPoolRoom,
        swift_isUniquelyReferenced_nonNull_native(owned.toOpaque())
      else { return false }
      var i = 0
      let n = frame.sp
      while i < n {
        _ = (frame.slots + i).move()
        i &+= 1
      }
      frame.sp = 0
      if !frame.cells.isEmpty { frame.cells = [] }
      frame.delivery = .call
      frame.code.pushPooledFrame(owned)
      return true
    }
    if !pooled { owned.release() }
  }

  /// Binds the parameters from `given` on to `function`'s defaults (the
  /// call supplied the first `given` positionally, and the defaults cover
  /// the rest).
  @inline(__always)
  func fillDefaults(of function: PyFunction, from given: Int) {
    let defaults = function.defaults
    let firstDefault = code.argCount &- defaults.count
    var i = given
    while i < code.argCount {
      slots[i] = defaults[i &- firstDefault]
      i &+= 1
    }
  }

  deinit {
    slots.deinitialize(count: sp)
    slots.deallocate()
  }

  /// The instruction being executed (or, for a frame waiting on a call,
  /// the call instruction).
  var currentInstruction: Int { max(ip - 1, 0) }

  var currentLine: Int { code.object.line(at: currentInstruction) }

  /// Copies parameters that inner functions capture into their cells
  /// (CPython's MAKE_CELL at the start of a function).
  func initializeCellParameters() {
    for (cell, slot) in code.object.cellParameters {
      cells[cell].value = slots[slot]
    }
  }

  // MARK: - Stack access for code outside the dispatch loop

  func push(_ v: Value) {
    (slots + sp).initialize(to: v)
    sp += 1
  }

  func pop() -> Value {
    sp -= 1
    return (slots + sp).move()
  }

  var top: Value { slots[sp - 1] }
}

