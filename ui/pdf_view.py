"""Showing and printing the exported PDF itself, never a second drawing of the form.

Pages are rendered by PDFium (pypdfium2: a small wheel for every platform, where
QtPdf would need the 100+ MB PySide6-Addons). Printing renders one page at a time at
the printer's resolution, so memory stays at one page whatever the length.
"""

from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPageSize, QPainter, QPixmap
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
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


def page_image(page: pdfium.PdfPage, dpi: float) -> QImage:
    """One page as a QImage at ``dpi`` (a copy, so PDFium's buffer may go)."""
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True)  # RGB order
    image_format = (QImage.Format.Format_RGB888 if bitmap.n_channels == 3
                    else QImage.Format.Format_RGBA8888)
    view = QImage(bytes(bitmap.buffer), bitmap.width, bitmap.height, bitmap.stride, image_format)
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


def print_pdf(pdf_path: Path, printer: QPrinter,
              progress: Callable[[int, int], None] | None = None) -> int:
    """Print every page of ``pdf_path`` on ``printer``, ``copyCount`` times; returns the
    number of pages sent. Copies are made here when the printer cannot make them."""
    document = pdfium.PdfDocument(str(pdf_path))
    painter = QPainter()
    sent = 0
    try:
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        count = len(document)
        if not painter.begin(printer):
            raise OSError(_("无法开始打印，请检查打印机"))
        dpi = printer.resolution()
        layout = printer.pageLayout()
        # Full page: the PDF carries its own margins, so it prints at its true size.
        area = layout.fullRectPixels(dpi) if printer.fullPage() else layout.paintRectPixels(dpi)
        for _copy in range(copies):
            for index in range(count):
                if sent:
                    printer.newPage()
                image = page_image(document[index], dpi)
                target = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, target.width(), target.height()), image)
                sent += 1
                if progress is not None:
                    progress(sent, copies * count)
        painter.end()
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return sent


def ask_and_print(pdf_path: Path, copies: int, parent: QWidget) -> int:
    """The system print dialog with ``copies`` preset; 0 when the user cancels."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(pdf_path.stem)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setCopyCount(copies)
    printer.setCollateCopies(True)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(_("打印申报书（{n} 份）").format(n=copies))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return 0
    return print_pdf(pdf_path, printer)
