import CoroRuntime
import Foundation

/// Ctrl-C for the prompt. The SIGINT handler asks the runtime for a
/// KeyboardInterrupt (running code raises it at its next safe point, which
/// cancels a top-level `await`) and writes a byte to a pipe, so that the
/// line editor, waiting on stdin and on that pipe, wakes at once.
enum Interrupts {
  nonisolated(unsafe) private static var wakeRead: Int32 = -1
  nonisolated(unsafe) private static var wakeWrite: Int32 = -1

  /// Installs the SIGINT handler (once).
  static func install() {
    guard wakeWrite < 0 else { return }
    var fds: [Int32] = [0, 0]
    guard pipe(&fds) == 0 else { return }
    for fd in fds {
      _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
      _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }
    wakeRead = fds[0]
    wakeWrite = fds[1]
    // Touch the runtime's flag once, so the handler never initializes it.
    Interpreter.takePendingInterrupt()
    var action = sigaction()
    action.__sigaction_handler.sa_handler = { _ in
      Interpreter.requestInterrupt()
      var byte: UInt8 = 1
      _ = Glibc.write(Interrupts.wakeWrite, &byte, 1)
    }
    // Other system calls resume after the handler; the line editor's
    // poll() is never restarted, and the VM checks the flag itself.
    action.sa_flags = SA_RESTART
    sigemptyset(&action.sa_mask)
    sigaction(SIGINT, &action, nil)
    // A parent may have started us with SIGINT blocked (a test runner's
    // thread, say): unblock it on this, the main thread.
    var unblock = sigset_t()
    sigemptyset(&unblock)
    sigaddset(&unblock, SIGINT)
    pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
  }

  /// Forgets a Ctrl-C that nobody acted on (one pressed as a statement
  /// finished): a new prompt starts clean.
  static func clearPending() {
    drain()
    Interpreter.takePendingInterrupt()
  }

  private static func drain() {
    guard wakeRead >= 0 else { return }
    var buffer = [UInt8](repeating: 0, count: 64)
    while Glibc.read(wakeRead, &buffer, buffer.count) > 0 {}
  }

  enum Wait {
    case ready
    case interrupt
    case error
  }

  /// Waits until `fd` can be read or Ctrl-C is pressed.
  static func waitForInput(fd: Int32) -> Wait {
    while true {
      var fds = [pollfd(fd: fd, events: Int16(POLLIN), revents: 0)]
      if wakeRead >= 0 { fds.append(pollfd(fd: wakeRead, events: Int16(POLLIN), revents: 0)) }
      let n = poll(&fds, nfds_t(fds.count), -1)
      if n < 0 {
        if errno == EINTR { continue }
        return .error
      }
      if fds.count > 1 && fds[1].revents != 0 {
        clearPending()
        return .interrupt
      }
      if fds[0].revents & Int16(POLLNVAL) != 0 { return .error }
      if fds[0].revents != 0 { return .ready }
    }
  }

  /// Writes all of `text` to `fd`.
  static func writeAll(_ fd: Int32, _ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes.withUnsafeBytes { raw -> Int in
        guard let base = raw.baseAddress else { return 0 }
        return Glibc.write(fd, base + offset, raw.count - offset)
      }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return }
      offset += n
    }
  }
}
