/// `reprlib.repr` as asyncio uses it for future results: long strings and
/// containers are shortened (`[1, 2, 3, 4, 5, 6, ...]`, `'aaaaaaaaaaaa...aaaaaaaaaaaaa'`).
enum LimitedRepr {
  static func repr(_ v: Value, _ vm: VM, level: Int = 6) throws(PyException) -> String {
    if level <= 0 {
      if case .object(let o) = v, o is PyList || o is PyTuple || o is PyDict || o is PySet { return "..." }
    }
    switch v {
    case .object(let o):
      if let s = o as? PyStr {
        let full = StringRepr.repr(s.value)
        return shorten(full, 30)
      }
      if o is PyBigInt {
        return shorten(try vm.repr(v), 40)
      }
      if let l = o as? PyList { return try sequence(l.items, "[", "]", 6, vm, level) }
      if let t = o as? PyTuple {
        if t.items.count == 1 { return "(" + (try repr(t.items[0], vm, level: level - 1)) + ",)" }
        return try sequence(t.items, "(", ")", 6, vm, level)
      }
      if let d = o as? PyDict {
        if d.count == 0 { return "{}" }
        if level <= 0 { return "{...}" }
        var parts: [String] = []
        for e in d.liveEntries.prefix(4) {
          parts.append((try repr(e.key, vm, level: level - 1)) + ": " + (try repr(e.value, vm, level: level - 1)))
        }
        if d.count > 4 { parts.append("...") }
        return "{" + parts.joined(separator: ", ") + "}"
      }
      if let s = o as? PySet, !s.isFrozen {
        if s.count == 0 { return "set()" }
        return try sequence(s.keys, "{", "}", 6, vm, level)
      }
      return shorten(try vm.repr(v), 20)
    default:
      return try vm.repr(v)
    }
  }

  private static func sequence(_ items: [Value], _ open: String, _ close: String, _ max: Int, _ vm: VM, _ level: Int) throws(PyException) -> String {
    if items.isEmpty { return open + close }
    if level <= 0 { return open + "..." + close }
    var parts: [String] = []
    for item in items.prefix(max) { parts.append(try repr(item, vm, level: level - 1)) }
    if items.count > max { parts.append("...") }
    return open + parts.joined(separator: ", ") + close
  }

  /// reprlib's `_possibly_sufficient`: keep the ends, elide the middle.
  private static func shorten(_ s: String, _ limit: Int) -> String {
    let scalars = Array(s.unicodeScalars)
    guard scalars.count > limit else { return s }
    let i = max(0, (limit - 3) / 2)
    let j = max(0, limit - 3 - i)
    var out = String.UnicodeScalarView()
    out.append(contentsOf: scalars[0..<i])
    out.append(contentsOf: "...".unicodeScalars)
    out.append(contentsOf: scalars[(scalars.count - j)...])
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
