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
  private(set) var globals: PyDict
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
  unowned(unsafe) var generator: PyGenerator? {
    didSet { ownedByGenerator = true }
  }
  /// Set once a generator owns the frame (a plain flag: reading a weak
  /// reference costs a runtime call).
  private(set) var ownedByGenerator = false
  /// The function whose call made this frame (for `super()` and reprs).
  private(set) var function: PyFunction?

  init(code: PyCode, globals: PyDict, function: PyFunction?) {
    self.code = code
    self.globals = globals
    self.function = function
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
    let code = function.code
    if let owned = code.popPooledFrame() {
      let frame = owned.takeUnretainedValue()
      // Pooled frames keep their globals and function, which usually are
      // the same for the next call: assign only when they differ.
      if frame.globals !== function.globals { frame.globals = function.globals }
      if frame.function !== function { frame.function = function }
      let locals = code.localCount
      var i = 0
      while i < locals {
        (frame.slots + i).initialize(to: .null)
        i &+= 1
      }
      frame.sp = locals
      frame.ip = 0
      if code.cellCount > 0 || code.freeCount > 0 {
        frame.cells = makeCells(code, function)
      }
      return owned
    }
    return Unmanaged.passRetained(Frame(code: code, globals: function.globals, function: function))
  }

  /// Returns a finished call's frame to its code's pool when nothing else
  /// refers to it. `frame` must be the caller's only reference.
  @inline(__always)
  static func recycle(_ frame: inout Frame) {
    guard !frame.ownedByGenerator, frame.namespace == nil, frame.code.hasPoolRoom,
      isKnownUniquelyReferenced(&frame)
    else { return }
    var i = 0
    let n = frame.sp
    while i < n {
      _ = (frame.slots + i).move()
      i &+= 1
    }
    frame.sp = 0
    if !frame.cells.isEmpty { frame.cells = [] }
    frame.delivery = .call
    frame.code.pushPooledFrame(Unmanaged.passRetained(frame))
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
