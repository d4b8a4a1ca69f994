import BigInt
import CoroCompiler
import Foundation

/// The builtin functions about numbers and iteration: abs, min, max, sum,
/// sorted, any, all, round, divmod, pow, chr, ord, hex, bin, oct.
enum BuiltinFunctions {
  static func install(_ add: (String, @escaping PyBuiltinFunction.Function) -> Void) {
    add("abs") { (vm: VM, args: Args) throws(PyException) -> Value in
      try vm.absolute(try args.one("abs"))
    }
    add("min") { (vm: VM, args: Args) throws(PyException) -> Value in
      try minMax(vm, args, name: "min", op: .less)
    }
    add("max") { (vm: VM, args: Args) throws(PyException) -> Value in
      try minMax(vm, args, name: "max", op: .greater)
    }
    add("sum", sum)
    add("sorted") { (vm: VM, args: Args) throws(PyException) -> Value in
      guard args.count == 1 else {
        throw PyException.typeError(
          args.count == 0 ? "sorted expected 1 argument, got 0" : "sorted expected 1 argument, got \(args.count)")
      }
      let list = PyList(try vm.iterate(args[0]))
      try vm.sortList(list, key: args.keyword("key") ?? .none, reverse: args.keyword("reverse") ?? .bool(false))
      for (name, _) in args.keywords where name != "key" && name != "reverse" {
        throw PyException.typeError("sort() got an unexpected keyword argument '\(name)'")
      }
      return .object(list)
    }
    add("any") { (vm: VM, args: Args) throws(PyException) -> Value in
      let it = try vm.getIterator(try args.one("any"))
      while let v = try vm.nextValue(it) {
        if try vm.isTrue(v) { return .bool(true) }
      }
      return .bool(false)
    }
    add("all") { (vm: VM, args: Args) throws(PyException) -> Value in
      let it = try vm.getIterator(try args.one("all"))
      while let v = try vm.nextValue(it) {
        if !(try vm.isTrue(v)) { return .bool(false) }
      }
      return .bool(true)
    }
    add("round", round)
    add("divmod") { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.positional("divmod", 2, 2)
      return try vm.divmod(a[0], a[1])
    }
    add("pow", pow)
    add("chr") { (vm: VM, args: Args) throws(PyException) -> Value in
      var v = try args.one("chr")
      if case .object(let o) = v, !(o is PyBigInt), let i = try vm.index(v) { v = .int(i) }
      guard case .int(let i) = v else {
        if case .bool(let b) = v { return .object(PyStr.character(Unicode.Scalar(b ? 1 : 0))) }
        if v.as(PyBigInt.self) != nil { throw PyException.overflowError("Python int too large to convert to C int") }
        throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
      }
      guard i >= 0 && i <= 0x10FFFF, let scalar = Unicode.Scalar(UInt32(i)) else {
        if (0xD800...0xDFFF).contains(i) {
          throw PyException.valueError("chr() arg not in range(0x110000)")
        }
        throw PyException.valueError("chr() arg not in range(0x110000)")
      }
      return .object(PyStr.character(scalar))
    }
    add("ord") { (vm: VM, args: Args) throws(PyException) -> Value in
      let v = try args.one("ord")
      guard let s = v.asStr else {
        throw PyException.typeError("ord() expected string of length 1, but \(v.typeName) found")
      }
      guard s.count == 1 else {
        throw PyException.typeError("ord() expected a character, but string of length \(s.count) found")
      }
      return .int(Int(s.scalar(at: 0).value))
    }
    add("hex") { (vm: VM, args: Args) throws(PyException) -> Value in
      try radix(vm, try args.one("hex"), 16)
    }
    add("oct") { (vm: VM, args: Args) throws(PyException) -> Value in
      try radix(vm, try args.one("oct"), 8)
    }
    add("bin") { (vm: VM, args: Args) throws(PyException) -> Value in
      try radix(vm, try args.one("bin"), 2)
    }
  }

  private static func radix(_ vm: VM, _ v: Value, _ base: Int) throws(PyException) -> Value {
    switch v {
    case .int(let i): return .str(IntegerText.prefixed(i, base: base))
    case .bool(let b): return .str(IntegerText.prefixed(b ? 1 : 0, base: base))
    case .object(let o):
      if let b = o as? PyBigInt { return .str(IntegerText.prefixed(b.value, base: base)) }
      if let i = try vm.index(v) { return .str(IntegerText.prefixed(i, base: base)) }
    default: break
    }
    throw PyException.typeError("'\(v.typeName)' object cannot be interpreted as an integer")
  }

  /// min() and max(): one iterable or several arguments, with `key` and
  /// `default`; the first of equal extremes wins.
  private static func minMax(_ vm: VM, _ args: Args, name: String, op: ComparisonOperation) throws(PyException) -> Value {
    var key: Value = .none
    var defaultValue: Value?
    for (k, v) in args.keywords {
      switch k {
      case "key": key = v
      case "default": defaultValue = v
      default: throw PyException.typeError("'\(k)' is an invalid keyword argument for \(name)()")
      }
    }
    let items: [Value]
    if args.count == 0 {
      throw PyException.typeError("\(name) expected at least 1 argument, got 0")
    } else if args.count == 1 {
      items = try vm.iterate(args[0])
      if items.isEmpty {
        if let d = defaultValue { return d }
        throw PyException.valueError("\(name)() arg is an empty sequence")
      }
    } else {
      if defaultValue != nil {
        throw PyException.typeError(
          "Cannot specify a default for \(name)() with multiple positional arguments")
      }
      items = args.positional
    }
    var best = items[0]
    var bestKey = key.isNone ? best : try vm.call(key, [best])
    for item in items.dropFirst() {
      let k = key.isNone ? item : try vm.call(key, [item])
      if try vm.isTrue(try vm.compare(op, k, bestKey)) {
        best = item
        bestKey = k
      }
    }
    return best
  }

  private static func sum(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let bound = try args.bind("sum", ["iterable", "start"], required: 1, positionalOnly: 1)
    guard let iterable = bound[0] else { throw PyException.typeError("sum() takes at least 1 positional argument (0 given)") }
    var total: Value = bound[1] ?? .int(0)
    if total.asStr != nil {
      throw PyException.typeError("sum() can't sum strings [use ''.join(seq) instead]")
    }
    let it = try vm.getIterator(iterable)
    var floatTotal: Double?
    if case .float(let d) = total { floatTotal = d }
    while let item = try vm.nextValue(it) {
      if var f = floatTotal {
        switch item {
        case .float(let d):
          f += d
          floatTotal = f
          continue
        case .int(let i):
          f += Double(i)
          floatTotal = f
          continue
        default:
          total = .float(f)
          floatTotal = nil
        }
      }
      if case .int(let a) = total, case .int(let b) = item {
        let (r, o) = a.addingReportingOverflow(b)
        if !o {
          total = .int(r)
          continue
        }
      }
      total = try vm.binaryOperation(.add, total, item)
      if case .float(let d) = total { floatTotal = d }
    }
    if let f = floatTotal { return .float(f) }
    return total
  }

  private static func round(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let bound = try args.bind("round", ["number", "ndigits"], required: 1)
    guard let number = bound[0] else { return .none }
    let ndigits = bound[1] ?? .none
    switch number {
    case .float(let d):
      if ndigits.isNone {
        switch try vm.convert({ try NumericRounding.round(d) }) {
        case .small(let i): return .int(i)
        case .big(let b): return .int(b)
        }
      }
      let n = try vm.intArgument(ndigits)
      return .float(try vm.convert { try NumericRounding.round(d, ndigits: n) })
    case .int(let i):
      if ndigits.isNone { return number }
      let n = try vm.intArgument(ndigits)
      switch NumericRounding.round(i, ndigits: n) {
      case .small(let r): return .int(r)
      case .big(let b): return .int(b)
      }
    case .bool(let b):
      if ndigits.isNone { return .int(b ? 1 : 0) }
      return .int(b ? 1 : 0)
    case .object(let o):
      if let b = o as? PyBigInt {
        if ndigits.isNone { return number }
        return .int(NumericRounding.round(b.value, ndigits: try vm.intArgument(ndigits)))
      }
      if let m = o.type.lookup(Names.round) {
        return try vm.callMethod(m, number, ndigits.isNone ? [] : [ndigits])
      }
    default: break
    }
    throw PyException.typeError("type \(number.typeName) doesn't define __round__ method")
  }

  private static func pow(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let bound = try args.bind("pow", ["base", "exp", "mod"], required: 2)
    guard let base = bound[0], let exp = bound[1] else { return .none }
    guard let mod = bound[2], !mod.isNone else {
      return try vm.binaryOperation(.power, base, exp)
    }
    return try modularPow(vm, base, exp, mod)
  }

  /// `pow(base, exp, mod)`: the base's own three-argument `__pow__`, else
  /// integers only.
  private static func modularPow(_ vm: VM, _ base: Value, _ exp: Value, _ mod: Value) throws(PyException) -> Value {
    if case .object(let o) = base, !o.type.isBuiltin || o is PyInstance,
      let m = vm.userMethod(o.type, Names.pow)
    {
      let r = try vm.callMethod(m, base, [exp, mod])
      if !vm.isNotImplementedValue(r) { return r }
    }
    if base.isSubclassInstance || exp.isSubclassInstance || mod.isSubclassInstance {
      let (b, e, m) = (base.unboxedNumber, exp.unboxedNumber, mod.unboxedNumber)
      if !b.isSubclassInstance && !e.isSubclassInstance && !m.isSubclassInstance {
        return try modularPow(vm, b, e, m)
      }
    }
    func big(_ v: Value) -> BigInt? {
      switch v {
      case .int(let i): return BigInt(i)
      case .bool(let b): return BigInt(b ? 1 : 0)
      case .object(let o): return (o as? PyBigInt)?.value
      default: return nil
      }
    }
    guard let b = big(base), let e = big(exp), let m = big(mod) else {
      let numeric: (Value) -> Bool = { v in
        switch v {
        case .float, .int, .bool: return true
        default: return v.as(PyBigInt.self) != nil
        }
      }
      if [base, exp, mod].contains(where: { $0.as(PyComplex.self) != nil }),
        [base, exp, mod].allSatisfy({ vm.isComplexOperand($0) })
      {
        throw PyException.valueError("complex modulo")
      }
      if numeric(base) && numeric(exp) && numeric(mod) {
        throw PyException.typeError("pow() 3rd argument not allowed unless all arguments are integers")
      }
      throw PyException.typeError(
        "unsupported operand type(s) for ** or pow(): '\(base.typeName)', '\(exp.typeName)', '\(mod.typeName)'")
    }
    if m.isZero { throw PyException.valueError("pow() 3rd argument cannot be 0") }
    var exponent = e
    var b2 = b
    if exponent.signum() < 0 {
      // Modular inverse (3.8+).
      guard let inverse = modularInverse(b2, m) else {
        throw PyException.valueError("base is not invertible for the given modulus")
      }
      b2 = inverse
      exponent = -exponent
    }
    var result = b2.power(exponent, modulus: m)
    if !result.isZero && (result.signum() < 0) != (m.signum() < 0) { result += m }
    return .int(result)
  }

  private static func modularInverse(_ a: BigInt, _ m: BigInt) -> BigInt? {
    var (oldR, r) = (a.modulus(m), m)
    var (oldS, s) = (BigInt(1), BigInt(0))
    while !r.isZero {
      let q = oldR / r
      (oldR, r) = (r, oldR - q * r)
      (oldS, s) = (s, oldS - q * s)
    }
    guard oldR == 1 || oldR == -1 else { return nil }
    var inv = oldS * oldR
    inv = inv.modulus(m)
    return inv
  }
}

extension VM {
  func absolute(_ v: Value) throws(PyException) -> Value {
    switch v {
    case .int(let i): return i == Int.min ? .int(-BigInt(i)) : .int(Swift.abs(i))
    case .bool(let b): return .int(b ? 1 : 0)
    case .float(let d): return .float(Swift.abs(d))
    case .object(let o):
      if let b = o as? PyBigInt { return .int(b.value.signum() < 0 ? -b.value : b.value) }
      if let c = o as? PyComplex, c.subclass == nil || userMethod(o.type, Names.abs) == nil {
        guard let r = ComplexMath.magnitude(c.value) else {
          throw PyException.overflowError("absolute value too large")
        }
        return .float(r)
      }
      if let m = o.type.lookup(Names.abs) { return try callMethod(m, v, []) }
    default: break
    }
    throw PyException.typeError("bad operand type for abs(): '\(v.typeName)'")
  }

  func divmod(_ a: Value, _ b: Value) throws(PyException) -> Value {
    if a.isSubclassInstance || b.isSubclassInstance {
      // The classes' own __divmod__/__rdivmod__, else the numbers inside.
      if case .object(let o) = a, let m = subclassOverride(o, Names.divmod) {
        let r = try callMethod(m, a, [b])
        if !isNotImplementedValue(r) { return r }
      }
      if case .object(let o) = b, let m = subclassOverride(o, Names.rdivmod) {
        let r = try callMethod(m, b, [a])
        if !isNotImplementedValue(r) { return r }
      }
      let (x, y) = (a.unboxedNumber, b.unboxedNumber)
      if !x.isSubclassInstance && !y.isSubclassInstance { return try divmod(x, y) }
    }
    switch (a, b) {
    case (.float, _), (_, .float):
      guard let x = try floatOperand(a), let y = try floatOperand(b) else { break }
      let (q, r) = try convert { try FloatArithmetic.divmod(x, y) }
      return .tuple([.float(q), .float(r)])
    default:
      if (a.as(PyBigInt.self) != nil || isIntLike(a)) && (b.as(PyBigInt.self) != nil || isIntLike(b)) {
        let q = try binaryOperation(.floorDivide, a, b)
        let r = try binaryOperation(.modulo, a, b)
        return .tuple([q, r])
      }
    }
    if !a.type.isBuiltin, let m = a.type.lookup(PyStr.intern("__divmod__")) {
      return try callMethod(m, a, [b])
    }
    throw PyException.typeError(
      "unsupported operand type(s) for divmod(): '\(a.typeName)' and '\(b.typeName)'")
  }

  private func isIntLike(_ v: Value) -> Bool {
    switch v {
    case .int, .bool: return true
    default: return false
    }
  }

  /// list.sort: stable, by `<` only (as CPython's timsort), with key and
  /// reverse. Reverse keeps equal elements in their original order.
  func sortList(_ list: PyList, key: Value, reverse: Value) throws(PyException) {
    let descending = try isTrue(reverse)
    var keyed: [(key: Value, value: Value)] = []
    keyed.reserveCapacity(list.items.count)
    for item in list.items {
      keyed.append((key.isNone ? item : try call(key, [item]), item))
    }
    if descending { keyed.reverse() }
    let allInts = keyed.allSatisfy { if case .int = $0.key { return true } else { return false } }
    let allStrings = !allInts && keyed.allSatisfy { $0.key.asStr != nil }
    let sorted: [(key: Value, value: Value)]
    if allInts {
      sorted = try StableSort.sort(keyed) { (a, b) throws(PyException) -> Bool in
        guard case .int(let x) = a.key, case .int(let y) = b.key else { return false }
        return x < y
      }
    } else if allStrings {
      sorted = try StableSort.sort(keyed) { (a, b) throws(PyException) -> Bool in
        guard let x = a.key.asStr, let y = b.key.asStr else { return false }
        return PyStr.compare(x, y) < 0
      }
    } else {
      sorted = try StableSort.sort(keyed) { (a, b) throws(PyException) -> Bool in
        try isTrue(try compare(.less, a.key, b.key))
      }
    }
    var result = sorted.map { $0.value }
    if descending { result.reverse() }
    list.items = result
  }
}

/// A stable merge sort that asks "is a less than b?" once per comparison,
/// as CPython's sort asks `<` only, and stops at the first exception.
enum StableSort {
  static func sort<T>(_ items: [T], _ less: (T, T) throws(PyException) -> Bool) throws(PyException) -> [T] {
    if items.count < 2 { return items }
    var a = items
    var b = items
    var width = 1
    // Insertion sort small runs first: fewer comparisons on nearly
    // sorted input, which is common.
    let run = 8
    var start = 0
    while start < a.count {
      let end = min(start + run, a.count)
      var i = start + 1
      while i < end {
        let x = a[i]
        var j = i - 1
        while j >= start, try less(x, a[j]) {
          a[j + 1] = a[j]
          j -= 1
        }
        a[j + 1] = x
        i += 1
      }
      start = end
    }
    width = run
    while width < a.count {
      var lo = 0
      while lo < a.count {
        let mid = min(lo + width, a.count)
        let hi = min(lo + 2 * width, a.count)
        var i = lo
        var j = mid
        var k = lo
        while i < mid && j < hi {
          if try less(a[j], a[i]) {
            b[k] = a[j]
            j += 1
          } else {
            b[k] = a[i]
            i += 1
          }
          k += 1
        }
        while i < mid {
          b[k] = a[i]
          i += 1
          k += 1
        }
        while j < hi {
          b[k] = a[j]
          j += 1
          k += 1
        }
        lo = hi
      }
      swap(&a, &b)
      width *= 2
    }
    return a
  }
}
