import Foundation
import Testing

/// `__del__` runs when the last reference goes away, and for what globals
/// keep alive at exit; an exception in it is reported as CPython's
/// "Exception ignored in" block (without source lines at shutdown) and the
/// program goes on. Expected text from CPython 3.11.7, with the function's
/// address replaced by ADDR.
struct FinalizerTests {
  static let source = #"""
    class Noisy:
        def __init__(self, name):
            self.name = name

        def __del__(self):
            print("finalizing", self.name)
            raise ValueError("oops in " + self.name)


    n = Noisy("first")
    n = None
    print("after first")
    kept = Noisy("global")
    print("end")
    """#

  @Test("exceptions in __del__ are printed and ignored, at once and at exit")
  func exceptionIgnored() {
    let result = Program.run(Self.source + "\n")
    #expect(result.stdout == "finalizing first\nafter first\nend\nfinalizing global\n")
    #expect(result.status == 0)
    let stderr = result.stderr.replacingOccurrences(
      of: "0x[0-9a-f]+", with: "ADDR", options: .regularExpression)
    let expected = """
      Exception ignored in: <function Noisy.__del__ at ADDR>
      Traceback (most recent call last):
        File "/coro-tests/prog.py", line 7, in __del__
          raise ValueError("oops in " + self.name)
      ValueError: oops in first
      Exception ignored in: <function Noisy.__del__ at ADDR>
      Traceback (most recent call last):
        File "/coro-tests/prog.py", line 7, in __del__
      ValueError: oops in global

      """
    #expect(stderr == expected, "\(result.stderr)")
  }
}
