"""Child process for test_quick_open: a start that opens a file, in a fresh interpreter.

At the window's first paint it notes whether the ORM has loaded and types into the
organization's name at once; it prints one JSON line once the file is open for good
and the steps are checked, then quits.
"""

import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from ui.main import Controller, make_application

app = make_application(offscreen=True)
controller = Controller(quick_open=True)
window = controller.open(Path(sys.argv[1]))
assert window is not None
seen: dict[str, object] = {"quick": not window.doc.ready}


def first_paint() -> None:
    seen["orm_at_paint"] = any(name in sys.modules for name in ("sqlalchemy", "sqlmodel"))
    field = window.pages[0].bindings["org_name"].widget
    seen["shown_name"] = field.text()
    field.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(sys.argv[2])
    QApplication.sendEvent(field, event)
    field.clearFocus()  # written now, not after the pause in typing


def report() -> None:
    if not window.doc.ready or "✔" not in window.steps.item(0).text() + window.steps.item(1).text():
        return
    seen["ready"] = True
    seen["steps"] = [window.steps.item(n).text() for n in range(window.steps.count())]
    print(json.dumps(seen, ensure_ascii=False), flush=True)
    window.close()
    app.quit()


window.first_painted.connect(first_paint)
poll = QTimer(interval=20)
poll.timeout.connect(report)
poll.start()
QTimer.singleShot(60_000, app.quit)
app.exec()
