"""Emitting a Qt signal from Python without PySide 6.12's reference leak on ``True``.

``SignalInstance.emit`` of PySide6 6.12.0 returns ``True`` without taking a reference
to it: every emit from Python takes one of ``True``'s references away, and once they
are used up (a few thousand emits: a morning of typing in a list) Python aborts with
"bool_dealloc: deallocating True or False". ``emit`` gives the reference back, and
only where this PySide takes it (a probe at import), so a fixed PySide needs nothing.
"""

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    fired = Signal()


def _leaks() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    probe.fired.emit()
    return sys.getrefcount(True) < before


_LEAKS = _leaks()
if _LEAKS:  # (the probe's own emit took one)
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))


def emit(signal: Any, *args: Any) -> None:
    """``signal.emit(*args)``, keeping Python's count of references to ``True`` right."""
    result = signal.emit(*args)
    if _LEAKS and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
