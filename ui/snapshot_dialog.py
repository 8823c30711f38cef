"""文件 → 快照与恢复: the automatic snapshots of this application, and putting one back."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from app import snapshots

from ui import window_fit
from ui.i18n import _

if TYPE_CHECKING:
    from app.document import ApplicationFile


class SnapshotDialog(QDialog):
    """Lists the snapshots, newest first; ``chosen`` is the one to restore, if any."""

    def __init__(self, doc: ApplicationFile, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("快照与恢复"))
        window_fit.fit(self, 520, 420)
        self.chosen: snapshots.Snapshot | None = None
        self.compare_with: snapshots.Snapshot | None = None  # 与当前比较: shown once closed
        self.found = snapshots.list_for(doc.path)
        # Each is checked as a file being opened is: a damaged one is shown, marked, and
        # cannot be chosen (restoring it would fail, or put damage back).
        self.problems = [snapshots.problem(snapshot) for snapshot in self.found]
        note = QLabel(_("申报助手在打开文件时、编辑中每 10 分钟以及升级格式前自动保存快照，"
                        "每个申报文件保留最近 {n} 个（占用空间有上限）。恢复前会先为当前内容再保存一个快照，"
                        "因此恢复也可以撤回。").format(n=snapshots.KEEP))
        note.setWordWrap(True)
        self.list = QListWidget()
        for snapshot, problem in zip(self.found, self.problems, strict=True):
            try:
                size = snapshot.path.stat().st_size / 1024
            except OSError:
                size = 0
            text = _("{time}（{reason}）　{size} KB").format(
                time=f"{snapshot.taken:%Y-%m-%d %H:%M:%S}",
                reason=_(snapshots.REASONS.get(snapshot.reason, snapshot.reason)),
                size=f"{size:,.0f}")
            item = QListWidgetItem(text + (_("　已损坏，不能恢复") if problem else ""))
            item.setData(Qt.ItemDataRole.UserRole, snapshot)
            if problem:
                item.setToolTip(problem)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled & ~Qt.ItemFlag.ItemIsSelectable)
            self.list.addItem(item)
        if not self.found:
            self.list.addItem(_("还没有快照。"))
            self.list.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(_("恢复所选快照…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._restore)
        self.compare_button = buttons.addButton(_("与当前比较"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.compare_button.setEnabled(False)
        self.compare_button.clicked.connect(self._compare)
        buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(self._selected)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def confirm(self, snapshot: snapshots.Snapshot) -> bool:
        answer = QMessageBox.question(self, _("恢复快照"), _(
            "用 {label} 的快照替换当前内容？当前内容会先另存为一个快照。").format(label=snapshot.label))
        return answer == QMessageBox.StandardButton.Yes

    def _selected(self, row: int) -> None:
        self.restore_button.setEnabled(self._usable(row))
        self.compare_button.setEnabled(self._usable(row))

    def _compare(self) -> None:
        """The comparison opens beside the form once this dialog is closed."""
        row = self.list.currentRow()
        if self._usable(row):
            self.compare_with = self.found[row]
            self.reject()

    def _usable(self, row: int) -> bool:
        return 0 <= row < len(self.found) and not self.problems[row]

    def _restore(self) -> None:
        row = self.list.currentRow()
        if self._usable(row) and self.confirm(self.found[row]):
            self.chosen = self.found[row]
            self.accept()
