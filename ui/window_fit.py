"""Every window within the screen it opens on, and the main window's place remembered.

A window sized for a large monitor opened on a 1366×768 laptop (or 1920×1080 at 150 %)
with its buttons and status line below the edge; a place remembered from a second
monitor would put it where no screen is. So every size asked for is bounded by the
screen's available area (without the taskbar), and a remembered place is pulled back
onto a screen that is there now.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication

from app import preferences

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

SCREEN_SHARE = 0.92  # a window asked for at its default size leaves some desktop around it
# What a window manager adds above a window (its title bar) and around it (its borders):
# a remembered place is kept this much inside the screen, so the title bar stays on it.
TITLE_ALLOWANCE, BORDER_ALLOWANCE = 32, 6


def available(widget: QWidget) -> QRect:
    """The area of ``widget``'s screen that windows may use (without the taskbar)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def fit(widget: QWidget, width: int, height: int) -> None:
    """Resize ``widget`` to ``width``×``height``, or to ``SCREEN_SHARE`` of the available
    screen in either direction where that is less."""
    room = available(widget)
    widget.resize(min(width, int(room.width() * SCREEN_SHARE)),
                  min(height, int(room.height() * SCREEN_SHARE)))


def overflow(widget: QWidget) -> str:
    """How far the window ``widget`` (frame and all) reaches beyond its screen's available
    area, said for the self-test; empty when it fits."""
    room, frame = available(widget), widget.frameGeometry()
    if frame.width() <= room.width() and frame.height() <= room.height():
        return ""
    return (f"{frame.width()}×{frame.height()} on a screen of "
            f"{room.width()}×{room.height()} available")


def _screen_area(rect: QRect) -> QRect | None:
    """The available area of the screen under the middle of ``rect``, if there is one."""
    screen = QGuiApplication.screenAt(rect.center())
    return screen.availableGeometry() if screen is not None else None


def pulled_in(rect: QRect, room: QRect) -> QRect:
    """``rect`` (a window without its frame) made to fit ``room`` frame and all: no
    larger, and moved onto it with its title bar below the top edge."""
    border, title = BORDER_ALLOWANCE, TITLE_ALLOWANCE
    width = min(rect.width(), room.width() - 2 * border)
    height = min(rect.height(), room.height() - title - border)
    left = max(room.left() + border, min(rect.left(), room.right() + 1 - border - width))
    top = max(room.top() + title, min(rect.top(), room.bottom() + 1 - border - height))
    return QRect(left, top, width, height)


def restore_place(window: QWidget, key: str) -> bool:
    """Put ``window`` where it was when ``remember_place`` last saw it, within a screen
    that is there now, maximised if it was; False (and nothing done) if nothing usable
    was remembered."""
    saved: Any = preferences.get(key)
    try:
        rect = QRect(int(saved["x"]), int(saved["y"]), int(saved["width"]), int(saved["height"]))
        maximised = bool(saved.get("maximised"))
    except (TypeError, KeyError, ValueError, AttributeError):
        return False
    if rect.width() < 1 or rect.height() < 1:
        return False
    room = _screen_area(rect) or available(window)
    window.setGeometry(pulled_in(rect, room))
    if maximised:
        from PySide6.QtCore import Qt  # (only here: the start window never needs it)

        window.setWindowState(window.windowState() | Qt.WindowState.WindowMaximized)
    return True


def remember_place(window: QWidget, key: str) -> None:
    """Keep ``window``'s size and place (as it is when not maximised) and whether it is."""
    maximised = window.isMaximized()
    rect = window.normalGeometry() if maximised else window.geometry()
    if rect.width() < 1 or rect.height() < 1:
        rect = window.geometry()
    preferences.put(key, {"x": rect.x(), "y": rect.y(), "width": rect.width(),
                          "height": rect.height(), "maximised": maximised})
