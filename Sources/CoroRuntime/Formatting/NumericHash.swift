// hash() of ints, floats and tuples exactly as 64-bit CPython 3.11 computes
// them; they decide the iteration order of sets of numbers. Mirrors
// Python/pyhash.c _Py_HashDouble and _Py_HashPointerRaw, Objects/longobject.c
// long_hash and Objects/tupleobject.c tuplehash.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// CPython's numeric hashes: `hash(n) == hash(float(n))` for every int `n`
/// representable as a float, all reduced modulo 2**61 - 1.
enum NumericHash {
  /// `_PyHASH_MODULUS`, 2**61 - 1.
  static let modulus: UInt64 = (1 << 61) - 1
  /// `_PyHASH_INF`, hash(float('inf')).
  static let infinity = 314_159
  private static let bits: UInt64 = 61

  /// `hash(v)` for an int.
  static func hash(_ v: Int) -> Int {
    let reduced = Int(v.magnitude % UInt(modulus))
    let h = v < 0 ? -reduced : reduced
    return h == -1 ? -2 : h
  }

  /// `hash(v)` for a big int: sign × (|v| mod 2**61 - 1), with -1 → -2.
  static func hash(_ v: BigInt) -> Int {
    // 2**64 ≡ 2**3 (mod 2**61 - 1): fold words from the top.
    var x: UInt64 = 0
    let words = v.magnitude.words
    for index in stride(from: words.count - 1, through: 0, by: -1) {
      // x * 2**64 + w ≡ x * 8 + w; x < 2**61 so x * 8 < 2**64.
      x = reduce(x << 3) + reduce(UInt64(words[index]))
      x = reduce(x)
    }
    let reduced = Int(x)
    let h = v.sign == .minus ? -reduced : reduced
    return h == -1 ? -2 : h
  }

  /// `hash(v)` for a float. A NaN hashes by object identity in 3.11:
  /// `nanIdentity` is the address (or any stable id) of the float object,
  /// hashed like `_Py_HashPointer`.
  static func hash(_ v: Double, nanIdentity: UInt = 0) -> Int {
    if !v.isFinite {
      if v.isInfinite { return v > 0 ? infinity : -infinity }
      return hashPointer(nanIdentity)
    }
    var e: Int32 = 0
    var m = frexp(v, &e)
    var sign: UInt64 = 1
    if m < 0 {
      sign = UInt64.max  // -1 as an unsigned multiplier
      m = -m
    }
    // Take 28 bits at a time.
    var x: UInt64 = 0
    var exponent = Int(e)
    while m != 0 {
      x = ((x << 28) & modulus) | x >> (bits - 28)
      m *= 268_435_456.0  // 2**28
      exponent -= 28
      let y = UInt64(m)
      m -= Double(y)
      x += y
      if x >= modulus { x -= modulus }
    }
    // Adjust for the exponent, reduced modulo 61 the way CPython does.
    let e61 = exponent >= 0
      ? UInt64(exponent % 61) : UInt64(61 - 1 - ((-1 - exponent) % 61))
    x = ((x << e61) & modulus) | x >> (bits - e61)
    x = x &* sign
    if x == UInt64.max { x = UInt64.max - 1 }
    return Int(bitPattern: UInt(x))
  }

  /// `_Py_HashPointer(p)`: the address rotated right by 4 bits.
  static func hashPointer(_ address: UInt) -> Int {
    let y = (address >> 4) | (address << UInt(UInt.bitWidth - 4))
    let h = Int(bitPattern: y)
    return h == -1 ? -2 : h
  }

  /// `hash(t)` for a tuple, from its items' hashes (CPython 3.11's
  /// xxHash-based tuplehash).
  static func hashTuple<S: Sequence>(_ itemHashes: S) -> Int where S.Element == Int {
    let prime1: UInt64 = 11_400_714_785_074_694_791
    let prime2: UInt64 = 14_029_467_366_897_019_727
    let prime5: UInt64 = 2_870_177_450_012_600_261
    var acc = prime5
    var length: UInt64 = 0
    for item in itemHashes {
      let lane = UInt64(bitPattern: Int64(item))
      acc = acc &+ lane &* prime2
      acc = (acc << 31) | (acc >> 33)
      acc = acc &* prime1
      length += 1
    }
    acc = acc &+ (length ^ (prime5 ^ 3_527_539))
    if acc == UInt64.max { return 1_546_275_796 }
    return Int(Int64(bitPattern: acc))
  }

  @inline(__always)
  private static func reduce(_ x: UInt64) -> UInt64 {
    // x mod (2**61 - 1) for any 64-bit x.
    var r = (x & modulus) + (x >> 61)
    if r >= modulus { r -= modulus }
    return r
  }
}
