"""Child process for test_instance: the first instance, reporting what it is handed."""

import sys
from pathlib import Path

from PySide6.QtCore import QTimer

from ui.instance import InstanceServer
from ui.main import Controller, make_application

app = make_application(offscreen=True)
controller = Controller()
server = InstanceServer(app)


def report(file: Path | None) -> None:
    controller.open_requested(file)
    names = [window.doc.path.name for window in controller.windows]
    print(f"OPEN {file} {names}", flush=True)


server.requested.connect(report)
print("LISTENING", flush=True)
QTimer.singleShot(int(sys.argv[1]) * 1000, app.quit)
sys.exit(app.exec())
