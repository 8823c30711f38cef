"""Showing the exported PDF itself in the app (printing it is ``ui.printing``).

Pages are rendered by PDFium (pypdfium2: a small wheel for every platform, where
QtPdf would need the 100+ MB PySide6-Addons). Every page has its final size from the
start (from the PDF's page sizes), so the scroll bar spans the whole document; only the
pages near the view are rendered, at the zoom shown, and the others let go.
"""

from pathlib import Path

import pypdfium2 as pdfium

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QImage, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui import window_fit
from ui.i18n import _

POINTS_PER_INCH = 72
PREVIEW_DPI = 80  # the zoom before the dialog knows its width, and the least fit-width gives
PAGE_GAP = 12  # pixels between pages
MARGIN = 16  # pixels left and right of a page at fit-width
ZOOM_STEP = 1.25
MIN_SCALE, MAX_SCALE = 0.3, 4.0  # pixels per point: about 22 to 290 dpi
RENDER_AHEAD = 1  # viewports above and below the view whose pages are rendered too


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
    """Every page of the PDF, one below the other, as it will print; a page box, the
    keys of a reader (PgUp/PgDn, Home/End) and fit-width zoom."""

    def __init__(self, pdf_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("预览：{name}").format(name=pdf_path.name))
        window_fit.fit(self, 900, 1000)  # (a page is taller than wide: as tall as there is)
        self._document: pdfium.PdfDocument | None = pdfium.PdfDocument(str(pdf_path))
        count = len(self._document)
        self._sizes = [self._document.get_page_size(index) for index in range(count)]
        self.fit_width = True  # else ``scale`` stays as the user zoomed it
        self.scale = PREVIEW_DPI / POINTS_PER_INCH  # pixels per point
        self._rendered: dict[int, float] = {}  # page index -> the scale it was rendered at
        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setSpacing(PAGE_GAP)
        self.pages: list[QLabel] = []
        for _index in range(count):
            label = QLabel()
            label.setStyleSheet("border: 1px solid #999; background: white;")
            column.addWidget(label, 0, Qt.AlignmentFlag.AlignHCenter)
            self.pages.append(label)
        self.scroll = QScrollArea()
        self.scroll.setWidget(inner)
        self.scroll.setWidgetResizable(True)
        self.scroll.setStyleSheet("background: #777;")
        # Always there, so fitting the width never makes it appear and fit again.
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.scroll.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.scroll.viewport().installEventFilter(self)
        self.page_box = QSpinBox()
        self.page_box.setRange(1, max(1, count))
        self.page_box.setKeyboardTracking(False)  # jump on Enter, not on each digit
        self.page_box.setToolTip(_("输入页码后按回车跳转（Ctrl+G）"))
        self.page_box.valueChanged.connect(lambda number: self.go_to_page(number - 1))
        self.page_box.editingFinished.connect(self.scroll.setFocus)  # PgDn works again
        zoom_out = QPushButton(_("缩小"))
        zoom_out.setToolTip(_("缩小页面（Ctrl+-）"))
        zoom_out.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        zoom_in = QPushButton(_("放大"))
        zoom_in.setToolTip(_("放大页面（Ctrl++）"))
        zoom_in.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        fit = QPushButton(_("适合宽度"))
        fit.setToolTip(_("页面宽度与窗口相同（Ctrl+0）"))
        fit.clicked.connect(self.fit_to_width)
        for button in (zoom_out, zoom_in, fit):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys stay with the pages
        bar = QHBoxLayout()
        bar.addWidget(QLabel(_("页码：")))
        bar.addWidget(self.page_box)
        bar.addWidget(QLabel(f"/ {count}"))
        bar.addStretch(1)
        bar.addWidget(zoom_out)
        bar.addWidget(zoom_in)
        bar.addWidget(fit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        for button in buttons.buttons():  # Enter in the page box jumps; it never closes
            button.setAutoDefault(False)
            button.setDefault(False)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("这是将要打印和发送的 PDF 本身。")))
        layout.addLayout(bar)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(buttons)
        self._keys()
        self._render_timer = QTimer(self, singleShot=True, interval=0)
        self._render_timer.timeout.connect(self._render_near)
        self._apply_scale()
        self._render(0)  # the first page at once: it is the one in view when shown
        self.scroll.setFocus()

    def _keys(self) -> None:
        last = len(self.pages) - 1
        for keys, action in (
                (("PgDown",), lambda: self.go_to_page(self.current_page() + 1)),
                (("PgUp",), lambda: self.go_to_page(self.current_page() - 1)),
                (("Home", "Ctrl+Home"), lambda: self.go_to_page(0)),
                (("End", "Ctrl+End"), lambda: self.go_to_page(last)),
                (("Ctrl++", "Ctrl+="), lambda: self.zoom_by(ZOOM_STEP)),
                (("Ctrl+-",), lambda: self.zoom_by(1 / ZOOM_STEP)),
                (("Ctrl+0",), self.fit_to_width),
                (("Ctrl+G",), self._focus_page_box)):
            for key in keys:
                QShortcut(QKeySequence(key), self, action)

    def _focus_page_box(self) -> None:
        self.page_box.setFocus()
        self.page_box.selectAll()

    # Which page, and going to one

    def current_page(self) -> int:
        """The index of the page the view is on: the one across its upper third (the
        last at the end of the scroll, where a short last page never reaches it)."""
        bar = self.scroll.verticalScrollBar()
        if not self.pages or bar.value() >= bar.maximum() > 0:
            return len(self.pages) - 1
        probe = bar.value() + self.scroll.viewport().height() // 3
        for index, page in enumerate(self.pages):
            if probe < page.geometry().bottom() + PAGE_GAP:
                return index
        return len(self.pages) - 1

    def go_to_page(self, index: int) -> None:
        """Scroll so page ``index`` (bounded to the document) starts at the top of the view."""
        if not self.pages:
            return
        index = max(0, min(index, len(self.pages) - 1))
        self.scroll.widget().layout().activate()  # (the pages' places, before it shows)
        bar = self.scroll.verticalScrollBar()
        bar.setValue(0 if index == 0 else self.pages[index].geometry().top() - PAGE_GAP // 2)
        if index == len(self.pages) - 1:
            bar.setValue(bar.maximum())
        self._show_page_number(index)

    def _scrolled(self) -> None:
        self._show_page_number(self.current_page())
        self._render_timer.start()

    def _show_page_number(self, index: int) -> None:
        if not self.page_box.hasFocus():  # (not while the user types a number into it)
            self.page_box.blockSignals(True)
            self.page_box.setValue(index + 1)
            self.page_box.blockSignals(False)

    # Zoom

    def zoom_by(self, factor: float) -> None:
        self.fit_width = False
        self._set_scale(self.scale * factor)

    def fit_to_width(self) -> None:
        self.fit_width = True
        self._set_scale(self._width_scale())

    def _width_scale(self) -> float:
        widest = max((width for width, _height in self._sizes), default=1.0)
        room = self.scroll.viewport().width() - 2 * MARGIN
        return max(PREVIEW_DPI / POINTS_PER_INCH, room / widest)

    def _set_scale(self, scale: float) -> None:
        scale = max(MIN_SCALE, min(scale, MAX_SCALE))
        if abs(scale - self.scale) < 1e-3:
            return
        current = self.current_page()
        self.scale = scale
        self._apply_scale()
        self.go_to_page(current)

    def _apply_scale(self) -> None:
        """Every page at its size for ``scale``; the pixels come when it is near the view."""
        for label, (width, height) in zip(self.pages, self._sizes, strict=True):
            label.setFixedSize(round(width * self.scale) + 2, round(height * self.scale) + 2)
        self._render_timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if watched is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            if self.fit_width:
                self._set_scale(self._width_scale())
            self._render_timer.start()
        return super().eventFilter(watched, event)

    # Rendering

    def _render_near(self) -> None:
        """Render the pages in and near the view at the current scale; let the rest go."""
        if self._document is None:
            return
        bar = self.scroll.verticalScrollBar()
        height = self.scroll.viewport().height()
        top, bottom = bar.value() - RENDER_AHEAD * height, bar.value() + (1 + RENDER_AHEAD) * height
        for index, label in enumerate(self.pages):
            near = label.geometry().bottom() >= top and label.geometry().top() <= bottom
            if near:
                self._render(index)
            elif index in self._rendered:
                label.clear()
                del self._rendered[index]

    def _render(self, index: int) -> None:
        """Page ``index`` at the current scale, sharp on a screen scaled to 150 % too."""
        if self._document is None or self._rendered.get(index) == self.scale:
            return
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap.fromImage(page_image(self._document[index],
                                              self.scale * POINTS_PER_INCH * ratio))
        pixmap.setDevicePixelRatio(ratio)
        self.pages[index].setPixmap(pixmap)
        self._rendered[index] = self.scale

    def _release(self) -> None:
        if self._document is not None:
            self._document.close()
            self._document = None

    def done(self, result: int) -> None:
        self._release()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        self._release()
        super().closeEvent(event)
