import CoroRuntime
import Foundation
import Testing

/// The seed document's two timing programs: two tasks sleeping 1 s and
/// 2 s, once with `asyncio.sleep` and once with `time.sleep` in the default
/// executor. Both must overlap the waits: 2 s in total, not 3.
///
/// On the REAL clock the printed total (and the measured wall time) must
/// be 2.00 ± 0.15 s; the two programs run at the same time to save 2 s. On
/// the virtual clock the output is exact and the run takes well under a
/// second.
struct SeedTimingTests {
  static let programs = ["seed/gather_sleep.py", "seed/run_in_executor_sleep.py"]

  /// The value printed as `total time : X sec`.
  static func printedTotal(_ stdout: String) -> Double? {
    for line in stdout.split(separator: "\n") where line.hasPrefix("total time : ") {
      let number = line.dropFirst("total time : ".count).split(separator: " ").first
      return number.flatMap { Double(String($0)) }
    }
    return nil
  }

  @Test("the seed programs take 2.00 ± 0.15 s on the real clock (run concurrently)")
  func realClock() {
    final class Results: @unchecked Sendable {
      var items: [(GoldenExamples.Result, Double)?] = [nil, nil]
    }
    let results = Results()
    let group = DispatchGroup()
    for (index, path) in Self.programs.enumerated() {
      group.enter()
      let thread = Thread {
        let start = DispatchTime.now().uptimeNanoseconds
        let result = GoldenExamples.run(path, virtualTime: false)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        results.items[index] = (result, seconds)
        group.leave()
      }
      thread.start()
    }
    #expect(group.wait(timeout: .now() + 30) == .success, "the seed programs did not finish in 30 s")
    for (index, path) in Self.programs.enumerated() {
      guard let (result, seconds) = results.items[index] else {
        Issue.record("\(path) did not finish")
        continue
      }
      #expect(result.status == 0, "\(path): \(result.stderr)")
      #expect(result.stdout.hasPrefix("result : [1, 2]\n"), "\(path) printed:\n\(result.stdout)")
      let total = Self.printedTotal(result.stdout)
      #expect(total.map { abs($0 - 2.0) <= 0.15 } == true, "\(path) printed:\n\(result.stdout)")
      // The whole run really waited (start-up included, under the load of
      // the other tests running alongside, so the upper bound is loose).
      #expect(seconds >= 1.95 && seconds <= 3.5, "\(path) took \(seconds) s of real time")
      #expect(result.stderr.isEmpty, "\(path) wrote to stderr:\n\(result.stderr)")
    }
  }

  @Test("on the virtual clock the seed programs print exactly 2.00 s, at once", arguments: programs)
  func virtualClock(_ path: String) {
    let start = DispatchTime.now().uptimeNanoseconds
    let result = GoldenExamples.run(path, virtualTime: true)
    let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    #expect(result.stdout == "result : [1, 2]\ntotal time : 2.00 sec\n", "\(path):\n\(result.stdout)\(result.stderr)")
    #expect(result.status == 0)
    #expect(seconds < 1.0, "\(path) took \(seconds) s of real time on the virtual clock")
  }
}
