// The state behind a `random.Random` instance (and behind the module-level
// functions, which share one hidden instance `random._inst`): the Mersenne
// Twister of Modules/_randommodule.c plus Lib/random.py's `gauss_next`.
// The algorithms live in the extensions in the files beside this one.

import BigInt

/// One `random.Random` instance: an MT19937 generator and the cached second
/// normal deviate of `gauss()`.
final class RandomGenerator {
  /// The core generator (`_random.Random`'s state).
  var twister: MersenneTwister
  /// `self.gauss_next`: the second value of the last Box–Muller pair, used
  /// by the next `gauss()` call; reset by `seed()`.
  var gaussNext: Double?

  /// `Random(x)`: a generator seeded as `seed(x)` does.
  init(seed material: SeedMaterial = .none) {
    twister = MersenneTwister(key: material.key ?? SeedMaterial.entropyKey())
    gaussNext = nil
  }

  /// `seed(a)` (version 2 for str/bytes; use `SeedMaterial.version1` for
  /// version 1). Also clears `gauss_next`, as random.py does.
  func seed(_ material: SeedMaterial) {
    twister.initByArray(material.key ?? SeedMaterial.entropyKey())
    gaussNext = nil
  }

  // MARK: - Core generator methods of _random.Random

  /// `random()`: a float in [0.0, 1.0) with 53 random bits.
  func random() -> Double {
    twister.random()
  }

  /// `getrandbits(k)` with k already a machine int.
  ///
  /// - Throws: `ValueError` "number of bits must be non-negative" for k < 0;
  ///   `OverflowError` "Python int too large to convert to C int" for k
  ///   outside a C int.
  func getrandbits(_ k: Int) throws -> BigInt {
    BigInt(try twister.getrandbits(k))
  }

  /// `getrandbits(k)` for any Python int k (huge ones raise OverflowError).
  func getrandbits(_ k: BigInt) throws -> BigInt {
    guard let small = Int(exactly: k) else { throw RandomError.cIntOverflow }
    return try getrandbits(small)
  }

  /// `randbytes(n)`: `getrandbits(n * 8).to_bytes(n, 'little')`.
  ///
  /// - Throws: as `getrandbits(n * 8)`: `ValueError` for n < 0,
  ///   `OverflowError` when n * 8 leaves a C int.
  func randbytes(_ n: Int) throws -> [UInt8] {
    let (bits, overflow) = n.multipliedReportingOverflow(by: 8)
    if overflow || bits > Int(Int32.max) || bits < Int(Int32.min) {
      throw RandomError.cIntOverflow
    }
    if bits < 0 { throw RandomError.valueError("number of bits must be non-negative") }
    if bits == 0 { return [] }
    var out: [UInt8] = []
    out.reserveCapacity(n)
    for word in twister.nextWords(bits: bits) {
      for shift in stride(from: 0, to: 64, by: 8) where out.count < n {
        out.append(UInt8(truncatingIfNeeded: UInt64(word) >> UInt64(shift)))
      }
    }
    return out
  }

  // MARK: - getstate / setstate

  /// What `getstate()` returns: `(3, (624 words..., index), gauss_next)`.
  struct State: Equatable {
    /// `Random.VERSION`, the first item of the tuple.
    static let version = 3
    /// The 624 Mersenne Twister words.
    var words: [UInt32]
    /// The position in `words`, 0...624, the 625th item of the inner tuple.
    var index: Int
    /// `gauss_next`, None or a float.
    var gaussNext: Double?
  }

  /// `getstate()`.
  func getstate() -> State {
    let (words, index) = twister.stateWords
    return State(words: words, index: index, gaussNext: gaussNext)
  }

  /// `setstate(state)` from a state `getstate()` produced.
  ///
  /// - Throws: `ValueError` "state vector is the wrong size" or
  ///   "invalid state" for a malformed state.
  func setstate(_ state: State) throws {
    gaussNext = state.gaussNext
    try twister.setState(words: state.words, index: state.index)
  }

  /// `setstate((version, internalstate, gauss_next))` from the ints of an
  /// arbitrary Python tuple, with every check Random.setstate and
  /// `_random.Random.setstate` make, in their order.
  ///
  /// The glue unpacks the outer 3-tuple (a wrong length raises Python's own
  /// unpacking ValueError), checks that `internalstate` is a tuple
  /// ("state vector must be a tuple", TypeError) and that its items are
  /// ints, and for a version other than 2 or 3 raises
  /// `RandomGenerator.unsupportedStateVersion(str(version))`.
  /// - Parameters:
  ///   - version: 3, or 2 for states of Python 2 (items taken mod 2**32).
  ///   - internalState: the 625 ints: 624 words then the index.
  ///   - gaussNext: the third item; assigned first, as random.py does, so it
  ///     sticks even when the rest is rejected.
  func setstate(version: Int, internalState: [BigInt], gaussNext: Double?) throws {
    guard version == 2 || version == 3 else {
      throw RandomGenerator.unsupportedStateVersion(String(version))
    }
    self.gaussNext = gaussNext
    var items = internalState
    if version == 2 {
      let modulus = BigInt(1) << 32
      items = items.map { $0.modulus(modulus) }
    }
    let n = MersenneTwister.stateSize
    guard items.count == n + 1 else {
      throw RandomError.valueError("state vector is the wrong size")
    }
    var words: [UInt32] = []
    words.reserveCapacity(n)
    for item in items[0..<n] {
      // PyLong_AsUnsignedLong, then the (uint32_t) cast.
      if item.sign == .minus && !item.isZero {
        throw RandomError.overflowError("can't convert negative value to unsigned int")
      }
      guard let element = UInt64(exactly: item) else {
        throw RandomError.overflowError("Python int too large to convert to C unsigned long")
      }
      words.append(UInt32(truncatingIfNeeded: element))
    }
    // PyLong_AsLong, then the range check.
    guard let index = Int64(exactly: items[n]) else {
      throw RandomError.overflowError("Python int too large to convert to C long")
    }
    guard index >= 0 && index <= Int64(n) else {
      throw RandomError.valueError("invalid state")
    }
    try twister.setState(words: words, index: Int(index))
  }

  /// The `ValueError` for `setstate` with a state of another version; pass
  /// `str(version)`.
  static func unsupportedStateVersion(_ versionText: String) -> RandomError {
    .valueError(
      "state with version \(versionText) passed to Random.setstate() of version \(State.version)")
  }
}
