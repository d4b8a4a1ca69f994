import CoroCompiler

/// The methods of `list` (CPython's Objects/listobject.c), with its
/// argument checks and messages. The hot ones (`append`, `pop`) check
/// their arguments without allocating.
extension BuiltinTypes {
  static func installListMethods() {
    let t = list
    t.addMethod("append") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "append", "list")
      l.items.append(try args.single("list.append"))
      return .none
    }
    t.addMethod("extend") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "extend", "list")
      try vm.extendList(l, try args.single("list.extend"))
      return .none
    }
    t.addMethod("insert") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "insert", "list")
      try args.positionalOnly("list.insert", "insert", 2, 2)
      var i = try vm.ssizeArgument(args[0])
      let n = l.items.count
      if i < 0 {
        i += n
        if i < 0 { i = 0 }
      } else if i > n {
        i = n
      }
      l.items.insert(args[1], at: i)
      return .none
    }
    t.addMethod("pop") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "pop", "list")
      try args.positionalOnly("list.pop", "pop", 0, 1)
      var i = -1
      if args.count == 1 { i = try vm.ssizeArgument(args[0]) }
      let n = l.items.count
      if n == 0 { throw PyException.indexError("pop from empty list") }
      if i < 0 { i += n }
      guard i >= 0 && i < n else { throw PyException.indexError("pop index out of range") }
      return i == n - 1 ? l.items.removeLast() : l.items.remove(at: i)
    }
    t.addMethod("remove") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "remove", "list")
      let x = try args.single("list.remove")
      // Re-read the list each step: a user __eq__ may change it.
      var i = 0
      while i < l.items.count {
        if try vm.valuesEqual(l.items[i], x) {
          if i < l.items.count { l.items.remove(at: i) }
          return .none
        }
        i += 1
      }
      throw PyException.valueError("list.remove(x): x not in list")
    }
    t.addMethod("index") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "index", "list")
      try args.positionalOnly("list.index", "index", 1, 3)
      let x = args[0]
      let (start, stop) = try vm.searchWindow(args, count: l.items.count)
      var i = start
      while i < stop && i < l.items.count {
        if try vm.valuesEqual(l.items[i], x) { return .int(i) }
        i += 1
      }
      throw PyException.valueError("\(try vm.repr(x)) is not in list")
    }
    t.addMethod("count") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "count", "list")
      return .int(try vm.countEqual(l.items, try args.single("list.count")))
    }
    t.addMethod("sort") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "sort", "list")
      if args.count > 0 { throw PyException.typeError("sort() takes no positional arguments") }
      var key: Value = .none
      var reverse = false
      for (name, value) in args.keywords {
        switch name {
        case "key": key = value
        case "reverse": reverse = try vm.sortReverseFlag(value)
        default: throw PyException.typeError("'\(name)' is an invalid keyword argument for sort()")
        }
      }
      try vm.sortList(l, key: key, reverse: .bool(reverse))
      return .none
    }
    t.addMethod("reverse") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "reverse", "list")
      try args.noArguments("list.reverse")
      l.items.reverseByMoving()
      return .none
    }
    t.addMethod("copy") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "copy", "list")
      try args.noArguments("list.copy")
      return .object(PyList(l.items))
    }
    t.addMethod("clear") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "clear", "list")
      try args.noArguments("list.clear")
      // Empty first, then drop the old items last to first, as CPython.
      var old = l.items
      l.items = []
      PyList.releaseLastFirst(&old)
      return .none
    }
    installListDunders()
  }

  /// The special methods a program may call by name (`lst.__len__()`);
  /// the operators themselves are native.
  private static func installListDunders() {
    let t = list
    t.addMethod("__len__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "__len__", "list")
      try args.wrapper("__len__", 0)
      return .int(l.items.count)
    }
    t.addMethod("__getitem__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "__getitem__", "list")
      return try vm.nativeGetItem(l, selfValue, try args.single("list.__getitem__"))
    }
    t.addMethod("__setitem__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "__setitem__", "list")
      try args.wrapper("__setitem__", 2, unpackStyle: true)
      try vm.nativeSetItem(l, selfValue, args[0], args[1])
      return .none
    }
    t.addMethod("__delitem__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "__delitem__", "list")
      try args.wrapper("__delitem__", 1)
      try vm.nativeDeleteItem(l, selfValue, args[0])
      return .none
    }
    t.addMethod("__contains__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "__contains__", "list")
      try args.wrapper("__contains__", 1)
      return .bool(try vm.nativeContains(l, selfValue, args[0]))
    }
    t.addMethod("__iter__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "__iter__", "list")
      try args.wrapper("__iter__", 0)
      return .object(PyListIterator(l))
    }
    t.addMethod("__reversed__") {
      (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "__reversed__", "list")
      try args.noArguments("list.__reversed__")
      return .object(PyListReverseIterator(l))
    }
    t.addMethod("__add__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "__add__", "list")
      try args.wrapper("__add__", 1)
      guard let other = args[0].as(PyList.self) else {
        throw PyException.typeError(
          "can only concatenate list (not \"\(args[0].typeName)\") to list")
      }
      return .object(PyList(l.items + other.items))
    }
    t.addMethod("__iadd__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let l = try receiver(selfValue, PyList.self, "__iadd__", "list")
      try args.wrapper("__iadd__", 1)
      try vm.extendList(l, args[0])
      return selfValue
    }
    for name in ["__mul__", "__rmul__"] {
      t.addMethod(name) { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
        _ = try receiver(selfValue, PyList.self, "__mul__", "list")
        try args.wrapper(name, 1)
        let n = try vm.repeatArgument(args[0])
        return try vm.nativeBinaryOperation(.multiply, selfValue, .int(n)) ?? notImplemented
      }
    }
    t.addMethod("__imul__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      _ = try receiver(selfValue, PyList.self, "__imul__", "list")
      try args.wrapper("__imul__", 1)
      let n = try vm.repeatArgument(args[0])
      return try vm.nativeBinaryOperation(.inplaceMultiply, selfValue, .int(n)) ?? notImplemented
    }
    addRichComparisons(t) { $0.as(PyList.self) != nil }
    markUnhashable(t)
  }
}

extension VM {
  /// `list.extend(iterable)` (list_extend): lists and tuples at once,
  /// anything else item by item, so a failing iterator leaves the items
  /// it produced.
  func extendList(_ l: PyList, _ iterable: Value) throws(PyException) {
    if case .object(let o) = iterable {
      if let other = o as? PyList, other.subclass == nil {
        l.items.append(contentsOf: other.items)
        return
      }
      if let t = o as? PyTuple, t.subclass == nil {
        l.items.append(contentsOf: t.items)
        return
      }
    }
    let it = try getIterator(iterable)
    while let x = try nextValue(it) { l.items.append(x) }
  }

  /// `reverse=` of `list.sort`: an int-like flag, as CPython parses it.
  func sortReverseFlag(_ v: Value) throws(PyException) -> Bool {
    switch v {
    case .bool(let b): return b
    case .int(let i): return i != 0
    default:
      if v.as(PyBigInt.self) != nil {
        throw PyException.overflowError("Python int too large to convert to C int")
      }
      return try intArgument(v) != 0
    }
  }

  /// The count of `seq * n` called by name (`sq_repeat`'s
  /// `PyNumber_AsSsize_t`).
  func repeatArgument(_ v: Value) throws(PyException) -> Int {
    if v.as(PyBigInt.self) != nil {
      throw PyException.overflowError("cannot fit 'int' into an index-sized integer")
    }
    return try intArgument(v)
  }
}
