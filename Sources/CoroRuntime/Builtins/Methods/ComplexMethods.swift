import CoroCompiler

/// complex: the constructor (`complex(1, 2)`, `complex('1+2j')`), the
/// attributes `real` and `imag`, `conjugate()`, and the dunders a program
/// can call by name (`complex.__add__`), which give NotImplemented for an
/// operand that is not a number, as CPython's do.
extension BuiltinTypes {
  static func installComplexMethods() {
    complex.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      if args.keywordCount == 0 && args.count == 1, let c = args[0].as(PyComplex.self),
        c.subclass == nil
      {
        return args[0]  // complex(z) is z itself
      }
      let bound = try args.bind("complex", ["real", "imag"])
      let z = try vm.makeComplex(bound[0], bound[1])
      return .object(PyComplex(z.real, z.imag))
    }
    addNew(complex) { (vm: VM, cls: PyType, args: Args) throws(PyException) -> Value in
      let made = try complex.constructor?(vm, complex, args) ?? .none
      let z = made.as(PyComplex.self)?.value ?? ComplexValue(0, 0)
      let c = PyComplex(z.real, z.imag)
      c.subclass = SubclassState(type: cls)
      return .object(c)
    }
    // real and imag are read-only members in CPython (member_descriptor):
    // assigning or deleting says "readonly attribute".
    let readOnly: PyGetSetDescriptor.Setter = { (vm: VM, v: Value, new: Value) throws(PyException) in
      throw PyException.attributeError("readonly attribute")
    }
    complex.addGetter("real", { (vm: VM, v: Value) throws(PyException) -> Value in
      .float(try complexSelf(v, "real").real)
    }, set: readOnly)
    complex.addGetter("imag", { (vm: VM, v: Value) throws(PyException) -> Value in
      .float(try complexSelf(v, "imag").imag)
    }, set: readOnly)
    for name in ["real", "imag"] {
      complex.dict.getString(name)?.as(PyGetSetDescriptor.self)?.delete = {
        (vm: VM, v: Value) throws(PyException) in
        throw PyException.attributeError("readonly attribute")
      }
    }
    complex.addMethod("__sizeof__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("complex.__sizeof__")
      return .int(32)  // the object header and two doubles, as in CPython
    }
    complex.addMethod("conjugate") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("complex.conjugate")
      let z = try complexSelf(v, "conjugate")
      return .object(PyComplex(z.real, -z.imag))
    }
    complex.addMethod("__complex__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("complex.__complex__")
      let z = try complexSelf(v, "__complex__")
      if let c = v.as(PyComplex.self), c.subclass == nil { return v }
      return .object(PyComplex(z.real, z.imag))
    }
    complex.addMethod("__getnewargs__") {
      (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("complex.__getnewargs__")
      let z = try complexSelf(v, "__getnewargs__")
      return .tuple([.float(z.real), .float(z.imag)])
    }
    complex.addMethod("__repr__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("complex.__repr__")
      return .str(ComplexMath.repr(try complexSelf(v, "__repr__")))
    }
    complex.addMethod("__format__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let spec = try args.one("__format__")
      guard let s = spec.asStr else {
        throw PyException.typeError("__format__() argument must be str, not \(spec.typeName)")
      }
      let z = try complexSelf(v, "__format__")
      if s.value.isEmpty { return .str(try vm.str(v)) }
      return .str(try vm.convert { try ComplexText.format(z, spec: s.value) })
    }
    installComplexDunders()
  }

  /// The receiver of a complex method, TypeError for anything else
  /// (`complex.conjugate(1)`).
  private static func complexSelf(_ v: Value, _ name: String) throws(PyException) -> ComplexValue {
    guard let c = v.as(PyComplex.self) else {
      throw PyException.typeError(
        "descriptor '\(name)' for 'complex' objects doesn't apply to a '\(v.typeName)' object")
    }
    return c.value
  }

  private static func installComplexDunders() {
    let notImplemented = Value.object(notImplementedObject)
    let binary: [(String, BinaryOperation)] = [
      ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .trueDivide),
      ("pow", .power),
    ]
    for (name, op) in binary {
      complex.addMethod("__\(name)__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let other = try vm.complexDunderOperand(args, "__\(name)__", op)
        guard let other else { return notImplemented }
        return try vm.complexOperation(op, v, other, subclasses: true) ?? notImplemented
      }
      complex.addMethod("__r\(name)__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let other = try vm.complexDunderOperand(args, "__r\(name)__", op)
        guard let other else { return notImplemented }
        return try vm.complexOperation(op, other, v, subclasses: true) ?? notImplemented
      }
    }
    for (name, op) in [("eq", ComparisonOperation.equal), ("ne", .notEqual)] {
      complex.addMethod("__\(name)__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let other = try args.one("__\(name)__")
        guard vm.isComplexOperand(other) else { return .object(notImplementedObject) }
        return try vm.nativeCompare(op, v, other)
      }
    }
    let unary: [(String, (VM, Value) throws(PyException) -> Value)] = [
      ("neg", { (vm: VM, v: Value) throws(PyException) -> Value in try vm.negate(v) }),
      ("pos", { (vm: VM, v: Value) throws(PyException) -> Value in try vm.positive(v) }),
      ("abs", { (vm: VM, v: Value) throws(PyException) -> Value in try vm.absolute(v) }),
      ("bool", { (vm: VM, v: Value) throws(PyException) -> Value in .bool(try vm.isTrue(v)) }),
      ("hash", { (vm: VM, v: Value) throws(PyException) -> Value in .int(try vm.hash(v)) }),
    ]
    for (name, fn) in unary {
      complex.addMethod("__\(name)__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        try args.none("complex.__\(name)__")
        guard let c = v.as(PyComplex.self), c.subclass != nil else { return try fn(vm, v) }
        // The builtin behaviour, not a subclass's override of the dunder.
        return try fn(vm, .object(PyComplex(c.real, c.imag)))
      }
    }
  }
}

extension VM {
  /// The other operand of `complex.__add__(other)` (and `__pow__(other,
  /// mod)`, where a modulus is a ValueError); nil when it is no number.
  fileprivate func complexDunderOperand(
    _ args: Args, _ name: String, _ op: BinaryOperation
  ) throws(PyException) -> Value? {
    let other: Value
    if op == .power && args.count == 2 && args.keywordCount == 0 {
      if !args[1].isNone { throw PyException.valueError("complex modulo") }
      other = args[0]
    } else {
      other = try args.one(name)
    }
    return isComplexOperand(other) ? other.unboxedNumber : nil
  }

  /// `complex(real, imag)` (complex_new): a string parses (and allows no
  /// second argument); otherwise each argument is a number, or an object
  /// with `__complex__`, `__float__` or `__index__`, and the result is
  /// `real + imag*1j` computed so that signed zeros survive.
  func makeComplex(_ realArgument: Value?, _ imagArgument: Value?) throws(PyException) -> ComplexValue {
    var r = realArgument ?? .int(0)
    if let s = r.asStr {
      if imagArgument != nil {
        throw PyException.typeError("complex() can't take second arg if first is a string")
      }
      return try convert { try ComplexText.parse(s.value) }
    }
    if let i = imagArgument, i.asStr != nil {
      throw PyException.typeError("complex() second arg can't be a string")
    }
    if let special = try complexSpecialMethod(r) { r = special }
    guard isNumberForComplex(r) else {
      throw PyException.typeError(
        "complex() first argument must be a string or a number, not '\(r.typeName)'")
    }
    if let i = imagArgument, !isNumberForComplex(i) {
      throw PyException.typeError(
        "complex() second argument must be a number, not '\(i.typeName)'")
    }
    var cr: ComplexValue
    var realIsComplex = false
    if let c = r.as(PyComplex.self) {
      cr = c.value
      realIsComplex = true
    } else {
      cr = ComplexValue(try makeFloat(r), 0)
    }
    var ci: ComplexValue
    var imagIsComplex = false
    if let i = imagArgument {
      if let c = i.as(PyComplex.self) {
        ci = c.value
        imagIsComplex = true
      } else {
        ci = ComplexValue(try makeFloat(i), 0)
      }
    } else {
      ci = ComplexValue(cr.imag, 0)
    }
    if imagIsComplex { cr.real -= ci.imag }
    if realIsComplex && imagArgument != nil { ci.real += cr.imag }
    return ComplexValue(cr.real, ci.real)
  }

  /// The result of `v.__complex__()` for a user object that has one.
  private func complexSpecialMethod(_ v: Value) throws(PyException) -> Value? {
    guard case .object(let o) = v, !(o is PyComplex) || o.subclassState != nil,
      let m = userMethod(o.type, PyStr.intern("__complex__"))
    else { return nil }
    if o.type.isBuiltin && !(o is PyInstance) { return nil }
    let r = try callMethod(m, v, [])
    guard r.as(PyComplex.self) != nil else {
      throw PyException.typeError("__complex__ returned non-complex (type \(r.typeName))")
    }
    return r
  }

  /// What complex() takes as a number: the builtin numbers, and objects
  /// whose type has `__float__` or `__index__`.
  private func isNumberForComplex(_ v: Value) -> Bool {
    switch v {
    case .int, .bool, .float: return true
    case .object(let o):
      if o is PyComplex || o is PyBigInt || o is PyBoxedNumber { return true }
      return o.type.lookup(Names.float) != nil || o.type.lookup(PyStr.intern("__index__")) != nil
    default: return false
    }
  }
}
