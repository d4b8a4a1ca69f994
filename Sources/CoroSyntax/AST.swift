// The abstract syntax tree of Coro's Python subset.
//
// The shapes follow CPython's `ast` module (Parser/Python.asdl) closely, so
// that anyone who knows `ast.dump` output can read a Coro tree, and so that
// the compiler can mirror CPython's `compile.c` case by case. Every node has
// a `span`: the traceback's carets and the syntax error's caret come from it.
//
// Expressions and statements are structs wrapping an indirect enum: the enum
// keeps the cases exhaustive for the compiler's switches, the struct carries
// the span without repeating it in every case.

/// A whole file, a `-c` string, or one REPL input.
public struct Module: Equatable, Sendable {
  public var body: [Stmt]

  public init(body: [Stmt]) {
    self.body = body
  }
}

// MARK: - Expressions

public struct Expr: Equatable, Sendable {
  public var kind: ExprKind
  public var span: SourceSpan

  public init(_ kind: ExprKind, _ span: SourceSpan) {
    self.kind = kind
    self.span = span
  }
}

public indirect enum ExprKind: Equatable, Sendable {
  /// A name read, written or deleted, depending on where it stands.
  case name(String)
  case constant(Constant)
  /// An f-string: literal pieces and formatted values, in order.
  case joinedString([FStringPart])
  case unary(UnaryOperator, Expr)
  case binary(Expr, BinaryOperator, Expr)
  /// `a and b and c`: two or more operands, all with the same operator.
  case boolean(BooleanOperator, [Expr])
  /// `a < b <= c`: the first operand and one (operator, operand) pair per
  /// further comparison.
  case compare(Expr, [ComparePair])
  /// `body if test else orElse`
  case conditional(test: Expr, body: Expr, orElse: Expr)
  case lambda(Parameters, body: Expr)
  /// Positional arguments may contain `.starred`; keywords with a nil name
  /// are `**mapping`.
  case call(function: Expr, arguments: [Expr], keywords: [Keyword])
  case attribute(Expr, name: String)
  /// `value[index]`; a slice index is a `.slice` expression, and `a[1:2, 3]`
  /// has a `.tuple` index holding the slice.
  case `subscript`(Expr, index: Expr)
  /// `lower:upper:step`, only as (part of) a subscript's index.
  case slice(lower: Expr?, upper: Expr?, step: Expr?)
  /// `*value` in a call, a display, or an assignment target.
  case starred(Expr)
  case list([Expr])
  case tuple([Expr])
  case set([Expr])
  /// Entries with a nil key are `**mapping`.
  case dict([DictEntry])
  case listComprehension(element: Expr, generators: [Comprehension])
  case setComprehension(element: Expr, generators: [Comprehension])
  case dictComprehension(key: Expr, value: Expr, generators: [Comprehension])
  case generatorExpression(element: Expr, generators: [Comprehension])
  case await(Expr)
  case yield(Expr?)
  case yieldFrom(Expr)
  /// `target := value`; the target is always a `.name`.
  case namedExpression(target: Expr, value: Expr)
}

/// A literal value.
public enum Constant: Equatable, Sendable {
  case none
  case bool(Bool)
  case ellipsis
  case int(Int)
  /// An integer literal too large for `Int`, as digits in `radix`
  /// (underscores removed, no prefix), e.g. `("1267650600228229401496703205376", 10)`.
  case bigInt(digits: String, radix: Int)
  case float(Double)
  /// An imaginary literal such as `2j`, holding its imaginary part.
  case imaginary(Double)
  case string(String)
  case bytes([UInt8])
}

/// One piece of an f-string.
public enum FStringPart: Equatable, Sendable {
  case literal(String)
  /// `{value!conversion:formatSpec}`. `conversion` is `s`, `r` or `a`, or nil.
  /// The format spec is itself a list of parts (it may hold `{width}`), nil
  /// when there is no `:`. `f"{x=}"` arrives as `.literal("x=")` followed by
  /// a formatted value whose conversion is `r` when neither a conversion nor a
  /// spec was given, exactly as CPython's parser desugars it.
  case formatted(Expr, conversion: Character?, formatSpec: [FStringPart]?)
}

public struct ComparePair: Equatable, Sendable {
  public var op: CompareOperator
  public var right: Expr

  public init(_ op: CompareOperator, _ right: Expr) {
    self.op = op
    self.right = right
  }
}

public struct DictEntry: Equatable, Sendable {
  /// Nil for a `**mapping` entry.
  public var key: Expr?
  public var value: Expr

  public init(key: Expr?, value: Expr) {
    self.key = key
    self.value = value
  }
}

/// `name=value` in a call, or `**value` when `name` is nil.
public struct Keyword: Equatable, Sendable {
  public var name: String?
  public var value: Expr
  public var span: SourceSpan

  public init(name: String?, value: Expr, span: SourceSpan) {
    self.name = name
    self.value = value
    self.span = span
  }
}

/// One `for target in iterable if cond ...` clause of a comprehension.
public struct Comprehension: Equatable, Sendable {
  public var target: Expr
  public var iterable: Expr
  public var conditions: [Expr]
  public var isAsync: Bool

  public init(target: Expr, iterable: Expr, conditions: [Expr], isAsync: Bool) {
    self.target = target
    self.iterable = iterable
    self.conditions = conditions
    self.isAsync = isAsync
  }
}

public enum UnaryOperator: String, Equatable, Sendable {
  case negate = "-"
  case plus = "+"
  case invert = "~"
  case not = "not"
}

public enum BinaryOperator: String, Equatable, Sendable, CaseIterable {
  case add = "+"
  case subtract = "-"
  case multiply = "*"
  case matrixMultiply = "@"
  case trueDivide = "/"
  case floorDivide = "//"
  case modulo = "%"
  case power = "**"
  case leftShift = "<<"
  case rightShift = ">>"
  case bitAnd = "&"
  case bitOr = "|"
  case bitXor = "^"
}

public enum BooleanOperator: String, Equatable, Sendable {
  case and
  case or
}

public enum CompareOperator: String, Equatable, Sendable {
  case equal = "=="
  case notEqual = "!="
  case less = "<"
  case lessEqual = "<="
  case greater = ">"
  case greaterEqual = ">="
  case `is` = "is"
  case isNot = "is not"
  case `in` = "in"
  case notIn = "not in"
}

// MARK: - Function parameters

/// A `def` or `lambda` parameter list, in CPython's `arguments` layout.
public struct Parameters: Equatable, Sendable {
  /// Parameters before a `/`.
  public var positionalOnly: [Parameter]
  /// Ordinary parameters (after `/`, before `*`).
  public var positional: [Parameter]
  /// Defaults for the last `defaults.count` of `positionalOnly + positional`.
  public var defaults: [Expr]
  /// `*args`
  public var varArgs: Parameter?
  /// Parameters after `*` or `*args`.
  public var keywordOnly: [Parameter]
  /// One entry per keyword-only parameter; nil where it has no default.
  public var keywordDefaults: [Expr?]
  /// `**kwargs`
  public var varKeywords: Parameter?

  public init(
    positionalOnly: [Parameter] = [], positional: [Parameter] = [], defaults: [Expr] = [],
    varArgs: Parameter? = nil, keywordOnly: [Parameter] = [], keywordDefaults: [Expr?] = [],
    varKeywords: Parameter? = nil
  ) {
    self.positionalOnly = positionalOnly
    self.positional = positional
    self.defaults = defaults
    self.varArgs = varArgs
    self.keywordOnly = keywordOnly
    self.keywordDefaults = keywordDefaults
    self.varKeywords = varKeywords
  }
}

public struct Parameter: Equatable, Sendable {
  public var name: String
  public var annotation: Expr?
  public var span: SourceSpan

  public init(name: String, annotation: Expr? = nil, span: SourceSpan) {
    self.name = name
    self.annotation = annotation
    self.span = span
  }
}

// MARK: - Statements

public struct Stmt: Equatable, Sendable {
  public var kind: StmtKind
  public var span: SourceSpan

  public init(_ kind: StmtKind, _ span: SourceSpan) {
    self.kind = kind
    self.span = span
  }
}

public indirect enum StmtKind: Equatable, Sendable {
  case expression(Expr)
  /// `a = b = value`: one or more targets, assigned left to right.
  case assign(targets: [Expr], value: Expr)
  case augmentedAssign(target: Expr, op: BinaryOperator, value: Expr)
  /// `target: annotation [= value]`. `isSimple` is true for a plain name
  /// not in parentheses, as CPython's `simple` flag.
  case annotatedAssign(target: Expr, annotation: Expr, value: Expr?, isSimple: Bool)
  case `if`(test: Expr, body: [Stmt], orElse: [Stmt])
  case `while`(test: Expr, body: [Stmt], orElse: [Stmt])
  case `for`(target: Expr, iterable: Expr, body: [Stmt], orElse: [Stmt], isAsync: Bool)
  case with(items: [WithItem], body: [Stmt], isAsync: Bool)
  case functionDef(FunctionDef)
  case classDef(ClassDef)
  case `return`(Expr?)
  case delete([Expr])
  case pass
  case `break`
  case `continue`
  case global([String])
  case nonlocal([String])
  /// `try` with `except` or `except*` handlers (`isStar`), `else` and
  /// `finally`; any of handlers/orElse/finally may be empty, not all.
  case `try`(body: [Stmt], handlers: [ExceptHandler], orElse: [Stmt], finally: [Stmt], isStar: Bool)
  case raise(exception: Expr?, cause: Expr?)
  case assert(test: Expr, message: Expr?)
  /// `import a.b as c, d`
  case `import`([ImportAlias])
  /// `from ..module import a as b, c`; `module` is nil for `from . import x`,
  /// and names is `[*]` for a star import.
  case importFrom(module: String?, names: [ImportAlias], level: Int)
  /// `match subject:` with its `case` blocks, tried in order (PEP 634).
  case match(subject: Expr, cases: [MatchCase])
}

public struct FunctionDef: Equatable, Sendable {
  public var name: String
  public var parameters: Parameters
  public var body: [Stmt]
  public var decorators: [Expr]
  public var returns: Expr?
  public var isAsync: Bool

  public init(
    name: String, parameters: Parameters, body: [Stmt], decorators: [Expr] = [],
    returns: Expr? = nil, isAsync: Bool = false
  ) {
    self.name = name
    self.parameters = parameters
    self.body = body
    self.decorators = decorators
    self.returns = returns
    self.isAsync = isAsync
  }
}

public struct ClassDef: Equatable, Sendable {
  public var name: String
  public var bases: [Expr]
  public var keywords: [Keyword]
  public var body: [Stmt]
  public var decorators: [Expr]

  public init(name: String, bases: [Expr], keywords: [Keyword], body: [Stmt], decorators: [Expr] = []) {
    self.name = name
    self.bases = bases
    self.keywords = keywords
    self.body = body
    self.decorators = decorators
  }
}

public struct WithItem: Equatable, Sendable {
  public var context: Expr
  public var target: Expr?

  public init(context: Expr, target: Expr?) {
    self.context = context
    self.target = target
  }
}

public struct ExceptHandler: Equatable, Sendable {
  /// Nil for a bare `except:`.
  public var type: Expr?
  public var name: String?
  public var body: [Stmt]
  /// The `except ...:` line (for tracebacks and the compiler's line table).
  public var span: SourceSpan

  public init(type: Expr?, name: String?, body: [Stmt], span: SourceSpan) {
    self.type = type
    self.name = name
    self.body = body
    self.span = span
  }
}

/// `a.b.c as d` in an import, or `x as y` in a from-import.
public struct ImportAlias: Equatable, Sendable {
  public var name: String
  public var asName: String?
  public var span: SourceSpan

  public init(name: String, asName: String?, span: SourceSpan) {
    self.name = name
    self.asName = asName
    self.span = span
  }
}

// MARK: - Match statements

/// One `case pattern if guard:` block of a `match` statement.
public struct MatchCase: Equatable, Sendable {
  public var pattern: Pattern
  public var guard_: Expr?
  public var body: [Stmt]

  public init(pattern: Pattern, guard_: Expr?, body: [Stmt]) {
    self.pattern = pattern
    self.guard_ = guard_
    self.body = body
  }
}

/// A pattern of a `case` clause, in the shape of CPython's `pattern` nodes.
public struct Pattern: Equatable, Sendable {
  public var kind: PatternKind
  public var span: SourceSpan

  public init(_ kind: PatternKind, _ span: SourceSpan) {
    self.kind = kind
    self.span = span
  }

  /// `_`: matches anything and binds nothing (CPython's WILDCARD_CHECK).
  public var isWildcard: Bool {
    if case .as(nil, nil) = kind { return true }
    return false
  }

  /// `*_` in a sequence pattern.
  public var isStarWildcard: Bool {
    if case .star(nil) = kind { return true }
    return false
  }
}

public indirect enum PatternKind: Equatable, Sendable {
  /// A literal or dotted name, compared with `==` (MatchValue).
  case value(Expr)
  /// `None`, `True` or `False`, compared with `is` (MatchSingleton).
  case singleton(Constant)
  /// `[p, *rest, q]` or `(p, q)` or `p, q` (MatchSequence).
  case sequence([Pattern])
  /// `{key: p, **rest}`; keys are literals or dotted names (MatchMapping).
  case mapping(keys: [Expr], patterns: [Pattern], rest: String?)
  /// `Cls(p, name=q)` (MatchClass).
  case `class`(Expr, patterns: [Pattern], keywordNames: [String], keywordPatterns: [Pattern])
  /// `*name` or `*_` inside a sequence pattern (MatchStar).
  case star(String?)
  /// `p as name`, a capture `name` (nil pattern), or `_` (both nil) (MatchAs).
  case `as`(Pattern?, name: String?)
  /// `p | q | ...` (MatchOr).
  case or([Pattern])
}
