"""Printing the exported form: the one path used by the UI's 打印 and ``sto-apply print``.

It prints the PDF itself (the same bytes as 申报书.pdf), page by page: PDFium renders
each page at the printer's resolution (up to 300 dpi, in grey), one page in memory at
a time, and the page's text
goes under the image in white ink, so a job that lands in a PDF queue stays
searchable (and testable). Copies: when the driver makes them, the pages go once with
the copy count; otherwise they go N times, collated.
"""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrinter, QPrinterInfo

from ui.i18n import _
from ui.pdf_view import page_image

DEFAULT_COPIES = 2
PRINT_DPI = 300  # sharp for text; a 600 dpi colour page would be 100 MB in memory


class PrintRefused(Exception):
    """No printer, an unknown printer or a refused job; ``str()`` says so in Chinese."""


@dataclass(frozen=True)
class PrintJob:
    printer: str
    pages: int  # pages of one copy
    copies: int

    @property
    def summary(self) -> str:
        return _("已发送到打印机「{p}」：{n} 页 × {c} 份").format(p=self.printer, n=self.pages,
                                                             c=self.copies)


def printer_named(name: str | None) -> QPrinter:
    """A printer for ``name``, or the system default; refused with the available names."""
    available = [info.printerName() for info in QPrinterInfo.availablePrinters()]
    if not available:
        raise PrintRefused(_("这台电脑上没有可用的打印机。请先在系统设置中添加打印机。"))
    chosen = name or QPrinterInfo.defaultPrinterName()
    if not chosen:
        raise PrintRefused(_("没有设置默认打印机。可用的打印机：{names}（用 --printer 指定）")
                           .format(names="、".join(available)))
    if chosen not in available:
        raise PrintRefused(_("找不到打印机「{name}」。可用的打印机：{names}")
                           .format(name=chosen, names="、".join(available)))
    return QPrinter(QPrinterInfo.printerInfo(chosen), QPrinter.PrinterMode.HighResolution)


def prepare(printer: QPrinter, pdf_path: Path, copies: int) -> None:
    """A4, the whole sheet (the PDF has its own margins), collated copies."""
    printer.setDocName(pdf_path.stem)
    printer.setFullPage(True)
    printer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    printer.setCopyCount(copies)
    printer.setCollateCopies(True)


def page_count(pdf_path: Path) -> int:
    document = pdfium.PdfDocument(str(pdf_path))
    try:
        return len(document)
    finally:
        document.close()


def print_pdf(pdf_path: Path, printer: QPrinter) -> int:
    """Send every page of ``pdf_path`` to ``printer`` ``copyCount`` times; returns the
    pages sent by this program (the driver may multiply them)."""
    document = pdfium.PdfDocument(str(pdf_path))
    painter = QPainter()
    sent = 0
    try:
        copies = 1 if printer.supportsMultipleCopies() else max(1, printer.copyCount())
        if not painter.begin(printer):
            raise PrintRefused(_("打印机「{name}」拒绝了打印任务，请检查打印机是否连接、是否有纸。")
                               .format(name=printer.printerName()))
        dpi = min(printer.resolution(), PRINT_DPI)
        layout = printer.pageLayout()
        device_dpi = printer.resolution()
        area = (layout.fullRectPixels(device_dpi) if printer.fullPage()
                else layout.paintRectPixels(device_dpi))
        for _copy in range(copies):
            for index in range(len(document)):
                if sent:
                    printer.newPage()
                page = document[index]
                _draw_text_layer(painter, page, area)
                image = page_image(page, dpi, grayscale=True)  # black text: 1 byte a pixel
                size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                painter.drawImage(QRect(0, 0, size.width(), size.height()), image)
                page.close()
                sent += 1
        painter.end()
    finally:
        if painter.isActive():
            painter.end()
        document.close()
    return sent


def _draw_text_layer(painter: QPainter, page: pdfium.PdfPage, area: QRect) -> None:
    """The page's text in white, under the (opaque) picture of the page: unseen on paper,
    there for a PDF queue's search. (Transparent ink would be dropped by the print
    filters that turn the job into PostScript.)"""
    text_page = page.get_textpage()
    text = text_page.get_text_range()
    text_page.close()
    if not text:
        return
    painter.save()
    painter.setPen(QColor("white"))
    font = QFont(painter.font())
    font.setPixelSize(max(4, area.height() // 200))
    painter.setFont(font)
    painter.drawText(QRectF(area), Qt.TextFlag.TextWordWrap, text.replace("\r\n", "\n"))
    painter.restore()


def print_file(pdf_path: Path, printer_name: str | None = None,
               copies: int = DEFAULT_COPIES) -> PrintJob:
    """``sto-apply print``: the exported form to a named or the default printer."""
    if copies < 1:
        raise PrintRefused(_("份数至少为 1。"))
    printer = printer_named(printer_name)
    prepare(printer, pdf_path, copies)
    print_pdf(pdf_path, printer)
    return PrintJob(printer.printerName(), page_count(pdf_path), copies)


def print_from_command_line(pdf_path: Path, printer_name: str | None,
                            copies: int) -> PrintJob:
    """``sto-apply print``: Qt's printing needs an application object, not a screen."""
    from PySide6.QtWidgets import QApplication

    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    app = QApplication.instance() or QApplication(sys.argv[:1])
    try:
        return print_file(pdf_path, printer_name, copies)
    finally:
        del app


def ask_and_print(pdf_path: Path, copies: int, parent: object) -> PrintJob | None:
    """The system print dialog with ``copies`` and collation preset and the page count
    in its title; None when the user cancels."""
    from PySide6.QtPrintSupport import QPrintDialog
    from PySide6.QtWidgets import QDialog, QWidget

    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare(printer, pdf_path, copies)
    pages = page_count(pdf_path)
    dialog = QPrintDialog(printer, parent if isinstance(parent, QWidget) else None)
    dialog.setWindowTitle(_("打印申报书（每份 {n} 页，预设 {c} 份）").format(n=pages, c=copies))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    print_pdf(pdf_path, printer)
    return PrintJob(printer.printerName() or printer.outputFileName(), pages, printer.copyCount())
