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

  /// Joins values that must all be str: one pass checks them and adds up
  /// their bytes, a second copies them (the items are read in place, no
  /// array of the strings is built).
  static func strJoinStrings(_ sep: PyStr, _ items: [Value]) throws(PyException) -> PyStr {
    if items.isEmpty { return PyStr.empty }
    var total = 0
    var ascii = sep.isASCII
    for (i, item) in items.enumerated() {
      guard case .object(let o) = item, let s = o as? PyStr else {
        throw PyException.typeError(
          "sequence item \(i): expected str instance, \(item.typeName) found")
      }
      total += s.value.utf8.count
      if ascii && !s.isASCII { ascii = false }
    }
    if items.count == 1, case .object(let o) = items[0] {
      let only = unsafeDowncast(o, to: PyStr.self)
      return only.subclass == nil ? only : PyStr(only.value)
    }
    let sepWidth = sep.value.utf8.count
    total += sepWidth * (items.count - 1)
    if total > FormatError.maxResultLength {
      throw PyException(type: BuiltinTypes.memoryError, args: [])
    }
    let text = sep.withBytes { sb -> String in
      String(unsafeUninitializedCapacity: total) { out -> Int in
        guard let base = out.baseAddress else { return 0 }
        var o = 0
        items.withUnsafeBufferPointer { values in
          for k in 0..<values.count {
            if k > 0 && sepWidth > 0, let sp = sb.baseAddress {
              (base + o).update(from: sp, count: sepWidth)
              o += sepWidth
            }
            // Every item was checked to be a str above.
            guard case .object(let object) = values[k] else { continue }
            unsafeDowncast(object, to: PyStr.self).withBytes { pb in
              if let pp = pb.baseAddress, pb.count > 0 {
                (base + o).update(from: pp, count: pb.count)
                o += pb.count
              }
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
