/// Every live task of an interpreter, in creation order: what
/// `asyncio.all_tasks()` lists and what is reported as destroyed while
/// pending when the program ends.
///
/// CPython keeps a WeakSet. Swift weak references would give every task a
/// side table, which makes each retain and release of a task take the
/// runtime's slow path; instead the tasks form an intrusive doubly linked
/// list through unowned links, and a task unlinks itself in `deinit`, so a
/// link never outlives its task. Insertion and removal are O(1).
final class TaskRegistry {
  private unowned(unsafe) var first: PyTask?
  private unowned(unsafe) var last: PyTask?

  func insert(_ task: PyTask) {
    task.registryPrevious = last
    task.registryNext = nil
    if let last { last.registryNext = task } else { first = task }
    last = task
    task.isRegistered = true
  }

  func remove(_ task: PyTask) {
    guard task.isRegistered else { return }
    if let previous = task.registryPrevious { previous.registryNext = task.registryNext } else { first = task.registryNext }
    if let next = task.registryNext { next.registryPrevious = task.registryPrevious } else { last = task.registryPrevious }
    task.registryPrevious = nil
    task.registryNext = nil
    task.isRegistered = false
  }

  /// The live tasks, oldest first (strong references, safe to keep).
  var tasks: [PyTask] {
    var out: [PyTask] = []
    var cursor = first
    while let task = cursor {
      out.append(task)
      cursor = task.registryNext
    }
    return out
  }
}
