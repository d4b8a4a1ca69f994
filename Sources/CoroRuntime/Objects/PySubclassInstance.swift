/// What turns an object of a builtin storage class (`PyStr`, `PyList`,
/// `PyDict`...) into an instance of a user class deriving from that builtin
/// (`class Name(str)`, `class Inventory(dict)`): the user class and the
/// instance `__dict__`.
///
/// Such an instance is a real `PyList` (or `PyStr`, ...), so every builtin
/// method and every native fast path works on it unchanged; what differs is
/// its `type` (the user class) and that it has a `__dict__`. The VM's
/// generic operations (`repr`, `len`, subscripts, operators...) look for a
/// method the user class defines before taking the builtin path, as
/// CPython's inherited type slots do.
final class SubclassState {
  let type: PyType
  let dict = PyDict()

  init(type: PyType) {
    self.type = type
  }
}

/// An instance of a user subclass of `int` or `float` (`class Celsius(float)`).
///
/// Plain ints and floats are inline `Value`s with no room for a class or a
/// `__dict__`, so instances of subclasses box their value. Builtin methods
/// of int and float receive the unboxed value (see `PyType.addMethod`), and
/// the VM's numeric paths unbox after checking for the user class's own
/// methods, so results are plain ints and floats as in CPython.
final class PyBoxedNumber: PyObject {
  /// `.int`, `.float`, or a `PyBigInt` object.
  let value: Value
  let state: SubclassState

  init(_ value: Value, type: PyType) {
    self.value = value
    state = SubclassState(type: type)
  }

  override var type: PyType { state.type }
  override var instanceDict: PyDict? { state.dict }
  override var subclassState: SubclassState? { state }
}

extension Value {
  /// The number inside an instance of an int or float subclass, else the
  /// value itself.
  @inline(__always)
  var unboxedNumber: Value {
    if case .object(let o) = self, let b = o as? PyBoxedNumber { return b.value }
    return self
  }

  /// True for an instance of a user subclass of a builtin type (not for
  /// plain user objects or exceptions).
  @inline(__always)
  var isSubclassInstance: Bool {
    if case .object(let o) = self { return o.subclassState != nil }
    return false
  }
}

extension VM {
  /// A method the user class of a builtin-subclass instance defines for
  /// `name` (nil for builtin objects, plain user objects, and subclasses
  /// that keep the builtin behaviour).
  @inline(__always)
  func subclassOverride(_ o: PyObject, _ name: PyStr) -> Value? {
    guard let state = o.subclassState else { return nil }
    return userMethod(state.type, name)
  }
}
