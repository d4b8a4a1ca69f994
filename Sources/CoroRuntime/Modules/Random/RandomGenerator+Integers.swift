// Random integers as Lib/random.py 3.11 draws them: _randbelow_with_getrandbits,
// randrange and randint. Machine-int overloads take a fast path that draws
// exactly the same words as the BigInt ones.

import BigInt

extension RandomGenerator {
  /// `_randbelow_with_getrandbits(n)`: uniform in [0, n) by rejection on
  /// `getrandbits(n.bit_length())`. Returns 0 for n ≤ 0 (CPython loops
  /// forever on 0; no public entry point passes it).
  func randbelow(_ n: Int) -> Int {
    guard n > 0 else { return 0 }
    let k = Int.bitWidth - n.leadingZeroBitCount
    let limit = UInt64(n)
    var r = twister.nextBits(k)
    while r >= limit {
      r = twister.nextBits(k)
    }
    return Int(r)
  }

  /// `_randbelow_with_getrandbits(n)` for any int n > 0 (0 for n ≤ 0).
  func randbelow(_ n: BigInt) -> BigInt {
    guard n > 0 else { return 0 }
    if let small = Int(exactly: n) { return BigInt(randbelow(small)) }
    let limit = n.magnitude
    let k = limit.bitWidth
    var r = BigUInt(words: twister.nextWords(bits: k))
    while r >= limit {
      r = BigUInt(words: twister.nextWords(bits: k))
    }
    return BigInt(r)
  }

  /// `randrange(start, stop=None, step=1)` on ints (random.py 3.11).
  ///
  /// The glue applies `operator.index` to each argument first (and the
  /// deprecated int() fallback for floats, with its "non-integer arg 1 for
  /// randrange()" errors). With `stop` nil, CPython checks `step is 1`; the
  /// glue should raise `TypeError("Missing a non-None stop argument")` itself
  /// for a step object that equals 1 but is not the int 1 (True, 1.0).
  /// - Throws: `TypeError` "Missing a non-None stop argument";
  ///   `ValueError` "empty range for randrange()",
  ///   "empty range for randrange() (start, stop, width)" or
  ///   "zero step for randrange()".
  func randrange(_ start: BigInt, _ stop: BigInt? = nil, step: BigInt = 1) throws -> BigInt {
    guard let stop = stop else {
      if step != 1 { throw RandomError.typeError("Missing a non-None stop argument") }
      if start > 0 { return randbelow(start) }
      throw RandomError.valueError("empty range for randrange()")
    }
    let width = stop - start
    if step == 1 {
      if width > 0 { return start + randbelow(width) }
      throw RandomError.valueError("empty range for randrange() (\(start), \(stop), \(width))")
    }
    let n: BigInt
    if step > 0 {
      n = RandomGenerator.floorDivide(width + step - 1, step)
    } else if step < 0 {
      n = RandomGenerator.floorDivide(width + step + 1, step)
    } else {
      throw RandomError.valueError("zero step for randrange()")
    }
    if n <= 0 {
      throw RandomError.valueError("empty range for randrange()")
    }
    return start + step * randbelow(n)
  }

  /// `randrange` on machine ints; same draws and errors as the BigInt form.
  func randrange(_ start: Int, _ stop: Int? = nil, step: Int = 1) throws -> Int {
    guard let stop = stop else {
      if step != 1 { throw RandomError.typeError("Missing a non-None stop argument") }
      if start > 0 { return randbelow(start) }
      throw RandomError.valueError("empty range for randrange()")
    }
    let (width, overflow) = stop.subtractingReportingOverflow(start)
    if step == 1 && !overflow {
      if width > 0 { return start + randbelow(width) }
      throw RandomError.valueError("empty range for randrange() (\(start), \(stop), \(width))")
    }
    // Rare: a non-unit step or a width past Int; the result lies between
    // start and stop, so it fits.
    let result = try randrange(BigInt(start), BigInt(stop), step: BigInt(step))
    return Int(truncatingIfNeeded: result)
  }

  /// `randint(a, b)`: `randrange(a, b + 1)`, so its error names b + 1.
  func randint(_ a: BigInt, _ b: BigInt) throws -> BigInt {
    try randrange(a, b + 1)
  }

  /// `randint(a, b)` on machine ints.
  func randint(_ a: Int, _ b: Int) throws -> Int {
    if b == Int.max {
      return Int(truncatingIfNeeded: try randrange(BigInt(a), BigInt(b) + 1))
    }
    return try randrange(a, b + 1)
  }

  /// Python's `a // b` (floor division) for b ≠ 0.
  static func floorDivide(_ a: BigInt, _ b: BigInt) -> BigInt {
    let (q, r) = a.quotientAndRemainder(dividingBy: b)
    if !r.isZero && (r.sign == .minus) != (b.sign == .minus) {
      return q - 1
    }
    return q
  }
}
