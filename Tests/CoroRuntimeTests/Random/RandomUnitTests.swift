@testable import CoroRuntime
import BigInt
import Foundation
import XCTest

/// Checks beyond the CPython fixture: the MT19937 reference outputs, state
/// conversions, float conversion, machine-int edges and size limits. Expected
/// values come from python3 (CPython 3.11.7) unless marked as reference.
final class RandomUnitTests: XCTestCase {
  func testMersenneTwisterReferenceOutputs() {
    // Reference: mt19937ar.c's default seed and its test key.
    var byGenrand = MersenneTwister(seed: 5489)
    XCTAssertEqual(byGenrand.nextUInt32(), 3_499_211_612)
    var byArray = MersenneTwister(key: [0x123, 0x234, 0x345, 0x456])
    XCTAssertEqual(
      (0..<5).map { _ in byArray.nextUInt32() },
      [1_067_595_299, 955_945_823, 477_289_528, 4_107_218_783, 4_228_976_476])
    // random.seed(n) splits abs(n) into those words.
    let n = BigInt(0x456) << 96 | BigInt(0x345) << 64 | BigInt(0x234) << 32 | BigInt(0x123)
    XCTAssertEqual(SeedMaterial.int(-n).key, [0x123, 0x234, 0x345, 0x456])
    XCTAssertEqual(SeedMaterial.int(0).key, [0])
    XCTAssertEqual(SeedMaterial.hash(-2).key, [0xffff_fffe, 0xffff_ffff])
    XCTAssertNil(SeedMaterial.none.key)
  }

  func testSHA512Streaming() {
    let data = (0..<300).map { UInt8(truncatingIfNeeded: $0 &* 31) }
    var hasher = SHA512()
    hasher.update(data[0..<1])
    hasher.update(data[1..<130])
    hasher.update(data[130...])
    XCTAssertEqual(hasher.finalize(), SHA512.digest(of: data))
    XCTAssertEqual(SHA512.digest(of: []).count, SHA512.digestSize)
  }

  func testSetstateFromPythonInts() throws {
    let g = RandomGenerator(seed: .int(5))
    var items = g.getstate().words.map { BigInt($0) } + [BigInt(624)]
    items[0] = BigInt(1) << 33 + 5
    items[1] = (BigInt(1) << 64) - 1
    try g.setstate(version: 3, internalState: items, gaussNext: nil)
    XCTAssertEqual(Array(g.getstate().words[0..<2]), [5, 4_294_967_295])

    func error(_ items: [BigInt], version: Int = 3) -> RandomError? {
      do {
        try g.setstate(version: version, internalState: items, gaussNext: 0.25)
        return nil
      } catch {
        return error as? RandomError
      }
    }
    let zeros = [BigInt](repeating: 0, count: 624)
    XCTAssertEqual(
      error([-1] + zeros), .overflowError("can't convert negative value to unsigned int"))
    XCTAssertEqual(g.gaussNext, 0.25, "gauss_next is assigned before the check, as in random.py")
    XCTAssertEqual(
      error([BigInt(1) << 64] + zeros),
      .overflowError("Python int too large to convert to C unsigned long"))
    XCTAssertEqual(error(zeros + [625]), .valueError("invalid state"))
    XCTAssertEqual(error(zeros + [-1]), .valueError("invalid state"))
    XCTAssertEqual(
      error(zeros + [BigInt(1) << 64]),
      .overflowError("Python int too large to convert to C long"))
    XCTAssertEqual(error([1, 1, 1]), .valueError("state vector is the wrong size"))
    XCTAssertEqual(
      error(zeros + [0], version: 4),
      .valueError("state with version 4 passed to Random.setstate() of version 3"))

    // Version 2 states hold signed words: taken mod 2**32.
    try g.setstate(
      version: 2, internalState: [BigInt](repeating: -1, count: 624) + [624], gaussNext: nil)
    XCTAssertEqual(Array(g.getstate().words[0..<2]), [4_294_967_295, 4_294_967_295])
    XCTAssertEqual(g.random().bitPattern, (0.4630094130561456).bitPattern)
  }

  func testStateRoundTripRestoresGaussNext() throws {
    let g = RandomGenerator(seed: .string("state"))
    _ = try g.gauss()
    let saved = g.getstate()
    XCTAssertNotNil(saved.gaussNext)
    let first = try (0..<3).map { _ in try g.gauss() }
    try g.setstate(saved)
    XCTAssertEqual(try (0..<3).map { _ in try g.gauss() }, first)
    XCTAssertThrowsError(
      try g.setstate(RandomGenerator.State(words: [1], index: 0, gaussNext: nil)))
  }

  func testIntToFloatRoundsHalfEven() throws {
    let cases: [(BigInt, String)] = [
      ((BigInt(1) << 53) + 1, "0x1.0000000000000p+53"),
      ((BigInt(1) << 54) + 3, "0x1.0000000000001p+54"),
      ((BigInt(1) << 54) + 2, "0x1.0000000000000p+54"),
      ((BigInt(1) << 54) + 6, "0x1.0000000000002p+54"),
      (BigInt(10).power(30), "0x1.93e5939a08ceap+99"),
      (-BigInt(10).power(30), "-0x1.93e5939a08ceap+99"),
      ((BigInt(1) << 1024) - (BigInt(1) << 971), "0x1.fffffffffffffp+1023"),
      ((BigInt(1) << 1024) - (BigInt(1) << 970) - 1, "0x1.fffffffffffffp+1023"),
      (BigInt(3).power(500), "0x1.655d2ce0563f7p+792"),
      ((BigInt(1) << 64) - 1, "0x1.0000000000000p+64"),
      ((BigInt(1) << 64) + (BigInt(1) << 11), "0x1.0000000000000p+64"),
      ((BigInt(1) << 64) + (BigInt(1) << 11) + 1, "0x1.0000000000001p+64"),
      ((BigInt(1) << 65) + (BigInt(1) << 12), "0x1.0000000000000p+65"),
    ]
    for (value, hex) in cases {
      XCTAssertEqual(try RandomMath.double(value), Double(hex), "\(value)")
    }
    for value in [(BigInt(1) << 1024) - (BigInt(1) << 970), BigInt(1) << 1024, BigInt(1) << 5000] {
      XCTAssertThrowsError(try RandomMath.double(value)) { error in
        XCTAssertEqual(error as? RandomError, .intTooLargeForFloat)
      }
    }
  }

  func testFloatOperationErrors() {
    XCTAssertThrowsError(try RandomMath.log(0.0))
    XCTAssertThrowsError(try RandomMath.log(-.infinity))
    XCTAssertEqual(try RandomMath.log(.infinity), .infinity)
    XCTAssertThrowsError(try RandomMath.sqrt(-1.0))
    XCTAssertEqual(try RandomMath.remainder(-1.0, 6.0), 5.0)
    XCTAssertEqual(try RandomMath.remainder(-0.0, 6.0).sign, .plus)
    XCTAssertThrowsError(try RandomMath.remainder(1.0, 0.0)) { error in
      XCTAssertEqual(error as? RandomError, .zeroDivisionError("float modulo"))
    }
    XCTAssertThrowsError(try RandomMath.power(0.0, -1.0)) { error in
      XCTAssertEqual(
        error as? RandomError, .zeroDivisionError("0.0 cannot be raised to a negative power"))
    }
    XCTAssertThrowsError(try RandomMath.power(10.0, 400.0)) { error in
      XCTAssertEqual(
        error as? RandomError, .overflowError("(34, 'Numerical result out of range')"))
    }
    XCTAssertEqual(try RandomMath.power(-2.0, 3.0), -8.0)
    XCTAssertEqual(try RandomMath.power(-1.0, 1e300), 1.0)
    XCTAssertEqual(try RandomMath.power(-0.0, 3.0).sign, .minus)
    XCTAssertEqual(try RandomMath.power(.nan, 0.0), 1.0)
  }

  func testMachineIntEdges() throws {
    // From python3: g = random.Random(7); g.randrange(-2**63, 2**63-1),
    // g.randint(0, 2**63-1), g.randrange(2**63-1), g.randrange(-5, 2**63-1, 2**62).
    let g = RandomGenerator(seed: .int(7))
    XCTAssertEqual(try g.randrange(Int.min, Int.max), 8_261_657_684_473_197_624)
    XCTAssertEqual(try g.randint(0, Int.max), 7_283_207_964_119_141_687)
    XCTAssertEqual(try g.randrange(Int.max), 445_363_681_616_962_640)
    XCTAssertEqual(try g.randrange(-5, Int.max, step: 1 << 62), -5)
    XCTAssertEqual(g.random().bitPattern, (0.8212742919913083).bitPattern)
    XCTAssertThrowsError(try g.randint(Int.max, Int.min)) { error in
      XCTAssertEqual(
        error as? RandomError,
        .valueError(
          "empty range for randrange() (9223372036854775807, -9223372036854775807, "
            + "-18446744073709551614)"))
    }
    XCTAssertThrowsError(try g.randrange(0, 10, step: 0))
    XCTAssertThrowsError(try g.getrandbits(BigInt(1) << 70)) { error in
      XCTAssertEqual(error as? RandomError, .cIntOverflow)
    }
    XCTAssertThrowsError(try g.randbytes(Int.max)) { error in
      XCTAssertEqual(error as? RandomError, .cIntOverflow)
    }
  }

  func testHugeCountsAreRefused() {
    let g = RandomGenerator(seed: .int(1))
    XCTAssertThrowsError(try g.sample(count: Int.max, k: BigInt(Int.max))) { error in
      XCTAssertEqual(error as? RandomError, .memoryError)
    }
    XCTAssertThrowsError(try g.choices(count: 3, k: BigInt(Int.max))) { error in
      XCTAssertEqual(error as? RandomError, .memoryError)
    }
    XCTAssertThrowsError(try g.sample(count: 3, k: BigInt(Int.min) - 1))
    XCTAssertEqual(try g.sample(count: Int.max, k: 3).count, 3)
    XCTAssertEqual(g.randbelow(0), 0)
    XCTAssertEqual(g.randbelow(BigInt(-5)), 0)
    XCTAssertEqual(g.shufflePermutation(count: -3), [])
    var empty: [String] = []
    g.shuffle(&empty)
    XCTAssertEqual(empty, [])
  }

  func testEntropySeedingDiffers() {
    let a = RandomGenerator()
    let b = RandomGenerator()
    XCTAssertNotEqual(a.getstate(), b.getstate())
    XCTAssertEqual(SeedMaterial.entropyKey().count, MersenneTwister.stateSize)
  }

  func testModuleConstantsMatchLibm() {
    XCTAssertEqual(RandomGenerator.nvMagicConst, 4 * exp(-0.5) / sqrt(2.0))
    XCTAssertEqual(RandomGenerator.log4, log(4.0))
    XCTAssertEqual(RandomGenerator.sgMagicConst, 1.0 + log(4.5))
    XCTAssertEqual(RandomGenerator.twoPi, 2 * Double.pi)
  }

  func testErrorDescription() {
    XCTAssertEqual(
      RandomError.valueError("zero step for randrange()").description,
      "ValueError: zero step for randrange()")
    XCTAssertEqual(RandomError.memoryError.description, "MemoryError")
  }
}
