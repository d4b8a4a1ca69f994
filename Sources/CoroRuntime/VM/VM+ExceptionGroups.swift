/// `except*` support: splitting exception groups (PEP 654).
extension VM {
  /// `checkEGMatch`: (rest, match) of `exc` against the clause's types.
  /// A plain exception that matches is wrapped in a new group.
  func splitExceptionGroup(_ exc: Value, _ type: Value) throws(PyException) -> (rest: Value, match: Value) {
    guard let e = exc.as(PyException.self) else { return (exc, .none) }
    if try exceptionMatches(exc, type) {
      if e.isInstance(of: BuiltinTypes.baseExceptionGroup) { return (.none, exc) }
      let group = PyException(type: BuiltinTypes.exceptionGroup, args: [.str(""), .list([exc])])
      group.traceback = e.traceback
      return (.none, .object(group))
    }
    guard e.isInstance(of: BuiltinTypes.baseExceptionGroup), e.args.count >= 2,
      let inner = try? iterate(e.args[1])
    else {
      return (exc, .none)
    }
    var matched: [Value] = []
    var rest: [Value] = []
    for item in inner {
      let (r, m) = try splitExceptionGroup(item, type)
      if !m.isNone { matched.append(m.as(PyException.self).flatMap { $0.isInstance(of: BuiltinTypes.baseExceptionGroup) && !(item.as(PyException.self)?.isInstance(of: BuiltinTypes.baseExceptionGroup) ?? false) ? $0.args.count >= 2 ? (try? iterate($0.args[1]))?.first : nil : nil } ?? m) }
      if !r.isNone { rest.append(r) }
    }
    func derive(_ items: [Value]) -> Value {
      if items.isEmpty { return .none }
      let g = PyException(type: e.type, args: [e.args[0], .list(items)])
      g.traceback = e.traceback
      g.cause = e.cause
      g.context = e.context
      return .object(g)
    }
    return (derive(rest), derive(matched))
  }

  /// `prepReraiseStar`: what an `except*` block re-raises: the unhandled
  /// rest and anything raised in the clauses, as one group.
  func prepareReraiseStar(_ original: Value, _ raised: Value) throws(PyException) -> Value {
    let items = (try? iterate(raised)) ?? []
    let live = items.filter { !$0.isNone }
    if live.isEmpty { return .none }
    if live.count == 1 { return live[0] }
    guard let orig = original.as(PyException.self) else { return live[0] }
    var flat: [Value] = []
    for item in live {
      if let g = item.as(PyException.self), g.isInstance(of: BuiltinTypes.baseExceptionGroup), g.args.count >= 2 {
        flat.append(contentsOf: (try? iterate(g.args[1])) ?? [])
      } else {
        flat.append(item)
      }
    }
    let group = PyException(type: orig.type, args: [orig.args.first ?? .str(""), .list(flat)])
    return .object(group)
  }
}
