// traceback in Python: format/print an exception with the interpreter's own traceback
// printer (the native _format_exception), so they match what an uncaught exception shows.

enum TracebackPrelude {
  static let source = ##"""
"""Printing and formatting exceptions the way the interpreter shows them.

The text comes from Coro's own traceback printer (`_format_exception`), the
one that reports uncaught exceptions, so both always agree."""

import sys

__all__ = ['format_exc', 'format_exception', 'format_exception_only',
           'print_exc', 'print_exception', 'print_last']


def _exception_of(exc, value):
    # print_exception(exc) (3.10+) or print_exception(type, value, tb).
    if value is not None and not isinstance(exc, BaseException):
        return value
    return exc


def format_exception(exc, /, value=None, tb=None, limit=None, chain=True):
    """The lines print_exception would print, each ending in a newline."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    text = _format_exception(exc)
    return [line + '\n' for line in text.rstrip('\n').split('\n')]


def format_exception_only(exc, /, value=None):
    """The last line of the traceback: 'ValueError: message'."""
    exc = _exception_of(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    name = type(exc).__qualname__
    module = type(exc).__module__
    if module not in ('__main__', 'builtins'):
        name = module + '.' + name
    text = str(exc)
    return [f'{name}: {text}\n' if text else f'{name}\n']


def print_exception(exc, /, value=None, tb=None, limit=None, file=None, chain=True):
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end='')


def format_exc(limit=None, chain=True):
    """The current exception's traceback as a string."""
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, 'last_value'):
        raise ValueError("no last exception")
    print_exception(sys.last_value, limit=limit, file=file, chain=chain)
"""##
}
