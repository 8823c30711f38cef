"""The comparison of two versions in the window, and the choice of two files to compare.

``CompareWindow`` lists the changes (``app.compare``) in the wizard's step order, with
the count per step; when the new side is the open file, each change is a link to its
place (as the check page links its findings), else the lines are plain. A long text's
changed sentences follow its line, removed words struck through, added ones
underlined. 打印修改清单 writes the change list PDF (``app.pdf.changes``) in the
application's document script. Both windows are modeless: the user goes back and
forth between the list and the form.
"""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import compare, paths
from app.compare_source import Version, compare_versions
from app.compare_text import line
from app.steps import STEPS, step_title
from app.text_diff import ADDED, REMOVED, changed_sentences

from ui import window_fit
from ui.i18n import TITLE, _

GO_LINK = "change:"
SENTENCES_SHOWN = 8  # of one long text in the window; the rest counted
REMOVED_COLOUR, ADDED_COLOUR = "#a12222", "#0b6b2f"


def _title(text: str) -> str:
    return _(text, TITLE)


def change_lines(result: compare.Comparison) -> dict[str, list[str]]:
    """Each step's lines as the window says them (its language), in step order."""
    return {step: [line(change, _, result.org_type, _title) for change in changes]
            for step, changes in result.by_step().items()}


class CompareWindow(QDialog):
    """The changes from ``old`` to ``new``; ``go`` shows a change's place in the form."""

    def __init__(self, old: Version, new: Version, script: str,
                 go: Callable[[compare.Change], None] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.old, self.new, self.go, self.script = old, new, go, script
        self.result = compare_versions(old, new)
        self.setWindowTitle(_("比较：{old} → {new}").format(old=old.label, new=new.label))
        window_fit.fit(self, 760, 620)
        sides = QLabel(_("旧版本：{old}（校验码 {a}）<br>新版本：{new}（校验码 {b}）").format(
            old=html.escape(old.label), a=old.checksum, new=html.escape(new.label), b=new.checksum))
        sides.setWordWrap(True)
        self.summary = QLabel(self._summary())
        self.summary.setWordWrap(True)
        self.view = QTextBrowser()
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._follow)
        self.view.setHtml(self.page_html())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = buttons.addButton(_("输出修改清单（PDF）…"),
                                              QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.clicked.connect(self.save_pdf)
        self.print_button.setEnabled(bool(self.result))
        buttons.rejected.connect(self.close)
        self.saved = QLabel()
        self.saved.setWordWrap(True)
        self.saved.setOpenExternalLinks(False)
        self.saved.linkActivated.connect(lambda link: self._open(Path(link)))
        layout = QVBoxLayout(self)
        layout.addWidget(sides)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.saved)
        layout.addWidget(buttons)

    def _summary(self) -> str:
        if not self.result:
            return "<b>" + _("两个版本内容相同，没有修改。") + "</b>"
        titles = {s.key: _(step_title(s, self.result.org_type), TITLE) for s in STEPS}
        counts = _("；").join(_("{step} {n} 处").format(step=titles.get(k, k), n=n)
                             for k, n in self.result.counts().items())
        text = _("共 {n} 处修改：{counts}。").format(n=len(self.result), counts=counts)
        if self.go is not None:
            text += "<br>" + _("点击一处修改可转到相应位置。")
        return text

    def page_html(self) -> str:
        """The changes by step, each a link when its place can be shown."""
        parts: list[str] = []
        number = 0
        titles = {s.key: _(step_title(s, self.result.org_type), TITLE) for s in STEPS}
        for step, changes in self.result.by_step().items():
            heading = _("{step}（{n} 处）").format(step=titles.get(step, step), n=len(changes))
            parts.append(f"<h3>{html.escape(heading)}</h3><ol>")
            for change in changes:
                text = html.escape(line(change, _, self.result.org_type, _title))
                if self.go is not None and change.kind != compare.REMOVED:
                    text = f"<a href='{GO_LINK}{number}'>{text}</a>"
                parts.append(f"<li>{text}{self._sentences(change)}</li>")
                number += 1
            parts.append("</ol>")
        return "".join(parts)

    def _sentences(self, change: compare.Change) -> str:
        if change.kind != compare.CHANGED or not compare.is_long_text(change.section, change.field):
            return ""
        found = changed_sentences(str(change.old or ""), str(change.new or ""))
        rows = []
        for sentence in found[:SENTENCES_SHOWN]:
            runs = []
            for piece in sentence.pieces:
                text = html.escape(piece.text)
                if piece.kind == REMOVED:
                    runs.append(f"<s style='color:{REMOVED_COLOUR}'>{text}</s>")
                elif piece.kind == ADDED:
                    runs.append(f"<u style='color:{ADDED_COLOUR}'>{text}</u>")
                else:
                    runs.append(text)
            rows.append("<br>— " + "".join(runs))
        if len(found) > SENTENCES_SHOWN:
            rows.append("<br>" + html.escape(_("另有 {n} 句修改。").format(n=len(found) - SENTENCES_SHOWN)))
        return "".join(rows)

    def _follow(self, url: QUrl) -> None:
        link = url.toString()
        if self.go is not None and link.startswith(GO_LINK):
            self.go(self.result.changes[int(link.removeprefix(GO_LINK))])

    def ask_pdf_path(self) -> Path | None:
        default = paths.documents_dir() / _("{name}-修改清单.pdf").format(name=Path(self.new.label).stem)
        chosen, _filter = QFileDialog.getSaveFileName(self, _("输出修改清单"), str(default), "PDF (*.pdf)")
        return Path(chosen) if chosen else None

    def save_pdf(self) -> Path | None:
        """Write the change list where the user says; the link opens it."""
        target = self.ask_pdf_path()
        if target is None:
            return None
        from app.pdf.changes import Side, render_changes

        org_name = str((self.new.data.get("application") or {}).get("org_name") or "")
        pdf = render_changes(self.result, Side(self.old.label, self.old.checksum),
                             Side(self.new.label, self.new.checksum), org_name, self.script)
        try:
            from app.files import write_atomically

            write_atomically(target, pdf)
        except OSError as error:
            self.saved.setText(html.escape(_("无法写入「{name}」：{reason}").format(
                name=target, reason=error.strerror or error)))
            return None
        self.saved.setText(_("已输出：") + f"<a href='{html.escape(str(target))}'>"
                           f"{html.escape(target.name)}</a>")
        return target

    def _open(self, path: Path) -> None:
        from ui.open_external import open_path

        open_path(path, _("修改清单"), self)


class ChooseVersions(QDialog):
    """Two versions to compare: application files, snapshots or exported folders."""

    chosen = Signal(object, object)  # the old and the new Path

    def __init__(self, current: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("与其他申报文件比较"))
        window_fit.fit(self, 640, 220)
        note = QLabel(_("选择两个版本：申报文件（.stoa）、快照，或“导出数据备份”所写的文件夹。"))
        note.setWordWrap(True)
        grid = QGridLayout()
        self.old_path, self.new_path = QLineEdit(), QLineEdit(str(current or ""))
        for row, (label, edit) in enumerate(((_("旧版本"), self.old_path),
                                             (_("新版本"), self.new_path))):
            grid.addWidget(QLabel(label), row, 0)
            grid.addWidget(edit, row, 1)
            file_button, folder_button = QPushButton(_("文件…")), QPushButton(_("文件夹…"))
            file_button.clicked.connect(lambda _c=False, e=edit: self._pick_file(e))
            folder_button.clicked.connect(lambda _c=False, e=edit: self._pick_folder(e))
            pickers = QHBoxLayout()
            pickers.addWidget(file_button)
            pickers.addWidget(folder_button)
            grid.addLayout(pickers, row, 2)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.compare_button = buttons.addButton(_("比较"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.compare_button.clicked.connect(self.submit)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(grid)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

    def _pick_file(self, edit: QLineEdit) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self, _("选择申报文件"), edit.text() or str(paths.documents_dir()),
            _("申报文件或导出数据 (*.stoa *.json)"))
        if chosen:
            edit.setText(chosen)

    def _pick_folder(self, edit: QLineEdit) -> None:
        chosen = QFileDialog.getExistingDirectory(self, _("选择导出的数据文件夹"),
                                                  edit.text() or str(paths.documents_dir()))
        if chosen:
            edit.setText(chosen)

    def submit(self) -> None:
        old, new = self.old_path.text().strip(), self.new_path.text().strip()
        if not old or not new:
            self.message.setText(_("请选择要比较的两个版本。"))
            return
        self.chosen.emit(Path(old), Path(new))
        self.close()
