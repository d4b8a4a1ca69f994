// `collections`: written in Python (the CollectionsPrelude sources), with
// `namedtuple` wrapped so that new classes get their caller's __module__.

enum CollectionsModule {
  static var source: String {
    [
      CollectionsPrelude.head, CollectionsPrelude.deque, CollectionsPrelude.counter,
      CollectionsPrelude.mappings, CollectionsPrelude.namedtuple,
    ].joined(separator: "\n\n")
  }

  static func make(_ vm: VM) throws(PyException) -> PyModule {
    let m = try PreludeModule.make(vm, name: "collections", source: source)
    let wrapper = PyBuiltinFunction(name: "namedtuple", boundTo: .object(m)) {
      (vm: VM, args: Args) throws(PyException) -> Value in
      try callWithCallerModule(vm, m, "_namedtuple", args)
    }
    m.dict.setString("namedtuple", .object(wrapper))
    return m
  }

  /// Calls `module.<function>(*args, **kwargs)`, adding `module=` (the name
  /// of the module whose code is calling) unless given. Natives run in
  /// their caller's frame, so `vm.frame` is the caller's.
  static func callWithCallerModule(
    _ vm: VM, _ m: PyModule, _ function: String, _ args: Args
  ) throws(PyException) -> Value {
    guard let target = m.dict.getString(PyStr.intern(function)) else {
      throw PyException.attributeError("module '\(m.name)' has no attribute '\(function)'")
    }
    var keywords = args.keywords
    if !keywords.contains(where: { $0.0 == "module" }) {
      let caller = vm.frame?.globals.getString("__name__") ?? .str("__main__")
      keywords.append(("module", caller))
    }
    return try vm.call(target, args.positional, keywords: keywords)
  }
}
