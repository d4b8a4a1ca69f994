/// Objects an interpreter must be able to list while they are alive, in
/// creation order, without keeping them alive: tasks (for
/// `asyncio.all_tasks()` and the "destroyed but pending" report at exit)
/// and coroutines that have not started (for the "never awaited" warnings
/// CPython's final collection prints at exit).
///
/// CPython uses weak references. Swift weak references would give every
/// such object a side table, which sends each of its retains and releases
/// down the runtime's slow path; instead the objects form an intrusive
/// doubly linked list through unowned links, and each object unlinks
/// itself before it dies (`deinit`), so a link never outlives its target.
/// Insertion and removal are O(1).
protocol RegistryLinked: AnyObject {
  var registryPrevious: Self? { get set }
  var registryNext: Self? { get set }
  var isRegistered: Bool { get set }
}

final class LiveObjectRegistry<Element: RegistryLinked> {
  private unowned(unsafe) var first: Element?
  private unowned(unsafe) var last: Element?

  func insert(_ object: Element) {
    object.registryPrevious = last
    object.registryNext = nil
    if let last { last.registryNext = object } else { first = object }
    last = object
    object.isRegistered = true
  }

  func remove(_ object: Element) {
    guard object.isRegistered else { return }
    if let previous = object.registryPrevious {
      previous.registryNext = object.registryNext
    } else {
      first = object.registryNext
    }
    if let next = object.registryNext {
      next.registryPrevious = object.registryPrevious
    } else {
      last = object.registryPrevious
    }
    object.registryPrevious = nil
    object.registryNext = nil
    object.isRegistered = false
  }

  /// The live objects, oldest first (strong references, safe to keep).
  var all: [Element] {
    var out: [Element] = []
    var cursor = first
    while let object = cursor {
      out.append(object)
      cursor = object.registryNext
    }
    return out
  }
}
