// `heapq`: the heap functions in Swift with the sift order of
// Modules/_heapqmodule.c (so heaps print as CPython's do), and nlargest,
// nsmallest and merge in Python on top of them.

enum HeapqModule {
  static func make(_ vm: VM) throws(PyException) -> PyModule {
    try PreludeModule.make(
      vm, name: "heapq", source: HeapqPrelude.source,
      natives: [
        ("heappush", heappush), ("heappop", heappop), ("heapify", heapify),
        ("heapreplace", heapreplace), ("heappushpop", heappushpop),
      ])
  }

  /// The list argument, or CPython's TypeError naming `what`.
  private static func heapList(_ v: Value, _ what: String) throws(PyException) -> PyList {
    guard let l = v.as(PyList.self) else {
      throw PyException.typeError("\(what) must be list, not \(v.typeName)")
    }
    return l
  }

  private static func less(_ vm: VM, _ a: Value, _ b: Value) throws(PyException) -> Bool {
    if case .int(let x) = a, case .int(let y) = b { return x < y }
    return try vm.isTrue(try vm.compare(.less, a, b))
  }

  /// Moves the item at `pos` up towards `start` while it is smaller than
  /// its parent (`_siftdown` in CPython's naming).
  static func siftDown(_ vm: VM, _ heap: PyList, _ start: Int, _ startPos: Int) throws(PyException) {
    var pos = startPos
    guard pos < heap.items.count else { throw PyException.indexError("list index out of range") }
    let newItem = heap.items[pos]
    let size = heap.items.count
    while pos > start {
      let parentPos = (pos - 1) >> 1
      let parent = heap.items[parentPos]
      let smaller = try less(vm, newItem, parent)
      if heap.items.count != size {
        throw PyException.runtimeError("list changed size during iteration")
      }
      if !smaller { break }
      heap.items[pos] = parent
      pos = parentPos
    }
    heap.items[pos] = newItem
  }

  /// Moves the smaller child up until a leaf is reached, puts the item at
  /// `startPos` there, then sifts it back down (`_siftup`).
  static func siftUp(_ vm: VM, _ heap: PyList, _ startPos: Int) throws(PyException) {
    let end = heap.items.count
    guard startPos < end else { throw PyException.indexError("list index out of range") }
    var pos = startPos
    let newItem = heap.items[pos]
    var child = 2 * pos + 1
    while child < end {
      let right = child + 1
      if right < end {
        let leftSmaller = try less(vm, heap.items[child], heap.items[right])
        if heap.items.count != end {
          throw PyException.runtimeError("list changed size during iteration")
        }
        if !leftSmaller { child = right }
      }
      heap.items[pos] = heap.items[child]
      pos = child
      child = 2 * pos + 1
    }
    heap.items[pos] = newItem
    try siftDown(vm, heap, startPos, pos)
  }

  static func heappush(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("heappush", 2, 2)
    let heap = try heapList(a[0], "heappush() argument 1")
    heap.items.append(a[1])
    try siftDown(vm, heap, 0, heap.items.count - 1)
    return .none
  }

  static func heappop(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let heap = try heapList(try args.one("heappop"), "heappop() argument")
    guard let last = heap.items.popLast() else { throw PyException.indexError("index out of range") }
    if heap.items.isEmpty { return last }
    let result = heap.items[0]
    heap.items[0] = last
    try siftUp(vm, heap, 0)
    return result
  }

  static func heapreplace(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("heapreplace", 2, 2)
    let heap = try heapList(a[0], "heapreplace() argument 1")
    guard !heap.items.isEmpty else { throw PyException.indexError("index out of range") }
    let result = heap.items[0]
    heap.items[0] = a[1]
    try siftUp(vm, heap, 0)
    return result
  }

  static func heappushpop(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let a = try args.positional("heappushpop", 2, 2)
    let heap = try heapList(a[0], "heappushpop() argument 1")
    guard let top = heap.items.first else { return a[1] }
    guard try less(vm, top, a[1]) else { return a[1] }
    guard !heap.items.isEmpty else { throw PyException.indexError("index out of range") }
    let result = heap.items[0]
    heap.items[0] = a[1]
    try siftUp(vm, heap, 0)
    return result
  }

  static func heapify(_ vm: VM, _ args: Args) throws(PyException) -> Value {
    let heap = try heapList(try args.one("_heapq.heapify"), "heapify() argument")
    var i = heap.items.count / 2 - 1
    while i >= 0 {
      try siftUp(vm, heap, i)
      i -= 1
    }
    return .none
  }
}

/// The Python half of heapq.
enum HeapqPrelude {
  static let source = #"""
"""Heap queue algorithm (a.k.a. priority queue)."""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def merge(*iterables, key=None, reverse=False):
    """Merge multiple sorted inputs into a single sorted output."""
    sources = []
    for it in iterables:
        it = iter(it)
        for first in it:
            sources.append([first, first if key is None else key(first), it])
            break
    while sources:
        best = 0
        for i in range(1, len(sources)):
            if reverse:
                if sources[best][1] < sources[i][1]:
                    best = i
            elif sources[i][1] < sources[best][1]:
                best = i
        entry = sources[best]
        yield entry[0]
        for value in entry[2]:
            entry[0] = value
            entry[1] = value if key is None else key(value)
            break
        else:
            del sources[best]


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = min(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset."""
    if n <= 0:
        return []
    if n == 1:
        it = iter(iterable)
        sentinel = object()
        result = max(it, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    return sorted(iterable, key=key, reverse=True)[:n]
"""#
}
