"""Child process for the kill test: types into the organization name without end.

Prints ``ACK <text>`` each time an edit has reached the file.
"""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app import model

from ui.main import Controller, make_application

app = make_application(offscreen=True)
controller = Controller()
window = controller.open(Path(sys.argv[1]))
assert window is not None
field = window.pages[0].bindings["org_name"].widget
field.setFocus()


def acknowledge() -> None:
    print("ACK", window.doc.section(model.Application).org_name, flush=True)


def type_one() -> None:
    event = QInputMethodEvent("", [])
    event.setCommitString("标")
    QApplication.sendEvent(field, event)


window.session.saved.connect(acknowledge)
timer = QTimer(interval=30)
timer.timeout.connect(type_one)
timer.start()
app.exec()
