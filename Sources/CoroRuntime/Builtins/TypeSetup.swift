import Foundation

extension BuiltinTypes {
  static let textIO = PyType(builtin: "_io.TextIOWrapper", base: object)

  private static let installLock = NSLock()
  nonisolated(unsafe) private static var installed = false

  /// Installs the methods and constructors of every builtin type, once per
  /// process (type objects are shared by all interpreters).
  static func installAll() {
    installLock.lock()
    defer { installLock.unlock() }
    if installed { return }
    installed = true
    bool.allowsSubclassing = false
    noneType.allowsSubclassing = false
    range.allowsSubclassing = false
    slice.allowsSubclassing = false
    function.allowsSubclassing = false
    installObjectAndType()
    installFunctionTypes()
    installExceptions()
    installExceptionGroups()
    installConstructors()
    installGenerators()
    installAwaitableWrappers()
    for installer in extraInstallers { installer() }
    installSubclassing()
    list.dict.getString("append")?.as(PyMethodDescriptor.self)?.fastPath = .listAppend
  }

  /// Installers defined in other files (one per group of types).
  static var extraInstallers: [() -> Void] {
    [
      installStrMethods, installListMethods, installTupleMethods, installDictMethods,
      installSetMethods, installNumberMethods, installRangeAndSliceMethods, installBytesMethods, installBytearrayMethods,
      installIteratorProtocols,
    ]
  }

  // MARK: - object and type

  private static func installObjectAndType() {
    object.addMethod("__init__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      .none
    }
    object.addMethod("__eq__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let other = try args.one("__eq__")
      return selfValue.isIdentical(to: other) ? .bool(true) : .object(notImplementedObject)
    }
    object.addMethod("__ne__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let other = try args.one("__ne__")
      return selfValue.isIdentical(to: other) ? .bool(false) : .object(notImplementedObject)
    }
    object.addMethod("__hash__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      guard case .object(let o) = selfValue else { return .int(try vm.hash(selfValue)) }
      return .int(vm.identityHash(o))
    }
    object.addMethod("__repr__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      guard case .object(let o) = selfValue else { return .str(try vm.repr(selfValue)) }
      return .str("<\(vm.typeQualifiedName(o.type)) object at \(vm.address(o))>")
    }
    object.addMethod("__str__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      .str(try vm.repr(selfValue))
    }
    object.addMethod("__format__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let spec = try args.one("__format__")
      if let s = spec.asStr, !s.value.isEmpty {
        throw PyException.typeError("unsupported format string passed to \(selfValue.typeName).__format__")
      }
      return .str(try vm.str(selfValue))
    }
    object.addMethod("__setattr__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let a = try args.positional("__setattr__", 2, 2)
      guard let name = a[0].asStr, case .object(let o) = selfValue, let dict = o.instanceDict else {
        throw PyException.typeError("attribute name must be string")
      }
      dict.setString(PyStr.intern(name.value), a[1])
      return .none
    }
    object.addMethod("__getattribute__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let name = try args.one("__getattribute__")
      guard let s = name.asStr else { throw PyException.typeError("attribute name must be string") }
      return try vm.objectGetAttribute(selfValue, PyStr.intern(s.value))
    }
    object.addMethod("__delattr__") { (vm: VM, selfValue: Value, args: Args) throws(PyException) -> Value in
      let name = try args.one("__delattr__")
      guard let s = name.asStr, case .object(let o) = selfValue, let dict = o.instanceDict,
        dict.removeString(PyStr.intern(s.value)) != nil
      else {
        throw PyException.attributeError("'\(selfValue.typeName)' object has no attribute '\(name.asStr?.value ?? "")'")
      }
      return .none
    }
    object.addGetter("__class__") { (vm: VM, selfValue: Value) throws(PyException) -> Value in
      .object(selfValue.type)
    }
    object.addGetter("__dict__") { (vm: VM, selfValue: Value) throws(PyException) -> Value in
      if case .object(let o) = selfValue, let d = o.instanceDict { return .object(d) }
      throw PyException.attributeError("'\(selfValue.typeName)' object has no attribute '__dict__'")
    }
    object.addStaticMethod("__new__") { (vm: VM, args: Args) throws(PyException) -> Value in
      guard args.count >= 1, let t = args[0].as(PyType.self) else {
        throw PyException.typeError("object.__new__(X): X is not a type object")
      }
      return try vm.allocate(t, Args(UnsafeBufferPointer(start: nil, count: 0)))
    }
    // The end of every `super().__init_subclass__(**kwargs)` chain.
    object.addClassMethod("__init_subclass__") { (vm: VM, args: Args) throws(PyException) -> Value in
      if args.keywordCount > 0 {
        let name = args.count > 0 ? args[0].as(PyType.self)?.name ?? "object" : "object"
        throw PyException.typeError("\(name).__init_subclass__() takes no keyword arguments")
      }
      if args.count > 1 {
        throw PyException.typeError(
          "object.__init_subclass__() takes no arguments (\(args.count - 1) given)")
      }
      return .none
    }
    object.constructor = { (vm: VM, type: PyType, args: Args) throws(PyException) -> Value in
      if !args.isEmpty { throw PyException.typeError("object() takes no arguments") }
      return .object(PyInstance(type: object))
    }

    type.addGetter("__name__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let t = v.as(PyType.self) else { return .none }
      return .str(t.name)
    }
    type.addGetter("__qualname__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let t = v.as(PyType.self) else { return .none }
      return .str(t.qualifiedName)
    }
    type.addGetter("__module__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let t = v.as(PyType.self) else { return .none }
      return .str(t.module)
    }
    type.addGetter("__mro__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let t = v.as(PyType.self) else { return .none }
      return .tuple(t.mro.map { .object($0) })
    }
    type.addGetter("__bases__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let t = v.as(PyType.self) else { return .none }
      return .tuple(t.bases.map { .object($0) })
    }
    type.addGetter("__base__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let t = v.as(PyType.self) else { return .none }
      return t.base.map { .object($0) } ?? .none
    }
    type.addGetter("__dict__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let t = v.as(PyType.self) else { return .none }
      return .object(t.dict)
    }
    type.addGetter("__doc__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let t = v.as(PyType.self) else { return .none }
      return t.dict.getString(Names.doc) ?? .none
    }
    type.addMethod("mro") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let t = v.as(PyType.self) else { return .none }
      return .list(t.mro.map { .object($0) })
    }
    // type.__setattr__/__delattr__, which a metaclass's own methods reach
    // through super(); they invalidate method caches like `Cls.x = v`.
    type.addMethod("__setattr__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let a = try args.positional("__setattr__", 2, 2)
      guard let name = a[0].asStr else {
        throw PyException.typeError("attribute name must be string, not '\(a[0].typeName)'")
      }
      try vm.setTypeAttribute(v, PyStr.intern(name.value), a[1])
      return .none
    }
    type.addMethod("__delattr__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let a = try args.one("__delattr__")
      guard let name = a.asStr else {
        throw PyException.typeError("attribute name must be string, not '\(a.typeName)'")
      }
      try vm.deleteTypeAttribute(v, PyStr.intern(name.value))
      return .none
    }
    type.addMethod("__subclasses__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      try args.none("__subclasses__")
      return .list(v.as(PyType.self)?.subclasses.map { .object($0) } ?? [])
    }
    // The hooks a metaclass overrides and reaches through super().
    type.addStaticMethod("__new__") { (vm: VM, args: Args) throws(PyException) -> Value in
      try vm.typeNew(args)
    }
    type.addMethod("__init__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      if args.count == 0 && args.keywordCount > 0 {
        throw PyException.typeError("type.__init__() takes no keyword arguments")
      }
      if args.count != 1 && args.count != 3 {
        throw PyException.typeError("type.__init__() takes 1 or 3 arguments")
      }
      return .none
    }
    type.addMethod("__call__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let t = v.as(PyType.self) else {
        throw PyException.typeError("descriptor '__call__' requires a 'type' object")
      }
      return try vm.callTypeDirect(t, args)
    }
    type.addClassMethod("__prepare__") { (vm: VM, args: Args) throws(PyException) -> Value in
      .object(PyDict())
    }
  }

  // MARK: - Functions and methods

  private static func installFunctionTypes() {
    // `__call__` on the callable builtin types, which collections.abc.Callable
    // finds in their dicts as CPython's tp_call slot wrappers. (type's own
    // `__call__`, which a metaclass reaches through super(), is set with
    // the type methods.)
    for callableType in [function, builtinFunction, method] {
      callableType.addMethod("__call__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        try vm.call(v, args)
      }
    }
    // `__get__`, CPython's descriptor protocol made visible: enum and
    // dataclasses tell descriptors from values with it, and code may bind
    // by hand (`f.__get__(obj)`).
    for descriptorType in [function, property, classmethod, staticmethod] {
      descriptorType.addMethod("__get__") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
        let a = try args.positional("__get__", 1, 2)
        let owner = a.count > 1 && !a[1].isNone ? a[1].as(PyType.self) : nil
        if a[0].isNone {
          if v.as(PyFunction.self) != nil || v.as(PyProperty.self) != nil { return v }
          guard let owner else { throw PyException.typeError("__get__(None, None) is invalid") }
          return try vm.bindDescriptor(v, instance: .none, owner: owner)
        }
        return try vm.bindDescriptor(v, instance: a[0], owner: owner ?? a[0].type)
      }
    }
    function.addGetter("__name__", { (vm: VM, v: Value) throws(PyException) -> Value in
      .str(v.as(PyFunction.self)?.name ?? "")
    }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
      guard let s = new.asStr else { throw PyException.typeError("__name__ must be set to a string object") }
      v.as(PyFunction.self)?.name = s.value
    })
    function.addGetter("__qualname__", { (vm: VM, v: Value) throws(PyException) -> Value in
      .str(v.as(PyFunction.self)?.qualifiedName ?? "")
    }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
      guard let s = new.asStr else { throw PyException.typeError("__qualname__ must be set to a string object") }
      v.as(PyFunction.self)?.qualifiedName = s.value
    })
    function.addGetter("__doc__", { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyFunction.self)?.doc ?? .none
    }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
      v.as(PyFunction.self)?.doc = new
    })
    function.addGetter("__module__", { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyFunction.self)?.module ?? .none
    }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
      v.as(PyFunction.self)?.module = new
    })
    function.addGetter("__defaults__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let f = v.as(PyFunction.self), !f.defaults.isEmpty else { return .none }
      return .tuple(f.defaults)
    }
    function.addGetter("__kwdefaults__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let d = v.as(PyFunction.self)?.keywordDefaults else { return .none }
      return .object(d)
    }
    function.addGetter("__dict__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let f = v.as(PyFunction.self) else { return .none }
      return .object(f.attributeDict)
    }
    function.addGetter("__globals__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let f = v.as(PyFunction.self) else { return .none }
      return .object(f.globals)
    }
    function.addGetter("__code__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let f = v.as(PyFunction.self) else { return .none }
      return .object(f.code)
    }
    function.addGetter("__closure__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let f = v.as(PyFunction.self), !f.closure.isEmpty else { return .none }
      return .tuple(f.closure.map { .object($0) })
    }
    function.addGetter("__annotations__", { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let f = v.as(PyFunction.self) else { return .none }
      if let a = f.annotations { return .object(a) }
      let d = PyDict()
      f.annotations = d
      return .object(d)
    }, set: { (vm: VM, v: Value, new: Value) throws(PyException) in
      guard let d = new.as(PyDict.self) else {
        throw PyException.typeError("__annotations__ must be set to a dict object")
      }
      v.as(PyFunction.self)?.annotations = d
    })
    code.addGetter("co_name") { (vm: VM, v: Value) throws(PyException) -> Value in
      .str(v.as(PyCode.self)?.object.name ?? "")
    }
    code.addGetter("co_filename") { (vm: VM, v: Value) throws(PyException) -> Value in
      .str(v.as(PyCode.self)?.object.filename ?? "")
    }
    code.addGetter("co_firstlineno") { (vm: VM, v: Value) throws(PyException) -> Value in
      .int(v.as(PyCode.self)?.object.firstLine ?? 0)
    }
    code.addGetter("co_argcount") { (vm: VM, v: Value) throws(PyException) -> Value in
      .int(v.as(PyCode.self)?.object.argCount ?? 0)
    }
    code.addGetter("co_varnames") { (vm: VM, v: Value) throws(PyException) -> Value in
      .tuple((v.as(PyCode.self)?.object.localNames ?? []).map { .str($0) })
    }
    cell.addGetter("cell_contents") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let c = v.as(PyCell.self), !c.value.isNull else {
        throw PyException.valueError("Cell is empty")
      }
      return c.value
    }
    builtinFunction.addGetter("__name__") { (vm: VM, v: Value) throws(PyException) -> Value in
      .str(v.as(PyBuiltinFunction.self)?.name ?? "")
    }
    builtinFunction.addGetter("__qualname__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let b = v.as(PyBuiltinFunction.self) else { return .none }
      if let owner = b.ownerTypeName { return .str("\(owner).\(b.name)") }
      return .str(b.name)
    }
    builtinFunction.addGetter("__self__") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyBuiltinFunction.self)?.boundTo ?? .none
    }
    builtinFunction.addGetter("__doc__") { (vm: VM, v: Value) throws(PyException) -> Value in
      .none
    }
    methodDescriptor.addGetter("__name__") { (vm: VM, v: Value) throws(PyException) -> Value in
      .str(v.as(PyMethodDescriptor.self)?.name ?? "")
    }
    methodDescriptor.addGetter("__qualname__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let m = v.as(PyMethodDescriptor.self) else { return .none }
      return .str("\(m.owner.name).\(m.name)")
    }
    method.addGetter("__self__") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyBoundMethod.self)?.selfValue ?? .none
    }
    method.addGetter("__func__") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyBoundMethod.self)?.function ?? .none
    }
    method.addGetter("__name__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let m = v.as(PyBoundMethod.self) else { return .none }
      return try vm.getAttribute(m.function, Names.name)
    }
    method.addGetter("__qualname__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let m = v.as(PyBoundMethod.self) else { return .none }
      return try vm.getAttribute(m.function, Names.qualname)
    }
    method.addGetter("__doc__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let m = v.as(PyBoundMethod.self) else { return .none }
      return try vm.getAttribute(m.function, Names.doc)
    }
    classmethod.addGetter("__func__") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyClassMethod.self)?.function ?? .none
    }
    staticmethod.addGetter("__func__") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyStaticMethod.self)?.function ?? .none
    }
    property.addGetter("fget") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyProperty.self)?.getter ?? .none
    }
    property.addGetter("fset") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyProperty.self)?.setter ?? .none
    }
    property.addGetter("__doc__") { (vm: VM, v: Value) throws(PyException) -> Value in
      v.as(PyProperty.self)?.doc ?? .none
    }
    property.addMethod("setter") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let p = v.as(PyProperty.self) else { return .none }
      return .object(PyProperty(getter: p.getter, setter: try args.one("setter"), deleter: p.deleter, doc: p.doc))
    }
    property.addMethod("getter") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let p = v.as(PyProperty.self) else { return .none }
      return .object(PyProperty(getter: try args.one("getter"), setter: p.setter, deleter: p.deleter, doc: p.doc))
    }
    property.addMethod("deleter") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      guard let p = v.as(PyProperty.self) else { return .none }
      return .object(PyProperty(getter: p.getter, setter: p.setter, deleter: try args.one("deleter"), doc: p.doc))
    }
    module.addGetter("__dict__") { (vm: VM, v: Value) throws(PyException) -> Value in
      guard let m = v.as(PyModule.self) else { return .none }
      return .object(m.dict)
    }
    textIO.addMethod("write") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      let text = try args.one("write")
      guard let s = text.asStr else {
        throw PyException.typeError("write() argument must be str, not \(text.typeName)")
      }
      v.as(PyTextStream.self)?.stream.write(s.value)
      return .int(s.count)
    }
    textIO.addMethod("flush") { (vm: VM, v: Value, args: Args) throws(PyException) -> Value in
      v.as(PyTextStream.self)?.stream.flush()
      return .none
    }
  }
}
