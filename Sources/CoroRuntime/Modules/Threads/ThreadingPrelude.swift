/// The `threading` module, written in Python on the `_thread` primitives
/// (as CPython's is). Behaviour follows CPython 3.11; the code is Coro's.
enum ThreadingPrelude {
  static let source = #"""
import _thread

TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
ThreadError = RuntimeError


def get_ident():
    return _thread.get_ident()


def get_native_id():
    return _thread.get_ident()


def RLock(*args, **kwargs):
    """A lock its owner may acquire again; released as often as acquired."""
    return _thread.RLock(*args, **kwargs)


class Condition:
    """Waiting until notified, under a lock."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self.acquire = lock.acquire
        self.release = lock.release
        # As CPython: a lock's own _release_save/_acquire_restore/_is_owned
        # (an RLock's) replace the generic ones below. (getattr with a
        # default asks without raising: a plain Lock has none of them.)
        method = getattr(lock, '_release_save', None)
        if method is not None:
            self._release_save = method
        method = getattr(lock, '_acquire_restore', None)
        if method is not None:
            self._acquire_restore = method
        method = getattr(lock, '_is_owned', None)
        if method is not None:
            self._is_owned = method
        self._waiters = []

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, state):
        self._lock.acquire()

    def _is_owned(self):
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _thread.allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got_it = False
        try:
            if timeout is None:
                waiter.acquire()
                got_it = True
            elif timeout > 0:
                got_it = waiter.acquire(True, timeout)
            else:
                got_it = waiter.acquire(False)
            return got_it
        finally:
            self._acquire_restore(saved)
            if not got_it:
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        end = None
        wait_time = timeout
        result = predicate()
        while not result:
            if wait_time is not None:
                if end is None:
                    end = _monotonic() + wait_time
                else:
                    wait_time = end - _monotonic()
                    if wait_time <= 0:
                        break
            self.wait(wait_time)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        waiters = self._waiters
        while waiters and n > 0:
            waiter = waiters.pop(0)
            try:
                waiter.release()
            except RuntimeError:
                pass
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    notifyAll = notify_all


class Semaphore:
    """A counter that blocks acquire() at zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        return "<%s at %s: value=%d>" % (type(self).__name__, hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        rc = False
        end = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    break
                if timeout is not None:
                    if end is None:
                        end = _monotonic() + timeout
                    else:
                        timeout = end - _monotonic()
                        if timeout <= 0:
                            break
                self._cond.wait(timeout)
            else:
                self._value -= 1
                rc = True
        return rc

    __enter__ = acquire

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            for i in range(n):
                self._cond.notify()

    def __exit__(self, t, v, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A semaphore that cannot be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            for i in range(n):
                self._cond.notify()


class Event:
    """A flag threads can wait for."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        status = "set" if self._flag else "unset"
        return "<%s at %s: %s>" % (type(self).__name__, hex(id(self)), status)

    def is_set(self):
        return self._flag

    isSet = is_set

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            signaled = self._flag
            if not signaled:
                signaled = self._cond.wait(timeout)
            return signaled


def _monotonic():
    import time
    return time.monotonic()


_counter = 0


def _newname(name_template="Thread-%d"):
    global _counter
    _counter += 1
    return name_template % _counter


_active = {}


class Thread:
    """A thread of execution: runs `target(*args, **kwargs)`, or `run()`."""

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        if kwargs is None:
            kwargs = {}
        if name:
            name = str(name)
        else:
            name = _newname("Thread-%d")
            if target is not None:
                try:
                    name += " (%s)" % target.__name__
                except AttributeError:
                    pass
        self._target = target
        self._name = name
        self._args = args
        self._kwargs = kwargs
        self._daemonic = daemon if daemon is not None else current_thread().daemon
        self._ident = None
        self._started = Event()
        self._is_stopped = False

    def __repr__(self):
        status = "initial"
        if self._started.is_set():
            status = "started"
        if self._is_stopped:
            status = "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    def start(self):
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        self._ident = _thread.start_new_thread(self._bootstrap, (), None, self._name)
        self._started.wait()

    def _bootstrap(self):
        _thread._set_thread_object(self)
        _active[self._ident] = self
        self._started.set()
        try:
            self.run()
        except SystemExit:
            pass
        except BaseException as exc:
            excepthook(_ExceptHookArgs(type(exc), exc, exc.__traceback__, self))
        finally:
            self._is_stopped = True
            _active.pop(self._ident, None)

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started.is_set():
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        _thread._join(self._ident, timeout)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    def is_alive(self):
        if self._is_stopped or not self._started.is_set():
            return False
        return _thread._is_alive(self._ident)

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = daemonic

    def isDaemon(self):
        return self.daemon

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self.name

    def setName(self, name):
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        self._target = None
        self._name = "MainThread"
        self._args = ()
        self._kwargs = {}
        self._daemonic = False
        self._ident = _thread._main_ident()
        self._started = Event()
        self._started._flag = True
        self._is_stopped = False

    def is_alive(self):
        return True


class _DummyThread(Thread):
    def __init__(self):
        self._target = None
        self._name = _thread._thread_name()
        self._args = ()
        self._kwargs = {}
        self._daemonic = True
        self._ident = get_ident()
        self._started = Event()
        self._started._flag = True
        self._is_stopped = False

    def is_alive(self):
        return True


_main_thread = _MainThread()
_active[_main_thread._ident] = _main_thread


def current_thread():
    t = _thread._thread_object()
    if t is not None:
        return t
    if get_ident() == _main_thread._ident:
        return _main_thread
    return _DummyThread()


currentThread = current_thread


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


activeCount = active_count


def enumerate():
    return list(_active.values())


class _ExceptHookArgs:
    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    import sys
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    print("Exception in thread %s:" % name, file=sys.stderr, flush=True)
    _print_exception(args.exc_value)


class local:
    """Attributes private to each thread."""

    def __init__(self):
        object.__setattr__(self, "_local__data", {})

    def _local__dict(self):
        data = object.__getattribute__(self, "_local__data")
        return data.setdefault(get_ident(), {})

    def __getattr__(self, name):
        d = object.__getattribute__(self, "_local__dict")()
        if name in d:
            return d[name]
        raise AttributeError("'_thread._local' object has no attribute '%s'" % name)

    def __setattr__(self, name, value):
        object.__getattribute__(self, "_local__dict")()[name] = value


class Timer(Thread):
    """Calls a function after a delay, unless cancelled."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()
"""#
}
