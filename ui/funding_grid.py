"""The funding table: sources and uses by pilot year, with totals computed, never typed."""

from collections import defaultdict

from PySide6.QtCore import QRegularExpression, Qt
from PySide6.QtGui import QBrush, QColor, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QHeaderView,
    QLineEdit,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from app import choices, money, tables

from ui.edits import EditSession
from ui.fields import MONEY_PATTERN
from ui.i18n import _

HEADER_BRUSH = QBrush(QColor("#eef2f7"))
MISMATCH_BRUSH = QBrush(QColor("#fdecea"))
ROW_HEIGHT = 28


class MoneyDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: object, index: object) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(MONEY_PATTERN), editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor


class FundingGrid(QTableWidget):
    """Rows: each source, their total, each use, their total. Columns: years and 合计."""

    def __init__(self, session: EditSession) -> None:
        super().__init__()
        self.session = session
        self.years = sorted({line.year for line in session.doc.rows(tables.FundingLine)})
        self.setColumnCount(len(self.years) + 1)
        self.setHorizontalHeaderLabels(
            [_("第{n}年").format(n="一二三四五"[y - 1], number=y) for y in self.years] + [_("合计")])
        self.layout_rows = (
            [(choices.FUNDING_SOURCE, c) for c in choices.FUNDING_SOURCES]
            + [(choices.FUNDING_SOURCE, None)]
            + [(choices.FUNDING_USE, c) for c in choices.FUNDING_USES]
            + [(choices.FUNDING_USE, None)]
        )
        self.setRowCount(len(self.layout_rows))
        labels = []
        for direction, category in self.layout_rows:
            kind = _("来源") if direction == choices.FUNDING_SOURCE else _("用途")
            name = choices.funding_label(category, session.doc.org_type) if category else ""
            labels.append(_("{kind}：{name}").format(kind=kind, name=_(name)) if category
                          else _("{kind}合计").format(kind=kind))
        self.setVerticalHeaderLabels(labels)
        self.setItemDelegate(MoneyDelegate(self))
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.verticalHeader()
        rows.setDefaultSectionSize(ROW_HEIGHT)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Wide enough for the longest label ("来源：申报单位自筹"), which Qt would cut.
        rows.setMinimumWidth(max(rows.fontMetrics().horizontalAdvance(label) for label in labels) + 24)
        self.setFixedHeight(ROW_HEIGHT * (len(self.layout_rows) + 1) + 2 * self.frameWidth() + 4)
        self._loading = False
        self.itemChanged.connect(self._edited)
        session.changed.connect(self._on_changed)
        self.load()

    def _on_changed(self, table: str, _row_id: int | None) -> None:
        if table == tables.FundingLine.__tablename__:
            self.load()

    def load(self) -> None:
        lines = {(line.year, line.direction, line.category): line
                 for line in self.session.doc.rows(tables.FundingLine)}
        totals: dict[tuple[int, str], int] = defaultdict(int)
        for (year, direction, _category), line in lines.items():
            totals[(year, direction)] += line.amount_fen or 0
        self._loading = True
        for row, (direction, category) in enumerate(self.layout_rows):
            row_total = 0
            for column, year in enumerate(self.years):
                if category is None:
                    amount: int | None = totals[(year, direction)]
                    balanced = (totals[(year, choices.FUNDING_SOURCE)]
                                == totals[(year, choices.FUNDING_USE)])
                    item = self._fixed_item(money.format_wan(amount), bold=True)
                    if not balanced:
                        item.setBackground(MISMATCH_BRUSH)
                        item.setToolTip(_("该年度经费来源合计与用途合计不相等"))
                else:
                    line = lines.get((year, direction, category))
                    amount = line.amount_fen if line is not None else None
                    item = QTableWidgetItem(money.format_wan(amount))
                    item.setData(Qt.ItemDataRole.UserRole, line.id if line is not None else None)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                row_total += amount or 0
                self.setItem(row, column, item)
            self.setItem(row, len(self.years),
                         self._fixed_item(money.format_wan(row_total), bold=category is None))
        self._loading = False

    @staticmethod
    def _fixed_item(text: str, bold: bool) -> QTableWidgetItem:
        item = QTableWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setBackground(HEADER_BRUSH)
        if bold:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def _edited(self, item: QTableWidgetItem) -> None:
        line_id = item.data(Qt.ItemDataRole.UserRole)
        if self._loading or line_id is None:
            return
        try:
            amount = money.parse_wan(item.text().replace("．", "."))
        except ValueError:
            self.load()
            return
        self.session.set_value(tables.FundingLine, line_id, "amount_fen", amount)
