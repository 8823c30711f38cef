"""The Qt binding keeps Python's reference counts: PySide6 6.12.0 did not.

Each call of a void method (``setText``, ``setEnabled``…) gave back a reference to
``None`` it never took, and each ``emit`` one to ``True``: after a morning of typing
(some ten thousand calls) Python aborted with "none_dealloc". pyproject excludes that
release; this test fails, rather than the clerk's window aborting, if such a binding
is installed again.
"""

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QLabel

CALLS = 2000


class _Sender(QObject):
    fired = Signal(bool)


def test_void_calls_keep_the_references_to_none(qtbot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        label.setText("单位名称")
    assert before - sys.getrefcount(None) < CALLS // 10


def test_signals_keep_the_references_to_true(qtbot) -> None:
    sender = _Sender()
    received = []
    sender.fired.connect(received.append)
    before = sys.getrefcount(True)
    for _ in range(CALLS):
        sender.fired.emit(True)
    assert len(received) == CALLS
    assert before - sys.getrefcount(True) < CALLS // 10
