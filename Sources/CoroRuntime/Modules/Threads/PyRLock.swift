/// `_thread.RLock`, the reentrant lock `threading.RLock()` makes (CPython's
/// C `rlockobject`): a `_thread.lock` plus its owner's ident and a count.
/// Native, as in CPython, because every `threading.Condition` is built on
/// one and `concurrent.futures` takes one for each state change of a Future.
final class PyRLock: PyObject, PyReprCustomizable {
  private let block = PyLock()
  /// The ident of the owning thread; 0 when unowned.
  private(set) var owner = 0
  private(set) var count = 0

  override var type: PyType { PyRLock.type }

  static let type: PyType = {
    let t = PyType(builtin: "RLock", base: BuiltinTypes.object)
    t.module = "_thread"
    // CPython's rlock_new ignores its arguments.
    t.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      .object(PyRLock())
    }
    installMethods(t)
    return t
  }()

  private static func ident(_ vm: VM) -> Int {
    vm.threadIdent
  }

  func acquire(_ vm: VM, blocking: Bool, timeout: Double) throws(PyException) -> Bool {
    let me = PyRLock.ident(vm)
    if count > 0 && owner == me {
      count += 1
      return true
    }
    guard try block.acquire(vm, blocking: blocking, timeout: timeout) else { return false }
    owner = me
    count = 1
    return true
  }

  func release(_ vm: VM) throws(PyException) {
    guard count > 0, owner == PyRLock.ident(vm) else {
      throw PyException.runtimeError("cannot release un-acquired lock")
    }
    count -= 1
    if count == 0 {
      owner = 0
      try block.release(vm)
    }
  }

  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    "<\(count > 0 ? "locked" : "unlocked") _thread.RLock object owner=\(owner) count=\(count) at \(vm.address(self))>"
  }

  private static func installMethods(_ t: PyType) {
    func rlock(_ v: Value) throws(PyException) -> PyRLock {
      guard let r = v.as(PyRLock.self) else {
        throw PyException.typeError("descriptor requires a '_thread.RLock' object but received '\(v.typeName)'")
      }
      return r
    }
    let acquire: PyMethodDescriptor.Function = { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let r = try rlock(v)
      let (blocking, timeout) = try ThreadModule.lockAcquireArguments(vm, args)
      return .bool(try r.acquire(vm, blocking: blocking, timeout: timeout))
    }
    t.addMethod("acquire", acquire)
    t.addMethod("__enter__", acquire)
    t.addMethod("release") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("release")
      try rlock(v).release(vm)
      return .none
    }
    t.addMethod("__exit__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try rlock(v).release(vm)
      return .none
    }
    t.addMethod("_is_owned") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("_is_owned")
      let r = try rlock(v)
      return .bool(r.count > 0 && r.owner == ident(vm))
    }
    // For threading.Condition.wait: give the lock up whatever the count,
    // and take it back with the same count and owner.
    t.addMethod("_release_save") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("_release_save")
      let r = try rlock(v)
      guard r.count > 0 else { throw PyException.runtimeError("cannot release un-acquired lock") }
      let state = Value.tuple([.int(r.count), .int(r.owner)])
      r.count = 0
      r.owner = 0
      try r.block.release(vm)
      return state
    }
    t.addMethod("_acquire_restore") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let r = try rlock(v)
      let state = try args.one("_acquire_restore")
      guard let pair = state.as(PyTuple.self), pair.items.count == 2,
        case .int(let count) = pair.items[0], case .int(let owner) = pair.items[1]
      else {
        throw PyException.typeError("_acquire_restore() argument 1 must be 2-item sequence, not \(state.typeName)")
      }
      _ = try r.block.acquire(vm, blocking: true, timeout: -1)
      r.count = count
      r.owner = owner
      return .none
    }
  }
}
