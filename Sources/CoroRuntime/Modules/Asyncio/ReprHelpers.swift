/// `reprlib.repr` (the module's shared `Repr()`), as asyncio uses it for
/// future results and callback arguments. Like reprlib it picks a method
/// by the exact type name (a subclass of `list` is shown as an instance),
/// sorts sets and dicts when it can, and keeps both ends of a long text.
enum LimitedRepr {
  static let maxLevel = 6, maxTuple = 6, maxList = 6, maxDict = 4, maxSet = 6, maxDeque = 6
  static let maxString = 30, maxLong = 40, maxOther = 30

  static func repr(_ v: Value, _ vm: VM, level: Int = maxLevel) throws(PyException) -> String {
    switch v.typeName {
    case "tuple":
      guard let t = v.as(PyTuple.self) else { break }
      return try iterable(t.items, vm, level, "(", ")", maxTuple, trail: ",")
    case "list":
      guard let l = v.as(PyList.self) else { break }
      return try iterable(l.items, vm, level, "[", "]", maxList)
    case "set":
      guard let s = v.as(PySet.self) else { break }
      if s.count == 0 { return "set()" }
      return try iterable(possiblySorted(s.keys, vm), vm, level, "{", "}", maxSet)
    case "frozenset":
      guard let s = v.as(PySet.self) else { break }
      if s.count == 0 { return "frozenset()" }
      return try iterable(possiblySorted(s.keys, vm), vm, level, "frozenset({", "})", maxSet)
    case "deque":
      return try iterable(vm.iterate(v), vm, level, "deque([", "])", maxDeque)
    case "dict":
      guard let d = v.as(PyDict.self) else { break }
      if d.count == 0 { return "{}" }
      if level <= 0 { return "{...}" }
      var parts: [String] = []
      for key in try possiblySorted(d.liveEntries.map(\.key), vm).prefix(maxDict) {
        let value = try vm.getItem(v, key)
        parts.append((try repr(key, vm, level: level - 1)) + ": " + (try repr(value, vm, level: level - 1)))
      }
      if d.count > maxDict { parts.append("...") }
      return "{" + parts.joined(separator: ", ") + "}"
    case "str":
      guard let text = v.as(PyStr.self)?.value else { break }
      return stringRepr(text)
    case "int":
      return elide(try vm.repr(v), maxLong)
    default:
      break
    }
    // repr_instance: a failing __repr__ is replaced, not raised.
    guard let text = try? vm.repr(v) else {
      let address = v.asObject.map { vm.address($0) } ?? "0x0"
      return "<\(v.typeName) instance at \(address)>"
    }
    return elide(text, maxOther)
  }

  /// `_repr_iterable`: at most `maxItems` items, `...` for the rest, and a
  /// lone tuple item keeps its comma.
  private static func iterable(
    _ items: [Value], _ vm: VM, _ level: Int, _ open: String, _ close: String, _ maxItems: Int, trail: String = ""
  ) throws(PyException) -> String {
    if level <= 0 && !items.isEmpty { return open + "..." + close }
    var parts: [String] = []
    for item in items.prefix(maxItems) { parts.append(try repr(item, vm, level: level - 1)) }
    if items.count > maxItems { parts.append("...") }
    return open + parts.joined(separator: ", ") + (items.count == 1 ? trail : "") + close
  }

  /// `repr_str`: the repr of the text's two ends, cut to `maxString`.
  private static func stringRepr(_ text: String) -> String {
    let scalars = Array(text.unicodeScalars)
    let head = StringRepr.repr(String(String.UnicodeScalarView(scalars.prefix(maxString))))
    guard head.unicodeScalars.count > maxString else { return head }
    let (i, j) = endLengths(maxString)
    var ends = String.UnicodeScalarView(scalars.prefix(i))
    ends.append(contentsOf: scalars.suffix(j))
    return keepEnds(Array(StringRepr.repr(String(ends)).unicodeScalars), maxString)
  }

  /// `_possibly_sorted`: sorted when the items compare, else as they are.
  private static func possiblySorted(_ items: [Value], _ vm: VM) throws(PyException) -> [Value] {
    let list = PyList(items)
    do {
      try vm.sortList(list, key: .none, reverse: .bool(false))
      return list.items
    } catch {
      return items
    }
  }

  /// Elides the middle of `s` when it is longer than `limit`.
  private static func elide(_ s: String, _ limit: Int) -> String {
    let scalars = Array(s.unicodeScalars)
    return scalars.count > limit ? keepEnds(scalars, limit) : s
  }

  /// How many characters reprlib keeps at each end: `(limit - 3) / 2` first.
  private static func endLengths(_ limit: Int) -> (Int, Int) {
    let i = max(0, (limit - 3) / 2)
    return (i, max(0, limit - 3 - i))
  }

  /// The first and last characters, joined by `...` (reprlib's
  /// `s[:i] + fillvalue + s[len(s)-j:]`).
  private static func keepEnds(_ scalars: [Unicode.Scalar], _ limit: Int) -> String {
    let (i, j) = endLengths(limit)
    var out = String.UnicodeScalarView(scalars.prefix(i))
    out.append(contentsOf: "...".unicodeScalars)
    out.append(contentsOf: scalars.suffix(j))
    return String(out)
  }
}

/// How asyncio shows a callback (format_helpers._format_callback_source):
/// `name(args) at file:line`.
enum CallbackFormat {
  static func describe(_ fn: Value, _ vm: VM, args: [Value] = []) throws(PyException) -> String {
    var name: String
    var location = ""
    if let f = fn.as(PyFunction.self) {
      name = f.qualifiedName
      location = " at \(f.code.object.filename):\(f.code.object.firstLine)"
    } else if let m = fn.as(PyBoundMethod.self), let f = m.function.as(PyFunction.self) {
      name = f.qualifiedName
      location = " at \(f.code.object.filename):\(f.code.object.firstLine)"
    } else if let b = fn.as(PyBuiltinFunction.self) {
      name = b.ownerTypeName.map { "\($0).\(b.name)" } ?? b.name
    } else {
      name = try vm.repr(fn)
    }
    let argText = try args.map { (a: Value) throws(PyException) -> String in try LimitedRepr.repr(a, vm) }.joined(separator: ", ")
    return "\(name)(\(argText))\(location)"
  }
}

/// How a loop handle's callback is shown.
enum HandleFormat {
  static func describe(_ cb: HandleCallback, _ vm: VM) throws(PyException) -> String {
    switch cb {
    case .python(let fn, let args):
      return try CallbackFormat.describe(fn, vm, args: args)
    case .taskStep(let task, _):
      return "<TaskStepMethWrapper object at \(vm.address(task))>()"
    case .futureCallback(let done, let future):
      let arg = (try? future.pythonRepr(vm)) ?? "<Future>"
      switch done {
      case .wakeup: return "Task.task_wakeup(\(arg))"
      case .native(let name, _): return "\(name)(\(arg))"
      case .python(let fn): return try CallbackFormat.describe(fn, vm, args: [.object(future)])
      }
    case .native(let name, _):
      return "\(name)()"
    }
  }
}
