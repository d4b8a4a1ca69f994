import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// The `coro` executable built next to the test bundle, run as a child
/// process when a test needs the resource usage of one program alone.
enum CoroBinary {
  /// `.build-NAME/<triple>/debug/coro`, next to the test executable.
  static var path: String? {
    var candidates: [String] = []
    if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
      candidates.append((exe as NSString).deletingLastPathComponent)
    }
    candidates.append((CommandLine.arguments[0] as NSString).deletingLastPathComponent)
    for dir in candidates {
      // On Linux the bundle is `CoroPackageTests.xctest` inside debug/.
      for base in [dir, (dir as NSString).deletingLastPathComponent] {
        let path = base + "/coro"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
      }
    }
    return nil
  }

  struct Measured {
    var status: Int32
    var stdout: String
    var wallSeconds: Double
    /// User plus system CPU time of the child alone.
    var cpuSeconds: Double
  }

  /// Runs `source` with `coro` (real clock) and measures it.
  static func measure(_ coro: String, source: String) throws -> Measured {
    let dir = FileManager.default.temporaryDirectory
      .appendingPathComponent("coro-tests-\(getpid())-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: dir) }
    let program = dir.appendingPathComponent("prog.py").path
    let output = dir.appendingPathComponent("out.txt").path
    try source.write(toFile: program, atomically: true, encoding: .utf8)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = [strdup(coro), strdup(program), nil]
    defer { for p in argv { free(p) } }
    var pid: pid_t = 0
    let start = DispatchTime.now().uptimeNanoseconds
    let spawned = posix_spawn(&pid, coro, &actions, nil, argv, environ)
    guard spawned == 0 else {
      throw NSError(domain: "posix_spawn", code: Int(spawned))
    }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) == -1 && errno == EINTR {}
    let wall = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    func seconds(_ t: timeval) -> Double { Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    // WEXITSTATUS, spelled out (the macro is not imported).
    let exitStatus = (status & 0x7f) == 0 ? (status >> 8) & 0xff : -1
    return Measured(
      status: exitStatus, stdout: text, wallSeconds: wall,
      cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime))
  }
}
