/// `str.join`: one pass to check the items and add up their sizes, one to
/// copy the bytes into a string allocated once.
extension VM {
  func strJoin(_ sep: PyStr, _ iterable: Value) throws(PyException) -> PyStr {
    let items: [Value]
    if let l = iterable.as(PyList.self) {
      items = l.items
    } else if let t = iterable.as(PyTuple.self) {
      items = t.items
    } else {
      // PySequence_Fast: a TypeError from iter() becomes "can only join
      // an iterable"; other errors pass through.
      let iterator: Value
      do throws(PyException) {
        iterator = try getIterator(iterable)
      } catch {
        if error.isInstance(of: BuiltinTypes.typeError) {
          throw PyException.typeError("can only join an iterable")
        }
        throw error
      }
      var collected: [Value] = []
      while let x = try nextValue(iterator) { collected.append(x) }
      items = collected
    }
    return try Self.strJoinStrings(sep, items)
  }

  /// Joins values that must all be str.
  static func strJoinStrings(_ sep: PyStr, _ items: [Value]) throws(PyException) -> PyStr {
    if items.isEmpty { return PyStr.empty }
    var pieces: [PyStr] = []
    pieces.reserveCapacity(items.count)
    var total = 0
    var ascii = sep.isASCII
    for (i, item) in items.enumerated() {
      guard case .object(let o) = item, let s = o as? PyStr else {
        throw PyException.typeError(
          "sequence item \(i): expected str instance, \(item.typeName) found")
      }
      total += s.value.utf8.count
      if ascii && !s.isASCII { ascii = false }
      pieces.append(s)
    }
    if pieces.count == 1 { return pieces[0].subclass == nil ? pieces[0] : PyStr(pieces[0].value) }
    let sepWidth = sep.value.utf8.count
    total += sepWidth * (pieces.count - 1)
    if total > FormatError.maxResultLength {
      throw PyException(type: BuiltinTypes.memoryError, args: [])
    }
    let text = sep.withBytes { sb -> String in
      String(unsafeUninitializedCapacity: total) { out -> Int in
        guard let base = out.baseAddress else { return 0 }
        var o = 0
        for (k, piece) in pieces.enumerated() {
          if k > 0 && sepWidth > 0, let sp = sb.baseAddress {
            (base + o).update(from: sp, count: sepWidth)
            o += sepWidth
          }
          piece.withBytes { pb in
            if let pp = pb.baseAddress, pb.count > 0 {
              (base + o).update(from: pp, count: pb.count)
              o += pb.count
            }
          }
        }
        return o
      }
    }
    return PyStr.make(text, ascii: ascii)
  }
}

extension BuiltinTypes {
  static func installStrJoin() {
    str.addMethod("join") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let s = try selfValue.strReceiver()
      return .object(try vm.strJoin(s, try args.one("str.join")))
    }
  }
}
