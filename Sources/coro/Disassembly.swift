import CoroRuntime
import Foundation

/// `coro --dis FILE`.
enum Disassembly {
  static func print(path: String) -> Int32 {
    guard let data = FileManager.default.contents(atPath: path) else {
      FileHandle.standardError.write(Data("coro: can't open file '\(path)': [Errno 2] No such file or directory\n".utf8))
      return 2
    }
    let source = String(decoding: data, as: UTF8.self)
    switch CodeListing.disassemble(source, filename: path) {
    case .success(let text):
      FileHandle.standardOutput.write(Data(text.utf8))
      return 0
    case .failure(let error):
      FileHandle.standardError.write(Data(error.report.utf8))
      return 1
    }
  }
}
