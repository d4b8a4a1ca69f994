/// "Did you mean" for NameError and AttributeError, CPython 3.11's
/// Python/suggestions.c: the closest candidate by a Levenshtein distance
/// where a case change costs less than a substitution.
enum Suggestions {
  private static let maxCandidates = 750
  private static let maxStringSize = 40
  private static let moveCost = 2
  private static let caseCost = 1

  static func offer(for exc: PyException, vm: VM) -> String? {
    if exc.isInstance(of: BuiltinTypes.nameError) {
      guard let name = exc.attributeDict.getString("name")?.asStr?.value,
        let last = exc.traceback.first
      else { return nil }
      let code = last.code.object
      let candidates: [[String]] = [
        code.localNames + code.cellNames + code.freeNames,
        last.globals.keys.compactMap { $0.asStr?.value },
        vm.interpreter.builtinsDict.keys.compactMap { $0.asStr?.value },
      ]
      for list in candidates {
        if let s = closest(name, list) { return s }
      }
      return nil
    }
    if exc.isInstance(of: BuiltinTypes.attributeError) {
      guard let name = exc.attributeDict.getString("name")?.asStr?.value,
        let obj = exc.attributeDict.getString("obj")
      else { return nil }
      return closest(name, vm.directory(of: obj))
    }
    return nil
  }

  static func closest(_ name: String, _ candidates: [String]) -> String? {
    if candidates.count >= maxCandidates { return nil }
    let nameBytes = Array(name.utf8)
    var best: String?
    var bestDistance = Int.max
    for item in candidates {
      if item == name { continue }
      let itemBytes = Array(item.utf8)
      var maxDistance = (nameBytes.count + itemBytes.count + 3) * moveCost / 6
      maxDistance = min(maxDistance, bestDistance - 1)
      let d = distance(nameBytes[...], itemBytes[...], maxCost: maxDistance)
      if d > maxDistance { continue }
      if best == nil || d < bestDistance {
        best = item
        bestDistance = d
      }
    }
    return best
  }

  private static func substitutionCost(_ a: UInt8, _ b: UInt8) -> Int {
    if a & 31 != b & 31 { return moveCost }
    if a == b { return 0 }
    let la = (65...90).contains(a) ? a + 32 : a
    let lb = (65...90).contains(b) ? b + 32 : b
    return la == lb ? caseCost : moveCost
  }

  private static func distance(_ a0: ArraySlice<UInt8>, _ b0: ArraySlice<UInt8>, maxCost: Int) -> Int {
    var a = a0
    var b = b0
    while let x = a.first, let y = b.first, x == y {
      a = a.dropFirst()
      b = b.dropFirst()
    }
    while let x = a.last, let y = b.last, x == y {
      a = a.dropLast()
      b = b.dropLast()
    }
    if a.isEmpty || b.isEmpty { return (a.count + b.count) * moveCost }
    if a.count > maxStringSize || b.count > maxStringSize { return maxCost + 1 }
    if b.count < a.count { swap(&a, &b) }
    if (b.count - a.count) * moveCost > maxCost { return maxCost + 1 }
    let av = Array(a)
    var buffer = [Int](repeating: 0, count: av.count)
    var tmp = moveCost
    for i in 0..<av.count {
      buffer[i] = tmp
      tmp += moveCost
    }
    var result = 0
    for (bIndex, code) in b.enumerated() {
      var distance = bIndex * moveCost
      result = distance
      var minimum = Int.max
      for index in 0..<av.count {
        let substitute = distance + substitutionCost(code, av[index])
        distance = buffer[index]
        let insertDelete = min(result, distance) + moveCost
        result = min(insertDelete, substitute)
        buffer[index] = result
        if result < minimum { minimum = result }
      }
      if minimum > maxCost { return maxCost + 1 }
    }
    return result
  }
}
