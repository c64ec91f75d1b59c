"""Extract, format and print information about Python exceptions.

gilpy's traceback module formats with the interpreter's own report (the
_traceback module), which is CPython's format: the chain of causes and
contexts, one entry per frame with the source line and carets, and the
final "Type: message" line. Frame-level inspection (extract_tb,
walk_stack, StackSummary) is not available.
"""

import sys
import _traceback

__all__ = ['format_exc', 'format_exception', 'format_exception_only',
           'print_exc', 'print_exception', 'print_last']

_sentinel = object()


def _exception_of(exc, value):
    if value is _sentinel:
        return exc
    return value


def _check_options(limit, chain):
    if limit is not None or not chain:
        raise NotImplementedError("gilpy's traceback formats whole chains only (limit=None, chain=True)")


def _lines(text):
    return text.splitlines(keepends=True)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    """Format a stack trace and the exception information, as a list of strings."""
    _check_options(limit, chain)
    value = _exception_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    return _lines(_traceback.format_exception(value))


def format_exception_only(exc, /, value=_sentinel):
    """Format the exception part of a traceback: the 'Type: message' lines."""
    value = _exception_of(exc, value)
    if value is None:
        return ['NoneType: None\n']
    saved = value.__traceback__
    try:
        value.__traceback__ = None
        cause, context = value.__cause__, value.__context__
        suppress = value.__suppress_context__
        value.__cause__ = None
        value.__context__ = None
        try:
            return _lines(_traceback.format_exception(value))
        finally:
            value.__cause__ = cause
            value.__context__ = context
            value.__suppress_context__ = suppress
    finally:
        value.__traceback__ = saved


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None, chain=True):
    """Print exception information and stack trace entries to file (sys.stderr)."""
    if file is None:
        file = sys.stderr
    for line in format_exception(exc, value, tb, limit, chain):
        print(line, file=file, end="")


def format_exc(limit=None, chain=True):
    """Like print_exc() but return a string."""
    return "".join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    """Print the exception being handled (sys.exception()) to file."""
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)


def print_last(limit=None, file=None, chain=True):
    """Print the last uncaught exception (sys.last_exc)."""
    if not hasattr(sys, "last_exc") and not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    exc = getattr(sys, "last_exc", None)
    if exc is None:
        exc = sys.last_value
    print_exception(exc, limit=limit, file=file, chain=chain)
