// Scope analysis: for every name in every scope, decide whether it is a
// local slot, a cell, a free variable from an enclosing function, or a
// global. This mirrors CPython's Python/symtable.c: a first walk records how
// each scope uses each name, a second pass (`analyze`) resolves them from the
// outermost scope inwards, so that a name an inner function reads becomes a
// cell in the function that binds it.

import CoroSyntax

/// What a name is in one scope, after analysis.
public enum NameResolution: Equatable, Sendable {
  /// A slot in the frame.
  case local
  /// A slot that inner scopes capture: stored in a cell this scope creates.
  case cell
  /// A cell captured from an enclosing function scope.
  case free
  /// Declared `global`.
  case globalExplicit
  /// Not bound anywhere between here and the module: a global or builtin.
  case globalImplicit
  /// A class body or module name: looked up in the namespace dictionary.
  case namespace
}

/// How one name is used in one scope (symtable.c's DEF_* flags).
struct SymbolUse: OptionSet {
  let rawValue: UInt16
  static let assigned = SymbolUse(rawValue: 1 << 0)
  static let parameter = SymbolUse(rawValue: 1 << 1)
  static let declaredGlobal = SymbolUse(rawValue: 1 << 2)
  static let declaredNonlocal = SymbolUse(rawValue: 1 << 3)
  static let used = SymbolUse(rawValue: 1 << 4)
  /// Bound by a walrus inside a comprehension nested in this scope.
  static let comprehensionTarget = SymbolUse(rawValue: 1 << 5)
  /// Captured by an inner scope (set during analysis).
  static let capturedByChild = SymbolUse(rawValue: 1 << 6)
  /// The target of a simple annotated assignment (`x: int`).
  static let annotated = SymbolUse(rawValue: 1 << 7)
  /// Bound by `import` (CPython's DEF_IMPORT: a binding that a later
  /// `global` or `nonlocal` does not object to).
  static let imported = SymbolUse(rawValue: 1 << 8)
  /// Any binding: the name is local unless declared otherwise.
  static let bound: SymbolUse = [.assigned, .imported]
}

/// The kinds of scope Python has.
public enum ScopeKind: Equatable, Sendable {
  case module
  case function
  case classBody
  /// List/set/dict comprehensions and generator expressions: function scopes
  /// whose first iterable is evaluated outside.
  case comprehension
}

/// One scope's symbols, and the scopes nested in it.
final class Scope {
  let kind: ScopeKind
  let name: String
  let span: SourceSpan
  weak var parent: Scope?
  var children: [Scope] = []
  var uses: [String: SymbolUse] = [:]
  /// Names in order of first binding; parameters first, in order.
  var orderedNames: [String] = []
  var parameterNames: [String] = []
  var resolutions: [String: NameResolution] = [:]
  /// The first `global` or `nonlocal` statement naming each name: where
  /// errors found during analysis are reported (symtable.c's
  /// `error_at_directive`).
  var directives: [String: SourceSpan] = [:]
  var isGenerator = false
  var isAsync = false
  /// A class body whose methods use `super()` or `__class__`.
  var needsClassCell = false
  /// A function that mentions `super` (it then captures `__class__`).
  var usesSuper = false
  /// A class body name that is also a free variable of its methods: the
  /// class namespace holds one value, the methods capture the enclosing
  /// function's cell, which the class passes through.
  var classPassThrough: Set<String> = []
  /// `return value` appears (an error in an async generator).
  var returnsValue = false
  /// Where `yield` first appears.
  var firstYield: SourceSpan?
  /// `await` (or `async for`/`async with`) appears directly in this scope.
  var awaitSeen = false

  /// The class whose private names (`__x`) this scope mangles: the
  /// innermost enclosing class, or this scope's own if it is a class body.
  let privateName: String?

  init(kind: ScopeKind, name: String, span: SourceSpan, parent: Scope?) {
    self.kind = kind
    self.name = name
    self.span = span
    self.parent = parent
    privateName = kind == .classBody ? name : parent?.privateName
  }

  /// `__x` written inside class `C` means `_C__x` (CPython's _Py_Mangle):
  /// names that start with two underscores and do not end with two, and
  /// are not dotted, get the class name (leading underscores stripped)
  /// in front.
  func mangle(_ name: String) -> String {
    guard let privateName, name.hasPrefix("__"), !name.hasSuffix("__"), !name.contains(".") else { return name }
    let stripped = privateName.drop(while: { $0 == "_" })
    if stripped.isEmpty { return name }
    return "_" + stripped + name
  }

  /// How this scope uses `name` (as written, before mangling) so far.
  func use(of name: String) -> SymbolUse? { uses[mangle(name)] }

  func add(_ unmangled: String, _ use: SymbolUse) {
    let name = mangle(unmangled)
    if let old = uses[name] {
      uses[name] = old.union(use)
    } else {
      uses[name] = use
      orderedNames.append(name)
    }
  }

  /// How `name` (as written, before mangling) resolves here.
  func resolution(of name: String) -> NameResolution {
    if let r = resolutions[mangle(name)] { return r }
    switch kind {
    case .module, .classBody: return .namespace
    case .function, .comprehension: return .globalImplicit
    }
  }

  /// Cell names in CPython 3.11's `co_cellvars` order: parameters that are
  /// cells first, in parameter order (their cells live in the parameters'
  /// slots), then the other cells sorted by name.
  var cellNames: [String] {
    let cells = orderedNames.filter { resolutions[$0] == .cell }
    let parameters = parameterNames.filter { resolutions[$0] == .cell }
    var names = parameters + cells.filter { !parameters.contains($0) }.sorted(by: codePointOrder)
    if kind == .classBody && needsClassCell { names.append("__class__") }
    return names
  }

  /// Free names sorted by name, as CPython's `co_freevars` (and so the
  /// order of a function's `__closure__`).
  var freeNames: [String] {
    orderedNames.filter { resolutions[$0] == .free || classPassThrough.contains($0) }
      .sorted(by: codePointOrder)
  }
}

/// Python's string order (by code point), which CPython uses to sort a
/// code object's cell and free variable names.
func codePointOrder(_ a: String, _ b: String) -> Bool {
  a.unicodeScalars.lexicographicallyPrecedes(b.unicodeScalars)
}

/// The key by which the compiler finds the scope of a node: nodes are value
/// types without identity, but no two scope-making nodes start at the same
/// place.
struct ScopeKey: Hashable {
  var line: Int
  var column: Int
  var tag: Int

  init(_ span: SourceSpan, _ tag: Int) {
    line = span.start.line
    column = span.start.column
    self.tag = tag
  }
}

/// The scopes of one module, found by `SymbolTableBuilder`.
final class SymbolTable {
  let top: Scope
  var scopesByKey: [ScopeKey: Scope] = [:]

  init(top: Scope) {
    self.top = top
  }
}
