"""Showing the exported PDF itself in the app (printing it is ``ui.printing``).

Pages are rendered by PDFium (pypdfium2: a small wheel for every platform, where
QtPdf would need the 100+ MB PySide6-Addons).
"""

from pathlib import Path

import pypdfium2 as pdfium

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import _

POINTS_PER_INCH = 72
PREVIEW_DPI = 80


def page_image(page: pdfium.PdfPage, dpi: float, grayscale: bool = False) -> QImage:
    """One page as a QImage at ``dpi`` (a copy, so PDFium's buffer may go)."""
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True,  # RGB order
                         grayscale=grayscale)
    formats = {1: QImage.Format.Format_Grayscale8, 3: QImage.Format.Format_RGB888,
               4: QImage.Format.Format_RGBA8888}
    view = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride,
                  formats[bitmap.n_channels])
    image = view.copy()
    bitmap.close()
    return image


class PreviewDialog(QDialog):
    """Every page of the PDF, one below the other, as it will print."""

    def __init__(self, pdf_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("预览：{name}").format(name=pdf_path.name))
        self.resize(760, 900)
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setSpacing(12)
        self.pages: list[QLabel] = []
        document = pdfium.PdfDocument(str(pdf_path))
        try:
            for index in range(len(document)):
                label = QLabel()
                label.setPixmap(QPixmap.fromImage(page_image(document[index], PREVIEW_DPI)))
                label.setStyleSheet("border: 1px solid #999; background: white;")
                column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
                self.pages.append(label)
        finally:
            document.close()
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("background: #777;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("共 {n} 页。这是将要打印和发送的 PDF 本身。").format(n=len(self.pages))))
        layout.addWidget(scroll, 1)
        layout.addWidget(buttons)
