/// Prints code objects in the spirit of CPython's `dis` module: one line per
/// instruction with its source line, index, name, operand and what the
/// operand means; then the exception table; then every nested code object.
public enum Disassembler {
  public static func disassemble(_ code: CodeObject, sourceLines: [String] = []) -> String {
    var out = ""
    disassemble(code, sourceLines: sourceLines, into: &out, isTop: true)
    return out
  }

  private static func disassemble(_ code: CodeObject, sourceLines: [String], into out: inout String, isTop: Bool) {
    if !isTop { out += "\n" }
    out += "Disassembly of \(code.qualifiedName) (\(code.filename), line \(code.firstLine)):\n"
    let jumpTargets = Set(code.instructions.filter { $0.opcode.hasJumpTarget }.map { $0.arg })
      .union(code.exceptionTable.map { $0.target })
    var lastLine = -1
    for (i, ins) in code.instructions.enumerated() {
      let line = code.line(at: i)
      if line != lastLine {
        if lastLine != -1 { out += "\n" }
        if line > 0 && line <= sourceLines.count {
          let text = sourceLines[line - 1].trimmingLeadingSpaces()
          out += "  # \(line): \(text)\n"
        }
        out += pad(String(line), 4)
        lastLine = line
      } else {
        out += "    "
      }
      out += jumpTargets.contains(i) ? " >> " : "    "
      out += pad(String(i), 4, right: true) + " "
      let op = ins.opcode
      let needsArg = opcodeHasArg(op)
      if needsArg {
        out += pad(op.name, 24) + pad(String(ins.arg), 4, right: true)
        let meaning = describeArg(ins, code)
        if !meaning.isEmpty { out += " (\(meaning))" }
      } else {
        out += op.name
      }
      out += "\n"
    }
    if !code.exceptionTable.isEmpty {
      out += "ExceptionTable:\n"
      for e in code.exceptionTable {
        out += "  \(e.start) to \(e.end - 1) -> \(e.target) [\(e.depth)]\n"
      }
    }
    for c in code.constants {
      if case .code(let inner) = c {
        disassemble(inner, sourceLines: sourceLines, into: &out, isTop: false)
      }
    }
  }

  private static func opcodeHasArg(_ op: Opcode) -> Bool {
    switch op {
    case .nop, .popTop, .pushNull, .binarySubscript, .storeSubscript, .deleteSubscript,
      .unaryNegative, .unaryPositive, .unaryInvert, .unaryNot, .listToTuple, .getIter,
      .returnValue, .loadBuildClass, .getYieldFromIter, .getAIter, .getANext, .endAsyncFor,
      .asyncGenWrap, .reraise, .pushExcInfo, .popExcept, .checkExcMatch, .checkEGMatch,
      .prepReraiseStar, .loadAssertionError, .beforeWith, .beforeAsyncWith, .withExceptStart,
      .importStar, .printExpr, .setupAnnotations, .popBlock, .getLen, .matchSequence,
      .matchMapping, .matchKeys:
      return false
    default:
      return true
    }
  }

  private static func describeArg(_ ins: Instruction, _ code: CodeObject) -> String {
    let arg = ins.arg
    func at<T>(_ array: [T], _ i: Int) -> T? { i >= 0 && i < array.count ? array[i] : nil }
    switch ins.opcode {
    case .loadConst:
      return at(code.constants, arg).map(describeConstant) ?? "?"
    case .loadFast, .storeFast, .deleteFast:
      return at(code.localNames, arg) ?? "?"
    case .loadDeref, .storeDeref, .deleteDeref, .loadClosure, .loadClassDeref:
      return at(code.cellNames + code.freeNames, arg) ?? "?"
    case .loadGlobal, .storeGlobal, .deleteGlobal, .loadName, .storeName, .deleteName,
      .loadAttr, .storeAttr, .deleteAttr, .loadMethod, .importName, .importFrom:
      return at(code.names, arg) ?? "?"
    case .binaryOp:
      return BinaryOperation(rawValue: arg)?.symbol ?? "?"
    case .compareOp:
      return ComparisonOperation(rawValue: arg)?.symbol ?? "?"
    case .isOp:
      return arg == 0 ? "is" : "is not"
    case .containsOp:
      return arg == 0 ? "in" : "not in"
    case .jump, .popJumpIfFalse, .popJumpIfTrue, .popJumpIfNone, .popJumpIfNotNone,
      .jumpIfFalseOrPop, .jumpIfTrueOrPop, .forIter, .send:
      return "to \(arg)"
    case .formatValue:
      let conversions = ["", "str", "repr", "ascii"]
      var parts: [String] = []
      if (arg & 3) != 0 { parts.append(conversions[arg & 3]) }
      if (arg & 4) != 0 { parts.append("with format") }
      return parts.joined(separator: ", ")
    default:
      return ""
    }
  }

  static func describeConstant(_ c: CodeConstant) -> String {
    switch c {
    case .none: return "None"
    case .bool(let b): return b ? "True" : "False"
    case .ellipsis: return "Ellipsis"
    case .int(let i): return String(i)
    case .bigInt(let digits, let radix): return radix == 10 ? digits : "int(\(digits), \(radix))"
    case .float(let d): return String(d)
    case .imaginary(let d): return "\(d)j"
    case .string(let s): return "'" + s.replacingNewlines() + "'"
    case .bytes(let b): return "b<\(b.count) bytes>"
    case .tuple(let items):
      let inner = items.map(describeConstant).joined(separator: ", ")
      return items.count == 1 ? "(\(inner),)" : "(\(inner))"
    case .frozenset(let items): return "frozenset({\(items.map(describeConstant).joined(separator: ", "))})"
    case .code(let code): return "code object \(code.name)"
    }
  }

  private static func pad(_ s: String, _ width: Int, right: Bool = false) -> String {
    let n = s.count
    if n >= width { return s + (right ? "" : " ") }
    let spaces = String(repeating: " ", count: width - n)
    return right ? spaces + s : s + spaces
  }
}

extension String {
  fileprivate func trimmingLeadingSpaces() -> String {
    String(drop(while: { $0 == " " || $0 == "\t" }))
  }

  fileprivate func replacingNewlines() -> String {
    var out = ""
    for ch in self {
      switch ch {
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case "'": out += "\\'"
      default: out.append(ch)
      }
    }
    return out
  }
}
