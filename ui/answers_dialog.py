"""成员 → 导入成员回执: what each returned workbook would change, member by member, field
by field (old → new, new rows, removed rows) with the cells that could not be taken
marked; the lead ticks what to accept, and the merge is one undo step, snapshotted first."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import hant
from app.packets import merge
from app.packets.reading import AnswerRefused, read_answer

from ui import window_fit
from ui.edits import EditCommand
from ui.i18n import _, current_language

if TYPE_CHECKING:
    from ui.edits import EditSession

PROBLEM = QColor("#b03a2e")
REFUSED = QColor("#c0392b")


class MergeAnswers(EditCommand):
    """The accepted changes of the members' answers: one undo step, each way one
    transaction (``app.packets.merge``)."""

    def __init__(self, session: EditSession, chosen: list[tuple[merge.Preview, list[merge.Item]]]) -> None:
        super().__init__(session, _("导入成员回执"))
        self.chosen = chosen
        self.applied: merge.Applied | None = None

    def apply(self) -> None:
        with self.session.deferred():
            self.applied = merge.apply(self.doc, self.chosen)

    def revert(self) -> None:
        if self.applied is not None:
            with self.session.deferred():
                self.applied.revert(self.doc)


def script() -> str:
    """The script of the change lines: Traditional in the 繁體 window, else Simplified
    (the form's own words; values stay as typed)."""
    return hant.TRADITIONAL if current_language() == hant.TRADITIONAL else hant.SIMPLIFIED


class AnswersDialog(QDialog):
    """One branch per workbook: its member and changes (ticked) and problems (marked)."""

    def __init__(self, session: EditSession, workbooks: list[Path],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(_("导入成员回执"))
        window_fit.fit(self, 820, 560)
        self.previews: list[merge.Preview] = []
        self.refused: list[tuple[Path, str]] = []
        for path in workbooks:
            try:
                self.previews.append(merge.preview(session.doc, read_answer(path)))
            except AnswerRefused as error:
                self.refused.append((path, str(error)))
        layout = QVBoxLayout(self)
        note = QLabel(_("勾选要写入申报书的改动（默认全部）。标红的格子有误，未导入，"
                        "请与该单位核对后在申报书中直接修改。写入前会自动保存快照，写入后可撤销。"))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setWordWrap(True)
        layout.addWidget(self.tree, 1)
        self._fill()
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        every = buttons.addButton(_("全部接受"), QDialogButtonBox.ButtonRole.ActionRole)
        none = buttons.addButton(_("全部不接受"), QDialogButtonBox.ButtonRole.ActionRole)
        self.write_button = buttons.addButton(_("写入所选改动"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(_("取消"), QDialogButtonBox.ButtonRole.RejectRole)
        every.clicked.connect(lambda: self.tick_all(True))
        none.clicked.connect(lambda: self.tick_all(False))
        self.write_button.clicked.connect(self.write)
        buttons.rejected.connect(self.reject)
        self.write_button.setEnabled(bool(self.previews))
        layout.addWidget(buttons)

    def _fill(self) -> None:
        language = script()
        for number, result in enumerate(self.previews):
            top = QTreeWidgetItem([_("{member}（{file}）：{changes} 处改动，{problems} 处有误").format(
                member=result.member_name, file=result.answer.path.name,
                changes=len(result.items), problems=len(result.problems))])
            top.setFlags(top.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsAutoTristate)
            top.setCheckState(0, Qt.CheckState.Checked)
            self.tree.addTopLevelItem(top)
            for index, item in enumerate(result.items):
                child = QTreeWidgetItem([result.line(item, language)])
                child.setToolTip(0, child.text(0))
                child.setFlags(child.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked)
                child.setData(0, Qt.ItemDataRole.UserRole, (number, index))
                top.addChild(child)
            for problem in result.problems:
                child = QTreeWidgetItem(["⚠ " + problem.text()])
                child.setToolTip(0, problem.text())  # (the list of choices may run past the edge)
                child.setForeground(0, QBrush(PROBLEM))
                child.setFlags(Qt.ItemFlag.ItemIsEnabled)
                top.addChild(child)
            if not result.items and not result.problems:
                top.addChild(QTreeWidgetItem([_("与申报书一致，没有改动。")]))
            top.setExpanded(True)
        for path, reason in self.refused:
            item = QTreeWidgetItem(["✘ " + _("「{file}」未导入：{reason}").format(
                file=path.name, reason=reason)])
            item.setForeground(0, QBrush(REFUSED))
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.tree.addTopLevelItem(item)

    def tick_all(self, ticked: bool) -> None:
        state = Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked
        for number in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(number)
            if top.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                top.setCheckState(0, state)

    def chosen(self) -> list[tuple[merge.Preview, list[merge.Item]]]:
        """Each readable answer with its ticked changes (an answer with none ticked still
        counts as answered)."""
        picked: list[list[merge.Item]] = [[] for _result in self.previews]
        for number in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(number)
            for child_number in range(top.childCount()):
                child = top.child(child_number)
                where = child.data(0, Qt.ItemDataRole.UserRole)
                if where is not None and child.checkState(0) == Qt.CheckState.Checked:
                    result, index = where
                    picked[result].append(self.previews[result].items[index])
        return list(zip(self.previews, picked, strict=True))

    def write(self) -> None:
        """A snapshot of the file as it is, then the chosen changes as one undo step."""
        try:
            warning = self.session.doc.snapshot("merge")
        except (OSError, sqlite3.Error) as error:
            self.message.setText(_("写入前保存快照失败（{reason}），没有写入任何改动。").format(reason=error))
            return
        if warning:
            self.message.setText(warning)
        if self.session.push(MergeAnswers(self.session, self.chosen())):
            self.accept()
        else:
            self.message.setText(_("申报文件暂时无法写入，没有写入任何改动。请稍后再试。"))
