"""The three ways the window compares versions, and the way back to a change's place.

与当前比较 (a snapshot against the open file), 与上次输出比较 (the content the last outputs
were made from, kept with their record, against the open file) and 与其他申报文件比较 (any
two files or exported folders). When the new side is the open file, a change leads to
its field or row, as a finding of the check page does.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from app import compare, output_record, snapshots

from ui.i18n import _

if TYPE_CHECKING:
    from app.compare_source import Version

    from ui.compare_view import ChooseVersions, CompareWindow
    from ui.main_window import MainWindow


def place_in_form(change: compare.Change, new: dict[str, object]) -> tuple[str, str, int | None, str]:
    """(step, mark, row id, column) of ``change`` in the open file (the new side)."""
    from app import exchange  # (loads the ORM: not before the window shows)

    step, place = compare.step_of(change), compare.place_of(change)
    section = change.section
    if place == "applicant_member":
        return step, change.field or "", None, ""
    if section in exchange.SECTIONS:
        return step, _column(exchange.SECTIONS[section], change.field), None, ""
    table = exchange.LISTS.get(section)
    rows = new.get(section)
    row_id = None
    if change.kind != compare.REMOVED and isinstance(rows, list) and change.index is not None \
            and change.index < len(rows):
        found = rows[change.index].get(compare.ID)
        row_id = found if isinstance(found, int) else None
    column = _column(table, change.field) if table is not None and change.field else ""
    return step, place, row_id, column


def _column(table: object, field: str | None) -> str:
    from app import exchange  # (loads the ORM: not before the window shows)

    columns = {key: column for column, key in exchange.json_fields(table)}  # type: ignore[arg-type]
    return columns.get(field or "", field or "")


class Comparisons(QObject):
    """Opens comparison windows for ``window`` and keeps them while they are shown."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.open_windows: list[CompareWindow] = []
        self.chooser: ChooseVersions | None = None
        window.closed.connect(self.close_all)

    def close_all(self) -> None:
        """The form's window closes: its comparisons with it."""
        for shown in list(self.open_windows):
            shown.close()
        self.open_windows.clear()

    def current(self) -> Version:
        from app import compare_source  # (JSON schemas: only when a comparison is asked)

        self.window._flush_typing()  # noqa: SLF001 (what is being typed is content too)
        return compare_source.of_document(self.window.doc, _("当前内容"))

    def show(self, old: Version, new: Version, linked: bool) -> CompareWindow:
        from ui.compare_view import CompareWindow

        go = (lambda change: self.go(change, new.data)) if linked else None
        # A window of its own, not the form's child: the form comes in front of it when a
        # change's place is shown, and the user goes back and forth between the two.
        shown = CompareWindow(old, new, output_record.script_of(self.window.doc), go)
        shown.finished.connect(lambda _result, w=shown: self._forget(w))
        self.open_windows.append(shown)
        shown.show()
        return shown

    def _forget(self, shown: CompareWindow) -> None:
        if shown in self.open_windows:
            self.open_windows.remove(shown)

    def tell_refused(self, message: str) -> None:
        QMessageBox.warning(self.window, _("无法比较"), message)

    def with_snapshot(self, snapshot: snapshots.Snapshot) -> CompareWindow | None:
        """与当前比较: the snapshot against the open file."""
        from app import compare_source
        from app.compare_source import VersionRefused

        try:
            label = _("快照 {time}（{reason}）").format(
                time=f"{snapshot.taken:%Y-%m-%d %H:%M:%S}",
                reason=_(snapshots.REASONS.get(snapshot.reason, snapshot.reason)))
            old = compare_source.load(snapshot.path, label)
        except VersionRefused as error:
            self.tell_refused(str(error))
            return None
        return self.show(old, self.current(), linked=True)

    def with_last_output(self) -> CompareWindow | None:
        """与上次输出比较: what the last outputs show against the open file."""
        from app import compare_source
        from app.compare_source import Version

        old = compare_source.last_output(self.window.doc)
        if old is None:
            self.tell_refused(_("没有可比较的上次输出：还没有输出过申报书，或上次输出时未保存其内容"
                                "（用旧版本输出的）。输出一次后即可比较。"))
            return None
        record = output_record.read(self.window.doc)
        made = record.made if record is not None else ""
        old = Version(old.data, old.checksum, _("上次输出（{made}）").format(made=made), old.file_id)
        return self.show(old, self.current(), linked=True)

    def choose_files(self) -> ChooseVersions:
        """与其他申报文件比较: asks for two versions (the open file as the new one)."""
        from ui.compare_view import ChooseVersions

        self.chooser = ChooseVersions(self.window.doc.path, self.window)
        self.chooser.chosen.connect(self.with_files)
        self.chooser.show()
        return self.chooser

    def with_files(self, old_path: Path, new_path: Path) -> CompareWindow | None:
        from app.compare_source import VersionRefused

        try:
            old = self._version(old_path)
            new = self._version(new_path)
        except VersionRefused as error:
            self.tell_refused(str(error))
            return None
        return self.show(old, new, linked=self._is_open_file(new_path))

    def _is_open_file(self, path: Path) -> bool:
        try:
            return path.resolve() == self.window.doc.path.resolve()
        except OSError:
            return False

    def _version(self, path: Path) -> Version:
        """The open file as the window has it (what is being typed included), else read."""
        from app import compare_source
        from app.compare_source import Version

        if self._is_open_file(path):
            current = self.current()
            return Version(current.data, current.checksum, path.name, current.file_id)
        return compare_source.load(path)

    def go(self, change: compare.Change, new: dict[str, object]) -> None:
        """Show ``change``'s place in the form: its page, field or list row."""
        step, mark, row_id, column = place_in_form(change, new)
        self.window.go_to_key(step)
        self.window.current_page().focus_problem(mark, row_id, column)
        self.window.raise_()
        self.window.activateWindow()
