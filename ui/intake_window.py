"""受理申报（主管部门）: the bureau's mode. Choose or drop what arrived; the register lists
each unit once (its latest submission first, earlier ones below it), sortable and
filterable; details with the problems found; what changed between two submissions;
a paper copy's checksum looked up; the expert panel's workbook exported."""

from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app import paths
from app.intake import record, register
from app.intake.record import PACKAGE, Submission
from app.intake.table import rows

from ui import window_fit
from ui.i18n import TITLE, _, current_language
from ui.intake_details import details_html
from ui.intake_job import IntakeJob

SHOWN = ("序号", "状态", "类型", "申报单位", "组织名称", "推荐单位", "成员单位数", "牵头项目数",
         "标准供给", "经费来源（万元）", "完整性问题", "检查错误", "检查警告", "校验码", "收到时间", "来源文件")
ALTERED = QColor("#f8d7da")
REFUSED = QColor("#e2e3e5")


def shown_word(value: str) -> str:
    """A status or type the register writes in Chinese, in the window's language."""
    words = {"最新": _("最新"), "早先提交": _("早先提交"), "其他来源": _("其他来源"), "已拒收": _("已拒收"),
             "申报材料": _("申报材料"), "技术标准创新基地": _("技术标准创新基地"),
             "标准化创新中心": _("标准化创新中心")}
    return words.get(value, value)


def _of_kind(submission: Submission, kind: int) -> bool:
    """Whether ``submission`` is shown under the type filter's choice ``kind``."""
    org_type = submission.summary.get("org_type")
    return ((kind == 1 and org_type == "base") or (kind == 2 and org_type == "center")
            or (kind == 3 and bool(submission.count("integrity") or submission.count("error")))
            or (kind == 4 and submission.kind != PACKAGE))


class RegisterFilter(QSortFilterProxyModel):
    """The typed filter on every column, and the type filter's hidden rows."""

    hidden: set[int] = set()

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:  # noqa: N802
        return row not in self.hidden and super().filterAcceptsRow(row, parent)


class IntakeWindow(QMainWindow):
    def __init__(self, folder: Path | None = None) -> None:
        super().__init__()
        self.setWindowTitle(_("受理申报（主管部门）"))
        window_fit.fit(self, 1280, 760)
        self.setAcceptDrops(True)
        self.folder = folder or record.default_register(paths.documents_dir())
        self.submissions: list[Submission] = []
        self.job: IntakeJob | None = None
        central = QWidget()
        layout = QVBoxLayout(central)
        top = QHBoxLayout()
        self.take_folder = QPushButton(_("受理文件夹…"))
        self.take_folder.setToolTip(_("选择存放收到的邮件（.eml）、压缩包或解压后文件夹的文件夹；原件不会被改动"))
        self.take_folder.clicked.connect(self.choose_folder)
        self.take_files = QPushButton(_("受理文件…"))
        self.take_files.clicked.connect(self.choose_files)
        self.place = QLabel()
        change = QPushButton(_("更换登记文件夹…"))
        change.clicked.connect(self.choose_register)
        self.panel_button = QPushButton(_("导出专家评审材料…"))
        self.panel_button.clicked.connect(self.export_panel)
        for widget in (self.take_folder, self.take_files):
            top.addWidget(widget)
        top.addWidget(self.place, 1)
        top.addWidget(change)
        top.addWidget(self.panel_button)
        layout.addLayout(top)
        find = QHBoxLayout()
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(_("筛选：单位、推荐单位、校验码…"))
        self.kind = QComboBox()
        self.kind.addItems([_("全部"), _("技术标准创新基地"), _("标准化创新中心"), _("有问题的"), _("其他来源和已拒收")])
        self.checksum = QLineEdit()
        self.checksum.setPlaceholderText(_("纸质申报书页脚的校验码"))
        self.checksum.returnPressed.connect(self.look_up)
        look = QPushButton(_("核对纸质件"))
        look.clicked.connect(self.look_up)
        self.found = QLabel()
        find.addWidget(QLabel(_("筛选：")))
        find.addWidget(self.filter, 2)
        find.addWidget(self.kind)
        find.addSpacing(24)
        find.addWidget(self.checksum, 1)
        find.addWidget(look)
        layout.addLayout(find)
        layout.addWidget(self.found)
        self.model = QStandardItemModel(0, len(SHOWN))
        self.model.setHorizontalHeaderLabels([_(name, TITLE) if name == "申报单位" else _(name)
                                              for name in SHOWN])
        self.proxy = RegisterFilter(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self._filter)
        self.kind.currentIndexChanged.connect(self._filter)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # as registered: each unit's
        # latest submission, its earlier ones under it; a click on a header sorts by that
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        self.table.selectionModel().currentRowChanged.connect(lambda *_args: self.show_selected())
        self.tabs = QTabWidget()
        self.details = QTextBrowser()
        self.tabs.addTab(self.details, _("详情"))
        changes = QWidget()
        box = QVBoxLayout(changes)
        pick = QHBoxLayout()
        self.older, self.newer = QComboBox(), QComboBox()
        self.older.currentIndexChanged.connect(self.show_changes)
        self.newer.currentIndexChanged.connect(self.show_changes)
        pick.addWidget(QLabel(_("从")))
        pick.addWidget(self.older, 1)
        pick.addWidget(QLabel(_("到")))
        pick.addWidget(self.newer, 1)
        box.addLayout(pick)
        self.change_list = QListWidget()
        self.change_list.setWordWrap(True)
        box.addWidget(self.change_list, 1)
        self.tabs.addTab(changes, _("两次提交的修改"))
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.tabs)
        split.setSizes([420, 300])
        layout.addWidget(split, 1)
        self.setCentralWidget(central)
        self.reload()

    # What the user is asked (tests answer these instead of a dialog)

    def ask_folder(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(self, _("选择收到的申报材料所在的文件夹"), str(Path.home()))
        return Path(chosen) if chosen else None

    def ask_files(self) -> list[Path]:
        from PySide6.QtWidgets import QFileDialog

        chosen, _filter = QFileDialog.getOpenFileNames(
            self, _("选择收到的邮件或压缩包"), str(Path.home()), _("邮件和压缩包") + " (*.eml *.zip);;* (*)")
        return [Path(name) for name in chosen]

    def ask_register(self) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        chosen = QFileDialog.getExistingDirectory(self, _("选择受理登记文件夹"), str(self.folder))
        return Path(chosen) if chosen else None

    def ask_panel(self, default: Path, units: int) -> Path | None:
        from ui.panel_dialog import PanelDialog

        dialog = PanelDialog(default, units, self)
        return dialog.target() if dialog.exec() else None

    def tell(self, title: str, message: str) -> None:
        QMessageBox.information(self, title, message)

    # Taking in

    def choose_folder(self) -> None:
        folder = self.ask_folder()
        if folder is not None:
            self.take([folder])

    def choose_files(self) -> None:
        files = self.ask_files()
        if files:
            self.take(files)

    def choose_register(self) -> None:
        folder = self.ask_register()
        if folder is not None:
            self.folder = folder
            self.reload()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's name)
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's name)
        dropped = [Path(url.toLocalFile()) for url in event.mimeData().urls() if url.isLocalFile()]
        if dropped:
            self.take(dropped)

    def take(self, sources: list[Path]) -> IntakeJob:
        """Take ``sources`` in, in a worker; the register reloads when it is done."""
        self.take_folder.setEnabled(False)
        self.take_files.setEnabled(False)
        self.job = IntakeJob(sources, self.folder, self)
        self.job.progress.connect(self._progress)
        self.job.finished.connect(self._taken)
        self.job.start()
        return self.job

    def _progress(self, done: int, total: int, name: str) -> None:
        self.statusBar().showMessage(_("正在受理 {done}/{total}：{name}").format(done=done + 1 if name else done,
                                                                            total=total, name=name))

    def _taken(self, outcome: object, message: str) -> None:
        self.take_folder.setEnabled(True)
        self.take_files.setEnabled(True)
        self.reload()
        if outcome is None:
            self.statusBar().showMessage(message or _("已停止受理；已登记的保留。"))
            return
        added = getattr(outcome, "added", [])
        skipped = getattr(outcome, "skipped", [])
        altered = sum(1 for s in added if s.altered)
        refused = sum(1 for s in added if s.kind == record.REFUSED)
        self.statusBar().showMessage(_("本次登记 {added} 项（{altered} 项文件被改动，{refused} 项已拒收）；"
                                       "{skipped} 项此前已登记。").format(
            added=len(added), altered=altered, refused=refused, skipped=len(skipped)))

    # The register

    def reload(self) -> None:
        from app.intake.table import write_csv

        self.place.setText(_("登记文件夹：{path}").format(path=self.folder))
        try:
            self.submissions = record.load(self.folder)
        except (OSError, ValueError) as error:
            self.submissions = []
            self.statusBar().showMessage(str(error))
        if self.submissions:
            write_csv(self.folder, self.submissions)
        self.units = register.units(self.submissions)
        self.model.removeRows(0, self.model.rowCount())
        by_number = {s.number: s for s in self.submissions}
        for cells in rows(self.submissions):
            items = []
            for name in SHOWN:
                value = cells[name]
                if name in ("状态", "类型"):
                    value = shown_word(str(value))
                item = QStandardItem()
                item.setData(value if isinstance(value, int) else str(value), Qt.ItemDataRole.DisplayRole)
                items.append(item)
            submission = by_number[cells["序号"]]
            items[0].setData(submission.number, Qt.ItemDataRole.UserRole)
            colour = ALTERED if submission.count("integrity") else REFUSED if submission.kind != PACKAGE else None
            if colour is not None:
                for item in items:
                    item.setBackground(QBrush(colour))
            self.model.appendRow(items)
        self.panel_button.setEnabled(bool(self.units))
        self.table.resizeColumnsToContents()
        for column in (3, 4, 9):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        self._filter()

    def _filter(self) -> None:
        self.proxy.setFilterFixedString(self.filter.text().strip())
        kind = self.kind.currentIndex()
        hidden = set()
        for row in range(self.model.rowCount()):
            submission = self.submission_at(row)
            if submission is not None and kind and not _of_kind(submission, kind):
                hidden.add(row)
        self.proxy.hidden = hidden
        self.proxy.invalidate()

    def submission_at(self, model_row: int) -> Submission | None:
        number = self.model.index(model_row, 0).data(Qt.ItemDataRole.UserRole)
        return next((s for s in self.submissions if s.number == number), None)

    def selected(self) -> Submission | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.submission_at(self.proxy.mapToSource(index).row())

    def select(self, number: int) -> None:
        for row in range(self.model.rowCount()):
            if self.model.index(row, 0).data(Qt.ItemDataRole.UserRole) == number:
                self.table.setCurrentIndex(self.proxy.mapFromSource(self.model.index(row, 0)))
                return

    def show_selected(self) -> None:
        submission = self.selected()
        self.details.setHtml(details_html(submission, self.folder) if submission else "")
        unit = next((u for u in self.units if submission in u.submissions), None)
        for combo in (self.older, self.newer):
            combo.blockSignals(True)
            combo.clear()
        if unit is not None and len(unit.submissions) > 1:
            for item in unit.submissions:
                label = _("第 {n} 项，{when}，校验码 {checksum}").format(
                    n=item.number, when=item.received_on.replace("T", " "), checksum=item.checksum)
                self.older.addItem(label, item.number)
                self.newer.addItem(label, item.number)
            self.older.setCurrentIndex(len(unit.submissions) - 2)
            self.newer.setCurrentIndex(len(unit.submissions) - 1)
        for combo in (self.older, self.newer):
            combo.blockSignals(False)
        self.show_changes()

    def show_changes(self) -> None:
        self.change_list.clear()
        by_number = {s.number: s for s in self.submissions}
        old, new = by_number.get(self.older.currentData()), by_number.get(self.newer.currentData())
        if old is None or new is None:
            self.change_list.addItem(_("该单位只有一次提交。"))
            return
        script = "zh_TW" if current_language() == "zh_TW" else "zh_CN"
        lines = register.changes(self.folder, old, new, script)
        self.change_list.addItems(lines or [_("两次提交的内容相同。")])

    def look_up(self) -> None:
        matches = register.lookup(self.checksum.text(), self.submissions)
        typed = register.normalised_checksum(self.checksum.text())
        if len(typed) < register.SHORTEST_LOOKUP:
            self.found.setText(_("请输入校验码（至少 {n} 位）。").format(n=register.SHORTEST_LOOKUP))
            return
        if not matches:
            self.found.setText(_("没有与校验码 {code} 一致的提交：纸质件与收到的电子版不一致，"
                                 "或电子版尚未收到。").format(code=typed))
            self.found.setStyleSheet("color: #b02a37; font-weight: bold;")
            return
        first = matches[0].submission
        latest = any(register.is_latest(m.submission, self.units) for m in matches)
        text = _("校验码 {code} 与第 {n} 项（{unit}，{when}）一致。").format(
            code=typed, n=first.number, unit=first.summary.get("applicant", first.source),
            when=first.received_on.replace("T", " "))
        if not latest:
            text += _("注意：这不是该单位最新的一次提交。")
        if matches[0].data_altered:
            text += _("注意：电子版的数据被改动过，只与文件清单中的校验码一致。")
        self.found.setText(text)
        self.found.setStyleSheet("color: #1e7b34; font-weight: bold;" if latest else "color: #8a6d3b;")
        self.select(first.number)

    def export_panel(self) -> None:
        from app.intake.panel import write_panel

        target = self.ask_panel(self.folder / record.PANEL_NAME, len(self.units))
        if target is None:
            return
        try:
            written = write_panel(self.folder, self.submissions, target)
        except OSError as error:
            self.tell(_("无法导出"), _("无法写入「{path}」：{reason}").format(path=target, reason=error.strerror))
            return
        self.statusBar().showMessage(_("已导出：{path}（另有 {n} 份申报书 PDF）").format(
            path=written[0], n=len(written) - 1))
