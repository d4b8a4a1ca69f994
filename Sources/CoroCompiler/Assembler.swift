import CoroSyntax

/// Turns a `CodeUnit` into a `CodeObject`: resolves labels, computes the
/// stack depth of every instruction, turns the `setup*`/`popBlock`
/// pseudo-instructions into an exception table, and drops them.
///
/// Mirrors the parts of CPython 3.11's compile.c that run after code
/// generation: `stackdepth`, `label_exception_targets` and
/// `assemble_exception_table`.
enum Assembler {
  private struct Handler: Equatable {
    var target: Int
    var depth: Int
  }

  private struct State {
    var depth: Int
    var handlers: [Handler]
  }

  static func assemble(_ unit: CodeUnit, filename: String) throws(SyntaxError) -> CodeObject {
    let code = unit.instructions
    let count = code.count
    func target(_ ins: Instruction) -> Int {
      let pos = unit.labelPositions[ins.arg]
      return pos < 0 ? count : pos
    }

    // Flow analysis: depth and active handler at each instruction.
    var depthAt = [Int](repeating: -1, count: count + 1)
    var handlerAt = [Handler?](repeating: nil, count: count + 1)
    var maxDepth = 0
    var work: [(Int, State)] = [(0, State(depth: 0, handlers: []))]
    while let (start, startState) = work.popLast() {
      var i = start
      var state = startState
      while i < count {
        if depthAt[i] >= 0 { break }
        depthAt[i] = state.depth
        handlerAt[i] = state.handlers.last
        maxDepth = max(maxDepth, state.depth)
        let ins = code[i]
        let op = ins.opcode
        switch op {
        case .setupFinally, .setupCleanup, .setupWith:
          let keep = op == .setupWith ? state.depth - 1 : state.depth
          let handler = Handler(target: target(ins), depth: keep)
          // The handler runs outside its own range, with the exception pushed.
          work.append((handler.target, State(depth: keep + 1, handlers: state.handlers)))
          state.handlers.append(handler)
          i += 1
          continue
        case .popBlock:
          if !state.handlers.isEmpty { state.handlers.removeLast() }
          i += 1
          continue
        default:
          break
        }
        if op.hasJumpTarget {
          let jumpDepth = state.depth + op.stackEffect(arg: ins.arg, jumping: true)
          work.append((target(ins), State(depth: jumpDepth, handlers: state.handlers)))
        }
        if op.isUnconditionalTransfer { break }
        state.depth += op.stackEffect(arg: ins.arg, jumping: false)
        maxDepth = max(maxDepth, state.depth)
        i += 1
      }
    }

    // Drop pseudo-instructions, mapping old indexes to new ones.
    var newIndex = [Int](repeating: 0, count: count + 1)
    var n = 0
    for i in 0..<count {
      newIndex[i] = n
      if !code[i].opcode.isPseudo { n += 1 }
    }
    newIndex[count] = n
    var instructions: [Instruction] = []
    var spans: [SourceSpan] = []
    var table: [ExceptionTableEntry] = []
    instructions.reserveCapacity(n)
    spans.reserveCapacity(n)
    for i in 0..<count {
      let ins = code[i]
      let op = ins.opcode
      if op.isPseudo { continue }
      if op.hasJumpTarget {
        instructions.append(Instruction(op, newIndex[target(ins)]))
      } else {
        instructions.append(ins)
      }
      spans.append(unit.spans[i])
      let at = instructions.count - 1
      if let h = handlerAt[i], depthAt[i] >= 0 {
        let mapped = ExceptionTableEntry(start: at, end: at + 1, target: newIndex[h.target], depth: h.depth)
        if var last = table.last, last.end == at, last.target == mapped.target, last.depth == mapped.depth {
          last.end = at + 1
          table[table.count - 1] = last
        } else {
          table.append(mapped)
        }
      }
    }
    if instructions.count > Instruction.maxArg {
      throw SyntaxError(.syntaxError, "too many instructions in one code object", at: unit.span.start)
    }

    return CodeObject(
      kind: unit.kind, flags: unit.flags, name: unit.name, qualifiedName: unit.qualifiedName,
      filename: filename, firstLine: unit.firstLine, argCount: unit.argCount,
      positionalOnlyCount: unit.positionalOnlyCount, keywordOnlyCount: unit.keywordOnlyCount,
      localNames: unit.localNames, cellNames: unit.cellNames, freeNames: unit.freeNames,
      cellParameters: unit.cellParameters, names: unit.names, constants: unit.constants,
      instructions: instructions, spans: spans, exceptionTable: table, stackSize: maxDepth + 1,
      docstring: unit.docstring)
  }
}
