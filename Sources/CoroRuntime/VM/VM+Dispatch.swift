import CSwiftRuntime
import CoroCompiler

/// What `VM.run` ends with.
enum RunResult {
  case returned(Value)
  /// The entry frame (a generator or coroutine) suspended at a `yield`.
  case yielded(Value)
}

extension VM {
  /// Runs `entry` until it returns or (for generator frames) yields.
  ///
  /// Python-to-Python calls, and generators resumed by `for` loops and
  /// `yield from`/`await`, switch `frame` inside this loop without
  /// recursing in Swift; only Swift code that calls back into Python
  /// (a `sorted` key function, the event loop running a callback) starts a
  /// nested `run`. `throwing` raises an exception at the frame's current
  /// instruction first, as `generator.throw()` does.
  ///
  /// The loop keeps the current frame's instruction pointer, stack pointer
  /// and buffers in locals (re-read after every frame switch) because it
  /// reads them on every instruction; `frame.ip`/`frame.sp` are written
  /// back whenever the frame stops being current or an exception unwinds.
  ///
  /// Frames entered inside this loop live on `callStack`, which owns one
  /// reference to each called frame (the entry frame is owned by the
  /// caller of `run`, a resumed generator's frame by its generator).
  /// The frame below the current one is the one waiting for it (its
  /// caller, or the `for`/`send` that resumed a generator). Keeping
  /// ownership in one explicit stack costs one retain and one release per
  /// call, instead of the half-dozen that strong back-links and a strong
  /// "current frame" variable cost.
  func run(_ entry: Frame, throwing thrownIn: PyException? = nil) throws(PyException) -> RunResult {
    if nativeDepth >= Limits.maximumNativeDepth {
      throw PyException.recursionError("maximum recursion depth exceeded")
    }
    try enterRecursion()
    nativeDepth += 1
    defer { nativeDepth -= 1 }
    let outerFrame = self.frame
    entry.delivery = .entry
    var callStack = FrameStack()
    defer { callStack.deallocate() }
    var frame = entry
    var instructions = frame.code.instructions
    var slots = frame.slots
    var constants = frame.code.constantsPointer
    var ip = frame.ip
    var sp = frame.sp
    var pendingThrow = thrownIn
    self.frame = frame
    defer {
      self.frame = outerFrame
      // `run` ends in its entry frame, but `resume` sets `frame` without
      // reference counting: make sure the reference released is entry's.
      assert(frame === entry, "run ended in a frame other than its entry")
      withUnsafeMutablePointer(to: &frame) {
        UnsafeMutableRawPointer($0).storeBytes(of: Unmanaged.passUnretained(entry), as: Unmanaged<Frame>.self)
      }
    }

    // Set just before throwing, to tell the handler how the exception came.
    var isReraise = false
    var forceChain = false
    // Backward jumps and calls until the next look at Ctrl-C and at other
    // threads waiting for their turn.
    var ticks = ThreadCoordinator.switchInterval

    @inline(__always) func push(_ v: consuming Value) {
      (slots + sp).initialize(to: v)
      sp &+= 1
    }
    @inline(__always) func pop() -> Value {
      sp &-= 1
      return (slots + sp).move()
    }
    @inline(__always) func top() -> Value {
      slots[sp &- 1]
    }
    @inline(__always) func setTop(_ v: Value) {
      slots[sp &- 1] = v
    }
    /// Hands the next value of a `for` loop's iterator to the loop body:
    /// when the body starts by storing it in a local (`for x in ...:`),
    /// the store is done here, saving a push, a pop and a dispatch.
    @inline(__always) func deliverNext(_ v: consuming Value) {
      let next = instructions[ip]
      if next.opcode == .storeFast || next.opcode == .storeFastLoadFast {
        // A fused storeFastLoadFast leaves its loadFast in place after it.
        ip &+= 1
        frame.ip = ip
        slots[next.arg] = v
      } else {
        push(v)
      }
    }
    /// What a call instruction does with the outcome of a call: pushes the
    /// value, or enters the new frame (whose return value comes back here).
    @inline(__always) func pushOrEnter(_ outcome: CallOutcome) throws(PyException) {
      switch outcome {
      case .value(let v):
        push(v)
      case .frame(let f):
        frame.sp = sp
        f.delivery = .call
        try enterRecursion()
        enter(Unmanaged.passRetained(f))
      }
    }
    /// Pushes `owned` (one owned reference) and makes it the current frame.
    @inline(__always) func enter(_ owned: Unmanaged<Frame>) {
      callStack.push(owned)
      resume(owned)
    }
    /// Makes the frame of a generator resumed by `forIter` or `send` the
    /// current frame. The call stack does not own it: the generator owns
    /// its frame, and the resuming instruction's stack slot (below, and
    /// untouchable while the generator runs) owns the generator.
    @inline(__always) func enterGenerator(_ f: Unmanaged<Frame>) {
      callStack.push(f)
      resume(f)
      frame.delivery = .resumedByInstruction
    }
    /// Makes `f` the current frame (it is already owned somewhere).
    @inline(__always) func resume(_ f: Unmanaged<Frame>) {
      // `frame` changes without a retain and a release: the call stack or
      // the caller of `run` owns every frame that can be current. The
      // variable keeps the one reference it took to `entry` when `run`
      // began, and holds `entry` again whenever `run` ends (see the
      // `defer` below), so that reference is the one released.
      withUnsafeMutablePointer(to: &frame) {
        UnsafeMutableRawPointer($0).storeBytes(of: f, as: Unmanaged<Frame>.self)
      }
      instructions = frame.code.instructions
      slots = frame.slots
      constants = frame.code.constantsPointer
      ip = frame.ip
      sp = frame.sp
      self.frame = frame
    }
    @inline(__always) func save() {
      frame.ip = ip
      frame.sp = sp
    }
    /// Pops the current frame and returns to the one below it, handing
    /// back the popped frame's owned reference.
    @inline(__always) func leave() -> Unmanaged<Frame>? {
      guard let top = callStack.pop() else { return nil }
      resume(callStack.top ?? Unmanaged.passUnretained(entry))
      return top
    }

    while true {
      do throws(PyException) {
        if let exc = pendingThrow {
          pendingThrow = nil
          throw exc
        }
        while true {
          var ins = instructions[ip]
          ip &+= 1
          switch ins.opcode {
          // MARK: Stack
          case .nop:
            break
          case .popTop:
            // Instructions that may free the last reference to an object
            // save ip first: a coroutine dropped unawaited reports the
            // line that dropped it.
            frame.ip = ip
            sp &-= 1
            (slots + sp).deinitialize(count: 1)
          case .copy:
            push(slots[sp &- ins.arg])
          case .swap:
            let i = sp &- ins.arg
            let t = slots[sp &- 1]
            slots[sp &- 1] = slots[i]
            slots[i] = t
          case .loadConst:
            push(constants[ins.arg])
          case .pushNull:
            push(.null)

          // MARK: Names
          case .loadFast:
            let v = slots[ins.arg]
            if case .null = v {
              throw PyException.unboundLocal(frame.code.object.localNames[ins.arg])
            }
            push(v)
          case .storeFast:
            frame.ip = ip
            slots[ins.arg] = pop()
          case .deleteFast:
            frame.ip = ip
            if case .null = slots[ins.arg] {
              throw PyException.unboundLocal(frame.code.object.localNames[ins.arg])
            }
            slots[ins.arg] = .null
          case .loadDeref:
            let v = frame.cells[ins.arg].value
            if case .null = v { throw unboundCellError(frame.code, ins.arg) }
            push(v)
          case .storeDeref:
            frame.cells[ins.arg].value = pop()
          case .deleteDeref:
            if case .null = frame.cells[ins.arg].value { throw unboundCellError(frame.code, ins.arg) }
            frame.cells[ins.arg].value = .null
          case .loadClosure:
            push(.object(frame.cells[ins.arg]))
          case .loadClassDeref:
            let name = cellName(frame.code, ins.arg)
            if let ns = frame.namespace, let v = ns.getString(PyStr.intern(name)) {
              push(v)
            } else {
              let v = frame.cells[ins.arg].value
              if case .null = v { throw unboundCellError(frame.code, ins.arg) }
              push(v)
            }
          case .loadGlobal:
            push(try loadGlobalCached(frame.code, ins.arg, frame.globals))
          case .storeGlobal:
            frame.ip = ip
            if VM.storeGlobalInPlace(frame.code, ins.arg, frame.globalsLink, from: slots + (sp &- 1)) {
              sp &-= 1
              continue
            }
            storeGlobalCached(frame.code, ins.arg, frame.globals, pop())
          case .deleteGlobal:
            frame.ip = ip
            if frame.globals.removeString(frame.code.name(ins.arg)) == nil {
              throw PyException.nameError(frame.code.name(ins.arg).value)
            }
          case .loadName:
            if let ns = frame.namespace {
              let name = frame.code.name(ins.arg)
              if let v = ns.getString(name) {
                push(v)
              } else {
                push(try loadGlobal(name, frame.globals))
              }
            } else {
              // Module-level code: names are globals.
              push(try loadGlobalCached(frame.code, ins.arg, frame.globals))
            }
          case .storeName:
            frame.ip = ip
            let v = pop()
            if let ns = frame.namespace {
              ns.setString(frame.code.name(ins.arg), v)
            } else {
              storeGlobalCached(frame.code, ins.arg, frame.globals, v)
            }
          case .deleteName:
            frame.ip = ip
            let name = frame.code.name(ins.arg)
            if (frame.namespace ?? frame.globals).removeString(name) == nil {
              throw PyException.nameError(name.value)
            }

          // MARK: Attributes and items
          case .loadAttr:
            if let instanceRef = VM.peek(PyInstance.self, slots + (sp &- 1)),
              let v = instanceRef._withUnsafeGuaranteedRef({
                VM.cachedInstanceAttribute($0, frame.code, ip &- 1, ins.arg)
              })
            {
              slots[sp &- 1] = v
              continue
            }
            let obj = top()
            setTop(try loadAttributeCached(obj, frame.code, ip &- 1, ins.arg))
          case .storeAttr:
            // The value (under the object) moves into the instance's dict.
            if let instanceRef = VM.peek(PyInstance.self, slots + (sp &- 1)) {
              let valueSlot = slots + (sp &- 2)
              frame.ip = ip  // the replaced value or the object may run a __del__
              if instanceRef._withUnsafeGuaranteedRef({
                VM.storeCachedInstanceAttribute($0, valueSlot, frame.code, ip &- 1, ins.arg)
              }) {
                sp &-= 2
                (slots + (sp &+ 1)).deinitialize(count: 1)
                continue
              }
            }
            let obj = pop()
            let value = pop()
            try storeAttributeCached(obj, value, frame.code, ip &- 1, ins.arg)
          case .deleteAttr:
            let obj = pop()
            try deleteAttribute(obj, frame.code.name(ins.arg))
          case .loadMethod:
            // Cache hit: the object moves up one slot and the method goes
            // under it, with one retain (the method's) in all.
            if let objRef = VM.peek(PyObject.self, slots + (sp &- 1)),
              let method = cachedMethod(objRef, Unmanaged.passUnretained(frame.code), ip &- 1, ins.arg)
            {
              (slots + sp).moveInitialize(from: slots + (sp &- 1), count: 1)
              (slots + (sp &- 1)).initialize(to: .object(method.takeUnretainedValue()))
              sp &+= 1
              continue
            }
            let obj = top()
            let (method, selfValue) = try loadMethodCached(obj, frame.code, ip &- 1, ins.arg)
            setTop(method)
            push(selfValue)
          case .binarySubscript:
            if case .int(let i) = slots[sp &- 1], case .object(let o) = slots[sp &- 2], let list = o as? PyList {
              let j = i < 0 ? i &+ list.items.count : i
              if j >= 0 && j < list.items.count {
                sp &-= 1
                slots[sp &- 1] = list.items[j]
                continue
              }
            }
            let key = pop()
            let container = top()
            setTop(try getItem(container, key))
          case .storeSubscript:
            let key = pop()
            let container = pop()
            let value = pop()
            try setItem(container, key, value)
          case .deleteSubscript:
            let key = pop()
            let container = pop()
            try deleteItem(container, key)
          case .buildSlice:
            let step: Value = ins.arg == 3 ? pop() : .none
            let stop = pop()
            let start = pop()
            push(.object(PySlice(start: start, stop: stop, step: step)))

          // MARK: Operators
          case .binaryOp:
            // Small ints first, read in place: no copies, no function calls.
            if case .int(let x) = slots[sp &- 2], case .int(let y) = slots[sp &- 1],
              let r = VM.smallIntFastPath(ins.arg, x, y)
            {
              sp &-= 1
              (slots + (sp &- 1)).initialize(to: r)
              continue
            }
            // Two exact strs added (`name.upper() + suffix`), read in place.
            if ins.arg == BinaryOperation.add.rawValue || ins.arg == BinaryOperation.inplaceAdd.rawValue,
              let leftRef = VM.peek(PyStr.self, slots + (sp &- 2)),
              let rightRef = VM.peek(PyStr.self, slots + (sp &- 1)),
              let sum = leftRef._withUnsafeGuaranteedRef({ s in
                rightRef._withUnsafeGuaranteedRef { t in
                  s.subclass == nil && t.subclass == nil ? PyStr.concatenation(s, t) : nil
                }
              })
            {
              sp &-= 1
              (slots + sp).deinitialize(count: 1)
              slots[sp &- 1] = .object(sum)
              continue
            }
            let b = pop()
            let a = top()
            if case .float(let x) = a, case .float(let y) = b {
              switch ins.arg {
              case BinaryOperation.add.rawValue, BinaryOperation.inplaceAdd.rawValue:
                setTop(.float(x + y))
                continue
              case BinaryOperation.subtract.rawValue, BinaryOperation.inplaceSubtract.rawValue:
                setTop(.float(x - y))
                continue
              case BinaryOperation.multiply.rawValue, BinaryOperation.inplaceMultiply.rawValue:
                setTop(.float(x * y))
                continue
              case BinaryOperation.trueDivide.rawValue, BinaryOperation.inplaceTrueDivide.rawValue:
                if y != 0 {
                  setTop(.float(x / y))
                  continue
                }
              default:
                break
              }
            }
            let op = BinaryOperation(rawValue: ins.arg) ?? .add
            setTop(try binaryOperation(op, a, b))
          case .compareOp:
            if case .int(let x) = slots[sp &- 2], case .int(let y) = slots[sp &- 1] {
              let r: Bool
              switch ins.arg {
              case 0: r = x < y
              case 1: r = x <= y
              case 2: r = x == y
              case 3: r = x != y
              case 4: r = x > y
              default: r = x >= y
              }
              sp &-= 1
              (slots + (sp &- 1)).initialize(to: .bool(r))
              continue
            }
            let b = pop()
            let a = top()
            let op = ComparisonOperation(rawValue: ins.arg) ?? .equal
            setTop(try compare(op, a, b))
          case .isOp:
            let b = pop()
            let a = top()
            setTop(.bool(a.isIdentical(to: b) != (ins.arg == 1)))
          case .containsOp:
            let container = pop()
            let item = top()
            let found = try contains(container, item)
            setTop(.bool(found != (ins.arg == 1)))
          case .unaryNegative:
            setTop(try negate(top()))
          case .unaryPositive:
            setTop(try positive(top()))
          case .unaryInvert:
            setTop(try invert(top()))
          case .unaryNot:
            setTop(.bool(!(try isTrue(top()))))

          // MARK: Building
          case .buildTuple:
            let n = ins.arg
            var items: [Value] = []
            items.reserveCapacity(n)
            for i in (sp &- n)..<sp { items.append((slots + i).move()) }
            sp &-= n
            push(.object(n == 0 ? PyTuple.empty : PyTuple(items)))
          case .buildList:
            let n = ins.arg
            var items: [Value] = []
            items.reserveCapacity(n)
            for i in (sp &- n)..<sp { items.append((slots + i).move()) }
            sp &-= n
            push(.object(PyList(items)))
          case .buildSet:
            let n = ins.arg
            let set = PySet()
            for i in (sp &- n)..<sp { try set.add(slots[i], vm: self) }
            for _ in 0..<n { _ = pop() }
            push(.object(set))
          case .buildMap:
            let n = ins.arg
            let dict = PyDict(capacity: n)
            var i = sp &- 2 &* n
            while i < sp {
              try dict.set(slots[i], slots[i &+ 1], vm: self)
              i &+= 2
            }
            for _ in 0..<(2 &* n) { _ = pop() }
            push(.object(dict))
          case .buildString:
            let n = ins.arg
            var s = ""
            for i in (sp &- n)..<sp {
              if let str = slots[i].asStr { s += str.value }
            }
            for _ in 0..<n { _ = pop() }
            push(.str(s))
          case .listAppend:
            let v = pop()
            if let list = slots[sp &- ins.arg].as(PyList.self) { list.items.append(v) }
          case .setAdd:
            let v = pop()
            if let set = slots[sp &- ins.arg].as(PySet.self) { try set.add(v, vm: self) }
          case .mapAdd:
            let value = pop()
            let key = pop()
            if let dict = slots[sp &- ins.arg].as(PyDict.self) { try dict.set(key, value, vm: self) }
          case .listExtend:
            let iterable = pop()
            if let list = slots[sp &- ins.arg].as(PyList.self) {
              try listExtend(list, iterable)
            }
          case .setUpdate:
            let iterable = pop()
            if let set = slots[sp &- ins.arg].as(PySet.self) {
              try setUpdate(set, iterable)
            }
          case .dictUpdate:
            let mapping = pop()
            if let dict = slots[sp &- ins.arg].as(PyDict.self) {
              try dictUpdate(dict, mapping, forCall: nil)
            }
          case .dictMerge:
            let mapping = pop()
            let callable = slots[max(sp &- ins.arg &- 2, frame.code.localCount)]
            if let dict = slots[sp &- ins.arg].as(PyDict.self) {
              try dictUpdate(dict, mapping, forCall: callable)
            }
          case .listToTuple:
            if let list = top().as(PyList.self) { setTop(.object(PyTuple(list.items))) }
          case .formatValue:
            let spec: Value = (ins.arg & 4) != 0 ? pop() : .none
            let value = top()
            setTop(try formatValue(value, conversion: ins.arg & 3, spec: spec))
          case .unpackSequence:
            // A list nothing else refers to (`a, b = s.split()`): its items
            // move onto the stack instead of being copied and then released
            // with the list.
            if let listRef = VM.peek(PyList.self, slots + (sp &- 1)),
              swift_isUniquelyReferenced_nonNull_native(listRef.toOpaque()),
              listRef._withUnsafeGuaranteedRef({ $0.subclass == nil && $0.items.count == ins.arg })
            {
              var items = listRef._withUnsafeGuaranteedRef { list in
                var taken: [Value] = []
                swap(&taken, &list.items)
                return taken
              }
              _ = pop()
              while let item = items.popLast() { push(item) }
              continue
            }
            // Any other exact list or tuple of the right length: its items
            // are copied onto the stack straight from its storage, last
            // first, in its place.
            if let count = VM.exactSequenceCount(slots + (sp &- 1)), count == ins.arg, count > 0 {
              let seq = pop()
              VM.withExactSequenceItems(seq) { items in
                var i = items.count
                while i > 0 {
                  i &-= 1
                  (slots + sp).initialize(to: items[i])
                  sp &+= 1
                }
              }
              continue
            }
            let seq = pop()
            let items = try unpack(seq, count: ins.arg)
            for item in items.reversed() { push(item) }
          case .unpackEx:
            let seq = pop()
            let items = try unpackStarred(seq, before: ins.arg & 0xFF, after: ins.arg >> 8)
            for item in items.reversed() { push(item) }

          // MARK: Jumps
          case .popJumpIfFalse:
            let v = pop()
            switch v {
            case .bool(let b): if !b { ip = ins.arg }
            default: if !(try isTrue(v)) { ip = ins.arg }
            }
          case .popJumpIfTrue:
            let v = pop()
            switch v {
            case .bool(let b): if b { ip = ins.arg }
            default: if try isTrue(v) { ip = ins.arg }
            }
          case .popJumpIfNone:
            if case .none = pop() { ip = ins.arg }
          case .popJumpIfNotNone:
            if case .none = pop() {} else { ip = ins.arg }
          case .jumpIfFalseOrPop:
            if try isTrue(top()) { _ = pop() } else { ip = ins.arg }
          case .jumpIfTrueOrPop:
            if try isTrue(top()) { ip = ins.arg } else { _ = pop() }
          case .getIter:
            setTop(try getIterator(top()))
          case .jump:
            if ins.arg < ip {
              ticks &-= 1
              if ticks <= 0 {
                ticks = ThreadCoordinator.switchInterval
                save()
                try periodicCheck()
              }
            }
            ip = ins.arg
            // A `for` loop's backward jump lands on its forIter: that runs
            // here (the next case) instead of costing another dispatch.
            ins = instructions[ip]
            guard ins.opcode == .forIter else { continue }
            ip &+= 1
            fallthrough
          case .forIter:
            // A plain generator suspended at a yield, the common case of
            // a `for` over a generator: resumed here without a retain of
            // the generator (the iterator slot keeps it alive) and without
            // the checks `startResuming` makes for other states.
            if let genRef = VM.peekSuspendedGenerator(slots + (sp &- 1)) {
              unowned(unsafe) let gen = genRef.takeUnretainedValue()
              do throws(PyException) {
                try enterRecursion()
              } catch {
                gen.state = .finished  // as startResuming
                throw error
              }
              let fRef = gen.frameLink
              // The None sent in is what the yield expression evaluates to;
              // a yield statement discards it at once (`popTop` next), so
              // that instruction is skipped instead.
              fRef._withUnsafeGuaranteedRef { f in
                if f.code.instructions[f.ip].opcode == .popTop {
                  f.ip &+= 1
                } else {
                  (f.slots + f.sp).initialize(to: .none)
                  f.sp &+= 1
                }
              }
              gen.state = .running
              gen.isDelegating = false
              // Moved, not copied: the entry comes back at the next yield.
              handledExceptions.push(gen.savedException.take())
              save()
              enterGenerator(fRef)
              continue
            }
            // Range and list iterators, peeked at in their slot (no
            // retain and release per iteration).
            if let it = VM.peek(PyRangeIterator.self, slots + (sp &- 1)) {
              if let v = it._withUnsafeGuaranteedRef({ $0.next() }) {
                deliverNext(.int(v))
              } else {
                _ = pop()
                ip = ins.arg
              }
              continue
            }
            if let it = VM.peek(PyListIterator.self, slots + (sp &- 1)) {
              if let v = it._withUnsafeGuaranteedRef({ $0.next() }) {
                deliverNext(v)
              } else {
                _ = pop()
                ip = ins.arg
              }
              continue
            }
            let iterator = top()
            if case .object(let obj) = iterator {
              if let gen = obj as? PyGenerator, gen.kind == .generator {
                if let f = try startResuming(gen, sending: .none, delegation: false) {
                  save()
                  enterGenerator(f)
                } else {
                  _ = pop()
                  ip = ins.arg
                }
                continue
              }
            }
            if let v = try nextValue(iterator) {
              push(v)
            } else {
              _ = pop()
              ip = ins.arg
            }

          // MARK: Calls
          case .call, .callMethod, .callKeywords:
            var argc = ins.arg
            var keywordNames: PyTuple?
            if ins.opcode == .callKeywords {
              keywordNames = pop().as(PyTuple.self)
            }
            ticks &-= 1
            if ticks <= 0 {
              ticks = ThreadCoordinator.switchInterval
              save()
              try periodicCheck()
            }
            let hasSelfSlot = ins.opcode != .call
            let base = sp &- argc &- (hasSelfSlot ? 2 : 1)
            var argStart = base &+ 1
            if hasSelfSlot {
              if case .null = slots[base &+ 1] {
                argStart = base &+ 2
              } else {
                argc &+= 1
              }
            }
            // Fast path: a Python function, or a bound method of one (a
            // stored callback, `with`'s `__exit__`: its self goes first),
            // called with its positional parameters (the last ones may be
            // left to their defaults). The arguments move from this stack
            // into the new frame's locals: no Args, no copies, no
            // refcounting.
            if keywordNames == nil, let (fnRef, boundRef) = VM.peekPythonCallee(slots + base) {
              unowned(unsafe) let fn = fnRef.takeUnretainedValue()
              unowned(unsafe) let fcode = fn.code
              let selfCount = boundRef == nil ? 0 : 1
              let given = argc &+ selfCount
              if given <= fcode.argCount && fcode.hasOnlyPositionalParameters && !fcode.isGeneratorLike
                && (given == fcode.argCount || given &+ fn.defaults.count >= fcode.argCount)
              {
                save()
                try enterRecursion()
                let arguments = slots + argStart
                let owned = fnRef._withUnsafeGuaranteedRef {
                  Frame.makeOwned(for: $0, movingArguments: arguments, count: argc, at: selfCount)
                }
                unowned(unsafe) let f = owned.takeUnretainedValue()
                if let boundRef { f.slots[0] = boundRef._withUnsafeGuaranteedRef { $0.selfValue } }
                if given < fcode.argCount { f.fillDefaults(of: fn, from: given) }
                // What is left on this stack: the callable (the frame holds
                // the function now) and maybe a NULL (which holds nothing).
                _ = (slots + base).move()
                sp = base
                if fcode.hasCellParameters { f.initializeCellParameters() }
                frame.sp = sp
                f.delivery = .call
                enter(owned)
                continue
              }
            }
            // A builtin method called on its object (`items.append(x)`):
            // loadMethod checked the receiver's type, so call it directly.
            // The stack keeps the descriptor and the receiver alive, so
            // neither is retained for the call.
            if hasSelfSlot && argStart == base &+ 1, let methodRef = VM.peek(PyMethodDescriptor.self, slots + base) {
              save()
              unowned(unsafe) let m = methodRef.takeUnretainedValue()
              let result: Value
              if m.fastPath == .listAppend && argc == 2 && keywordNames == nil,
                let listRef = VM.peek(PyList.self, slots + argStart)
              {
                // The item moves from its stack slot into the list.
                sp &-= 1
                let itemSlot = slots + sp
                listRef._withUnsafeGuaranteedRef { $0.items.append(itemSlot.move()) }
                result = .none
              } else {
                let rest = Args(UnsafeBufferPointer(start: slots + (argStart &+ 1), count: argc &- 1), keywordNames: keywordNames)
                // The receiver moves out of its slot (left NULL, which an
                // unwinding pop drops for nothing) and is released after the
                // call: passing the slot's value would cost a copy.
                let receiver = (slots + argStart).move()
                (slots + argStart).initialize(to: .null)
                result = try VM.withGuaranteed(methodRef) { (m: PyMethodDescriptor) throws(PyException) -> Value in
                  try m.fn(self, receiver, rest)
                }
              }
              while sp > base { _ = pop() }
              push(result)
              continue
            }
            // A builtin type (`int(s)`, `str(n)`, `list(xs)`), constructed in
            // place: a builtin type's metaclass is `type`, whose `__call__`
            // is the constructor.
            // `int(s)` and `int(s, base)` of plain digits, the commonest
            // conversion in text processing, read in place.
            if keywordNames == nil && (argc == 1 || argc == 2),
              let typeRef = VM.peek(PyType.self, slots + base),
              typeRef.toOpaque() == Unmanaged.passUnretained(BuiltinTypes.int).toOpaque(),
              let n = VM.plainDigitsInt(slots + argStart, argc)
            {
              while sp > base { _ = pop() }
              push(.int(n))
              continue
            }
            if let typeRef = VM.peek(PyType.self, slots + base),
              let constructor = typeRef._withUnsafeGuaranteedRef({ t in
                t.isBuiltin && t !== BuiltinTypes.type ? t.constructor : nil
              })
            {
              save()
              let args = Args(UnsafeBufferPointer(start: slots + argStart, count: argc), keywordNames: keywordNames)
              let result = try VM.withGuaranteed(typeRef) { (t: PyType) throws(PyException) -> Value in
                try constructor(self, t, args)
              }
              while sp > base { _ = pop() }
              push(result)
              continue
            }
            // A builtin function (`len(s)`, `print(x)`), called in place.
            if let builtinRef = VM.peek(PyBuiltinFunction.self, slots + base) {
              // len() of an exact str, list, tuple or dict: answered here.
              if argc == 1 && keywordNames == nil && builtinRef._withUnsafeGuaranteedRef({ $0.isLen }),
                let n = VM.exactLength(slots + argStart)
              {
                while sp > base { _ = pop() }
                push(.int(n))
                continue
              }
              save()
              let args = Args(UnsafeBufferPointer(start: slots + argStart, count: argc), keywordNames: keywordNames)
              let result = try VM.withGuaranteed(builtinRef) { (b: PyBuiltinFunction) throws(PyException) -> Value in
                try b.call(self, args)
              }
              while sp > base { _ = pop() }
              push(result)
              continue
            }
            let args = Args(UnsafeBufferPointer(start: slots + argStart, count: argc), keywordNames: keywordNames)
            save()
            // `Cls(...)` with a Python `__init__`: its frame runs in this
            // loop, above the new instance.
            if case .object(let callee) = slots[base], let type = callee as? PyType, !type.isBuiltin,
              let (f, instance) = try prepareInitializer(type, args)
            {
              while sp > base { _ = pop() }
              push(instance)
              frame.sp = sp
              f.delivery = .initializer
              try enterRecursion()
              enter(Unmanaged.passRetained(f))
              continue
            }
            let outcome = try prepareCall(slots[base], args)
            // The arguments were copied where needed; drop them and the
            // callable from the stack.
            while sp > base { _ = pop() }
            try pushOrEnter(outcome)
          case .callEx:
            let kwargs: Value = (ins.arg & 1) != 0 ? pop() : .null
            let positional = pop()
            let callable = pop()
            save()
            try pushOrEnter(try prepareCallEx(callable, positional, kwargs))
          case .makeFunction:
            guard let fcode = pop().as(PyCode.self) else { break }
            var closure: [PyCell] = []
            var kwdefaults: PyDict?
            var defaults: [Value] = []
            if (ins.arg & 8) != 0, let t = pop().as(PyTuple.self) {
              closure = t.items.compactMap { $0.as(PyCell.self) }
            }
            var annotations: PyDict?
            if (ins.arg & 4) != 0, let pairs = pop().as(PyTuple.self) {
              let dict = PyDict()
              var i = 0
              while i + 1 < pairs.items.count {
                if let name = pairs.items[i].asStr { dict.setString(name, pairs.items[i + 1]) }
                i += 2
              }
              annotations = dict
            }
            if (ins.arg & 2) != 0 { kwdefaults = pop().as(PyDict.self) }
            if (ins.arg & 1) != 0, let t = pop().as(PyTuple.self) { defaults = t.items }
            let fn = PyFunction(
              code: fcode, globals: frame.globals, defaults: defaults, keywordDefaults: kwdefaults,
              closure: closure)
            fn.annotations = annotations
            push(.object(fn))
          case .returnValue:
            let result = pop()
            save()
            switch frame.delivery {
            case .entry:
              finishFrame(frame)
              leaveRecursion()
              return .returned(result)
            case .call, .classBody:
              leaveRecursion()
              guard let popped = leave() else { return .returned(result) }
              Frame.recycle(popped)
              push(result)
            case .initializer:
              leaveRecursion()
              guard let popped = leave() else { return .returned(result) }
              Frame.recycle(popped)
              if !result.isNone {
                throw PyException.typeError("__init__() should return None, not '\(result.typeName)'")
              }
            case .resumedByInstruction:
              finishFrame(frame)
              leaveRecursion()
              // The call stack did not own the frame (`enterGenerator`).
              guard leave() != nil else { return .returned(result) }
              let resumer = instructions[ip &- 1]
              if resumer.opcode == .send {
                _ = pop()
                push(result)
                ip = resumer.arg
              } else {
                // forIter: the generator is exhausted.
                _ = pop()
                ip = resumer.arg
              }
            }
          case .loadBuildClass:
            push(interpreter.buildClassFunction)

          // MARK: Generators and coroutines
          case .yieldValue:
            let value = pop()
            save()
            suspendFrame(frame, delegating: ins.arg == 1)
            leaveRecursion()
            switch frame.delivery {
            case .resumedByInstruction:
              guard leave() != nil else { return .yielded(value) }
              if instructions[ip &- 1].opcode == .forIter {
                deliverNext(value)
              } else {
                push(value)
              }
            case .entry, .call, .classBody, .initializer:
              return .yielded(value)
            }
          case .getYieldFromIter:
            setTop(try yieldFromIterator(top(), inCoroutine: frame.code.flags.contains(.coroutine)))
          case .getAwaitable:
            setTop(try awaitableIterator(top(), context: ins.arg))
          case .send:
            let value = pop()
            let delegate = top()
            if let gen = delegate.as(PyGenerator.self) {
              if let f = try startResuming(gen, sending: value, delegation: true) {
                save()
                enterGenerator(f)
              } else {
                // Already finished: it "returns" None.
                setTop(.none)
                ip = ins.arg
              }
              continue
            }
            save()
            switch try sendToDelegate(delegate, value) {
            case .yielded(let v):
              push(v)
            case .returned(let r):
              setTop(r)
              ip = ins.arg
            }
          case .getAIter:
            setTop(try asyncIterator(top()))
          case .getANext:
            push(try asyncNext(top()))
          case .endAsyncFor:
            let exc = pop()
            _ = pop()
            if let e = exc.as(PyException.self), !e.isInstance(of: BuiltinTypes.stopAsyncIteration) {
              isReraise = true
              throw e
            }
          case .asyncGenWrap:
            setTop(.object(PyAsyncGenWrappedValue(top())))

          // MARK: Exceptions
          case .raiseVarargs:
            switch ins.arg {
            case 0:
              guard let current = currentHandledException else {
                throw PyException.runtimeError("No active exception to reraise")
              }
              // A bare `raise` restores the exception as it was: no new
              // traceback entry, no chaining (CPython's do_raise).
              isReraise = true
              throw current
            case 1:
              let exc = try makeException(pop())
              forceChain = true
              throw exc
            default:
              let cause = pop()
              let exc = try makeException(pop())
              try setCause(exc, cause)
              forceChain = true
              throw exc
            }
          case .reraise:
            let v = pop()
            if let exc = v.as(PyException.self) {
              isReraise = true
              throw exc
            }
            throw PyException.systemError("reraise of a non-exception")
          case .pushExcInfo:
            let exc = pop()
            let previous = handledExceptions.top
            push(previous.map { .object($0) } ?? .none)
            push(exc)
            handledExceptions.top = exc.as(PyException.self)
          case .popExcept:
            let previous = pop()
            handledExceptions.top = previous.as(PyException.self)
          case .checkExcMatch:
            let type = pop()
            let exc = top()
            push(.bool(try exceptionMatches(exc, type)))
          case .checkEGMatch:
            let type = pop()
            let exc = pop()
            let (rest, match) = try splitExceptionGroup(exc, type)
            push(rest)
            push(match)
            if let m = match.as(PyException.self) {
              handledExceptions.top = m
            }
          case .prepReraiseStar:
            let raised = pop()
            let original = pop()
            push(try prepareReraiseStar(original, raised))
          case .loadAssertionError:
            push(.object(BuiltinTypes.assertionError))
          case .beforeWith:
            let manager = pop()
            save()
            let (exit, enterMethod) = try withMethods(manager)
            push(exit)
            // A Python `__enter__` runs in this loop (its return value is
            // pushed as the entered value), not in a nested `run`.
            if let fn = enterMethod.as(PyFunction.self) {
              let noArguments = Args(UnsafeBufferPointer(start: nil, count: 0))
              try pushOrEnter(try callFunction(fn, selfValue: manager, noArguments))
            } else {
              push(try callMethod(enterMethod, manager, []))
            }
          case .beforeAsyncWith:
            let manager = pop()
            let (exit, entered) = try beforeAsyncWith(manager)
            push(exit)
            push(entered)
          case .withExceptStart:
            let exc = slots[sp &- 1]
            let exit = slots[sp &- 3]
            save()
            push(try callExit(exit, exc))

          // MARK: Modules
          case .importName:
            let fromList = pop()
            let level = pop()
            save()
            push(try importModule(frame.code.name(ins.arg).value, fromList: fromList, level: level, globals: frame.globals))
          case .importFrom:
            push(try importFrom(top(), frame.code.name(ins.arg)))
          case .importStar:
            let module = pop()
            try importStar(module, into: frame.namespace ?? frame.globals)
          case .printExpr:
            let v = pop()
            save()
            try displayHook(v)
          case .setupAnnotations:
            let namespace = frame.namespace ?? frame.globals
            if namespace.getString(Names.annotations) == nil {
              namespace.setString(Names.annotations, .object(PyDict()))
            }

          // MARK: Pattern matching
          case .getLen:
            save()
            push(.int(try length(top())))
          case .matchSequence:
            push(.bool(matchesSequencePattern(top())))
          case .matchMapping:
            push(.bool(matchesMappingPattern(top())))
          case .matchKeys:
            save()
            push(try matchKeys(slots[sp &- 2], top()))
          case .matchClass:
            let names = pop()
            let cls = pop()
            let subject = pop()
            save()
            push(try matchClass(subject, cls, positional: ins.arg, names: names))

          case .setupFinally, .setupCleanup, .setupWith, .popBlock:
            // Removed by the assembler; never executed.
            break

          // MARK: Superinstructions (see Opcode): the second instruction's
          // operand is read from the next slot, then skipped. An error in
          // either half leaves `ip` just past the half that raised, so
          // tracebacks point where they would without fusing.
          case .loadFastLoadFast:
            let v = slots[ins.arg]
            if case .null = v {
              throw PyException.unboundLocal(frame.code.object.localNames[ins.arg])
            }
            let second = instructions[ip].arg
            ip &+= 1
            let w = slots[second]
            if case .null = w {
              throw PyException.unboundLocal(frame.code.object.localNames[second])
            }
            push(v)
            push(w)
          case .loadFastLoadConst:
            let v = slots[ins.arg]
            if case .null = v {
              throw PyException.unboundLocal(frame.code.object.localNames[ins.arg])
            }
            push(v)
            push(constants[instructions[ip].arg])
            ip &+= 1
          case .storeFastLoadFast:
            frame.ip = ip
            slots[ins.arg] = pop()
            let second = instructions[ip].arg
            ip &+= 1
            let w = slots[second]
            if case .null = w {
              throw PyException.unboundLocal(frame.code.object.localNames[second])
            }
            push(w)
          case .compareOpPopJumpIfFalse, .compareOpPopJumpIfTrue:
            let jumpWhen = ins.opcode == .compareOpPopJumpIfTrue
            let target = instructions[ip].arg
            if case .int(let x) = slots[sp &- 2], case .int(let y) = slots[sp &- 1] {
              let r: Bool
              switch ins.arg {
              case 0: r = x < y
              case 1: r = x <= y
              case 2: r = x == y
              case 3: r = x != y
              case 4: r = x > y
              default: r = x >= y
              }
              // Both operands are ints: nothing to release.
              sp &-= 2
              ip &+= 1
              if r == jumpWhen { ip = target }
              continue
            }
            let b = pop()
            let a = pop()
            let op = ComparisonOperation(rawValue: ins.arg) ?? .equal
            let result = try compare(op, a, b)
            ip &+= 1
            let truth: Bool
            if case .bool(let t) = result { truth = t } else { truth = try isTrue(result) }
            if truth == jumpWhen { ip = target }
          }
        }
      } catch let error {
        // MARK: Unwinding
        var exc = error
        let reraised = isReraise
        let chain = forceChain
        isReraise = false
        forceChain = false
        save()
        if !reraised {
          let fresh = exc.traceback.isEmpty
          exc.addTraceback(frame)
          if chain || fresh { chainContext(exc) }
        }
        while true {
          if let handler = frame.code.object.handler(at: frame.currentInstruction) {
            let depth = frame.code.localCount + handler.depth
            while sp > depth { _ = pop() }
            push(.object(exc))
            ip = handler.target
            break
          }
          // No handler here: the frame is finished.
          while sp > frame.code.localCount { _ = pop() }
          save()
          let delivery = frame.delivery
          if frame.generator != nil {
            exc = finishFrame(frame, raising: exc)
          }
          leaveRecursion()
          if delivery == .entry {
            throw exc
          }
          guard let popped = leave() else { throw exc }
          if delivery != .resumedByInstruction { popped.release() }
          exc.addTraceback(frame)
        }
      }
    }
  }
}

/// The frames a `run` has entered, each with one owned reference: a
/// plain growable buffer (an Array would check uniqueness on every push
/// and pop, twice per call).
struct FrameStack {
  private var base: UnsafeMutablePointer<Unmanaged<Frame>>?
  private var count = 0
  private var capacity = 0

  @inline(__always)
  mutating func push(_ f: Unmanaged<Frame>) {
    if count == capacity { grow() }
    base?[count] = f
    count &+= 1
  }

  @inline(__always)
  mutating func pop() -> Unmanaged<Frame>? {
    guard count > 0, let base else { return nil }
    count &-= 1
    return base[count]
  }

  @inline(__always)
  var top: Unmanaged<Frame>? {
    guard count > 0, let base else { return nil }
    return base[count &- 1]
  }

  private mutating func grow() {
    let newCapacity = max(16, capacity * 2)
    let newBase = UnsafeMutablePointer<Unmanaged<Frame>>.allocate(capacity: newCapacity)
    if let base {
      newBase.moveInitialize(from: base, count: count)
      base.deallocate()
    }
    base = newBase
    capacity = newCapacity
  }

  /// Frees the buffer; every frame must have been popped (and released).
  mutating func deallocate() {
    while let f = pop() { f.release() }
    base?.deallocate()
    base = nil
  }
}

extension VM {
  /// The generator in a stack slot when it is a plain generator suspended
  /// at a yield, without a retain: the slot keeps it alive while it runs.
  @inline(__always)
  static func peekSuspendedGenerator(_ slot: UnsafeMutablePointer<Value>) -> Unmanaged<PyGenerator>? {
    guard case .object(let o) = slot.pointee, let gen = o as? PyGenerator,
      gen.kind == .generator, gen.state == .suspended
    else { return nil }
    return Unmanaged.passUnretained(gen)
  }

  /// `Unmanaged._withUnsafeGuaranteedRef` with typed throws (the standard
  /// library's does not carry them): `body` borrows the object, no retain.
  @inline(__always)
  static func withGuaranteed<T: AnyObject, R>(
    _ ref: Unmanaged<T>, _ body: (T) throws(PyException) -> R
  ) throws(PyException) -> R {
    try ref._withUnsafeGuaranteedRef { (o: T) -> Result<R, PyException> in
      do throws(PyException) {
        return .success(try body(o))
      } catch {
        return .failure(error)
      }
    }.get()
  }

  /// The length of the exact list or tuple in a stack slot (nil for
  /// anything else), read without a retain.
  @inline(__always)
  static func exactSequenceCount(_ slot: UnsafeMutablePointer<Value>) -> Int? {
    guard case .object(let o) = slot.pointee else { return nil }
    if let l = o as? PyList { return l.subclass == nil ? l.items.count : nil }
    if let t = o as? PyTuple { return t.subclass == nil ? t.items.count : nil }
    return nil
  }

  /// `int(s)` / `int(s, base)` for an exact str of plain digits (no sign,
  /// spaces or underscores) that fits in an Int, and a base from 2 to 36:
  /// the value; nil sends the call to `int`'s constructor, which handles
  /// (and reports) everything else.
  @inline(__always)
  static func plainDigitsInt(_ arguments: UnsafeMutablePointer<Value>, _ count: Int) -> Int? {
    var base = 10
    if count == 2 {
      guard case .int(let b) = arguments[1], b >= 2 && b <= 36 else { return nil }
      base = b
    }
    guard let s = peek(PyStr.self, arguments) else { return nil }
    return s._withUnsafeGuaranteedRef { s in
      s.subclass == nil ? s.withBytes { IntegerParser.parsePlainDigits($0, base: base) } : nil
    }
  }

  /// `len()` of the exact str, list, tuple or dict in a stack slot (nil for
  /// anything else, subclasses included: they may define `__len__`).
  @inline(__always)
  static func exactLength(_ slot: UnsafeMutablePointer<Value>) -> Int? {
    guard case .object(let o) = slot.pointee else { return nil }
    if let s = o as? PyStr { return s.subclass == nil ? s.count : nil }
    if let l = o as? PyList { return l.subclass == nil ? l.items.count : nil }
    if let t = o as? PyTuple { return t.subclass == nil ? t.items.count : nil }
    if let d = o as? PyDict { return d.subclass == nil ? d.count : nil }
    return nil
  }

  /// Calls `body` with the items of an exact list or tuple, in place.
  @inline(__always)
  static func withExactSequenceItems(_ seq: Value, _ body: (UnsafeBufferPointer<Value>) -> Void) {
    guard case .object(let o) = seq else { return }
    if let l = o as? PyList {
      l.items.withUnsafeBufferPointer(body)
    } else if let t = o as? PyTuple {
      t.items.withUnsafeBufferPointer(body)
    }
  }

  /// The object in a stack slot when it is a `T`, without a retain (the
  /// slot keeps it alive).
  @inline(__always)
  static func peek<T: PyObject>(_: T.Type, _ slot: UnsafeMutablePointer<Value>) -> Unmanaged<T>? {
    guard case .object(let o) = slot.pointee, let t = o as? T else { return nil }
    return Unmanaged.passUnretained(t)
  }

  /// The Python function a stack slot holds, directly or as a bound
  /// method (then with the bound method), without retains (the slot keeps
  /// both alive).
  @inline(__always)
  static func peekPythonCallee(
    _ slot: UnsafeMutablePointer<Value>
  ) -> (Unmanaged<PyFunction>, Unmanaged<PyBoundMethod>?)? {
    guard case .object(let o) = slot.pointee else { return nil }
    if let fn = o as? PyFunction { return (Unmanaged.passUnretained(fn), nil) }
    guard let bound = o as? PyBoundMethod, case .object(let f) = bound.function, let fn = f as? PyFunction else {
      return nil
    }
    return (Unmanaged.passUnretained(fn), Unmanaged.passUnretained(bound))
  }
}
