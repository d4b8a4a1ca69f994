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
// `back` links a frame to the frame that is waiting for it; it is set when
// the frame starts or resumes running and cleared when it stops, so a
// suspended generator frame does not keep its last caller alive.

/// How a frame hands its result back when it returns or yields.
enum FrameDelivery {
  /// Called by a Python call instruction in `back`: push the return value.
  case call
  /// The first frame of a `VM.run`: return from `run`.
  case entry
  /// A generator or coroutine resumed by `back`'s `forIter` or `send`.
  case resumedByInstruction
  /// A class body run by `__build_class__` inside the dispatch loop:
  /// like `.call`, but the namespace is what gets used.
  case classBody
}

final class Frame {
  let code: PyCode
  let globals: PyDict
  let slots: UnsafeMutablePointer<Value>
  var sp: Int
  var ip: Int = 0
  /// Cells: this scope's own (`cellCount`), then the closure's.
  var cells: [PyCell]
  /// The namespace of a class body (names are looked up there first).
  var namespace: PyDict?
  var back: Frame?
  var delivery: FrameDelivery = .call
  /// The generator or coroutine that owns this frame, if any.
  weak var generator: PyGenerator?
  /// The function whose call made this frame (for `super()` and reprs).
  let function: PyFunction?

  init(code: PyCode, globals: PyDict, function: PyFunction?) {
    self.code = code
    self.globals = globals
    self.function = function
    slots = UnsafeMutablePointer<Value>.allocate(capacity: max(code.frameSize, 1))
    slots.initialize(repeating: .null, count: code.localCount)
    sp = code.localCount
    if code.cellCount == 0 {
      cells = function?.closure ?? []
    } else {
      var c: [PyCell] = []
      c.reserveCapacity(code.cellCount + code.freeCount)
      for _ in 0..<code.cellCount { c.append(PyCell()) }
      if let closure = function?.closure { c.append(contentsOf: closure) }
      cells = c
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
