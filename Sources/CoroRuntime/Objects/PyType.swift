/// A Python type object: a builtin type such as `int` or a user class.
///
/// Attributes (methods, class variables) live in `dict`, keyed by interned
/// `PyStr` names. Lookups walk the method resolution order; user classes
/// can change their dicts at any time, so nothing is cached across calls
/// except through `version`, which every change to any type bumps.
final class PyType: PyObject {
  /// How instances of this type are represented in Swift, inherited from
  /// the nearest builtin base that decides it.
  enum Layout {
    /// `PyInstance`: a plain object with a `__dict__`.
    case instance
    /// `PyException`.
    case exception
    /// A builtin type whose instances only its own constructor can make.
    case builtin
  }

  /// Builds an instance for `type(...)` calls: `int("3")`, `list(x)`.
  typealias Constructor = (VM, PyType, Args) throws(PyException) -> Value

  let name: String
  var qualifiedName: String
  var module: String
  private(set) var bases: [PyType]
  private(set) var mro: [PyType] = [] {
    didSet { rebuildMRODicts() }
  }
  /// The dicts along `mro`, which `lookup` walks on every attribute look-up
  /// (see MRODicts).
  private var mroDicts = MRODicts([])

  /// (Called by the initializers too: setting `mro` there runs no
  /// `didSet`.)
  private func rebuildMRODicts() {
    mroDicts.deallocate()
    mroDicts = MRODicts(mro)
  }
  let dict: PyDict
  let isBuiltin: Bool
  var layout: Layout
  /// False for types like `bool` and `NoneType` that cannot be subclassed.
  var allowsSubclassing = true
  /// The builtin constructor (CPython's tp_new + tp_init for builtins).
  var constructor: Constructor?
  /// Set once `__abstractmethods__` has been assigned (by abc); then
  /// `object.__new__` checks it, as CPython's Py_TPFLAGS_IS_ABSTRACT.
  var mayBeAbstract = false
  /// False for a class whose `__slots__` (and its bases') leave out
  /// `__dict__`: its instances take no attributes beyond the slots.
  var instancesHaveDict = true
  /// The metaclass; nil means `type`.
  var metaclass: PyType?
  /// For builtin types that user classes may derive from (besides object
  /// and the exceptions): makes an instance of the user class.
  var subclassConstructor: SubclassConstructor?

  /// Bumped by every change to any type's dict, so that caches keyed on
  /// it (the VM's method caches) notice class attribute assignment.
  nonisolated(unsafe) static var version: UInt64 = 0

  init(
    builtin name: String, base: PyType?, layout: Layout = .builtin, module: String = "builtins"
  ) {
    self.name = name
    qualifiedName = name
    self.module = module
    bases = base.map { [$0] } ?? []
    dict = PyDict()
    isBuiltin = true
    self.layout = layout
    super.init()
    mro = [self] + (base?.mro ?? [])
    rebuildMRODicts()
  }

  /// A class made by a `class` statement (or a three-argument `type()`).
  init(name: String, qualifiedName: String, module: String, bases: [PyType], dict: PyDict, mro: [PyType]) {
    self.name = name
    self.qualifiedName = qualifiedName
    self.module = module
    self.bases = bases
    self.dict = dict
    isBuiltin = false
    layout = bases.first?.layout ?? .instance
    for b in bases where b.layout != .instance {
      layout = b.layout
    }
    super.init()
    self.mro = [self] + mro
    rebuildMRODicts()
    for b in bases { b.subclassReferences.append(SubclassLink(self)) }
  }

  /// The classes naming this one as a direct base, for `__subclasses__()`
  /// (which abc walks). CPython holds them weakly; a Swift weak reference
  /// would give every class a side table and send all its retains and
  /// releases down the slow path, so the links are unowned and a class
  /// removes itself from its bases' lists when it dies.
  private var subclassReferences: [SubclassLink] = []

  /// The live direct subclasses, oldest first.
  var subclasses: [PyType] {
    subclassReferences.map { $0.type }
  }

  private struct SubclassLink {
    unowned(unsafe) let type: PyType
    init(_ type: PyType) { self.type = type }
  }

  deinit {
    for b in bases { b.subclassReferences.removeAll { $0.type === self } }
    mroDicts.deallocate()
  }

  override var type: PyType { metaclass ?? BuiltinTypes.type }

  var base: PyType? { bases.first }

  /// The `__getattribute__` a user class defines along its MRO, or nil
  /// when attribute lookup is object's own (the common case, kept fast by
  /// remembering the answer until some type changes).
  var userGetattribute: Value? {
    if isBuiltin { return nil }
    if getattributeVersion != PyType.version {
      getattributeVersion = PyType.version
      cachedGetattribute = nil
      if let found = lookup(Names.getattribute), case .object(let o) = found, !(o is PyMethodDescriptor) {
        cachedGetattribute = found
      }
    }
    return cachedGetattribute
  }
  /// The `__del__` a user class defines along its MRO, or nil; looked up
  /// again only after some type changed, since every deallocation asks.
  var finalizer: Value? {
    if isBuiltin { return nil }
    if finalizerVersion != PyType.version {
      finalizerVersion = PyType.version
      cachedFinalizer = lookup(Names.del)
    }
    return cachedFinalizer
  }
  private var finalizerVersion: UInt64 = .max
  private var cachedFinalizer: Value?

  private var getattributeVersion: UInt64 = .max
  private var cachedGetattribute: Value?

  /// The `__setattr__` a user class defines along its MRO (a Python
  /// function), or nil: remembered like `userGetattribute`, since every
  /// `obj.x = v` asks.
  var userSetattr: Value? {
    if isBuiltin { return nil }
    if setattrVersion != PyType.version {
      setattrVersion = PyType.version
      cachedSetattr = nil
      if let found = lookup(Names.setattr), found.as(PyFunction.self) != nil {
        cachedSetattr = found
      }
    }
    return cachedSetattr
  }
  private var setattrVersion: UInt64 = .max
  private var cachedSetattr: Value?

  /// What `Cls(...)` runs: a `__new__` other than object's (nil for
  /// object's, which only allocates) and the `__init__` found along the
  /// MRO. Remembered until some type changes.
  struct ConstructionPlan {
    var userNew: Value?
    var initMethod: Value?
  }

  var constructionPlan: ConstructionPlan {
    if planVersion != PyType.version {
      planVersion = PyType.version
      var plan = ConstructionPlan()
      for t in mro {
        guard let m = t.dict.getString(Names.new) else { continue }
        if t !== BuiltinTypes.object, case .object(let o) = m, o is PyStaticMethod || o is PyFunction { plan.userNew = m }
        break
      }
      plan.initMethod = lookup(Names.`init`)
      cachedPlan = plan
    }
    return cachedPlan
  }
  private var planVersion: UInt64 = .max
  private var cachedPlan = ConstructionPlan()

  // MARK: - Lookup

  /// The attribute `name` found along the MRO, without binding.
  @inline(__always)
  func lookup(_ name: PyStr) -> Value? {
    mroDicts.lookup(name)
  }

  func lookup(_ name: String) -> Value? {
    lookup(PyStr.intern(name))
  }

  func isSubtype(of other: PyType) -> Bool {
    if self === other { return true }
    for t in mro where t === other { return true }
    return false
  }

  /// Sets a class attribute and invalidates method caches.
  func setAttribute(_ name: PyStr, _ value: Value) {
    dict.setString(name, value)
    PyType.version &+= 1
    if name.value == "__abstractmethods__" { mayBeAbstract = true }
  }

  func deleteAttribute(_ name: PyStr) -> Bool {
    PyType.version &+= 1
    return dict.removeString(name) != nil
  }

  /// Adds a builtin method implemented in Swift.
  func addMethod(_ name: String, _ fn: @escaping PyMethodDescriptor.Function) {
    let method = adaptedForSubclasses(fn)
    setAttribute(PyStr.intern(name), .object(PyMethodDescriptor(name: name, owner: self, method)))
  }

  /// Adds a read-only (or, with `set`, writable) attribute computed in Swift.
  func addGetter(
    _ name: String, _ get: @escaping PyGetSetDescriptor.Getter,
    set: PyGetSetDescriptor.Setter? = nil
  ) {
    var getter = get
    if self === BuiltinTypes.int || self === BuiltinTypes.float {
      getter = { (vm: VM, v: Value) throws(PyException) -> Value in try get(vm, v.unboxedNumber) }
    }
    setAttribute(PyStr.intern(name), .object(PyGetSetDescriptor(name: name, owner: self, get: getter, set: set)))
  }

  /// The methods of `int` and `float` see instances of subclasses as the
  /// plain numbers they hold (receiver and arguments); the methods of the
  /// immutable `str`, `tuple` and `frozenset` never return a subclass
  /// instance itself (CPython's `unicode_result_unchanged`: `Name("a").strip()`
  /// is a plain str).
  private func adaptedForSubclasses(
    _ fn: @escaping PyMethodDescriptor.Function
  ) -> PyMethodDescriptor.Function {
    if self === BuiltinTypes.int || self === BuiltinTypes.float {
      return { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        guard v.isSubclassInstance || args.values.contains(where: { $0.isSubclassInstance }) else {
          return try fn(vm, v, args)
        }
        let unboxed = args.values.map { $0.unboxedNumber }
        return try Args.with(unboxed, keywordNames: args.keywordNames) {
          (a: Args) throws(PyException) -> Value in try fn(vm, v.unboxedNumber, a)
        }
      }
    }
    if self === BuiltinTypes.str || self === BuiltinTypes.tuple || self === BuiltinTypes.frozenset {
      return { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let result = try fn(vm, v, args)
        // Identity first: it is one comparison and almost always false.
        if case .object(let o) = result, result.isIdentical(to: v), o.subclassState != nil {
          return .object(PyType.exactCopy(o))
        }
        return result
      }
    }
    return fn
  }

  /// A plain `str`, `tuple` or `frozenset` with the value of an instance of
  /// a subclass.
  static func exactCopy(_ o: PyObject) -> PyObject {
    if let s = o as? PyStr { return PyStr(s.value) }
    if let t = o as? PyTuple { return PyTuple(t.items) }
    if let f = o as? PySet { return PySet(storage: f.storage, frozen: f.isFrozen) }
    return o
  }

  /// Adds a builtin class method (e.g. `dict.fromkeys`).
  func addClassMethod(_ name: String, _ fn: @escaping PyBuiltinFunction.Function) {
    let f = PyBuiltinFunction(name: name, fn)
    setAttribute(PyStr.intern(name), .object(PyClassMethod(.object(f))))
  }

  func addStaticMethod(_ name: String, _ fn: @escaping PyBuiltinFunction.Function) {
    let f = PyBuiltinFunction(name: name, fn)
    setAttribute(PyStr.intern(name), .object(PyStaticMethod(.object(f))))
  }

  /// C3 linearization of `bases` (the MRO minus the class itself), or nil
  /// when it does not exist.
  static func linearize(_ bases: [PyType]) -> [PyType]? {
    var sequences = bases.map { $0.mro } + [bases]
    var result: [PyType] = []
    while true {
      sequences = sequences.filter { !$0.isEmpty }
      if sequences.isEmpty { return result }
      var candidate: PyType?
      for seq in sequences {
        let head = seq[0]
        let inTail = sequences.contains { s in s.dropFirst().contains { $0 === head } }
        if !inTail {
          candidate = head
          break
        }
      }
      guard let next = candidate else { return nil }
      result.append(next)
      sequences = sequences.map { seq in seq.first === next ? Array(seq.dropFirst()) : seq }
    }
  }
}

/// The dicts of a type's MRO as a raw buffer of unretained references: a
/// look-up walks it without retaining and releasing each type (or the MRO
/// array, or a buffer object) on the way, as iterating `mro` would. The
/// types in `mro` own their dicts, and a type keeps its `mro`, so the
/// references stay valid while the type lives; the type frees the buffer
/// (when it dies, or when its MRO is set again).
struct MRODicts {
  private let dicts: UnsafeMutablePointer<Unmanaged<PyDict>>
  private let count: Int

  init(_ mro: [PyType]) {
    count = mro.count
    dicts = UnsafeMutablePointer<Unmanaged<PyDict>>.allocate(capacity: max(count, 1))
    for (i, t) in mro.enumerated() { (dicts + i).initialize(to: Unmanaged.passUnretained(t.dict)) }
  }

  func deallocate() {
    dicts.deallocate()
  }

  @inline(__always)
  func lookup(_ name: PyStr) -> Value? {
    var i = 0
    while i < count {
      if let v = dicts[i]._withUnsafeGuaranteedRef({ $0.getString(name) }) { return v }
      i &+= 1
    }
    return nil
  }
}
