/// A strong reference held as `Unmanaged`, which its owner releases in
/// `deinit`.
///
/// Why: when a subclass of PyObject with two or more reference-counted
/// stored properties is destroyed, Swift retains and releases the object
/// itself around the destruction of those properties (it keeps `self`
/// alive until the superclass's deinit has run). Two atomic operations per
/// object are noticeable for the objects programs make and drop by the
/// million (strings, lists, tuples), so their rarely-set second reference
/// (a user subclass's state, a string's rare state) is kept this way and
/// the object has one reference-counted field left.
struct ManualReference<Object: AnyObject> {
  private var link: Unmanaged<Object>?

  init() {}

  var object: Object? {
    get { link?.takeUnretainedValue() }
    set {
      let old = link
      link = newValue.map { Unmanaged.passRetained($0) }
      old?.release()
    }
  }

  @inline(__always)
  var isNil: Bool { link == nil }

  /// Lets go of the reference: called once, from the owner's `deinit`.
  func release() {
    link?.release()
  }
}
