/// asyncio's queues, in Python: Queue, PriorityQueue, LifoQueue and their
/// QueueEmpty/QueueFull (asyncio.queues), built on the loop futures and
/// the Event of the locks part.
///
/// Getters and putters wait in FIFO lists; a waiter woken and then
/// cancelled hands its turn on, as in CPython 3.11.7's queues.py. The
/// heap of PriorityQueue orders equal items as `heapq` does. The code is
/// Coro's own.
extension AsyncioPrelude {
  static let queuesSource = #"""
class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when the Queue.put_nowait() method is called on a full Queue."""
    __module__ = 'asyncio.queues'


class Queue(_LoopBoundMixin):
    """A FIFO queue for coroutines; put() waits while it is full (maxsize
    > 0), get() while it is empty; join() until task_done() was called
    for every item."""
    __module__ = 'asyncio.queues'

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = []
        self._putters = []
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    # The storage; PriorityQueue and LifoQueue change these three. (CPython
    # keeps a deque; here a list whose items before _head were taken, cut
    # off now and then, so that a get is O(1) however long the queue.)
    _head = 0

    def _init(self, maxsize):
        self._queue = []
        self._head = 0

    def _get(self):
        queue = self._queue
        head = self._head
        item = queue[head]
        queue[head] = None
        head += 1
        if head >= 64 and head * 2 >= len(queue):
            del queue[:head]
            head = 0
        elif head == len(queue):
            queue.clear()
            head = 0
        self._head = head
        return item

    def _put(self, item):
        self._queue.append(item)

    def _wakeup_next(self, waiters):
        while waiters:
            waiter = waiters.pop(0)
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return f'<{type(self).__name__} at {id(self):#x} {self._format()}>'

    def __str__(self):
        return f'<{type(self).__name__} {self._format()}>'

    def _format(self):
        result = f'maxsize={self._maxsize!r}'
        if getattr(self, '_queue', None) and self.qsize():
            result += f' _queue={list(self._queue)[self._head:]!r}'
        if self._getters:
            result += f' _getters[{len(self._getters)}]'
        if self._putters:
            result += f' _putters[{len(self._putters)}]'
        if self._unfinished_tasks:
            result += f' tasks={self._unfinished_tasks}'
        return result

    def qsize(self):
        return len(self._queue) - self._head

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return self.qsize() == 0

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = self._get_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except:
                putter.cancel()
                if putter in self._putters:
                    self._putters.remove(putter)
                if not self.full() and not putter.cancelled():
                    # Woken but cancelled: let the next putter in.
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = self._get_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except:
                getter.cancel()
                if getter in self._getters:
                    self._getters.remove(getter)
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


def _sift_toward_root(heap, start, pos):
    # Moves heap[pos] up while it is smaller than its parent.
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        if item < heap[parent]:
            heap[pos] = heap[parent]
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_to_leaf(heap, pos):
    # Walks the hole at pos down to a leaf along the smaller children,
    # then settles the item on the way back up (heapq's algorithm).
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_toward_root(heap, start, pos)


class PriorityQueue(Queue):
    """A Queue that returns the smallest item first."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)
        _sift_toward_root(self._queue, 0, len(self._queue) - 1)

    def _get(self):
        last = self._queue.pop()
        if not self._queue:
            return last
        first = self._queue[0]
        self._queue[0] = last
        _sift_to_leaf(self._queue, 0)
        return first


class LifoQueue(Queue):
    """A Queue that returns the most recently added item first."""
    __module__ = 'asyncio.queues'

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
"""#
}
