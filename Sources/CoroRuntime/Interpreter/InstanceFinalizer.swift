/// `__del__`: called when the last reference to an instance goes away,
/// which Swift's reference counting tells at the same moment CPython's
/// does. An exception it raises is printed as CPython's "Exception ignored
/// in: <function C.__del__ ...>" and otherwise ignored.
enum InstanceFinalizer {
  static func finalize(_ standIn: PyInstance, _ finalizer: Value) {
    guard let interpreter = Interpreter.current, let vm = interpreter.mainVM else { return }
    do throws(PyException) {
      _ = try vm.callMethod(finalizer, .object(standIn), [])
    } catch {
      let described = (try? vm.repr(finalizer)) ?? "<function __del__>"
      interpreter.writeUnraisable(error, context: "Exception ignored in: \(described)")
    }
  }
}

extension Interpreter {
  /// At exit the main module's namespace, its functions and classes form a
  /// cycle that CPython's final garbage collection finds; it calls the
  /// `__del__` of every object in that garbage first (PEP 442), oldest
  /// first, while the globals are still intact. Done only once a class
  /// with `__del__` exists, the only way it can be seen.
  func finalizeGlobalsAtExit() {
    guard classesWithFinalizers, let main = modules["__main__"], let vm = mainVM else { return }
    var found: [PyInstance] = []
    var seen: Set<ObjectIdentifier> = []
    var pending: [Value] = main.dict.values
    while let value = pending.popLast() {
      guard case .object(let o) = value, seen.insert(ObjectIdentifier(o)).inserted else { continue }
      if let instance = o as? PyInstance {
        if instance.type.finalizer != nil { found.append(instance) }
        pending.append(contentsOf: instance.dict.values)
        if let slots = instance.slotValues { pending.append(contentsOf: slots.values) }
      } else if let list = o as? PyList {
        pending.append(contentsOf: list.items)
      } else if let tuple = o as? PyTuple {
        pending.append(contentsOf: tuple.items)
      } else if let dict = o as? PyDict {
        for entry in dict.liveEntries { pending.append(entry.key); pending.append(entry.value) }
      } else if let type = o as? PyType, !type.isBuiltin {
        pending.append(contentsOf: type.dict.values)
      }
    }
    for instance in found.sorted(by: { $0.serial < $1.serial }) {
      guard let finalizer = instance.claimFinalizer() else { continue }
      do throws(PyException) {
        _ = try vm.callMethod(finalizer, .object(instance), [])
      } catch {
        let described = (try? vm.repr(finalizer)) ?? "<function __del__>"
        writeUnraisable(error, context: "Exception ignored in: \(described)", showsSource: false)
      }
    }
    stdout.flush()
  }
}
