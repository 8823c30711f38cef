"""The expert panel's export: where the workbook goes, and the criteria it will score by
(from the call's criteria file; their weights are edited in the workbook itself)."""

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import choices
from app.intake.panel import load_criteria

from ui.i18n import _


class PanelDialog(QDialog):
    """Asks for the workbook's path; ``target()`` once accepted."""

    def __init__(self, default: Path, units: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_("导出专家评审材料"))
        self.resize(760, 520)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(_("为专家论证（通知二(四)3）导出：一个 Excel 工作簿（汇总表、每家单位一页、"
                                  "评分表及加权总分和排名公式），以及各单位收到的申报书 PDF。"
                                  "共 {n} 家申报单位，各取最新一次提交。").format(n=units)))
        row = QHBoxLayout()
        self.path = QLineEdit(str(default))
        row.addWidget(QLabel(_("工作簿：")))
        row.addWidget(self.path, 1)
        browse = QPushButton(_("浏览…"))
        browse.clicked.connect(self.choose)
        row.addWidget(browse)
        layout.addLayout(row)
        layout.addWidget(QLabel(_("评分项（来自申报通知的申报要求；权重可在工作簿“权重”行修改）：")))
        criteria = load_criteria()
        count = sum(len(items) for items in criteria.values())
        self.table = QTableWidget(count, 4)
        self.table.setHorizontalHeaderLabels([_("类型"), _("评分项"), _("依据"), _("权重")])
        line = 0
        for org_type, items in criteria.items():
            for item in items:
                for column, value in enumerate((_(choices.ORG_TYPES[org_type]), item.title,
                                                item.clause, f"{item.weight:g}")):
                    self.table.setItem(line, column, QTableWidgetItem(value))
                line += 1
        self.table.resizeColumnsToContents()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_("导出"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def choose(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getSaveFileName(self, _("保存专家评审工作簿"), self.path.text(),
                                                      _("Excel 工作簿") + " (*.xlsx)")
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".xlsx") else chosen + ".xlsx")

    def target(self) -> Path:
        text = self.path.text().strip()
        return Path(text if text.lower().endswith(".xlsx") else text + ".xlsx")
