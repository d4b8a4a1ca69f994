/// `except*` (PEP 654): the two operations the compiler's `compileTryStar`
/// relies on, as CPython 3.11's CHECK_EG_MATCH and PREP_RERAISE_STAR.
///
/// The handler's stack holds the original exception, a list collecting
/// what each clause raised or re-raised, and what is left unmatched. Each
/// clause splits what is left; at the end everything that was left or
/// raised is combined into the exception to re-raise (or None).
extension VM {
  /// CHECK_EG_MATCH: (rest, match) of `exc` against a clause's types.
  /// No match gives (exc, None); a plain exception that matches is
  /// wrapped in a new group (with no traceback, as CPython 3.11.7).
  func splitExceptionGroup(
    _ exc: Value, _ type: Value
  ) throws(PyException) -> (rest: Value, match: Value) {
    try checkExceptStarType(type)
    guard let e = exc.as(PyException.self) else { return (exc, .none) }
    if try exceptionMatches(exc, type) {
      if ExceptionGroups.isGroup(e) { return (.none, exc) }
      let wrapped = try ExceptionGroups.create(self, message: "", .tuple([exc]))
      return (.none, .object(wrapped))
    }
    guard ExceptionGroups.isGroup(e) else { return (exc, .none) }
    // `exc.split(type)`, called as a method so a subclass's override runs.
    let split = try getAttribute(exc, PyStr.intern("split"))
    let pair = try call(split, [type])
    guard let items = pair.as(PyTuple.self)?.items, items.count == 2 else {
      throw PyException.typeError("split must return a 2-tuple")
    }
    if items[0].isNone { return (exc, .none) }
    return (items[1], items[0])
  }

  /// `check_except_star_type_valid`: exception classes only, and no
  /// exception groups.
  private func checkExceptStarType(_ type: Value) throws(PyException) {
    let types = type.as(PyTuple.self)?.items ?? [type]
    for t in types {
      guard let cls = t.as(PyType.self), cls.isSubtype(of: BuiltinTypes.baseException) else {
        throw PyException.typeError(
          "catching classes that do not inherit from BaseException is not allowed")
      }
    }
    for t in types {
      if let cls = t.as(PyType.self), cls.isSubtype(of: BuiltinTypes.baseExceptionGroup) {
        throw PyException.typeError(
          "catching ExceptionGroup with except* is not allowed. Use except instead.")
      }
    }
  }

  /// PREP_RERAISE_STAR (`_PyExc_PrepReraiseStar`): what the `try ...
  /// except*` statement raises once its clauses ran. `raised` lists what
  /// each clause raised (a new exception, or the matched part re-raised
  /// with a bare `raise`) and last what no clause matched (or None).
  ///
  /// Re-raised parts go back into the original group's structure; new
  /// exceptions come first, joined with it in a new group `''`.
  func prepareReraiseStar(_ original: Value, _ raised: Value) throws(PyException) -> Value {
    let items = raised.as(PyList.self)?.items ?? []
    if items.isEmpty { return .none }
    guard let orig = original.as(PyException.self), ExceptionGroups.isGroup(orig) else {
      // A plain exception was wrapped: only one clause can have run.
      return items[0]
    }
    var fresh: [PyException] = []
    var reraised: [PyException] = []
    for item in items {
      guard let e = item.as(PyException.self) else { continue }
      if sameMetadata(e, orig) {
        reraised.append(e)
      } else {
        fresh.append(e)
      }
    }
    var reraisedGroup: PyException?
    if !reraised.isEmpty {
      var leaves = Set<ObjectIdentifier>()
      for e in reraised { try ExceptionGroups.collectLeaves(self, e, into: &leaves) }
      reraisedGroup = try ExceptionGroups.split(self, orig, .identities(leaves), rest: false).match
    }
    if fresh.isEmpty { return reraisedGroup.map { .object($0) } ?? .none }
    if let reraisedGroup { fresh.append(reraisedGroup) }
    if fresh.count == 1 { return .object(fresh[0]) }
    return .object(try ExceptionGroups.create(self, message: "", .list(fresh.map { .object($0) })))
  }

  /// `is_same_exception_metadata`: a part of the original that was
  /// re-raised as it was (same traceback, cause and context), rather than
  /// raised anew.
  private func sameMetadata(_ a: PyException, _ b: PyException) -> Bool {
    guard a.cause === b.cause, a.context === b.context else { return false }
    guard a.traceback.count == b.traceback.count else { return false }
    for (x, y) in zip(a.traceback, b.traceback)
    where x.code !== y.code || x.instruction != y.instruction {
      return false
    }
    return true
  }
}
