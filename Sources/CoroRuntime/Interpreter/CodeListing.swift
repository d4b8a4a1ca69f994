import CoroCompiler
import CoroSyntax

/// The disassembly of a source file, for `coro --dis`.
public enum CodeListing {
  /// The listing, or the syntax error report.
  public static func disassemble(_ source: String, filename: String) -> Result<String, ListingError> {
    var lines: [String] = []
    source.enumerateLines { line, _ in lines.append(line) }
    do throws(SyntaxError) {
      let code = try compileSource(source, filename: filename)
      return .success(Disassembler.disassemble(code, sourceLines: lines))
    } catch {
      return .failure(ListingError(report: SyntaxErrorReport.format(error, filename: filename, lines: lines)))
    }
  }
}

/// A syntax error report, as text.
public struct ListingError: Error {
  public let report: String
}
