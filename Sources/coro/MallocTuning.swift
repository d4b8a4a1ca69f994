#if canImport(Glibc)
  import Glibc
#endif

/// glibc malloc settings for the interpreter process.
enum MallocTuning {
  /// Programs run on a thread of their own (for its large stack), and glibc
  /// gives such a thread its own arena, which grows by a page-sized
  /// `mprotect` each time it runs out: a program that allocates 100 MB makes
  /// tens of thousands of system calls. One arena (the main one, grown by
  /// `brk` with a 128 KiB top pad) avoids them; interpreter threads take
  /// turns, so they do not contend for it.
  static func apply() {
    #if os(Linux)
      // `mallopt` is not in Swift's Glibc module; looked up by name, it is
      // simply absent under another C library.
      typealias MalloptFunction = @convention(c) (Int32, Int32) -> Int32
      guard let symbol = dlsym(nil, "mallopt") else { return }
      let mallopt = unsafeBitCast(symbol, to: MalloptFunction.self)
      let arenaMax: Int32 = -8  // M_ARENA_MAX in <malloc.h>
      _ = mallopt(arenaMax, 1)
    #endif
  }
}
