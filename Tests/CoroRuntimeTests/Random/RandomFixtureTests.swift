@testable import CoroRuntime
import BigInt
import Foundation
import XCTest

/// Replays Fixtures/random_cases.txt, recorded from CPython 3.11.7 by
/// Fixtures/make_random_cases.py: every call's result (floats by bit
/// pattern), exception class and message, and the generator state.
final class RandomFixtureTests: XCTestCase {
  /// The result of one replayed call, in the fixture's terms.
  private enum Outcome {
    case int(BigInt)
    case float(Double)
    case list([BigInt])
    case bytes([UInt8])
    /// triangular() returning its `low` argument itself.
    case low
    /// A line with nothing to compare (seed, savestate, loadstate).
    case nothing
    case state(String)
  }

  private struct Replayer {
    var generator = RandomGenerator(seed: .int(0))
    var saved: RandomGenerator.State?
    var failures: [String] = []
    var checked = 0

    mutating func run(_ line: Substring, number: Int) {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 3 else {
        failures.append("line \(number): malformed")
        return
      }
      let op = String(fields[0])
      let args = fields[1].split(separator: " ").map(String.init)
      let expected = String(fields[2])
      let outcome: Result<Outcome, Error>
      do {
        outcome = .success(try perform(op, args, expected: expected))
      } catch {
        outcome = .failure(error)
      }
      if let problem = compare(op, outcome, expected) {
        failures.append("line \(number) \(op) \(args.joined(separator: " ")): \(problem)")
      }
      checked += 1
    }

    mutating func perform(_ op: String, _ a: [String], expected: String) throws -> Outcome {
      let g = generator
      switch op {
      case "sha512":
        let digest = SHA512.digest(of: hexBytes(a[0]))
        return .bytes(digest)
      case "seed":
        g.seed(try seedMaterial(a))
        return .nothing
      case "state":
        let s = g.getstate()
        let words = Array(s.words[0..<8]) + [s.words[623], UInt32(s.index)]
        let gauss = s.gaussNext.map { "\($0.bitPattern)" } ?? "-"
        return .state("\(RandomGenerator.State.version) \(gauss) "
          + words.map(String.init).joined(separator: ","))
      case "savestate":
        saved = g.getstate()
        return .nothing
      case "loadstate":
        if let saved = saved { try g.setstate(saved) }
        return .nothing
      case "random":
        return .float(g.random())
      case "getrandbits":
        return .int(try g.getrandbits(int(a[0])))
      case "randbytes":
        return .bytes(try g.randbytes(Int(int(a[0]))))
      case "randrange":
        let start = int(a[0])
        let stop = a[1] == "-" ? nil : int(a[1])
        let step = a[2] == "-" ? BigInt(1) : int(a[2])
        var e: Int?
        var stopFits = true
        if let stop = stop {
          e = Int(exactly: stop)
          stopFits = e != nil
        }
        if stopFits, let s = Int(exactly: start), let t = Int(exactly: step) {
          checkMachineInts(
            fast: { BigInt(try $0.randrange(s, e, step: t)) },
            slow: { try $0.randrange(start, stop, step: step) },
            label: "randrange \(a)")
        }
        return .int(try g.randrange(start, stop, step: step))
      case "randint":
        let low = int(a[0])
        let high = int(a[1])
        if let s = Int(exactly: low), let e = Int(exactly: high) {
          checkMachineInts(
            fast: { BigInt(try $0.randint(s, e)) }, slow: { try $0.randint(low, high) },
            label: "randint \(a)")
        }
        return .int(try g.randint(low, high))
      case "choice":
        return .int(BigInt(try g.choice(count: Int(int(a[0])))))
      case "shuffle":
        let n = Int(int(a[0]))
        let clone = copy(of: g)
        var items = (0..<n).map { "item\($0)" }
        clone.shuffle(&items)
        let order = g.shufflePermutation(count: n)
        if items != order.map({ "item\($0)" }) || clone.getstate() != g.getstate() {
          failures.append("shuffle(inout) and shufflePermutation disagree for n=\(n)")
        }
        return .list(order.map { BigInt($0) })
      case "sample":
        let counts = a[2] == "-" ? nil : intList(a[2])
        let picks = try g.sample(count: Int(int(a[0])), k: int(a[1]), counts: counts)
        return .list(picks.map { BigInt($0) })
      case "choices":
        var weights: RandomGenerator.ChoiceWeights?
        if a[2] != "-" { weights = .relative(floatList(a[2])) }
        if a[3] != "-" { weights = .cumulative(floatList(a[3])) }
        let picks = try g.choices(
          count: Int(int(a[0])), weights: weights, k: int(a[1]),
          indexErrorMessage: "range object index out of range")
        return .list(picks.map { BigInt($0) })
      case "uniform":
        if isFloat(a[0]) || isFloat(a[1]) {
          return .float(g.uniform(float(a[0]), float(a[1])))
        }
        return .float(try g.uniform(int(a[0]), int(a[1])))
      case "triangular":
        let low = a.count > 0 && a[0] != "-" ? float(a[0]) : 0.0
        let high = a.count > 1 && a[1] != "-" ? float(a[1]) : 1.0
        let mode = a.count > 2 && a[2] != "-" ? float(a[2]) : nil
        guard let value = try g.triangular(low: low, high: high, mode: mode) else { return .low }
        return .float(value)
      case "gauss":
        if a.isEmpty { return .float(try g.gauss()) }
        return .float(try g.gauss(mu: float(a[0]), sigma: float(a[1])))
      case "normalvariate":
        if a.isEmpty { return .float(try g.normalvariate()) }
        return .float(try g.normalvariate(mu: float(a[0]), sigma: float(a[1])))
      case "lognormvariate":
        return .float(try g.lognormvariate(mu: float(a[0]), sigma: float(a[1])))
      case "expovariate":
        return .float(try g.expovariate(float(a[0])))
      case "vonmisesvariate":
        return .float(try g.vonmisesvariate(mu: float(a[0]), kappa: float(a[1])))
      case "gammavariate":
        return .float(try g.gammavariate(alpha: float(a[0]), beta: float(a[1])))
      case "betavariate":
        return .float(try g.betavariate(alpha: float(a[0]), beta: float(a[1])))
      case "paretovariate":
        return .float(try g.paretovariate(float(a[0])))
      case "weibullvariate":
        return .float(try g.weibullvariate(alpha: float(a[0]), beta: float(a[1])))
      default:
        failures.append("unknown op \(op)")
        return .nothing
      }
    }

    /// Runs the machine-int overload on a copy of the generator and checks
    /// that it agrees with the BigInt one in result, error and the state it
    /// leaves behind.
    mutating func checkMachineInts(
      fast: (RandomGenerator) throws -> BigInt, slow: (RandomGenerator) throws -> BigInt,
      label: String
    ) {
      let fastCopy = copy(of: generator)
      let slowCopy = copy(of: generator)
      let fastResult = Result { try fast(fastCopy) }
      let slowResult = Result { try slow(slowCopy) }
      var same = fastCopy.getstate() == slowCopy.getstate()
      switch (fastResult, slowResult) {
      case (.success(let x), .success(let y)):
        same = same && x == y
      case (.failure(let x as RandomError), .failure(let y as RandomError)):
        same = same && x == y
      default:
        same = false
      }
      if !same { failures.append("machine-int path differs for \(label)") }
    }

    func copy(of g: RandomGenerator) -> RandomGenerator {
      let c = RandomGenerator(seed: .int(0))
      c.twister = g.twister
      c.gaussNext = g.gaussNext
      return c
    }

    func compare(_ op: String, _ outcome: Result<Outcome, Error>, _ expected: String) -> String? {
      switch outcome {
      case .failure(let error):
        guard let error = error as? RandomError else { return "threw \(error)" }
        let got = "!\(error.exceptionName) \(error.message)"
        return got == expected ? nil : "expected \(expected), got \(got)"
      case .success(let value):
        if expected.hasPrefix("!") { return "expected \(expected), got \(value)" }
        switch value {
        case .nothing:
          return nil
        case .low:
          return expected == "low" ? nil : "expected \(expected), got low"
        case .int(let n):
          return BigInt(expected) == n ? nil : "expected \(expected), got \(n)"
        case .float(let x):
          return sameFloat(x, expected) ? nil : "expected \(expected), got \(x)"
        case .list(let items):
          let got = items.map { String($0) }.joined(separator: ",")
          return got == expected ? nil : "expected \(expected), got \(got)"
        case .bytes(let bytes):
          let got = bytes.map { String(format: "%02x", $0) }.joined()
          return got == expected ? nil : "expected \(expected), got \(got)"
        case .state(let got):
          // Expected: version, gauss_next as repr, words; gauss compared by bits.
          let parts = expected.split(separator: " ").map(String.init)
          guard parts.count == 3 else { return "bad state line" }
          let gauss = parts[1] == "-" ? "-" : "\(float(parts[1]).bitPattern)"
          let want = "\(parts[0]) \(gauss) \(parts[2])"
          return got == want ? nil : "expected \(want), got \(got)"
        }
      }
    }
  }

  func testReplayCPythonFixture() throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
      .appendingPathComponent("Fixtures/random_cases.txt")
    let text = try String(contentsOf: url, encoding: .utf8)
    var replayer = Replayer()
    for (offset, line) in text.split(separator: "\n").enumerated() {
      replayer.run(line, number: offset + 1)
    }
    XCTAssertGreaterThan(replayer.checked, 4000)
    for failure in replayer.failures.prefix(30) {
      XCTFail(failure)
    }
    XCTAssertEqual(replayer.failures.count, 0, "\(replayer.failures.count) mismatches")
  }
}

// MARK: - Fixture token parsing

private func int(_ token: String) -> BigInt {
  BigInt(token) ?? 0
}

private func isFloat(_ token: String) -> Bool {
  token.contains(".") || token.contains("e") || token.contains("n")
}

private func float(_ token: String) -> Double {
  Double(token) ?? .nan
}

private func intList(_ token: String) -> [BigInt] {
  token == "[]" ? [] : token.split(separator: ",").map { BigInt(String($0)) ?? 0 }
}

private func floatList(_ token: String) -> [Double] {
  token == "[]" ? [] : token.split(separator: ",").map { Double(String($0)) ?? .nan }
}

private func hexBytes(_ token: String) -> [UInt8] {
  if token == "-" { return [] }
  var out: [UInt8] = []
  var index = token.startIndex
  while index < token.endIndex {
    let next = token.index(index, offsetBy: 2)
    out.append(UInt8(token[index..<next], radix: 16) ?? 0)
    index = next
  }
  return out
}

private func sameFloat(_ x: Double, _ expected: String) -> Bool {
  guard let want = Double(expected) else { return false }
  if want.isNaN { return x.isNaN }
  return want.bitPattern == x.bitPattern
}

private func seedMaterial(_ a: [String]) throws -> SeedMaterial {
  switch a[0] {
  case "int":
    return .int(int(a[1]))
  case "str", "bytes":
    return .bytes(hexBytes(a[1]))
  case "float":
    return .hash(Int(int(a[2])))
  case "str1":
    let points = a[1] == "-" ? [] : a[1].split(separator: ",").map { UInt32($0) ?? 0 }
    return .version1(codePoints: points)
  case "bytes1":
    return .version1(codePoints: hexBytes(a[1]).map { UInt32($0) })
  default:
    throw RandomError.valueError("unknown seed kind \(a[0])")
  }
}
