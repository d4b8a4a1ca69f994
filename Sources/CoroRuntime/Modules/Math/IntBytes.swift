// int.to_bytes and int.from_bytes on BigInts: two's complement byte strings
// in either byte order, with CPython's overflow errors.

import BigInt

enum IntBytes {
  /// `n.to_bytes(length, byteorder, signed=signed)`.
  ///
  /// - Throws: `FormatError` OverflowError "can't convert negative int to
  ///   unsigned" or "int too big to convert".
  static func encode(_ n: BigInt, length: Int, littleEndian: Bool, signed: Bool) throws -> [UInt8] {
    if !signed && n.sign == .minus && !n.isZero {
      throw FormatError.overflowError("can't convert negative int to unsigned")
    }
    // Two's complement modulo 256**length, after checking the range.
    let modulus = BigInt(1) << (8 * length)
    let fits =
      signed
      ? (n >= -(modulus >> 1) && n < (modulus >> 1)) || (length == 0 && n.isZero)
      : n < modulus
    if !fits { throw FormatError.overflowError("int too big to convert") }
    let u = n.modulus(modulus).magnitude
    var bytes = [UInt8](repeating: 0, count: length)
    var i = 0
    for word in u.words where i < length {
      var w = UInt64(word)
      for _ in 0..<8 where i < length {
        bytes[i] = UInt8(truncatingIfNeeded: w)
        w >>= 8
        i += 1
      }
    }
    if !littleEndian { bytes.reverse() }
    return bytes
  }

  /// `int.from_bytes(bytes, byteorder, signed=signed)`.
  static func decode(_ bytes: [UInt8], littleEndian: Bool, signed: Bool) -> BigInt {
    let bigEndian = littleEndian ? Array(bytes.reversed()) : bytes
    var n = BigInt(0)
    for byte in bigEndian { n = (n << 8) | BigInt(byte) }
    if signed, let first = bigEndian.first, first >= 0x80 { n -= BigInt(1) << (8 * bytes.count) }
    return n
  }
}
