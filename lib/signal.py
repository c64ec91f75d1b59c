"""Set handlers for asynchronous events.

gilpy's signal module: the C module _signal plus the Signals, Handlers
and Sigmasks enums CPython's signal.py adds. Handlers run only in the main
thread, between instructions; see src/vm/signals.h for how signals reach
them under each GIL policy.

The `frame` argument a handler receives is None: gilpy has no frame
objects.
"""

import _signal
from _signal import *
from enum import IntEnum as _IntEnum


def _members(predicate):
    # Sorted by (value, name), as CPython's IntEnum._convert_ does, so that
    # of two names for one number (SIGIOT/SIGABRT) the first is canonical.
    found = [(name, value) for name, value in vars(_signal).items() if predicate(name)]
    found.sort(key=lambda item: (item[1], item[0]))
    return found


Signals = _IntEnum('Signals', _members(
    lambda name: name.isupper() and name.startswith('SIG') and not name.startswith('SIG_')),
    module=__name__)
Handlers = _IntEnum('Handlers', _members(lambda name: name in ('SIG_DFL', 'SIG_IGN')), module=__name__)
Sigmasks = _IntEnum('Sigmasks', _members(lambda name: name in ('SIG_BLOCK', 'SIG_UNBLOCK', 'SIG_SETMASK')),
                    module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)


def _int_to_enum(value, enum_klass):
    """Convert a possible numeric value to an IntEnum member."""
    if not isinstance(value, int):
        return value
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _enum_to_int(value):
    """Convert an IntEnum member to a numeric value."""
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def signal(signalnum, handler):
    handler = _signal.signal(_enum_to_int(signalnum), _enum_to_int(handler))
    return _int_to_enum(handler, Handlers)


signal.__doc__ = _signal.signal.__doc__


def getsignal(signalnum):
    handler = _signal.getsignal(signalnum)
    return _int_to_enum(handler, Handlers)


def pthread_sigmask(how, mask):
    sigs_set = _signal.pthread_sigmask(how, mask)
    return set(_int_to_enum(x, Signals) for x in sigs_set)


def sigpending():
    return {_int_to_enum(x, Signals) for x in _signal.sigpending()}


def sigwait(sigset):
    retsig = _signal.sigwait(sigset)
    return _int_to_enum(retsig, Signals)


def valid_signals():
    return {_int_to_enum(x, Signals) for x in _signal.valid_signals()}
