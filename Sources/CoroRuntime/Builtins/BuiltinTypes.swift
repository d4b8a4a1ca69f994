/// The builtin type objects, made once per process and shared by every
/// interpreter (their methods are installed by `BuiltinTypes.install`).
enum BuiltinTypes {
  static let object = PyType(builtin: "object", base: nil, layout: .instance)
  static let type = PyType(builtin: "type", base: object)
  static let noneType = PyType(builtin: "NoneType", base: object)
  static let int = PyType(builtin: "int", base: object)
  static let bool = PyType(builtin: "bool", base: int)
  static let float = PyType(builtin: "float", base: object)
  static let complex = PyType(builtin: "complex", base: object)
  static let str = PyType(builtin: "str", base: object)
  static let bytes = PyType(builtin: "bytes", base: object)
  static let bytearray = PyType(builtin: "bytearray", base: object)
  static let list = PyType(builtin: "list", base: object)
  static let tuple = PyType(builtin: "tuple", base: object)
  static let dict = PyType(builtin: "dict", base: object)
  /// The identities of the commonest types, for `PyObject.typeIdentity`.
  static let strIdentity = ObjectIdentifier(str)
  static let listIdentity = ObjectIdentifier(list)
  static let tupleIdentity = ObjectIdentifier(tuple)
  static let dictIdentity = ObjectIdentifier(dict)
  static let set = PyType(builtin: "set", base: object)
  static let frozenset = PyType(builtin: "frozenset", base: object)
  static let range = PyType(builtin: "range", base: object)
  static let slice = PyType(builtin: "slice", base: object)
  static let cell = PyType(builtin: "cell", base: object)
  static let module = PyType(builtin: "module", base: object)
  static let function = PyType(builtin: "function", base: object)
  static let builtinFunction = PyType(builtin: "builtin_function_or_method", base: object)
  static let methodDescriptor = PyType(builtin: "method_descriptor", base: object)
  static let getSetDescriptor = PyType(builtin: "getset_descriptor", base: object)
  static let memberDescriptor = PyType(builtin: "member_descriptor", base: object)
  static let method = PyType(builtin: "method", base: object)
  static let classmethod = PyType(builtin: "classmethod", base: object)
  static let staticmethod = PyType(builtin: "staticmethod", base: object)
  static let property = PyType(builtin: "property", base: object)
  static let superType = PyType(builtin: "super", base: object)
  static let code = PyType(builtin: "code", base: object)
  static let ellipsis = PyType(builtin: "ellipsis", base: object)
  static let notImplementedType = PyType(builtin: "NotImplementedType", base: object)
  static let genericAlias = PyType(builtin: "types.GenericAlias", base: object)
  static let unionType = PyType(builtin: "UnionType", base: object, module: "types")

  static let listIterator = PyType(builtin: "list_iterator", base: object)
  static let listReverseIterator = PyType(builtin: "list_reverseiterator", base: object)
  static let tupleIterator = PyType(builtin: "tuple_iterator", base: object)
  static let rangeIterator = PyType(builtin: "range_iterator", base: object)
  static let strIterator = PyType(builtin: "str_iterator", base: object)
  static let strASCIIIterator = PyType(builtin: "str_ascii_iterator", base: object)
  static let dictKeyIterator = PyType(builtin: "dict_keyiterator", base: object)
  static let dictReverseKeyIterator = PyType(builtin: "dict_reversekeyiterator", base: object)
  static let dictValueIterator = PyType(builtin: "dict_valueiterator", base: object)
  static let dictItemIterator = PyType(builtin: "dict_itemiterator", base: object)
  static let dictReverseValueIterator = PyType(builtin: "dict_reversevalueiterator", base: object)
  static let dictReverseItemIterator = PyType(builtin: "dict_reverseitemiterator", base: object)
  static let bytesIterator = PyType(builtin: "bytes_iterator", base: object)
  static let setIterator = PyType(builtin: "set_iterator", base: object)
  static let iterator = PyType(builtin: "iterator", base: object)
  static let dictKeys = PyType(builtin: "dict_keys", base: object)
  static let dictValues = PyType(builtin: "dict_values", base: object)
  static let dictItems = PyType(builtin: "dict_items", base: object)
  static let enumerate = PyType(builtin: "enumerate", base: object)
  static let zip = PyType(builtin: "zip", base: object)
  static let map = PyType(builtin: "map", base: object)
  static let filter = PyType(builtin: "filter", base: object)
  static let reversed = PyType(builtin: "reversed", base: object)
  static let generator = PyType(builtin: "generator", base: object)
  static let coroutine = PyType(builtin: "coroutine", base: object)
  static let asyncGenerator = PyType(builtin: "async_generator", base: object)
  static let asyncGeneratorASend = PyType(builtin: "async_generator_asend", base: object)
  static let coroutineWrapper = PyType(builtin: "coroutine_wrapper", base: object)
  static let anextAwaitable = PyType(builtin: "anext_awaitable", base: object)

  static let ellipsisObject = PySingleton(type: ellipsis, name: "Ellipsis")
  static let notImplementedObject = PySingleton(type: notImplementedType, name: "NotImplemented")

  // MARK: - Exceptions (CPython 3.11's hierarchy)

  private static func exception(_ name: String, _ base: PyType) -> PyType {
    PyType(builtin: name, base: base, layout: .exception)
  }

  static let baseException = PyType(builtin: "BaseException", base: object, layout: .exception)
  static let baseExceptionGroup = exception("BaseExceptionGroup", baseException)
  static let generatorExit = exception("GeneratorExit", baseException)
  static let keyboardInterrupt = exception("KeyboardInterrupt", baseException)
  static let systemExit = exception("SystemExit", baseException)
  static let exception = exception("Exception", baseException)
  static let arithmeticError = exception("ArithmeticError", exception)
  static let floatingPointError = exception("FloatingPointError", arithmeticError)
  static let overflowError = exception("OverflowError", arithmeticError)
  static let zeroDivisionError = exception("ZeroDivisionError", arithmeticError)
  static let assertionError = exception("AssertionError", exception)
  static let attributeError = exception("AttributeError", exception)
  static let bufferError = exception("BufferError", exception)
  static let eofError = exception("EOFError", exception)
  static let exceptionGroup: PyType = {
    let t = PyType(
      name: "ExceptionGroup", qualifiedName: "ExceptionGroup", module: "builtins",
      bases: [baseExceptionGroup, exception], dict: PyDict(),
      mro: PyType.linearize([baseExceptionGroup, exception]) ?? [baseExceptionGroup, exception])
    return t
  }()
  static let importError = exception("ImportError", exception)
  static let moduleNotFoundError = exception("ModuleNotFoundError", importError)
  static let lookupError = exception("LookupError", exception)
  static let indexError = exception("IndexError", lookupError)
  static let keyError = exception("KeyError", lookupError)
  static let memoryError = exception("MemoryError", exception)
  static let nameError = exception("NameError", exception)
  static let unboundLocalError = exception("UnboundLocalError", nameError)
  static let osError = exception("OSError", exception)
  static let blockingIOError = exception("BlockingIOError", osError)
  static let childProcessError = exception("ChildProcessError", osError)
  static let connectionError = exception("ConnectionError", osError)
  static let brokenPipeError = exception("BrokenPipeError", connectionError)
  static let connectionAbortedError = exception("ConnectionAbortedError", connectionError)
  static let connectionRefusedError = exception("ConnectionRefusedError", connectionError)
  static let connectionResetError = exception("ConnectionResetError", connectionError)
  static let fileExistsError = exception("FileExistsError", osError)
  static let fileNotFoundError = exception("FileNotFoundError", osError)
  static let interruptedError = exception("InterruptedError", osError)
  static let isADirectoryError = exception("IsADirectoryError", osError)
  static let notADirectoryError = exception("NotADirectoryError", osError)
  static let permissionError = exception("PermissionError", osError)
  static let processLookupError = exception("ProcessLookupError", osError)
  static let timeoutError = exception("TimeoutError", osError)
  static let referenceError = exception("ReferenceError", exception)
  static let runtimeError = exception("RuntimeError", exception)
  static let notImplementedError = exception("NotImplementedError", runtimeError)
  static let recursionError = exception("RecursionError", runtimeError)
  static let stopAsyncIteration = exception("StopAsyncIteration", exception)
  static let stopIteration = exception("StopIteration", exception)
  static let syntaxError = exception("SyntaxError", exception)
  static let indentationError = exception("IndentationError", syntaxError)
  static let tabError = exception("TabError", indentationError)
  static let systemError = exception("SystemError", exception)
  static let typeError = exception("TypeError", exception)
  static let valueError = exception("ValueError", exception)
  static let unicodeError = exception("UnicodeError", valueError)
  static let unicodeDecodeError = exception("UnicodeDecodeError", unicodeError)
  static let unicodeEncodeError = exception("UnicodeEncodeError", unicodeError)
  static let unicodeTranslateError = exception("UnicodeTranslateError", unicodeError)
  static let warning = exception("Warning", exception)
  static let userWarning = exception("UserWarning", warning)
  static let deprecationWarning = exception("DeprecationWarning", warning)
  static let pendingDeprecationWarning = exception("PendingDeprecationWarning", warning)
  static let runtimeWarning = exception("RuntimeWarning", warning)
  static let syntaxWarning = exception("SyntaxWarning", warning)
  static let futureWarning = exception("FutureWarning", warning)
  static let resourceWarning = exception("ResourceWarning", warning)
  static let bytesWarning = exception("BytesWarning", warning)
  static let encodingWarning = exception("EncodingWarning", warning)
  static let importWarning = exception("ImportWarning", warning)
  static let unicodeWarning = exception("UnicodeWarning", warning)

  /// Every builtin exception class, in the order `builtins` lists them.
  static var exceptionTypes: [PyType] {
    [
      baseException, baseExceptionGroup, generatorExit, keyboardInterrupt, systemExit, exception,
      arithmeticError, floatingPointError, overflowError, zeroDivisionError, assertionError,
      attributeError, bufferError, eofError, exceptionGroup, importError, moduleNotFoundError,
      lookupError, indexError, keyError, memoryError, nameError, unboundLocalError, osError,
      blockingIOError, childProcessError, connectionError, brokenPipeError,
      connectionAbortedError, connectionRefusedError, connectionResetError, fileExistsError,
      fileNotFoundError, interruptedError, isADirectoryError, notADirectoryError,
      permissionError, processLookupError, timeoutError, referenceError, runtimeError,
      notImplementedError, recursionError, stopAsyncIteration, stopIteration, syntaxError,
      indentationError, tabError, systemError, typeError, valueError, unicodeError,
      unicodeDecodeError, unicodeEncodeError, unicodeTranslateError, warning, userWarning,
      deprecationWarning, pendingDeprecationWarning, runtimeWarning, syntaxWarning, futureWarning,
      resourceWarning, bytesWarning, encodingWarning, importWarning, unicodeWarning,
    ]
  }
}
