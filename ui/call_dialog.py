"""申报通知…: the call in use, loaded from a call file or typed from the notice, each fact
beside the 2021 call's so a changed one stands out; and the one line naming the call
that the start screen and the check page show.

The checks are ``app.call_check``'s: a typed call is checked as a file would be, and
marked as entered by hand, which the window then says wherever it names the call.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app import choices
from app.call import FIELDS, Call, CallField
from app.call_check import CallRefused, LoadedCall, from_fields, read_call
from app.files import write_atomically
from app.form_versions import FORM_VERSIONS

from ui import window_fit
from ui.i18n import _, call_text

WARNING_COLOUR = "#c0392b"
PROVENANCE = ("number", "issued")  # the notice's own number and date: where the facts come from


def call_words(value: str) -> str:
    """A title of the call in the window's language: as the catalogue has it (the bundled
    call's), else as the bureau wrote it, in Traditional characters in that window."""
    shown = _(value)
    return shown if shown != value else call_text(value)


def call_summary(call: Call, today: dt.date | None = None) -> str:
    """One line (rich text) naming ``call``: number, date, deadline and days left, and a
    warning in red when it has passed or when the call was typed by hand."""
    left = call.days_left(today)
    facts = {"number": call_text(call.number), "issued": call.issued.isoformat(),
             "deadline": call.deadline.isoformat()}
    if left >= 0:
        text = _("申报通知：{number}（{issued} 发布）。申报截止日期：{deadline}，还剩 {days} 天。").format(
            days=left, **facts)
    else:
        text = _("申报通知：{number}（{issued} 发布）。申报截止日期：{deadline}。").format(**facts)
        text += "<br><span style='color:{}; font-weight:bold'>{}</span>".format(
            WARNING_COLOUR, _("本轮申报已于 {date} 截止。仍可填写和输出申报书，报送前请先向市市场监管局确认。").format(
                date=call.deadline.isoformat()))
    if call.entered_by_hand:
        text += "<br><span style='color:{}'>{}</span>".format(
            WARNING_COLOUR, _("此申报通知是手工录入的，不是从通知文件载入的：请对照通知原文核对文号、日期、地址和邮箱。"))
    return text


def _shown(spec: CallField, call: Call) -> str:
    value = getattr(call, spec.key)
    if spec.kind == "date":
        return str(value.isoformat())
    if spec.kind == "types":
        return "、".join(_(choices.ORG_TYPES[t]) for t in value)
    return str(value)


class CallDialog(QDialog):
    """Shows ``current``; on accept, ``chosen`` is the call to use (``LoadedCall``)."""

    def __init__(self, current: Call, reference: Call, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("申报通知"))
        window_fit.fit(self, 860, 700)
        self.current, self.reference = current, reference
        self.chosen: LoadedCall | None = None
        self.loaded: LoadedCall | None = None  # from a file, while untouched since
        self.source = ""  # the file it came from
        layout = QVBoxLayout(self)
        intro = QLabel(_("新一轮申报的通知发布后，可载入发文机关提供的申报通知文件，或按通知原文逐项填写。"
                         "通知文号和发布日期是这些内容的出处，必须与通知原文一致。右列是 2021 年通知的内容，供对照。"))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.origin = QLabel()
        self.origin.setWordWrap(True)
        layout.addWidget(self.origin)
        grid_holder = QWidget()
        grid = QGridLayout(grid_holder)
        grid.addWidget(QLabel("<b>{}</b>".format(_("项目"))), 0, 0)
        grid.addWidget(QLabel("<b>{}</b>".format(_("本通知"))), 0, 1)
        grid.addWidget(QLabel("<b>{}</b>".format(_("2021 年通知"))), 0, 2)
        self.entries: dict[str, Any] = {}
        row = 1
        for spec in FIELDS:
            if spec.kind == "flag":
                continue
            label = _(spec.label) + (_("（出处）") if spec.key in PROVENANCE else "")
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(self._entry(spec), row, 1)
            before = QLabel(call_text(_shown(spec, reference)))  # (shown, not edited)
            before.setWordWrap(True)
            before.setStyleSheet("color: #666;")
            grid.addWidget(before, row, 2)
            row += 1
        grid.setColumnStretch(1, 3)
        grid.setColumnStretch(2, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_holder)
        layout.addWidget(scroll, 1)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {WARNING_COLOUR};")
        layout.addWidget(self.problems)
        buttons = QHBoxLayout()
        self.load_button = QPushButton(_("从通知文件载入…"))
        self.load_button.clicked.connect(self.choose_file)
        self.save_button = QPushButton(_("保存为通知文件…"))
        self.save_button.clicked.connect(self.choose_save)
        self.use_button = QPushButton(_("使用此申报通知"))
        self.use_button.setDefault(True)
        self.use_button.clicked.connect(self.use)
        cancel = QPushButton(_("取消"))
        cancel.clicked.connect(self.reject)
        for button in (self.load_button, self.save_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.use_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.show_call(current)
        self.loaded = LoadedCall(current)  # unchanged, it is the call in use as it is
        self._show_origin()

    def _entry(self, spec: CallField) -> QWidget:
        widget: QWidget
        if spec.kind == "types":
            widget = QWidget()
            row = QVBoxLayout(widget)  # (one under the other: English names are long)
            row.setContentsMargins(0, 0, 0, 0)
            boxes = {}
            for code, label in choices.ORG_TYPES.items():
                box = QCheckBox(_(label))
                box.toggled.connect(self._edited)
                row.addWidget(box)
                boxes[code] = box
            self.entries[spec.key] = boxes
            return widget
        if spec.kind == "form":
            combo = QComboBox()
            for key, version in FORM_VERSIONS.items():
                combo.addItem(key, key)
                combo.setItemData(combo.count() - 1, _(version.title), Qt.ItemDataRole.ToolTipRole)
            combo.currentIndexChanged.connect(self._edited)
            self.entries[spec.key] = combo
            return combo
        line = QLineEdit()
        line.setObjectName(f"call_{spec.key}")
        line.setPlaceholderText(_(spec.hint) if spec.hint else
                                "YYYY-MM-DD" if spec.kind == "date" else "")
        line.textEdited.connect(self._edited)
        self.entries[spec.key] = line
        return line

    def show_call(self, call: Call) -> None:
        """Fill every entry from ``call`` (not an edit by the user)."""
        for spec in FIELDS:
            entry = self.entries.get(spec.key)
            if entry is None:
                continue
            value = getattr(call, spec.key)
            if spec.kind == "types":
                for code, box in entry.items():
                    box.blockSignals(True)
                    box.setChecked(code in value)
                    box.blockSignals(False)
            elif spec.kind == "form":
                entry.blockSignals(True)
                entry.setCurrentIndex(max(0, entry.findData(value)))
                entry.blockSignals(False)
            else:
                entry.setText(_shown(spec, call))

    def values(self) -> dict[str, Any]:
        """What the entries hold, as a call file would (counts as integers when they are)."""
        out: dict[str, Any] = {}
        for spec in FIELDS:
            entry = self.entries.get(spec.key)
            if entry is None:
                continue
            if spec.kind == "types":
                out[spec.key] = [code for code, box in entry.items() if box.isChecked()]
            elif spec.kind == "form":
                out[spec.key] = entry.currentData()
            else:
                text = entry.text().strip()
                out[spec.key] = int(text) if spec.kind == "count" and text.isdigit() else text
        return out

    def _edited(self, *_args: object) -> None:
        self.loaded = None  # typed over: entered by hand from now on
        self.source = ""
        self.problems.clear()
        self._show_origin()

    def _show_origin(self) -> None:
        if self.loaded is None:
            self.origin.setText("<span style='color:{}'>{}</span>".format(
                WARNING_COLOUR, _("正在手工录入：使用后，窗口会注明此通知为手工录入。")))
        elif self.source:
            self.origin.setText(_("已从文件载入：{name}").format(name=self.source))
        else:
            self.origin.setText(_("当前使用的申报通知。"))

    def ask_open_path(self) -> Path | None:
        path, _filter = QFileDialog.getOpenFileName(
            self, _("载入申报通知文件"), "", _("申报通知文件 (*.json)"))
        return Path(path) if path else None

    def ask_save_path(self) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(
            self, _("保存为申报通知文件"), "", _("申报通知文件 (*.json)"))
        return Path(path) if path else None

    def choose_file(self) -> None:
        path = self.ask_open_path()
        if path is not None:
            self.load_file(path)

    def load_file(self, path: Path) -> bool:
        """Show the call in ``path``; its problems in the dialog if it is not one."""
        try:
            loaded = read_call(path)
        except CallRefused as error:
            self.problems.setText(str(error).replace("\n", "<br>"))
            return False
        self.show_call(loaded.call)
        self.loaded, self.source = loaded, path.name
        self.problems.setText("<br>".join(loaded.warnings))
        self._show_origin()
        return True

    def checked(self) -> LoadedCall | None:
        """The call as the dialog stands: the loaded one, or the typed facts checked."""
        if self.loaded is not None:
            return self.loaded
        try:
            return from_fields(self.values(), reference=self.reference)
        except CallRefused as error:
            self.problems.setText(str(error).replace("\n", "<br>"))
            return None

    def choose_save(self) -> None:
        found = self.checked()
        if found is None:
            return
        path = self.ask_save_path()
        if path is None:
            return
        try:
            write_atomically(path, found.call.to_text().encode("utf-8"))
        except OSError as error:
            self.problems.setText(_("无法写入「{name}」：{reason}").format(
                name=path, reason=error.strerror or error))

    def use(self) -> None:
        found = self.checked()
        if found is not None:
            self.chosen = found
            self.accept()
