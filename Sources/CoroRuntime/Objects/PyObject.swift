/// The base class of every heap-allocated Python object.
///
/// Subclasses model one Python type each (`PyStr` is `str`, `PyList` is
/// `list`, ...) and report it through `type`; objects whose class can vary
/// (instances of user classes, exceptions) store it. Reference counting is
/// Swift's: an object dies when its last reference goes, at the moment
/// CPython's would, which is what makes warnings such as "coroutine ... was
/// never awaited" appear where CPython prints them.
class PyObject {
  /// The Python type of this object.
  var type: PyType { BuiltinTypes.object }

  /// `ObjectIdentifier(type)`, which the method caches compare on every
  /// call: the common classes override it to answer without a retain and
  /// a release of the type.
  var typeIdentity: ObjectIdentifier { ObjectIdentifier(type) }

  /// The instance `__dict__`, for objects that have one.
  var instanceDict: PyDict? { nil }

  /// Whether the instance `__dict__` has `name` (the method caches ask on
  /// every call: an instance attribute hides the method).
  func instanceDictContains(_ name: PyStr) -> Bool {
    instanceDict?.containsString(name) ?? false
  }

  /// Set when this builtin-storage object is an instance of a user
  /// subclass (`class Name(str)`); see `SubclassState`.
  var subclassState: SubclassState? { nil }

  init() {}
}

/// An instance of a user-defined class (or of `object` itself).
final class PyInstance: PyObject {
  let instanceType: PyType
  let dict: PyDict

  init(type: PyType) {
    instanceType = type
    dict = PyDict()
    PyInstance.nextSerial &+= 1
    serial = PyInstance.nextSerial
  }

  /// Creation order, for finalizing the oldest first at exit (CPython's
  /// collector walks its objects in allocation order).
  let serial: UInt64
  nonisolated(unsafe) private static var nextSerial: UInt64 = 0

  /// The `__del__` to run now, if it has not run yet; it will not run again.
  func claimFinalizer() -> Value? {
    guard !isFinalized, let finalizer = instanceType.finalizer else { return nil }
    isFinalized = true
    return finalizer
  }

  /// A stand-in for an instance being deallocated, holding its attributes,
  /// on which `__del__` runs (Swift cannot resurrect an object in its
  /// deinit); it is never finalized again, as CPython finalizes once.
  private init(finalizing type: PyType, dict: PyDict, slotValues: PyDict?) {
    instanceType = type
    self.dict = dict
    self.slotValues = slotValues
    isFinalized = true
    serial = 0
  }

  /// `__del__` has run (or must not run) for this object.
  private var isFinalized = false

  /// Some class with `__del__` was ever made in this process: until then
  /// deallocations skip the finalizer look-up (and lists their ordered
  /// release).
  nonisolated(unsafe) static var finalizersExist = false

  deinit {
    guard PyInstance.finalizersExist, !isFinalized, let finalizer = instanceType.finalizer else { return }
    let standIn = PyInstance(finalizing: instanceType, dict: dict, slotValues: slotValues)
    InstanceFinalizer.finalize(standIn, finalizer)
  }

  override var type: PyType { instanceType }
  override var typeIdentity: ObjectIdentifier { ObjectIdentifier(instanceType) }
  /// Nil for instances of a class whose `__slots__` leave out `__dict__`.
  override var instanceDict: PyDict? { instanceType.instancesHaveDict ? dict : nil }
  override func instanceDictContains(_ name: PyStr) -> Bool {
    instanceType.instancesHaveDict && dict.containsString(name)
  }
  /// The values of `__slots__` members, made on the first assignment.
  var slotValues: PyDict?
}

/// `NotImplemented`, the `Ellipsis` object `...`, and other one-of-a-kind
/// objects that need only a type and a name.
final class PySingleton: PyObject {
  let singletonType: PyType
  let name: String

  init(type: PyType, name: String) {
    singletonType = type
    self.name = name
  }

  override var type: PyType { singletonType }
}
