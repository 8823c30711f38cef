"""Opening a file or folder in another program, and saying so in the window when none can.

``QDesktopServices.openUrl`` returns False where the system has no program for the file
(no mail program for a ``.eml``, no file manager, no PDF reader) and prints the reason
only on the console: the clerk would click and see nothing. ``open_path`` tells them in
the window instead, with the path (selectable) and a 复制路径 button, so they can open
it by hand. ``show`` is the one place the message waits for a click: tests patch it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import _


class CannotOpen(QDialog):
    """无法打开: what, the path, and buttons to copy the path or close."""

    def __init__(self, path: Path, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path = path
        self.setWindowTitle(_("无法打开"))
        self.message = QLabel(_("没有找到可以打开{what}的程序：\n{path}\n\n"
                                "请复制路径，在文件管理器或相应的程序中打开它。").format(
            what=what, path=path))
        self.message.setWordWrap(True)
        self.message.setMinimumWidth(520)  # (a long path wrapped into a narrow column is hard to read)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(_("复制路径"))
        self.copy_button.clicked.connect(self.copy_path)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(_("关闭"), QDialogButtonBox.ButtonRole.RejectRole)
        close.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def copy_path(self) -> None:
        """The path on the clipboard; the message stays, to read on."""
        QGuiApplication.clipboard().setText(str(self.path))
        self.copy_button.setText(_("已复制路径"))


def show(dialog: CannotOpen) -> None:
    """Wait for the user to read it (tests replace this to look at the dialog instead)."""
    dialog.exec()


def open_path(path: Path, what: str, parent: QWidget | None = None) -> bool:
    """Open ``path`` in the program the system has for it; say so in the window when
    there is none. ``what`` names it in the message (邮件草稿, 文件夹, …)."""
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        return True
    show(CannotOpen(path, what, parent))
    return False


def open_link(link: str, parent: QWidget | None = None) -> bool:
    """A ``file:`` link of a label (the list of outputs): as ``open_path``."""
    url = QUrl(link)
    return open_path(Path(url.toLocalFile()), _("这个文件"), parent) if url.isLocalFile() \
        else QDesktopServices.openUrl(url)
