"""Register the bundled CJK fonts so Chinese shows on machines without Chinese fonts.

The UI face has the common characters; the rare faces (a cut of Jigmo: the CJK
extensions and compatibility ideographs) come after it in the application font's
families, so a registered name with 𠮷 or 𰻞 shows in the window as it prints.
"""

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from app.glyphs import FILES, RARE
from app.resources import resource_path

UI_FONT_FILE = "wqy-microhei.ttc"
UI_POINT_SIZE = 10


def _add(file_name: str) -> list[str]:
    font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file_name)))
    return QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []


def register_fonts(app: QApplication) -> str:
    """Add the bundled fonts once and make the UI face, with the rare faces behind it,
    the application font; returns the UI face's family."""
    families = _add(UI_FONT_FILE)
    rare = [family for face in RARE for family in _add(FILES[face][0])[:1]]
    if not families:
        return app.font().family()
    font = QFont(families[0], UI_POINT_SIZE)
    font.setFamilies([families[0], *rare])
    # (a widget that names its own family still falls back to the rare faces)
    QFont.insertSubstitutions(families[0], rare)
    app.setFont(font)
    return families[0]
