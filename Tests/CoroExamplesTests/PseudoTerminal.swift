import Foundation

/// A process running on a pseudo-terminal, for testing the prompt as a user
/// at a terminal sees it: what is written to the terminal reaches the
/// program's stdin (Ctrl-C becomes SIGINT through the terminal, as for a
/// real user) and everything the program shows can be waited for.
final class PseudoTerminal {
  let pid: pid_t
  private let master: Int32
  /// Everything the program wrote so far.
  private(set) var output: [UInt8] = []
  /// Where the next `expect` starts looking.
  private var mark = 0
  private var exitStatus: Int32?

  struct Failure: Error, CustomStringConvertible {
    let description: String
  }

  /// Starts `executable` in a new session whose controlling terminal is a
  /// fresh pseudo-terminal of 80x24.
  init(executable: String, arguments: [String] = [], environment: [String: String]) throws {
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
    guard master >= 0, let slavePath = PseudoTerminal.unlock(master) else {
      if master >= 0 { close(master) }
      throw Failure(description: "cannot open a pseudo-terminal: errno \(errno)")
    }
    var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(master, UInt(TIOCSWINSZ), &size)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // Opened after setsid() (the attributes apply first), so the terminal
    // becomes the child's controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, slavePath, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var defaults = sigset_t()
    sigemptyset(&defaults)
    sigaddset(&defaults, SIGINT)
    posix_spawnattr_setsigdefault(&attributes, &defaults)
    var noMask = sigset_t()
    sigemptyset(&noMask)
    posix_spawnattr_setsigmask(&attributes, &noMask)
    // POSIX_SPAWN_SETSID (glibc, not visible to Swift without _GNU_SOURCE).
    let setsid: Int32 = 0x80
    posix_spawnattr_setflags(
      &attributes, Int16(setsid | Int32(POSIX_SPAWN_SETSIGDEF) | Int32(POSIX_SPAWN_SETSIGMASK)))

    let argv = [executable] + arguments
    let envp = environment.map { "\($0.key)=\($0.value)" }
    var cArgs = argv.map { strdup($0) } + [nil]
    var cEnv = envp.map { strdup($0) } + [nil]
    defer {
      cArgs.forEach { free($0) }
      cEnv.forEach { free($0) }
    }
    var child: pid_t = 0
    let status = posix_spawn(&child, executable, &actions, &attributes, &cArgs, &cEnv)
    guard status == 0 else {
      close(master)
      throw Failure(description: "cannot start \(executable): error \(status)")
    }
    pid = child
    self.master = master
  }

  /// grantpt + unlockpt + ptsname_r: the terminal's path. Glibc declares
  /// them only for _XOPEN_SOURCE, which Swift's Glibc module does not see,
  /// so they are looked up by name.
  private static func unlock(_ master: Int32) -> String? {
    typealias Control = @convention(c) (Int32) -> Int32
    typealias Name = @convention(c) (Int32, UnsafeMutablePointer<CChar>?, Int) -> Int32
    guard let libc = dlopen(nil, RTLD_NOW),
      let grant = dlsym(libc, "grantpt"), let unlock = dlsym(libc, "unlockpt"),
      let name = dlsym(libc, "ptsname_r")
    else { return nil }
    guard unsafeBitCast(grant, to: Control.self)(master) == 0,
      unsafeBitCast(unlock, to: Control.self)(master) == 0
    else { return nil }
    var buffer = [CChar](repeating: 0, count: 128)
    guard unsafeBitCast(name, to: Name.self)(master, &buffer, buffer.count) == 0 else { return nil }
    return String(cString: buffer)
  }

  deinit {
    if exitStatus == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(master)
  }

  /// Types `text` (use "\r" for Enter, "\u{03}" for Ctrl-C, "\u{04}" for
  /// Ctrl-D, "\t" for Tab).
  func send(_ text: String) {
    let bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let n = bytes[offset...].withUnsafeBytes { Glibc.write(master, $0.baseAddress, $0.count) }
      if n < 0 && errno == EINTR { continue }
      if n <= 0 { return }
      offset += n
    }
  }

  /// Waits until `text` appears in the output after what earlier calls
  /// matched, and moves past it.
  func expect(_ text: String, timeout: Double = 15) throws {
    let needle = Array(text.utf8)
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if let found = PseudoTerminal.find(needle, in: output, from: mark) {
        mark = found + needle.count
        return
      }
      let left = deadline.timeIntervalSinceNow
      guard left > 0, readMore(timeout: left) else {
        throw Failure(description: "no \(String(reflecting: text)) in:\n\(transcript(from: mark))")
      }
    }
  }

  /// Waits for the program to end; its exit status (128 + N when killed
  /// by signal N).
  func waitForExit(timeout: Double = 15) throws -> Int32 {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      var status: Int32 = 0
      let done = waitpid(pid, &status, WNOHANG)
      if done == pid {
        let code = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        exitStatus = code
        return code
      }
      guard deadline.timeIntervalSinceNow > 0 else {
        throw Failure(description: "the program did not exit; output:\n\(transcript(from: 0))")
      }
      _ = readMore(timeout: 0.05)
    }
  }

  /// The output as text, from byte `start`.
  func transcript(from start: Int = 0) -> String {
    String(decoding: output[min(start, output.count)...], as: UTF8.self)
  }

  /// Reads what is available within `timeout` seconds; false when nothing
  /// came (or the terminal closed).
  private func readMore(timeout: Double) -> Bool {
    var fds = [pollfd(fd: master, events: Int16(POLLIN), revents: 0)]
    let ready = poll(&fds, 1, Int32(max(0, timeout) * 1000))
    if ready < 0 && errno == EINTR { return true }
    guard ready > 0 else { return false }
    var buffer = [UInt8](repeating: 0, count: 4096)
    let n = Glibc.read(master, &buffer, buffer.count)
    guard n > 0 else { return false }
    output.append(contentsOf: buffer[0..<n])
    return true
  }

  private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    if needle.isEmpty { return start }
    guard haystack.count >= needle.count, start <= haystack.count - needle.count else { return nil }
    for i in start...(haystack.count - needle.count) where haystack[i] == needle[0] {
      if haystack[i..<(i + needle.count)].elementsEqual(needle) { return i }
    }
    return nil
  }
}
