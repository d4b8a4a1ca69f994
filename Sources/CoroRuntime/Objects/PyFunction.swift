import CoroCompiler

/// A function made by `def` or `lambda`: code plus the environment it was
/// defined in (globals, default values, closure cells).
final class PyFunction: PyObject {
  let code: PyCode
  let globals: PyDict
  var name: String
  var qualifiedName: String
  /// Defaults of the last `defaults.count` positional parameters.
  var defaults: [Value]
  /// Defaults of keyword-only parameters, by name.
  var keywordDefaults: PyDict?
  /// Cells captured from enclosing scopes, one per `code.freeNames`.
  let closure: [PyCell]
  var doc: Value
  var module: Value
  /// `__annotations__`, made on first access (Coro does not evaluate
  /// annotations, so it starts empty).
  var annotations: PyDict?
  private var attributes: PyDict?

  init(code: PyCode, globals: PyDict, defaults: [Value], keywordDefaults: PyDict?, closure: [PyCell]) {
    self.code = code
    self.globals = globals
    name = code.object.name
    qualifiedName = code.object.qualifiedName
    self.defaults = defaults
    self.keywordDefaults = keywordDefaults
    self.closure = closure
    doc = code.object.docstring.map { .str($0) } ?? .none
    module = globals.getString(Names.name) ?? .none
  }

  override var type: PyType { BuiltinTypes.function }

  /// Function attributes (`f.calls = 0`), made on first use.
  var attributeDict: PyDict {
    if let d = attributes { return d }
    let d = PyDict()
    attributes = d
    return d
  }

  override var instanceDict: PyDict? { attributeDict }
}

/// A function implemented in Swift (`len`, `print`), or a builtin method
/// bound to its object (`[].append`).
final class PyBuiltinFunction: PyObject {
  typealias Function = (VM, Args) throws(PyException) -> Value

  /// A function, or a builtin type's method with its receiver (`boundTo`):
  /// binding `lock.acquire` then makes one object, not also a closure.
  private enum Body {
    case function(Function)
    case method(PyMethodDescriptor.Function)
  }

  let name: String
  private let body: Body
  /// Set on `len`, which the dispatch loop answers inline for the exact
  /// builtin containers.
  var isLen = false
  /// `__self__` of a bound builtin method, or the module for functions.
  let boundTo: Value
  /// The type that defines it, for the repr of bound methods.
  let ownerTypeName: String?

  init(name: String, boundTo: Value = .none, ownerTypeName: String? = nil, _ fn: @escaping Function) {
    self.name = name
    body = .function(fn)
    self.boundTo = boundTo
    self.ownerTypeName = ownerTypeName
  }

  /// A builtin type's method bound to `receiver`.
  init(name: String, method: @escaping PyMethodDescriptor.Function, boundTo receiver: Value, ownerTypeName: String) {
    self.name = name
    body = .method(method)
    boundTo = receiver
    self.ownerTypeName = ownerTypeName
  }

  @inline(__always)
  func call(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    switch body {
    case .function(let fn): return try fn(vm, args)
    case .method(let fn): return try fn(vm, boundTo, args)
    }
  }

  override var type: PyType { BuiltinTypes.builtinFunction }
}

/// A method of a builtin type, as found in the type's dict (`list.append`).
/// Calling it through `obj.method(...)` passes `obj` without making a bound
/// method object.
final class PyMethodDescriptor: PyObject {
  typealias Function = (VM, Value, Args) throws(PyException) -> Value

  /// Methods the dispatch loop runs inline instead of calling `fn`.
  enum FastPath {
    case none
    case listAppend
  }

  let name: String
  /// The type lives as long as its dict holds this descriptor.
  unowned(unsafe) let owner: PyType
  let fn: Function
  var fastPath = FastPath.none

  init(name: String, owner: PyType, _ fn: @escaping Function) {
    self.name = name
    self.owner = owner
    self.fn = fn
  }

  override var type: PyType { BuiltinTypes.methodDescriptor }

  /// The method bound to `obj`, as `obj.method` evaluates to.
  func bind(_ obj: Value) -> PyBuiltinFunction {
    PyBuiltinFunction(name: name, method: fn, boundTo: obj, ownerTypeName: owner.name)
  }
}

/// An attribute of a builtin type computed in Swift (`e.args`, `r.start`).
final class PyGetSetDescriptor: PyObject {
  typealias Getter = (VM, Value) throws(PyException) -> Value
  typealias Setter = (VM, Value, Value) throws(PyException) -> Void

  let name: String
  unowned let owner: PyType
  let get: Getter
  let set: Setter?
  /// For a `__slots__` member: `del obj.name`; such descriptors are
  /// CPython's member_descriptor.
  var delete: ((VM, Value) throws(PyException) -> Void)?

  init(name: String, owner: PyType, get: @escaping Getter, set: Setter?) {
    self.name = name
    self.owner = owner
    self.get = get
    self.set = set
  }

  override var type: PyType { delete == nil ? BuiltinTypes.getSetDescriptor : BuiltinTypes.memberDescriptor }
}

/// A Python function bound to an instance: `obj.method`.
final class PyBoundMethod: PyObject {
  let function: Value
  let selfValue: Value

  init(function: Value, selfValue: Value) {
    self.function = function
    self.selfValue = selfValue
  }

  override var type: PyType { BuiltinTypes.method }
}

/// `classmethod(f)`: binds to the class instead of the instance.
final class PyClassMethod: PyObject {
  let function: Value

  init(_ function: Value) {
    self.function = function
  }

  override var type: PyType { BuiltinTypes.classmethod }
}

/// `staticmethod(f)`: does not bind at all.
final class PyStaticMethod: PyObject {
  let function: Value

  init(_ function: Value) {
    self.function = function
  }

  override var type: PyType { BuiltinTypes.staticmethod }
}

/// `property(fget, fset, fdel)`.
final class PyProperty: PyObject {
  let getter: Value
  let setter: Value
  let deleter: Value
  let doc: Value

  init(getter: Value, setter: Value, deleter: Value, doc: Value) {
    self.getter = getter
    self.setter = setter
    self.deleter = deleter
    self.doc = doc
  }

  override var type: PyType { BuiltinTypes.property }
}
