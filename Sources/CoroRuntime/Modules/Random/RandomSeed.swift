// How `random.seed(a)` turns its argument into the key for init_by_array:
// Lib/random.py's Random.seed (version 1 and 2 handling of str and bytes)
// followed by Modules/_randommodule.c's random_seed (abs of ints, hash of
// everything else, the OS entropy for None).

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import BigInt

/// A seed already classified by the glue, from `random.seed(a)` or
/// `random.Random(a)`.
enum SeedMaterial: Equatable {
  /// `None` or no argument: 624 words from the OS (`random_seed_urandom`),
  /// or the time and process id when that fails (`random_seed_time_pid`).
  case none
  /// An int or bool: the key is the 32-bit words of `abs(a)`, least
  /// significant first.
  case int(BigInt)
  /// A `str` (its UTF-8 encoding), `bytes` or `bytearray` with version 2:
  /// seeded as `int.from_bytes(a + sha512(a).digest())`.
  case bytes([UInt8])
  /// Any other hashable object, e.g. a float: `hash(a)` reinterpreted as an
  /// unsigned 64-bit number (`(size_t)hash` in random_seed). The glue
  /// computes the Python hash.
  case hash(Int)

  /// A `str` seed with version 2: its UTF-8 bytes.
  static func string(_ text: String) -> SeedMaterial {
    .bytes(Array(text.utf8))
  }

  /// A `str` or `bytes` seed with `version=1`: the old string hash of
  /// Lib/random.py. Pass the code points of the str, or the bytes (which
  /// random.py decodes as Latin-1, i.e. one code point per byte).
  static func version1<Points: Collection>(codePoints: Points) -> SeedMaterial
  where Points.Element == UInt32 {
    guard let first = codePoints.first else { return .int(0) }
    var x = UInt64(first) << 7
    for c in codePoints {
      x = (1_000_003 &* x) ^ UInt64(c)
    }
    x ^= UInt64(codePoints.count)
    // random.py maps -1 to -2, impossible for this non-negative value.
    return .int(BigInt(x))
  }

  /// The message of the `TypeError` random.py raises for any other seed type.
  static let unsupportedTypeMessage =
    "The only supported seed types are: None,\nint, float, str, bytes, and bytearray."

  /// The key `init_by_array` gets, or nil for `.none` (entropy from the OS).
  var key: [UInt32]? {
    switch self {
    case .none:
      return nil
    case .int(let value):
      return SeedMaterial.words(of: value.magnitude)
    case .hash(let value):
      let bits = UInt64(bitPattern: Int64(value))
      return SeedMaterial.trimmed([UInt32(truncatingIfNeeded: bits),
                                   UInt32(truncatingIfNeeded: bits >> 32)])
    case .bytes(let bytes):
      return SeedMaterial.bigEndianWords(bytes + SHA512.digest(of: bytes))
    }
  }

  /// The 32-bit words of `n`, least significant first, without high zero
  /// words but at least one word (`keyused` in random_seed).
  static func words(of n: BigUInt) -> [UInt32] {
    var out: [UInt32] = []
    out.reserveCapacity(n.words.count * 2)
    for word in n.words {
      out.append(UInt32(truncatingIfNeeded: word))
      out.append(UInt32(truncatingIfNeeded: UInt64(word) >> 32))
    }
    return trimmed(out)
  }

  /// The words of `int.from_bytes(bytes, 'big')`, least significant first.
  private static func bigEndianWords(_ bytes: [UInt8]) -> [UInt32] {
    var out: [UInt32] = []
    out.reserveCapacity(bytes.count / 4 + 1)
    var end = bytes.count
    while end > 0 {
      let start = max(0, end - 4)
      var word: UInt32 = 0
      for byte in bytes[start..<end] {
        word = (word << 8) | UInt32(byte)
      }
      out.append(word)
      end = start
    }
    return trimmed(out)
  }

  /// Drops high zero words, keeping at least one.
  private static func trimmed(_ words: [UInt32]) -> [UInt32] {
    var words = words
    while words.count > 1, words.last == 0 {
      words.removeLast()
    }
    return words.isEmpty ? [0] : words
  }

  /// 624 words of OS entropy, or the time-and-pid key when the OS fails us,
  /// like `random_seed_urandom` and its fallback `random_seed_time_pid`.
  static func entropyKey() -> [UInt32] {
    let count = MersenneTwister.stateSize
    var key = [UInt32](repeating: 0, count: count)
    let wanted = count * MemoryLayout<UInt32>.size
    let filled = key.withUnsafeMutableBytes { buffer -> Bool in
      guard let base = buffer.baseAddress else { return false }
      let fd = open("/dev/urandom", O_RDONLY)
      guard fd >= 0 else { return false }
      defer { close(fd) }
      var done = 0
      while done < wanted {
        let got = read(fd, base + done, wanted - done)
        if got <= 0 {
          if got < 0 && errno == EINTR { continue }
          return false
        }
        done += got
      }
      return true
    }
    if filled { return key }
    return timeAndPidKey()
  }

  /// `random_seed_time_pid`: wall clock, process id and monotonic clock.
  private static func timeAndPidKey() -> [UInt32] {
    var wall = timespec()
    var mono = timespec()
    clock_gettime(CLOCK_REALTIME, &wall)
    clock_gettime(CLOCK_MONOTONIC, &mono)
    let now = UInt64(truncatingIfNeeded: Int64(wall.tv_sec)) &* 1_000_000_000
      &+ UInt64(truncatingIfNeeded: Int64(wall.tv_nsec))
    let tick = UInt64(truncatingIfNeeded: Int64(mono.tv_sec)) &* 1_000_000_000
      &+ UInt64(truncatingIfNeeded: Int64(mono.tv_nsec))
    return [
      UInt32(truncatingIfNeeded: now), UInt32(truncatingIfNeeded: now >> 32),
      UInt32(truncatingIfNeeded: getpid()),
      UInt32(truncatingIfNeeded: tick), UInt32(truncatingIfNeeded: tick >> 32),
    ]
  }
}
