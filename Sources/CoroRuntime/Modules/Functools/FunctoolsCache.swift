// functools.lru_cache and functools.cache: the C `_lru_cache_wrapper` of
// Modules/_functoolsmodule.c (its key making, hit/miss counting and LRU
// eviction), and the CacheInfo named tuple its cache_info() returns.

/// One cached result in a bounded cache's recency list.
final class LRUNode: PyObject {
  let key: Value
  let result: Value
  var next: LRUNode?
  weak var previous: LRUNode?

  init(key: Value, result: Value) {
    self.key = key
    self.result = result
  }
}

/// The Swift state of one `_lru_cache_wrapper`: the cache and its counters.
final class LRUCacheState: PyObject {
  let function: Value
  /// nil: unbounded (`maxsize=None`).
  let maxsize: Int?
  let typed: Bool
  /// Key → result (unbounded) or key → `LRUNode` (bounded).
  var cache = PyDict()
  /// The bounded cache's recency list, least recently used first.
  private var oldest: LRUNode?
  private weak var newest: LRUNode?
  var hits = 0
  var misses = 0

  init(function: Value, maxsize: Int?, typed: Bool) {
    self.function = function
    self.maxsize = maxsize
    self.typed = typed
  }

  /// The marker between positional and keyword arguments in a key
  /// (`kwd_mark` in functools.py).
  static let keywordMark = Value.object(PyInstance(type: BuiltinTypes.object))

  /// `_make_key(args, kwds, typed)`.
  func key(_ vm: VM, _ args: Args) -> Value {
    var items = args.positional
    let keywords = args.keywords
    if !keywords.isEmpty {
      items.append(LRUCacheState.keywordMark)
      for (name, value) in keywords {
        items.append(.object(PyStr.intern(name)))
        items.append(value)
      }
    }
    if typed {
      items.append(contentsOf: args.positional.map { .object($0.type) })
      items.append(contentsOf: keywords.map { .object($0.1.type) })
    } else if items.count == 1 {
      switch items[0] {
      case .int: return items[0]
      case .object(let o) where o is PyStr || o is PyBigInt: return items[0]
      default: break
      }
    }
    return .tuple(items)
  }

  func clear() {
    cache = PyDict()
    // Unlink one node at a time: a long chain of `next` references would
    // otherwise be released recursively.
    while let node = oldest {
      oldest = node.next
      node.next = nil
    }
    hits = 0
    misses = 0
  }

  private func unlink(_ node: LRUNode) {
    let before = node.previous
    let after = node.next
    if let before { before.next = after } else { oldest = after }
    if let after { after.previous = before } else { newest = before }
    node.next = nil
    node.previous = nil
  }

  private func append(_ node: LRUNode) {
    if let last = newest {
      last.next = node
      node.previous = last
    } else {
      oldest = node
    }
    newest = node
  }

  /// One call through the cache.
  func call(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    guard let limit = maxsize else {
      let k = key(vm, args)
      if let cached = try cache.get(k, vm: vm) {
        hits += 1
        return cached
      }
      misses += 1
      let result = try vm.call(function, args)
      try cache.set(k, result, vm: vm)
      return result
    }
    if limit == 0 {
      misses += 1
      return try vm.call(function, args)
    }
    let k = key(vm, args)
    if let node = try cache.get(k, vm: vm)?.as(LRUNode.self) {
      hits += 1
      unlink(node)
      append(node)
      return node.result
    }
    misses += 1
    let result = try vm.call(function, args)
    // A recursive call may have cached this key meanwhile.
    if try cache.get(k, vm: vm) != nil { return result }
    if cache.count >= limit, let victim = oldest {
      unlink(victim)
      _ = try cache.remove(victim.key, vm: vm)
    }
    let node = LRUNode(key: k, result: result)
    append(node)
    try cache.set(k, .object(node), vm: vm)
    return result
  }

  deinit {
    clear()
  }
}

/// `functools._CacheInfo`: `CacheInfo(hits=1, misses=4, maxsize=2, currsize=2)`.
final class PyCacheInfo: PyObject, PyReprCustomizable {
  static let fieldNames = ["hits", "misses", "maxsize", "currsize"]
  let items: [Value]

  init(_ items: [Value]) {
    self.items = items
  }

  override var type: PyType { FunctoolsTypes.cacheInfo }

  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    var parts: [String] = []
    for (name, value) in zip(PyCacheInfo.fieldNames, items) {
      parts.append("\(name)=\(try vm.repr(value))")
    }
    return "CacheInfo(" + parts.joined(separator: ", ") + ")"
  }
}

extension FunctoolsTypes {
  /// Where a wrapper instance keeps its `LRUCacheState` (a key no attribute
  /// name can spell).
  static let stateKey = PyStr.intern("\u{0}lru_cache_state")

  static let cacheInfo: PyType = {
    let t = PyType(builtin: "CacheInfo", base: BuiltinTypes.object, module: "functools")
    for (i, name) in PyCacheInfo.fieldNames.enumerated() {
      t.addGetter(name) { (vm: VM, v: Value) throws(PyException) -> Value in
        v.as(PyCacheInfo.self)?.items[i] ?? .none
      }
    }
    t.addMethod("__iter__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .object(
        PySequenceIterator(v.as(PyCacheInfo.self)?.items ?? [], type: BuiltinTypes.tupleIterator))
    }
    t.addMethod("__len__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      .int(4)
    }
    t.addMethod("__getitem__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let key = try args.one("__getitem__")
      return try vm.getItem(.tuple(v.as(PyCacheInfo.self)?.items ?? []), key)
    }
    t.addMethod("_asdict") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let d = PyDict()
      for (name, value) in zip(PyCacheInfo.fieldNames, v.as(PyCacheInfo.self)?.items ?? []) {
        d.setString(PyStr.intern(name), value)
      }
      return .object(d)
    }
    return t
  }()

  static let lruCacheWrapper: PyType = {
    let t = PyType(
      builtin: "_lru_cache_wrapper", base: BuiltinTypes.object, layout: .instance,
      module: "functools")
    t.addMethod("__call__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try state(v).call(vm, args)
    }
    t.addMethod("cache_info") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("cache_info")
      let s = try state(v)
      return .object(
        PyCacheInfo([
          .int(s.hits), .int(s.misses), s.maxsize.map { .int($0) } ?? .none, .int(s.cache.count),
        ]))
    }
    t.addMethod("cache_clear") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("cache_clear")
      try state(v).clear()
      return .none
    }
    t.addMethod("cache_parameters") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let s = try state(v)
      let d = PyDict()
      d.setString("maxsize", s.maxsize.map { .int($0) } ?? .none)
      d.setString("typed", .bool(s.typed))
      return .object(d)
    }
    // Decorated methods bind to their instance, as functions do.
    t.addMethod("__get__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let a = try args.positional("__get__", 1, 2)
      if a[0].isNone { return v }
      return .object(PyBoundMethod(function: v, selfValue: a[0]))
    }
    return t
  }()

  private static func state(_ v: Value) throws(PyException) -> LRUCacheState {
    guard let s = v.as(PyInstance.self)?.dict.getString(stateKey)?.as(LRUCacheState.self) else {
      throw PyException.typeError("descriptor requires a 'functools._lru_cache_wrapper' object")
    }
    return s
  }

  /// `_lru_cache_wrapper(user_function, maxsize, typed)` with the wrapped
  /// function's name, doc and `__wrapped__` copied (update_wrapper).
  static func makeCacheWrapper(_ vm: VM, _ function: Value, maxsize: Int?, typed: Bool)
    throws(PyException) -> Value
  {
    guard vm.isCallable(function) else {
      throw PyException.typeError("the first argument must be callable")
    }
    let wrapper = PyInstance(type: lruCacheWrapper)
    wrapper.dict.setString(
      stateKey, .object(LRUCacheState(function: function, maxsize: maxsize, typed: typed)))
    try FunctoolsModule.updateWrapper(vm, .object(wrapper), function)
    return .object(wrapper)
  }

  /// `lru_cache(maxsize=128, typed=False)`: the decorator, or the wrapper
  /// itself when called directly on a function.
  static func lruCache(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let b = try args.bind("lru_cache", ["maxsize", "typed"])
    let typed = try b[1].map { (v: Value) throws(PyException) -> Bool in try vm.isTrue(v) } ?? false
    let first = b[0] ?? .int(128)
    var maxsize: Int?
    if let n = first.exactInteger {
      maxsize = max(0, Int(clamping: n))
    } else if vm.isCallable(first),
      b[1].map({ if case .bool = $0 { return true } else { return false } }) ?? true
    {
      return try makeCacheWrapper(vm, first, maxsize: 128, typed: typed)
    } else if !first.isNone {
      throw PyException.typeError("Expected first argument to be an integer, a callable, or None")
    }
    return .object(
      PyBuiltinFunction(name: "decorating_function") {
        (vm: VM, args: Args) throws(PyException) -> Value in
        try makeCacheWrapper(
          vm, try args.one("decorating_function"), maxsize: maxsize, typed: typed)
      })
  }
}
