"""Start the window: fonts, translations, the start screen and one window per open file."""

import os
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from app import PRODUCT_NAME, __version__, choices, paths, recent
from app.document import ApplicationFile
from app.json_io import ImportRefused, import_json
from app.resources import resource_path
from app.samples import write_sample
from app.storage import FileRefused

from ui.fonts import register_fonts
from ui.i18n import _, install_qt_translations
from ui.main_window import MainWindow
from ui.start_window import StartWindow


def _quiet_offscreen_messages(kind: QtMsgType, context: QMessageLogContext, text: str) -> None:
    """The offscreen platform warns about window features it lacks; nothing to act on."""
    if "This plugin does not support" in text:
        return
    sys.stderr.write(text + "\n")


def make_application(offscreen: bool = False) -> QApplication:
    """The one QApplication, with our font, Qt's Chinese strings and the app's identity."""
    if offscreen:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        qInstallMessageHandler(_quiet_offscreen_messages)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName(PRODUCT_NAME)
    app.setApplicationVersion(__version__)
    icon = resource_path("icons", "app.png")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    install_qt_translations(app)
    register_fonts(app)
    return app


class Controller(QObject):
    """Moves the user between the start screen and application windows."""

    def __init__(self) -> None:
        super().__init__()
        self.start = StartWindow()
        self.start.new_requested.connect(self.new)
        self.start.open_requested.connect(self.open)
        self.start.sample_requested.connect(self.open_sample)
        self.start.import_requested.connect(self.import_backup)
        self.windows: list[MainWindow] = []

    def show_start(self) -> None:
        self.start.refresh_recent()
        self.start.show()
        self.start.raise_()

    def _refuse(self, message: str) -> None:
        QMessageBox.critical(self.start if self.start.isVisible() else None,
                             _("无法打开申报文件"), message)

    def _show(self, doc: ApplicationFile) -> MainWindow:
        recent.remember(doc.path)
        window = MainWindow(doc)
        window.start_requested.connect(self.show_start)
        window.closed.connect(lambda: self._closed(window))
        self.windows.append(window)
        window.show()
        self.start.hide()
        return window

    def _closed(self, window: MainWindow) -> None:
        if window in self.windows:
            self.windows.remove(window)
        if not self.windows:
            self.show_start()

    def open(self, path: Path) -> MainWindow | None:
        for window in self.windows:
            if window.doc.path.resolve() == Path(path).resolve():
                window.raise_()
                window.activateWindow()
                return window
        try:
            doc = ApplicationFile.open(path)
        except FileRefused as error:
            self._refuse(str(error))
            self.show_start()
            return None
        return self._show(doc)

    def new(self, org_type: str, path: Path) -> MainWindow | None:
        try:
            doc = ApplicationFile.create(path, org_type)
        except (FileRefused, OSError) as error:
            self._refuse(str(error))
            return None
        doc.touch_fill_date()
        return self._show(doc)

    def import_backup(self, source: Path, target: Path) -> MainWindow | None:
        """Restore a data backup (export-json folder or unpacked zip) as a new file."""
        try:
            import_json(source, target)
        except (ImportRefused, FileRefused, OSError) as error:
            QMessageBox.critical(self.start, _("无法导入数据备份"), str(error))
            return None
        return self.open(target)

    def open_sample(self, org_type: str) -> MainWindow | None:
        """Write a fresh copy of the sample to the documents folder and open it."""
        folder = paths.documents_dir()
        label = _(choices.ORG_TYPES[org_type])
        target = folder / f"示例-{label}.stoa"
        number = 2
        while target.exists():
            target = folder / f"示例-{label}-{number}.stoa"
            number += 1
        try:
            folder.mkdir(parents=True, exist_ok=True)
            doc = write_sample(org_type, target)
        except (FileRefused, ImportRefused, OSError) as error:
            self._refuse(str(error))
            return None
        return self._show(doc)


def run_gui(file: Path | None = None, self_test: bool = False,
            screenshots: Path | None = None) -> int:
    app = make_application(offscreen=self_test)
    if self_test:
        from ui.self_test import run_self_test

        return run_self_test(app, screenshots, file)
    controller = Controller()
    if file is not None:
        if controller.open(file) is None:
            controller.show_start()
    else:
        controller.show_start()
    return app.exec()
