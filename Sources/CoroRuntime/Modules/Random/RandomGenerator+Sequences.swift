// choice, shuffle, sample and choices from Lib/random.py 3.11, working on
// indices: the glue measures the population with len() and indexes it with
// the returned positions, so no Python object passes through here.

import BigInt

extension RandomGenerator {
  /// `choice(seq)`: the index to take from a sequence of `count` items.
  ///
  /// - Throws: `IndexError` "Cannot choose from an empty sequence".
  func choice(count: Int) throws -> Int {
    guard count > 0 else {
      throw RandomError.indexError("Cannot choose from an empty sequence")
    }
    return randbelow(count)
  }

  /// `shuffle(x)` in place on a Swift array, swapping as random.py does.
  func shuffle<Element>(_ x: inout [Element]) {
    var i = x.count - 1
    while i >= 1 {
      let j = randbelow(i + 1)
      x.swapAt(i, j)
      i -= 1
    }
  }

  /// `shuffle(x)` as a permutation: element `p[i]` of the old list goes to
  /// position i, i.e. `new = p.map { old[$0] }`.
  func shufflePermutation(count: Int) -> [Int] {
    var order = Array(0..<max(count, 0))
    shuffle(&order)
    return order
  }

  /// `sample(population, k, counts=counts)`: the indices into the
  /// population of the k selections, in selection order.
  ///
  /// The glue checks that the population is a Sequence ("Population must
  /// be a sequence.  For dicts or sets, use sorted(d).", TypeError) and
  /// that k is an int; with `counts`, that the running total is an int
  /// ("Counts must be integers", TypeError).
  /// - Parameters:
  ///   - count: `len(population)`.
  ///   - k: the sample size, any Python int.
  ///   - counts: the repetition counts, one per element, or nil.
  /// - Throws: `ValueError` "Sample larger than population or is negative",
  ///   "The number of counts does not match the population", "Total of
  ///   counts must be greater than zero"; `IndexError` "pop from empty
  ///   list" for empty counts; `OverflowError` for a total of counts past
  ///   `Py_ssize_t`; `MemoryError` for a k too large to store.
  func sample(count n: Int, k: BigInt, counts: [BigInt]? = nil) throws -> [Int] {
    if let counts = counts {
      var cumulative: [BigInt] = []
      cumulative.reserveCapacity(counts.count)
      var running = BigInt(0)
      for c in counts {
        running += c
        cumulative.append(running)
      }
      guard cumulative.count == n else {
        throw RandomError.valueError("The number of counts does not match the population")
      }
      guard let total = cumulative.popLast() else {
        throw RandomError.indexError("pop from empty list")
      }
      if total <= 0 {
        throw RandomError.valueError("Total of counts must be greater than zero")
      }
      // len(range(total)) must fit a Py_ssize_t.
      guard let size = Int(exactly: total) else { throw RandomError.ssizeOverflow }
      let selections = try sample(count: size, k: k)
      return selections.map { bisectRight(cumulative, BigInt($0)) }
    }
    guard k >= 0, let k = Int(exactly: k), k <= n else {
      throw RandomError.valueError("Sample larger than population or is negative")
    }
    // `[None] * k` comes first in random.py.
    if k > RandomError.maxResultCount { throw RandomError.memoryError }
    var result: [Int] = []
    result.reserveCapacity(k)
    // Size of a small set minus size of an empty list.
    var setsize = 21
    if k > 5 {
      // _ceil(_log(k * 3, 4)): math.log with a base divides two logs.
      let ratio = try RandomMath.log(Double(k * 3)) / RandomMath.log(4.0)
      let exponent = ratio.rounded(.up)
      setsize += 1 << (2 * Int(exponent))  // 4 ** exponent, at most 4**15 here
    }
    if n <= setsize {
      // An n-length list is smaller than a k-length set.
      if n > RandomError.maxResultCount { throw RandomError.memoryError }
      var pool = Array(0..<n)
      for i in 0..<k {
        let j = randbelow(n - i)
        result.append(pool[j])
        pool[j] = pool[n - i - 1]  // move non-selected item into vacancy
      }
    } else {
      var selected = Set<Int>()
      selected.reserveCapacity(k)
      for _ in 0..<k {
        var j = randbelow(n)
        while selected.contains(j) {
          j = randbelow(n)
        }
        selected.insert(j)
        result.append(j)
      }
    }
    return result
  }

  /// The weights `choices()` was given.
  enum ChoiceWeights {
    /// `weights=`: relative weights, accumulated here in order.
    case relative([Double])
    /// `cum_weights=`: already cumulative.
    case cumulative([Double])
  }

  /// `choices(population, weights, cum_weights=..., k=k)`: the indices of
  /// the k selections, with replacement.
  ///
  /// Weights reach here as floats; ints below 2**53 convert exactly, so
  /// their sums and comparisons match Python's exact int arithmetic. The
  /// glue raises "Cannot specify both weights and cumulative weights"
  /// (TypeError) and the `k=` hint for a positional int k itself.
  /// - Parameters:
  ///   - count: `len(population)`.
  ///   - k: the number of selections; negative gives none.
  ///   - indexErrorMessage: the `IndexError` text of the population's type,
  ///     raised (after one `random()` draw) when it is empty and k > 0:
  ///     "list index out of range", "tuple index out of range", ...
  /// - Throws: `ValueError` "The number of weights does not match the
  ///   population", "Total of weights must be greater than zero", "Total
  ///   of weights must be finite"; `IndexError` for an empty population;
  ///   `OverflowError` for k past `Py_ssize_t`; `MemoryError` for huge k.
  func choices(
    count n: Int, weights: ChoiceWeights? = nil, k: BigInt = 1,
    indexErrorMessage: String = "list index out of range"
  ) throws -> [Int] {
    guard let weights = weights else {
      let times = try RandomGenerator.repeatCount(k)
      let size = Double(n)  // n += 0.0
      var result: [Int] = []
      result.reserveCapacity(times)
      for _ in 0..<times {
        // random() * n < n for any n < 2**53, and < 2**63 always.
        let index = Int((random() * size).rounded(.down))
        guard index < n else { throw RandomError.indexError(indexErrorMessage) }
        result.append(index)
      }
      return result
    }
    let cumulative: [Double]
    switch weights {
    case .cumulative(let values):
      cumulative = values
    case .relative(let values):
      var running = 0.0
      var sums: [Double] = []
      sums.reserveCapacity(values.count)
      for (offset, w) in values.enumerated() {
        // accumulate() starts from the first item itself: keeps -0.0.
        running = offset == 0 ? w : running + w
        sums.append(running)
      }
      cumulative = sums
    }
    guard cumulative.count == n else {
      throw RandomError.valueError("The number of weights does not match the population")
    }
    guard let last = cumulative.last else {
      throw RandomError.indexError("list index out of range")
    }
    let total = last + 0.0
    if total <= 0.0 {
      throw RandomError.valueError("Total of weights must be greater than zero")
    }
    if !total.isFinite {
      throw RandomError.valueError("Total of weights must be finite")
    }
    let times = try RandomGenerator.repeatCount(k)
    let hi = n - 1
    var result: [Int] = []
    result.reserveCapacity(times)
    for _ in 0..<times {
      result.append(bisectRight(cumulative, random() * total, hi: hi))
    }
    return result
  }

  /// How many items `itertools.repeat(None, k)` yields: none for k < 0,
  /// OverflowError past Py_ssize_t, MemoryError past what we agree to build.
  private static func repeatCount(_ k: BigInt) throws -> Int {
    guard let count = Int(exactly: k) else { throw RandomError.ssizeOverflow }
    if count > RandomError.maxResultCount { throw RandomError.memoryError }
    return max(count, 0)
  }

  /// `bisect.bisect_right(a, x, 0, hi)`.
  private func bisectRight<T: Comparable>(_ a: [T], _ x: T, hi: Int? = nil) -> Int {
    var lo = 0
    var hi = hi ?? a.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if x < a[mid] {
        hi = mid
      } else {
        lo = mid + 1
      }
    }
    return lo
  }
}
