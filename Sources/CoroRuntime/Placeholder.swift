import BigInt
import Collections
public func coroRuntimeProbe() -> String { let b = BigInt(2).power(100); var d = Deque<Int>(); d.append(1); return "\(b) \(d.count)" }
