extension Array where Element == Value {
  /// Reverses in place by moving elements in memory. `reverse()` on the
  /// array swaps through copies, retaining and releasing both references of
  /// every swap; the buffer's own swap moves bits and touches no reference
  /// count.
  mutating func reverseByMoving() {
    if count < 2 { return }
    withUnsafeMutableBufferPointer { $0.reverse() }
  }
}
