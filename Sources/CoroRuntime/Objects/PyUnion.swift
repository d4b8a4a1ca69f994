/// `int | None` and other `X | Y` of types at run time: CPython's
/// `types.UnionType` (Objects/unionobject.c), as type hints and
/// `isinstance` use it.
final class PyUnion: PyObject, PyReprCustomizable {
  /// The members, flattened and without duplicates, in order.
  let members: [Value]

  init(_ members: [Value]) {
    self.members = members
  }

  override var type: PyType { BuiltinTypes.unionType }

  /// Whether `v` may stand on either side of `|` in a union.
  static func isOperand(_ v: Value) -> Bool {
    if v.isNone { return true }
    guard case .object(let o) = v else { return false }
    return o is PyType || o is PyGenericAlias || o is PyUnion
  }

  /// `a | b`, or nil when either is not a type, None, alias or union.
  static func combine(_ a: Value, _ b: Value) -> Value? {
    guard isOperand(a), isOperand(b) else { return nil }
    var members: [Value] = []
    for side in [a, b] {
      let items = side.as(PyUnion.self)?.members ?? [side.isNone ? .object(BuiltinTypes.noneType) : side]
      for item in items where !members.contains(where: { $0.isIdentical(to: item) }) {
        members.append(item)
      }
    }
    if members.count == 1 { return members[0] }
    return .object(PyUnion(members))
  }

  func pythonRepr(_ vm: VM) throws(PyException) -> String {
    var parts: [String] = []
    for member in members {
      if let t = member.as(PyType.self) {
        parts.append(t === BuiltinTypes.noneType ? "None" : vm.typeQualifiedName(t))
      } else {
        parts.append(try vm.repr(member))
      }
    }
    return parts.joined(separator: " | ")
  }
}
