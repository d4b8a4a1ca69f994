// MT19937 exactly as CPython 3.11's Modules/_randommodule.c runs it: the
// seeding routines init_genrand and init_by_array, genrand_uint32, the
// 53-bit random_random, and getrandbits with its little-endian word order.

import BigInt

/// The Mersenne Twister MT19937 generator behind `random.Random`.
///
/// A value type: copying it forks the stream. All operations are total;
/// only `getrandbits` and `setState` validate arguments, with CPython's
/// exceptions.
struct MersenneTwister {
  /// `N`, the number of 32-bit words of state.
  static let stateSize = 624
  private static let shift = 397  // M
  private static let matrixA: UInt32 = 0x9908_b0df
  private static let upperMask: UInt32 = 0x8000_0000
  private static let lowerMask: UInt32 = 0x7fff_ffff

  /// The 624 state words, `self->state`.
  private(set) var state: [UInt32]
  /// The next word to temper, `self->index`; `stateSize` means "regenerate first".
  private(set) var index: Int

  /// A generator seeded by `init_genrand(seed)`.
  init(seed: UInt32) {
    state = [UInt32](repeating: 0, count: MersenneTwister.stateSize)
    index = MersenneTwister.stateSize
    initGenrand(seed)
  }

  /// A generator seeded by `init_by_array(key)`, as `random.seed(n)` does
  /// with the 32-bit words of `abs(n)`. An empty key is treated as `[0]`.
  init(key: [UInt32]) {
    state = [UInt32](repeating: 0, count: MersenneTwister.stateSize)
    index = MersenneTwister.stateSize
    initByArray(key)
  }

  /// Reseeds with `init_genrand(s)`.
  mutating func initGenrand(_ s: UInt32) {
    state[0] = s
    for i in 1..<MersenneTwister.stateSize {
      let previous = state[i - 1]
      state[i] = 1_812_433_253 &* (previous ^ (previous >> 30)) &+ UInt32(i)
    }
    index = MersenneTwister.stateSize
  }

  /// Reseeds with `init_by_array(key)`.
  ///
  /// CPython never passes an empty key (seed 0 becomes `[0]`); an empty key
  /// here is read as `[0]` too rather than dividing by zero.
  mutating func initByArray(_ key: [UInt32]) {
    let key = key.isEmpty ? [0] : key
    let n = MersenneTwister.stateSize
    initGenrand(19_650_218)
    var i = 1
    var j = 0
    var k = max(n, key.count)
    while k > 0 {
      let previous = state[i - 1]
      // (uint32_t)j: the index wraps like CPython's cast for absurd keys.
      state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_664_525))
        &+ key[j] &+ UInt32(truncatingIfNeeded: j)
      i += 1
      j += 1
      if i >= n {
        state[0] = state[n - 1]
        i = 1
      }
      if j >= key.count { j = 0 }
      k -= 1
    }
    k = n - 1
    while k > 0 {
      let previous = state[i - 1]
      state[i] = (state[i] ^ ((previous ^ (previous >> 30)) &* 1_566_083_941))
        &- UInt32(i)
      i += 1
      if i >= n {
        state[0] = state[n - 1]
        i = 1
      }
      k -= 1
    }
    state[0] = 0x8000_0000  // MSB is 1, assuring a non-zero initial array
  }

  /// The next tempered 32-bit output, `genrand_uint32`.
  mutating func nextUInt32() -> UInt32 {
    if index >= MersenneTwister.stateSize { regenerate() }
    var y = state[index]
    index += 1
    y ^= y >> 11
    y ^= (y << 7) & 0x9d2c_5680
    y ^= (y << 15) & 0xefc6_0000
    y ^= y >> 18
    return y
  }

  /// Refills all 624 words at once (the first half of `genrand_uint32`).
  private mutating func regenerate() {
    let n = MersenneTwister.stateSize
    let m = MersenneTwister.shift
    state.withUnsafeMutableBufferPointer { mt in
      @inline(__always) func twist(_ y: UInt32) -> UInt32 {
        (y >> 1) ^ ((y & 1) == 0 ? 0 : MersenneTwister.matrixA)
      }
      for kk in 0..<(n - m) {
        let y = (mt[kk] & MersenneTwister.upperMask) | (mt[kk + 1] & MersenneTwister.lowerMask)
        mt[kk] = mt[kk + m] ^ twist(y)
      }
      for kk in (n - m)..<(n - 1) {
        let y = (mt[kk] & MersenneTwister.upperMask) | (mt[kk + 1] & MersenneTwister.lowerMask)
        mt[kk] = mt[kk + m - n] ^ twist(y)
      }
      let y = (mt[n - 1] & MersenneTwister.upperMask) | (mt[0] & MersenneTwister.lowerMask)
      mt[n - 1] = mt[m - 1] ^ twist(y)
    }
    index = 0
  }

  /// A float in [0.0, 1.0) with 53 random bits, `random_random`
  /// (the reference code's `genrand_res53`).
  mutating func random() -> Double {
    let a = nextUInt32() >> 5
    let b = nextUInt32() >> 6
    return (Double(a) * 67_108_864.0 + Double(b)) * (1.0 / 9_007_199_254_740_992.0)
  }

  /// `getrandbits(k)` for `0 <= k <= 64`, without allocating.
  ///
  /// Draws the same words in the same order as the general routine: for
  /// k ≤ 32 one word shifted right by 32 - k; otherwise the first word is
  /// the low 32 bits and the second, shifted, the high bits.
  mutating func nextBits(_ k: Int) -> UInt64 {
    if k <= 0 { return 0 }
    if k <= 32 { return UInt64(nextUInt32() >> UInt32(32 - k)) }
    let low = UInt64(nextUInt32())
    let highBits = min(k, 64) - 32
    let high = UInt64(nextUInt32() >> UInt32(32 - highBits))
    return low | (high << 32)
  }

  /// `getrandbits(k)`: a uniformly random int of `k` bits.
  ///
  /// Mirrors `_random_Random_getrandbits_impl`: 32-bit words from least to
  /// most significant, the last one shifted right to drop its low bits.
  /// - Throws: `ValueError` "number of bits must be non-negative" for
  ///   k < 0, and CPython's `OverflowError` for a k beyond a C `int`.
  mutating func getrandbits(_ k: Int) throws -> BigUInt {
    if k < 0 {
      if k < Int(Int32.min) { throw RandomError.cIntOverflow }
      throw RandomError.valueError("number of bits must be non-negative")
    }
    if k > Int(Int32.max) { throw RandomError.cIntOverflow }
    if k <= 64 { return BigUInt(nextBits(k)) }
    return BigUInt(words: nextWords(bits: k))
  }

  /// The 64-bit words of `getrandbits(bits)` for bits ≥ 1, least significant
  /// first, drawing 32-bit outputs in CPython's order.
  mutating func nextWords(bits: Int) -> [UInt] {
    let count32 = (bits - 1) / 32 + 1
    var words: [UInt] = []
    words.reserveCapacity((count32 + 1) / 2)
    var remaining = bits
    var pending: UInt? = nil
    for _ in 0..<count32 {
      var r = nextUInt32()
      if remaining < 32 { r >>= UInt32(32 - remaining) }
      remaining -= 32
      if let low = pending {
        words.append(low | (UInt(r) << 32))
        pending = nil
      } else {
        pending = UInt(r)
      }
    }
    if let low = pending { words.append(low) }
    return words
  }

  /// `getstate()` of `_random.Random`: the 624 words and the index.
  var stateWords: (words: [UInt32], index: Int) { (state, index) }

  /// `setstate()` of `_random.Random` from already-converted values.
  ///
  /// - Throws: `ValueError` "state vector is the wrong size" unless there
  ///   are 624 words, `ValueError` "invalid state" unless 0 ≤ index ≤ 624.
  mutating func setState(words: [UInt32], index: Int) throws {
    guard words.count == MersenneTwister.stateSize else {
      throw RandomError.valueError("state vector is the wrong size")
    }
    guard index >= 0 && index <= MersenneTwister.stateSize else {
      throw RandomError.valueError("invalid state")
    }
    state = words
    self.index = index
  }
}
