import BigInt

/// What calling a builtin type does: `int("42")`, `list(range(3))`,
/// `enumerate(xs, 1)`, `property(getter)`...
extension BuiltinTypes {
  static func installConstructors() {
    int.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      if args.keywordCount == 0 && args.count <= 2 {
        return try vm.makeInt(args.count > 0 ? args[0] : nil, base: args.count > 1 ? args[1] : nil)
      }
      let bound = try args.bind("int", ["x", "base"], positionalOnly: 1)
      return try vm.makeInt(bound[0], base: bound[1])
    }
    float.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let a = try args.positional("float", 0, 1)
      guard let v = a.first else { return .float(0) }
      return .float(try vm.makeFloat(v))
    }
    str.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let bound = try args.bind("str", ["object", "encoding", "errors"])
      guard let v = bound[0] else { return .object(PyStr.empty) }
      if let b = v.as(PyBytes.self), bound[1] != nil || bound[2] != nil {
        func text(_ x: Value?, _ name: String) throws(PyException) -> String? {
          guard let x else { return nil }
          guard let s = x.asStr else {
            throw PyException.typeError("str() argument '\(name)' must be str, not \(x.typeName)")
          }
          return s.value
        }
        return .str(try vm.decodeBytes(
          b.bytes, encoding: try text(bound[1], "encoding") ?? "utf-8",
          errors: try text(bound[2], "errors") ?? "strict"))
      }
      if v.asStr != nil && v.type === BuiltinTypes.str { return v }
      return .str(try vm.str(v))
    }
    bool.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let a = try args.positional("bool", 0, 1)
      guard let v = a.first else { return .bool(false) }
      return .bool(try vm.isTrue(v))
    }
    list.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let a = try args.positional("list", 0, 1)
      guard let v = a.first else { return .object(PyList()) }
      return .object(PyList(try vm.iterate(v)))
    }
    tuple.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let a = try args.positional("tuple", 0, 1)
      guard let v = a.first else { return .object(PyTuple.empty) }
      if let t = v.as(PyTuple.self), t.subclass == nil { return v }
      return .object(PyTuple(try vm.iterate(v)))
    }
    dict.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      guard args.count <= 1 else {
        throw PyException.typeError("dict expected at most 1 argument, got \(args.count)")
      }
      let d = PyDict()
      if args.count == 1 { try vm.dictUpdateFromArgument(d, args[0]) }
      for (k, v) in args.keywords { d.setString(PyStr.intern(k), v) }
      return .object(d)
    }
    set.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let a = try args.positional("set", 0, 1)
      let s = PySet()
      if let v = a.first { try vm.setUpdate(s, v) }
      return .object(s)
    }
    frozenset.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let a = try args.positional("frozenset", 0, 1)
      if let v = a.first, let f = v.as(PySet.self), f.isFrozen, f.subclass == nil { return v }
      let s = PySet(frozen: true)
      if let v = a.first { try vm.setUpdate(s, v) }
      return .object(s)
    }
    range.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let a = try args.positional("range", 1, 3)
      func bound(_ v: Value) throws(PyException) -> Int {
        if v.as(PyBigInt.self) != nil {
          throw PyException.overflowError("Python int too large to convert to C ssize_t")
        }
        return try vm.intArgument(v)
      }
      switch a.count {
      case 1: return .object(PyRange(start: 0, stop: try bound(a[0]), step: 1))
      case 2: return .object(PyRange(start: try bound(a[0]), stop: try bound(a[1]), step: 1))
      default:
        let step = try bound(a[2])
        if step == 0 { throw PyException.valueError("range() arg 3 must not be zero") }
        return .object(PyRange(start: try bound(a[0]), stop: try bound(a[1]), step: step))
      }
    }
    slice.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let a = try args.positional("slice", 1, 3)
      switch a.count {
      case 1: return .object(PySlice(start: .none, stop: a[0], step: .none))
      case 2: return .object(PySlice(start: a[0], stop: a[1], step: .none))
      default: return .object(PySlice(start: a[0], stop: a[1], step: a[2]))
      }
    }
    enumerate.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let bound = try args.bind("enumerate", ["iterable", "start"], required: 1)
      let it = try vm.getIterator(bound[0] ?? .none)
      var counter: Value = bound[1] ?? .int(0)
      if vm.index(counter, orNil: true) == nil {
        throw PyException.typeError("'\(counter.typeName)' object cannot be interpreted as an integer")
      }
      return .object(PyClosureIterator(type: enumerate) { (vm: VM) throws(PyException) -> Value? in
        guard let v = try vm.nextValue(it) else { return nil }
        let index = counter
        counter = try vm.binaryOperation(.add, counter, .int(1))
        return .tuple([index, v])
      })
    }
    zip.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      var iterators: [Value] = []
      // CPython 3.11 lets iter()'s own error through ("'int' object is
      // not iterable"); 3.9 said "zip argument #1 must support iteration".
      for i in 0..<args.count {
        iterators.append(try vm.getIterator(args[i]))
      }
      let strict = try args.keyword("strict").map { (v: Value) throws(PyException) -> Bool in try vm.isTrue(v) } ?? false
      for (k, _) in args.keywords where k != "strict" {
        throw PyException.typeError("zip() got an unexpected keyword argument '\(k)'")
      }
      return .object(PyClosureIterator(type: zip) { (vm: VM) throws(PyException) -> Value? in
        if iterators.isEmpty { return nil }
        var items: [Value] = []
        for (i, it) in iterators.enumerated() {
          guard let v = try vm.nextValue(it) else {
            if strict {
              if i > 0 {
                throw PyException.valueError("zip() argument \(i + 1) is shorter than argument\(i > 1 ? "s 1-\(i)" : " 1")")
              }
              for (j, other) in iterators.enumerated().dropFirst() where try vm.nextValue(other) != nil {
                throw PyException.valueError("zip() argument \(j + 1) is longer than argument\(j > 1 ? "s 1-\(j)" : " 1")")
              }
            }
            return nil
          }
          items.append(v)
        }
        return .tuple(items)
      })
    }
    map.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      try args.rejectKeywords("map")
      guard args.count >= 2 else { throw PyException.typeError("map() must have at least two arguments.") }
      let function = args[0]
      var iterators: [Value] = []
      for i in 1..<args.count { iterators.append(try vm.getIterator(args[i])) }
      return .object(PyClosureIterator(type: map) { (vm: VM) throws(PyException) -> Value? in
        var items: [Value] = []
        for it in iterators {
          guard let v = try vm.nextValue(it) else { return nil }
          items.append(v)
        }
        return try vm.call(function, items)
      })
    }
    filter.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let a = try args.positional("filter", 2, 2)
      let function = a[0]
      let it = try vm.getIterator(a[1])
      return .object(PyClosureIterator(type: filter) { (vm: VM) throws(PyException) -> Value? in
        while let v = try vm.nextValue(it) {
          let keep = function.isNone ? try vm.isTrue(v) : try vm.isTrue(try vm.call(function, [v]))
          if keep { return v }
        }
        return nil
      })
    }
    reversed.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let a = try args.positional("reversed", 1, 1)
      return try vm.reversedIterator(a[0])
    }
    property.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let bound = try args.bind("property", ["fget", "fset", "fdel", "doc"])
      var doc = bound[3] ?? .none
      if doc.isNone, let getter = bound[0], !getter.isNone {
        doc = (try? vm.getAttribute(getter, Names.doc)) ?? .none
      }
      return .object(PyProperty(getter: bound[0] ?? .none, setter: bound[1] ?? .none, deleter: bound[2] ?? .none, doc: doc))
    }
    classmethod.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      .object(PyClassMethod(try args.one("classmethod")))
    }
    staticmethod.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      .object(PyStaticMethod(try args.one("staticmethod")))
    }
    superType.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      let a = try args.positional("super", 0, 2)
      if a.isEmpty { return try vm.zeroArgumentSuper() }
      guard let t = a[0].as(PyType.self) else {
        throw PyException.typeError("super() argument 1 must be a type, not \(a[0].typeName)")
      }
      guard a.count == 2 else { return .object(PySuper(type: t, object: .none)) }
      let obj = a[1]
      if !(obj.type.isSubtype(of: t) || (obj.as(PyType.self)?.isSubtype(of: t) ?? false)) {
        throw PyException.typeError("super(type, obj): obj must be an instance or subtype of type")
      }
      return .object(PySuper(type: t, object: obj))
    }
    bytes.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      .object(PyBytes(try byteValues(vm, args, "bytes")))
    }
    bytearray.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      .object(PyBytes(try byteValues(vm, args, "bytearray"), mutable: true))
    }
  }
}

extension VM {
  /// `int(x)` and `int(x, base)`.
  func makeInt(_ x: Value?, base: Value?) throws(PyException) -> Value {
    guard let x else {
      if base != nil { throw PyException.typeError("int() missing string argument") }
      return .int(0)
    }
    if let base {
      let b = try intArgument(base)
      guard let s = x.asStr else {
        throw PyException.typeError("int() can't convert non-string with explicit base")
      }
      return try intFromStr(s, base: b)
    }
    switch x {
    case .int: return x
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d):
      switch try convert({ try IntFloat.toInteger(d) }) {
      case .small(let i): return .int(i)
      case .big(let b): return .int(b)
      }
    case .object(let o):
      if o is PyBigInt { return x }
      if let s = o as? PyStr { return try intFromStr(s, base: 10) }
      if let b = o as? PyBytes { return try parseInt(String(decoding: b.bytes, as: UTF8.self), base: 10) }
      for name in ["__int__", "__index__", "__trunc__"] {
        if let m = o.type.lookup(PyStr.intern(name)) {
          let r = try callMethod(m, x, [])
          switch r {
          case .int, .bool: return try makeInt(r, base: nil)
          case .object(let ro) where ro is PyBigInt: return r
          default: throw PyException.typeError("\(name) returned non-int (type \(r.typeName))")
          }
        }
      }
    default: break
    }
    throw PyException.typeError(
      "int() argument must be a string, a bytes-like object or a real number, not '\(x.typeName)'")
  }

  /// `int(s, base)` for a str: plain digits straight from its bytes, else
  /// the full parser. (A function of its own, taking the str borrowed: done
  /// inline, the optimizer copied the argument value three times.)
  private func intFromStr(_ s: PyStr, base: Int) throws(PyException) -> Value {
    if let value = s.withBytes({ IntegerParser.parsePlainDigits($0, base: base) }) { return .int(value) }
    return try parseInt(s.value, base: base)
  }

  private func parseInt(_ text: String, base: Int) throws(PyException) -> Value {
    switch try convert({ try IntegerParser.parse(text, base: base) }) {
    case .small(let i): return .int(i)
    case .big(let b): return .int(b)
    }
  }

  /// `float(x)`.
  func makeFloat(_ v: Value) throws(PyException) -> Double {
    switch v {
    case .float(let d): return d
    case .int(let i): return Double(i)
    case .bool(let b): return b ? 1 : 0
    case .object(let o):
      if let b = o as? PyBigInt { return try convert { try IntFloat.toDouble(b.value) } }
      if let s = o as? PyStr { return try convert { try FloatParser.parse(s.value) } }
      for name in ["__float__", "__index__"] {
        if let m = o.type.lookup(PyStr.intern(name)) {
          let r = try callMethod(m, v, [])
          if case .float(let d) = r { return d }
          if name == "__index__", let i = try index(r) { return Double(i) }
          throw PyException.typeError("\(o.type.name).__float__ returned non-float (type \(r.typeName))")
        }
      }
    default: break
    }
    throw PyException.typeError("float() argument must be a string or a real number, not '\(v.typeName)'")
  }

  /// `dict(arg)` and `d.update(arg)`: a mapping or an iterable of pairs.
  func dictUpdateFromArgument(_ d: PyDict, _ arg: Value) throws(PyException) {
    if let other = arg.as(PyDict.self), copiesDirectly(other) {
      for e in other.liveEntries { try d.set(e.key, hash: e.hash, e.value, vm: self) }
      return
    }
    if case .object(let o) = arg, o.type.lookup(PyStr.intern("keys")) != nil, !(o is PyDictView) {
      try dictUpdate(d, arg, forCall: nil)
      return
    }
    let it: Value
    do throws(PyException) {
      it = try getIterator(arg)
    } catch {
      throw PyException.typeError("'\(arg.typeName)' object is not iterable")
    }
    var n = 0
    while let item = try nextValue(it) {
      let pair: [Value]
      do throws(PyException) {
        pair = try iterate(item)
      } catch {
        throw PyException.typeError(
          "cannot convert dictionary update sequence element #\(n) to a sequence")
      }
      guard pair.count == 2 else {
        throw PyException.valueError(
          "dictionary update sequence element #\(n) has length \(pair.count); 2 is required")
      }
      try d.set(pair[0], pair[1], vm: self)
      n += 1
    }
  }

  /// `reversed(seq)`.
  func reversedIterator(_ v: Value) throws(PyException) -> Value {
    if case .object(let o) = v {
      if o.subclassState != nil, let m = subclassOverride(o, Names.reversed) {
        return try callMethod(m, v, [])
      }
      if let l = o as? PyList { return .object(PyListReverseIterator(l)) }
      if let t = o as? PyTuple {
        return .object(PySequenceIterator(t.items.reversed(), type: BuiltinTypes.reversed))
      }
      if let r = o as? PyRange {
        let last = r.count > 0 ? r.item(r.count - 1) : r.start
        return .object(PyRangeIterator(start: last, step: -r.step, count: r.count))
      }
      if let s = o as? PyStr {
        return .object(PySequenceIterator(s.scalars.reversed().map { .object(PyStr.character($0)) }, type: BuiltinTypes.reversed))
      }
      if let d = o as? PyDict { return .object(PyDictIterator(d, kind: .keys, reversed: true)) }
      if let view = o as? PyDictView {
        return .object(PyDictIterator(view.dict, kind: view.dictIteratorKind, reversed: true))
      }
      if let m = o.type.lookup(Names.reversed) { return try callMethod(m, v, []) }
      if o.type.lookup(Names.len) != nil, o.type.lookup(Names.getitem) != nil {
        var i = try length(v)
        return .object(PyClosureIterator(type: BuiltinTypes.reversed) { (vm: VM) throws(PyException) -> Value? in
          i -= 1
          return i >= 0 ? try vm.getItem(v, .int(i)) : nil
        })
      }
    }
    throw PyException.typeError("'\(v.typeName)' object is not reversible")
  }

  /// An integer-like value, or nil (no exception) when it is not one.
  func index(_ v: Value, orNil: Bool) -> Int? {
    switch v {
    case .int(let i): return i
    case .bool(let b): return b ? 1 : 0
    case .object(let o) where o is PyBigInt: return 0
    default: return nil
    }
  }
}

/// The contents `bytes(...)` or `bytearray(...)` start with: nothing, n
/// zero bytes, a string's encoding, or the values of an iterable.
private func byteValues(_ vm: VM, _ args: Args, _ name: String) throws(PyException) -> [UInt8] {
  let bound = try args.bind(name, ["source", "encoding", "errors"])
  guard let source = bound[0] else { return [] }
  if let s = source.asStr {
    guard bound[1] != nil else { throw PyException.typeError("string argument without an encoding") }
    return Array(s.value.utf8)
  }
  if case .int(let n) = source {
    if n < 0 { throw PyException.valueError("negative count") }
    return [UInt8](repeating: 0, count: n)
  }
  if let b = source.as(PyBytes.self) { return b.bytes }
  var out: [UInt8] = []
  for v in try vm.iterate(source) {
    guard case .int(let i) = v, (0...255).contains(i) else {
      throw PyException.valueError("bytes must be in range(0, 256)")
    }
    out.append(UInt8(i))
  }
  return out
}
