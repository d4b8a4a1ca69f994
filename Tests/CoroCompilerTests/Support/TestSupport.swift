import CoroCompiler
import CoroSyntax
import Foundation

/// Paths of the repository, found from this file's location.
enum Repository {
  /// The package root (the folder holding Package.swift).
  static let root: URL = {
    var url = URL(fileURLWithPath: #filePath)
    // Tests/CoroCompilerTests/Support/TestSupport.swift → package root.
    for _ in 0..<4 { url.deleteLastPathComponent() }
    return url
  }()

  static var examples: URL { root.appendingPathComponent("examples") }

  /// Every `examples/**/*.py`, relative to `examples/`, sorted. Unlike the
  /// golden runner, helper modules and skipped folders are included: they
  /// must compile (or fail cleanly) too.
  static func allExamplePrograms() -> [String] {
    guard let enumerator = FileManager.default.enumerator(atPath: examples.path) else { return [] }
    var found: [String] = []
    while let item = enumerator.nextObject() as? String {
      if item.hasSuffix(".py") { found.append(item) }
    }
    return found.sorted()
  }
}

/// A small deterministic random number generator (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
  var state: UInt64

  init(seed: UInt64) { state = seed }

  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A seed derived from a string (FNV-1a), so each file gets its own
  /// fixed sequence of positions whatever order the files run in.
  static func seed(for text: String, base: UInt64) -> UInt64 {
    var hash: UInt64 = 0xCBF2_9CE4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01B3
    }
    return hash ^ base
  }
}

/// Runs work on a thread with a large stack and a deadline, so that a
/// compiler bug shows up as a failed test instead of a crashed or hung
/// test process (for a hang, the thread is abandoned and left running).
enum Watchdog {
  final class Box: @unchecked Sendable {
    var body: (() -> Void)?
  }

  /// Runs `body`; returns false if it did not finish within `seconds`.
  static func run(seconds: Double, stackSize: Int = 64 << 20, _ body: @escaping () -> Void) -> Bool {
    let done = DispatchSemaphore(value: 0)
    let box = Box()
    box.body = body
    let thread = Thread {
      box.body?()
      done.signal()
    }
    thread.stackSize = stackSize
    thread.start()
    return done.wait(timeout: .now() + seconds) == .success
  }
}

/// Compiles source text, returning the code object or the SyntaxError.
func compileOutcome(_ source: String, filename: String = "<test>") -> Result<CodeObject, SyntaxError> {
  do {
    return .success(try compileSource(source, filename: filename))
  } catch {
    return .failure(error)
  }
}
