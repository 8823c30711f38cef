"""Register the bundled CJK font so Chinese shows on machines without Chinese fonts."""

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.resources import resource_path

UI_FONT_FILE = "wqy-microhei.ttc"
UI_POINT_SIZE = 10


def register_fonts(app: QApplication) -> str:
    """Add the bundled font once and make it the application font; returns its family."""
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", UI_FONT_FILE)))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return app.font().family()
    font = QFont(families[0], UI_POINT_SIZE)
    app.setFont(font)
    return families[0]
