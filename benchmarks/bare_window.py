"""The floor for start-up: a bare PySide6 window (QApplication and an empty QWizard),
printing ``PAINTED`` once it is painted, as the application does under its benchmark."""

import sys

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWizard


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint and watched is wizard:
            print("PAINTED bare", flush=True)
            QTimer.singleShot(0, app.quit)
        return False


app = QApplication(sys.argv[:1])
wizard = QWizard()
watcher = FirstPaint()
app.installEventFilter(watcher)
wizard.show()
sys.exit(app.exec())
