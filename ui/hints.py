"""Which problems a window holds back as quiet hints, so a new file does not open in red.

On a file made with 新建 in this window, an entry not made yet (``rules.Problem.missing``:
a required field or list still empty) is a grey hint, not an error, and not counted in the
step list, until the user has been in that field or list and left it, or has opened the
check page (where the outputs are made). An entry made wrong (a bad credit code, a bad
phone number) is an error at once, as is everything in a file opened from disk: that file
was worked on before, and what it lacks is the clerk's list of what is left to do.

What the user has left is remembered for the window's life, in memory only.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app import rules

from ui.marks import holds_focus

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class QuietHints(QObject):
    changed = Signal()  # a field was left or everything is shown now: mark again

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.quiet = False  # only a new file starts quiet (``start``)
        self.left: set[tuple[str, str]] = set()  # (step, field or list) the user has left
        QApplication.instance().focusChanged.connect(self._focus_moved)  # type: ignore[attr-defined]
        window.stack.currentChanged.connect(self._page_shown)

    def start(self) -> None:
        """The window shows a file just made: entries not made yet start as hints."""
        self.quiet = True

    def show_all(self) -> None:
        if self.quiet:
            self.quiet = False
            self.changed.emit()

    def is_quiet(self, problem: rules.Problem) -> bool:
        return (self.quiet and problem.missing
                and (problem.step, problem.field) not in self.left)

    def _page_shown(self, _index: int) -> None:
        page = self.window.stack.currentWidget()
        if getattr(page, "key", "") == "check":
            self.show_all()

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        # (No new widget: the window lost the focus to another program, nothing was left.)
        if not self.quiet or old is None or new is None:
            return
        for page in self.window.pages:
            if not page.built or not holds_focus(page, old):
                continue
            for key, mark in page.marks.items():
                area = mark.target()
                if (page.key, key) in self.left or not holds_focus(area, old) or holds_focus(area, new):
                    continue
                self.left.add((page.key, key))
                binding = page.bindings.get(key)
                if binding is not None:
                    binding.flush()  # (so what was just typed is checked, not flagged red)
                self.changed.emit()
