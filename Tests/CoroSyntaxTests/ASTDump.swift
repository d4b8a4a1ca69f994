// A compact canonical text form of Coro's AST, the same form that
// Fixtures/make_fixtures.py produces from CPython's `ast`, so that the two
// can be compared string for string.

@testable import CoroSyntax

enum ASTDump {
  static func module(_ module: Module) -> String {
    "(Module " + list(module.body.map(statement)) + ")"
  }

  static func list(_ items: [String]) -> String { "[" + items.joined(separator: " ") + "]" }

  static func position(_ span: SourceSpan) -> String {
    "@\(span.start.line):\(span.start.column)-\(span.end.line):\(span.end.column)"
  }

  static func optional(_ expr: Expr?) -> String { expr.map(expression) ?? "-" }

  static func statement(_ stmt: Stmt) -> String {
    let at = position(stmt.span)
    switch stmt.kind {
    case .expression(let value):
      return "(Expr \(expression(value)) \(at))"
    case .assign(let targets, let value):
      return "(Assign \(list(targets.map(expression))) \(expression(value)) \(at))"
    case .augmentedAssign(let target, let op, let value):
      return "(AugAssign \(expression(target)) \(op.rawValue) \(expression(value)) \(at))"
    case .annotatedAssign(let target, let annotation, let value, let isSimple):
      return "(AnnAssign \(expression(target)) \(expression(annotation)) \(optional(value))"
        + " simple=\(isSimple ? 1 : 0) \(at))"
    case .if(let test, let body, let orElse):
      return "(If \(expression(test)) \(block(body)) \(block(orElse)) \(at))"
    case .while(let test, let body, let orElse):
      return "(While \(expression(test)) \(block(body)) \(block(orElse)) \(at))"
    case .for(let target, let iterable, let body, let orElse, let isAsync):
      return "(For\(isAsync ? " async" : "") \(expression(target)) \(expression(iterable))"
        + " \(block(body)) \(block(orElse)) \(at))"
    case .with(let items, let body, let isAsync):
      let rendered = items.map { "(item \(expression($0.context)) \(optional($0.target)))" }
      return "(With\(isAsync ? " async" : "") \(list(rendered)) \(block(body)) \(at))"
    case .functionDef(let def):
      return "(FunctionDef\(def.isAsync ? " async" : "") \(def.name) \(parameters(def.parameters))"
        + " \(block(def.body)) \(list(def.decorators.map(expression))) \(optional(def.returns))"
        + " \(at))"
    case .classDef(let def):
      return "(ClassDef \(def.name) \(list(def.bases.map(expression)))"
        + " \(list(def.keywords.map(keyword))) \(block(def.body))"
        + " \(list(def.decorators.map(expression))) \(at))"
    case .return(let value):
      return "(Return \(optional(value)) \(at))"
    case .delete(let targets):
      return "(Delete \(list(targets.map(expression))) \(at))"
    case .pass:
      return "(Pass \(at))"
    case .break:
      return "(Break \(at))"
    case .continue:
      return "(Continue \(at))"
    case .global(let names):
      return "(Global \(list(names)) \(at))"
    case .nonlocal(let names):
      return "(Nonlocal \(list(names)) \(at))"
    case .try(let body, let handlers, let orElse, let finally, let isStar):
      let rendered = handlers.map { handler in
        "(except \(optional(handler.type)) \(handler.name ?? "-") \(block(handler.body))"
          + " \(position(handler.span)))"
      }
      return "(Try\(isStar ? " star" : "") \(block(body)) \(list(rendered)) \(block(orElse))"
        + " \(block(finally)) \(at))"
    case .raise(let exception, let cause):
      return "(Raise \(optional(exception)) \(optional(cause)) \(at))"
    case .assert(let test, let message):
      return "(Assert \(expression(test)) \(optional(message)) \(at))"
    case .import(let aliases):
      return "(Import \(list(aliases.map(alias))) \(at))"
    case .importFrom(let module, let names, let level):
      return "(ImportFrom \(module ?? "-") \(list(names.map(alias))) \(level) \(at))"
    case .match(let subject, let cases):
      let rendered = cases.map { c in
        "(case \(pattern(c.pattern)) \(optional(c.guard_)) \(block(c.body)))"
      }
      return "(Match \(expression(subject)) \(list(rendered)) \(at))"
    }
  }

  static func pattern(_ p: Pattern) -> String {
    switch p.kind {
    case .value(let e): return "(MatchValue \(expression(e)))"
    case .singleton(let c): return "(MatchSingleton \(c))"
    case .sequence(let items): return "(MatchSequence \(list(items.map(pattern))))"
    case .mapping(let keys, let patterns, let rest):
      return "(MatchMapping \(list(keys.map(expression))) \(list(patterns.map(pattern))) \(rest ?? "-"))"
    case .class(let cls, let patterns, let names, let keywordPatterns):
      return "(MatchClass \(expression(cls)) \(list(patterns.map(pattern))) \(list(names))"
        + " \(list(keywordPatterns.map(pattern))))"
    case .star(let name): return "(MatchStar \(name ?? "-"))"
    case .as(let inner, let name):
      return "(MatchAs \(inner.map(pattern) ?? "-") \(name ?? "-"))"
    case .or(let alternatives): return "(MatchOr \(list(alternatives.map(pattern))))"
    }
  }

  static func block(_ body: [Stmt]) -> String { list(body.map(statement)) }

  static func alias(_ alias: ImportAlias) -> String {
    "(alias \(alias.name) \(alias.asName ?? "-") \(position(alias.span)))"
  }

  static func keyword(_ keyword: Keyword) -> String {
    "(kw \(keyword.name ?? "**") \(expression(keyword.value)) \(position(keyword.span)))"
  }

  static func parameter(_ parameter: Parameter?) -> String {
    guard let parameter else { return "-" }
    return "(arg \(parameter.name) \(optional(parameter.annotation)) \(position(parameter.span)))"
  }

  static func parameters(_ p: Parameters) -> String {
    "(args posonly=\(list(p.positionalOnly.map(parameter))) args=\(list(p.positional.map(parameter)))"
      + " defaults=\(list(p.defaults.map(expression))) vararg=\(parameter(p.varArgs))"
      + " kwonly=\(list(p.keywordOnly.map(parameter)))"
      + " kwdefaults=\(list(p.keywordDefaults.map(optional))) kwarg=\(parameter(p.varKeywords)))"
  }

  static func comprehensions(_ generators: [Comprehension]) -> String {
    list(
      generators.map { generator in
        "(for\(generator.isAsync ? " async" : "") \(expression(generator.target))"
          + " \(expression(generator.iterable)) \(list(generator.conditions.map(expression))))"
      })
  }

  static func parts(_ parts: [FStringPart]) -> String {
    list(
      parts.map { part in
        switch part {
        case .literal(let text):
          return "(lit \(quoted(text)))"
        case .formatted(let value, let conversion, let spec):
          let conv = conversion.map { String($0) } ?? "-"
          return "(fmt \(expression(value)) \(conv) \(spec.map { self.parts($0) } ?? "-"))"
        }
      })
  }

  static func expression(_ expr: Expr) -> String {
    let at = position(expr.span)
    switch expr.kind {
    case .name(let name):
      return "(Name \(name) \(at))"
    case .constant(let value):
      return "(Constant \(constant(value)) \(at))"
    case .joinedString(let list):
      return "(JoinedStr \(parts(list)) \(at))"
    case .unary(let op, let operand):
      return "(UnaryOp \(op.rawValue) \(expression(operand)) \(at))"
    case .binary(let left, let op, let right):
      return "(BinOp \(expression(left)) \(op.rawValue) \(expression(right)) \(at))"
    case .boolean(let op, let values):
      return "(BoolOp \(op.rawValue) \(list(values.map(expression))) \(at))"
    case .compare(let left, let pairs):
      let rendered = pairs.map { "\(compareName($0.op)) \(expression($0.right))" }
      return "(Compare \(expression(left)) \(list(rendered)) \(at))"
    case .conditional(let test, let body, let orElse):
      return "(IfExp \(expression(test)) \(expression(body)) \(expression(orElse)) \(at))"
    case .lambda(let params, let body):
      return "(Lambda \(parameters(params)) \(expression(body)) \(at))"
    case .call(let function, let arguments, let keywords):
      return "(Call \(expression(function)) \(list(arguments.map(expression)))"
        + " \(list(keywords.map(keyword))) \(at))"
    case .attribute(let value, let name):
      return "(Attribute \(expression(value)) \(name) \(at))"
    case .subscript(let value, let index):
      return "(Subscript \(expression(value)) \(expression(index)) \(at))"
    case .slice(let lower, let upper, let step):
      return "(Slice \(optional(lower)) \(optional(upper)) \(optional(step)) \(at))"
    case .starred(let value):
      return "(Starred \(expression(value)) \(at))"
    case .list(let elements):
      return "(List \(list(elements.map(expression))) \(at))"
    case .tuple(let elements):
      return "(Tuple \(list(elements.map(expression))) \(at))"
    case .set(let elements):
      return "(Set \(list(elements.map(expression))) \(at))"
    case .dict(let entries):
      let rendered = entries.map { "(\($0.key.map(expression) ?? "**") \(expression($0.value)))" }
      return "(Dict \(list(rendered)) \(at))"
    case .listComprehension(let element, let generators):
      return "(ListComp \(expression(element)) \(comprehensions(generators)) \(at))"
    case .setComprehension(let element, let generators):
      return "(SetComp \(expression(element)) \(comprehensions(generators)) \(at))"
    case .dictComprehension(let key, let value, let generators):
      return
        "(DictComp \(expression(key)) \(expression(value)) \(comprehensions(generators)) \(at))"
    case .generatorExpression(let element, let generators):
      return "(GeneratorExp \(expression(element)) \(comprehensions(generators)) \(at))"
    case .await(let value):
      return "(Await \(expression(value)) \(at))"
    case .yield(let value):
      return "(Yield \(optional(value)) \(at))"
    case .yieldFrom(let value):
      return "(YieldFrom \(expression(value)) \(at))"
    case .namedExpression(let target, let value):
      return "(NamedExpr \(expression(target)) \(expression(value)) \(at))"
    }
  }

  static func compareName(_ op: CompareOperator) -> String {
    switch op {
    case .isNot: return "is_not"
    case .notIn: return "not_in"
    default: return op.rawValue
    }
  }

  static func constant(_ value: Constant) -> String {
    switch value {
    case .none: return "None"
    case .bool(let flag): return flag ? "True" : "False"
    case .ellipsis: return "..."
    case .int(let number): return "int:\(number)"
    case .bigInt(let digits, let radix): return "int:\(decimal(digits, radix: radix))"
    case .float(let number): return "float:\(hexBits(number))"
    case .imaginary(let number): return "imag:\(hexBits(number))"
    case .string(let text): return "str:\(quoted(text))"
    case .bytes(let bytes):
      return "bytes:"
        + bytes.map { byte in
          let digits = String(byte, radix: 16)
          return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
  }

  static func hexBits(_ number: Double) -> String { "0x" + String(number.bitPattern, radix: 16) }

  /// `text` in double quotes, with everything outside printable ASCII (and
  /// `\` and `"`) as `\u{HEX}`.
  static func quoted(_ text: String) -> String {
    var result = "\""
    for scalar in text.unicodeScalars {
      if scalar.value >= 0x20 && scalar.value < 0x7F && scalar != "\\" && scalar != "\"" {
        result.unicodeScalars.append(scalar)
      } else {
        result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
      }
    }
    return result + "\""
  }

  /// `digits` in `radix`, as decimal digits.
  static func decimal(_ digits: String, radix: Int) -> String {
    // Little-endian base-10^9 limbs.
    var limbs: [UInt64] = [0]
    for character in digits {
      guard let digit = character.hexDigitValue else { continue }
      var carry = UInt64(digit)
      for index in limbs.indices {
        let value = limbs[index] * UInt64(radix) + carry
        limbs[index] = value % 1_000_000_000
        carry = value / 1_000_000_000
      }
      while carry > 0 {
        limbs.append(carry % 1_000_000_000)
        carry /= 1_000_000_000
      }
    }
    var result = String(limbs[limbs.count - 1])
    for limb in limbs.dropLast().reversed() {
      let part = String(limb)
      result += String(repeating: "0", count: 9 - part.count) + part
    }
    return result
  }
}
