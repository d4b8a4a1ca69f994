// `operator`: the operators as functions (with their `__add__`-style
// aliases) and itemgetter, attrgetter, methodcaller, after Modules/_operator.c.

import CoroCompiler

enum OperatorModule {
  typealias Function = PyBuiltinFunction.Function

  static func make(_ vm: VM) throws(PyException) -> PyModule {
    var functions: [(String, Function)] = []
    let binary: [(String, BinaryOperation)] = [
      ("add", .add), ("sub", .subtract), ("mul", .multiply), ("truediv", .trueDivide),
      ("floordiv", .floorDivide), ("mod", .modulo), ("pow", .power), ("matmul", .matrixMultiply),
      ("lshift", .leftShift), ("rshift", .rightShift), ("and_", .bitAnd), ("or_", .bitOr),
      ("xor", .bitXor), ("iadd", .inplaceAdd), ("isub", .inplaceSubtract),
      ("imul", .inplaceMultiply), ("itruediv", .inplaceTrueDivide),
      ("ifloordiv", .inplaceFloorDivide), ("imod", .inplaceModulo), ("ipow", .inplacePower),
      ("imatmul", .inplaceMatrixMultiply), ("ilshift", .inplaceLeftShift),
      ("irshift", .inplaceRightShift), ("iand", .inplaceBitAnd), ("ior", .inplaceBitOr),
      ("ixor", .inplaceBitXor),
    ]
    for (name, op) in binary {
      functions.append(
        (
          name,
          { (vm: VM, args: Args) throws(PyException) -> Value in
            let a = try args.positional(name, 2, 2)
            return try vm.binaryOperation(op, a[0], a[1])
          }
        ))
    }
    let comparisons: [(String, ComparisonOperation)] = [
      ("lt", .less), ("le", .lessEqual), ("eq", .equal), ("ne", .notEqual), ("gt", .greater),
      ("ge", .greaterEqual),
    ]
    for (name, op) in comparisons {
      functions.append(
        (
          name,
          { (vm: VM, args: Args) throws(PyException) -> Value in
            let a = try args.positional(name, 2, 2)
            return try vm.compare(op, a[0], a[1])
          }
        ))
    }
    let unary: [(String, (VM, Value) throws(PyException) -> Value)] = [
      ("neg", { (vm: VM, v: Value) throws(PyException) -> Value in try vm.negate(v) }),
      ("pos", { (vm: VM, v: Value) throws(PyException) -> Value in try vm.positive(v) }),
      ("abs", { (vm: VM, v: Value) throws(PyException) -> Value in try vm.absolute(v) }),
      ("inv", { (vm: VM, v: Value) throws(PyException) -> Value in try vm.invert(v) }),
      ("invert", { (vm: VM, v: Value) throws(PyException) -> Value in try vm.invert(v) }),
      ("not_", { (vm: VM, v: Value) throws(PyException) -> Value in .bool(!(try vm.isTrue(v))) }),
      ("truth", { (vm: VM, v: Value) throws(PyException) -> Value in .bool(try vm.isTrue(v)) }),
      (
        "index",
        { (vm: VM, v: Value) throws(PyException) -> Value in .int(try vm.bigIntArgument(v)) }
      ),
    ]
    for (name, f) in unary {
      functions.append(
        (
          name,
          { (vm: VM, args: Args) throws(PyException) -> Value in
            try f(vm, try args.one("_operator.\(name)"))
          }
        ))
    }
    functions.append(contentsOf: sequenceFunctions)
    let m = ModuleRegistry.module("operator", functions)
    // The dunder aliases: operator.__add__ is operator.add.
    let unaliased = ["is_", "is_not", "countOf", "indexOf", "length_hint", "truth"]
    for (name, _) in functions where !unaliased.contains(name) {
      let alias = name.hasSuffix("_") ? String(name.dropLast()) : name
      if let f = m.dict.getString(name) { m.dict.setString(PyStr.intern("__\(alias)__"), f) }
    }
    m.dict.setString("itemgetter", .object(OperatorTypes.itemgetter))
    m.dict.setString("attrgetter", .object(OperatorTypes.attrgetter))
    m.dict.setString("methodcaller", .object(OperatorTypes.methodcaller))
    return m
  }

  private static var sequenceFunctions: [(String, Function)] {
    [
      (
        "is_",
        { (vm: VM, args: Args) throws(PyException) -> Value in
          let a = try args.positional("is_", 2, 2)
          return .bool(a[0].isIdentical(to: a[1]))
        }
      ),
      (
        "is_not",
        { (vm: VM, args: Args) throws(PyException) -> Value in
          let a = try args.positional("is_not", 2, 2)
          return .bool(!a[0].isIdentical(to: a[1]))
        }
      ),
      (
        "contains",
        { (vm: VM, args: Args) throws(PyException) -> Value in
          let a = try args.positional("contains", 2, 2)
          return .bool(try vm.contains(a[0], a[1]))
        }
      ),
      (
        "countOf",
        { (vm: VM, args: Args) throws(PyException) -> Value in
          let a = try args.positional("countOf", 2, 2)
          var n = 0
          for x in try vm.iterate(a[0]) where try vm.valuesEqual(x, a[1]) {
            n += 1
          }
          return .int(n)
        }
      ),
      (
        "indexOf",
        { (vm: VM, args: Args) throws(PyException) -> Value in
          let a = try args.positional("indexOf", 2, 2)
          for (i, x) in try vm.iterate(a[0]).enumerated()
          where try vm.valuesEqual(x, a[1]) {
            return .int(i)
          }
          throw PyException.valueError("sequence.index(x): x not in sequence")
        }
      ),
      (
        "getitem",
        { (vm: VM, args: Args) throws(PyException) -> Value in
          let a = try args.positional("getitem", 2, 2)
          return try vm.getItem(a[0], a[1])
        }
      ),
      (
        "setitem",
        { (vm: VM, args: Args) throws(PyException) -> Value in
          let a = try args.positional("setitem", 3, 3)
          try vm.setItem(a[0], a[1], a[2])
          return .none
        }
      ),
      (
        "delitem",
        { (vm: VM, args: Args) throws(PyException) -> Value in
          let a = try args.positional("delitem", 2, 2)
          try vm.deleteItem(a[0], a[1])
          return .none
        }
      ),
      ("concat", concat(.add, "concat")),
      ("iconcat", concat(.inplaceAdd, "iconcat")),
      (
        "length_hint",
        { (vm: VM, args: Args) throws(PyException) -> Value in
          let a = try args.positional("length_hint", 1, 2)
          if let n = try? vm.length(a[0]) { return .int(n) }
          return a.count == 2 ? a[1] : .int(0)
        }
      ),
      (
        "call",
        { (vm: VM, args: Args) throws(PyException) -> Value in
          guard args.count >= 1 else {
            throw PyException.typeError("call() missing required argument 'obj' (pos 1)")
          }
          return try vm.call(args[0], Array(args.positional.dropFirst()), keywords: args.keywords)
        }
      ),
    ]
  }

  /// `concat(a, b)`: `a + b` for sequences only.
  private static func concat(_ op: BinaryOperation, _ name: String) -> Function {
    { (vm: VM, args: Args) throws(PyException) -> Value in
      let a = try args.positional(name, 2, 2)
      guard case .object(let o) = a[0],
        o is PyStr || o is PyList || o is PyTuple || o is PyBytes
          || (!o.type.isBuiltin && o.type.lookup(Names.getitem) != nil)
      else {
        throw PyException.typeError("'\(a[0].typeName)' object can't be concatenated")
      }
      return try vm.binaryOperation(op, a[0], a[1])
    }
  }
}
