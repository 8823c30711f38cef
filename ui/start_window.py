"""The start screen: new application by type, open a file, recent files, open a sample."""

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import PRODUCT_NAME, choices, paths, recent
from app.call import Call
from app.call_store import bundled, prefer_call, preferred_call

from ui import window_fit
from ui.call_dialog import CallDialog, call_summary, call_words
from ui.i18n import LANGUAGES, _, current_language


class StartWindow(QWidget):
    """Emits what the user chose; the controller in ``ui.main`` acts on it."""

    new_requested = Signal(str, Path)
    open_requested = Signal(Path)
    import_requested = Signal(Path, Path)
    sample_requested = Signal(str)
    language_requested = Signal(str)  # a key of ui.i18n.LANGUAGES
    intake_requested = Signal()  # the bureau's mode (ui.intake_window)

    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle(_(PRODUCT_NAME))
        window_fit.fit(self, 760, 600)
        call = preferred_call()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        # Every language one click away, each named in itself; the current one in bold.
        self.languages = QLabel(" | ".join(
            f"<b>{name}</b>" if language == current_language() else
            f"<a href='{language}'>{name}</a>" for language, name in LANGUAGES.items()))
        self.languages.setToolTip(_("界面语言"))
        self.languages.linkActivated.connect(self.language_requested.emit)
        top = QHBoxLayout()
        top.addStretch(1)  # (right-aligned without touching PySide6's costly Qt namespace)
        top.addWidget(self.languages)
        layout.addLayout(top)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 20pt; font-weight: bold;")
        layout.addWidget(self.title)
        # The call new applications answer, named with its deadline (issue 24): a unit of a
        # later round sees at once that the bundled 2021 call is not theirs.
        call_row = QHBoxLayout()
        self.call_info = QLabel()
        self.call_info.setWordWrap(True)
        call_row.addWidget(self.call_info, 1)
        self.call_button = QPushButton(_("申报通知…"))
        self.call_button.clicked.connect(self.choose_call)
        call_row.addWidget(self.call_button)
        layout.addLayout(call_row)
        self.show_call(call)
        new_box = QGroupBox(_("新建申报"))
        grid = QGridLayout(new_box)
        for column, (code, label) in enumerate(choices.ORG_TYPES.items()):
            button = QPushButton(_("新建：{label}").format(label=_(label)))
            button.setMinimumHeight(44)
            button.clicked.connect(lambda _checked=False, c=code: self.choose_new(c))
            grid.addWidget(button, 0, column)
            sample = QPushButton(_("打开示例：{label}").format(label=_(label)))
            sample.clicked.connect(lambda _checked=False, c=code: self.sample_requested.emit(c))
            grid.addWidget(sample, 1, column)
        layout.addWidget(new_box)
        open_box = QGroupBox(_("继续填写"))
        open_layout = QVBoxLayout(open_box)
        open_button = QPushButton(_("打开申报文件…"))
        open_button.clicked.connect(self.choose_open)
        open_layout.addWidget(open_button)
        import_button = QPushButton(_("从数据备份导入…"))
        import_button.setToolTip(_("选择“导出数据备份”得到的 application.json，恢复为新的申报文件"))
        import_button.clicked.connect(self.choose_import)
        open_layout.addWidget(import_button)
        self.recent_label = QLabel(_("最近打开的文件（双击打开）："))
        open_layout.addWidget(self.recent_label)
        # Paths by row, not in the items' data: touching PySide6's ``Qt`` namespace costs
        # 20 ms, and this window is the one shown before anything else.
        self.recent_paths: list[Path] = []
        self.recent = QListWidget()
        self.recent.itemActivated.connect(
            lambda item: self.open_requested.emit(self.recent_paths[self.recent.row(item)]))
        open_layout.addWidget(self.recent, 1)
        self.no_recent = QLabel(_("（暂无）"))
        open_layout.addWidget(self.no_recent)
        # The room the list does not take goes below everything (without it, with no
        # recent files, the list's label floated in the middle of the box).
        open_layout.addStretch(0)
        layout.addWidget(open_box, 1)
        intake = QPushButton(_("受理申报（主管部门）…"))
        intake.setToolTip(_("市场监管部门：核对收到的申报邮件和压缩包，登记并导出专家评审材料"))
        intake.clicked.connect(self.intake_requested.emit)
        layout.addWidget(intake)
        self.refresh_recent()

    def show_call(self, call: Call) -> None:
        self.call = call
        self.title.setText(call_words(call.form_title))
        self.call_info.setText(_("依据：{title}").format(title=call_words(call.title)) + "<br>"
                               + call_summary(call))

    def ask_call(self, dialog: CallDialog) -> bool:
        return bool(dialog.exec())

    def choose_call(self) -> None:
        """申报通知…: the call new applications answer from now on."""
        dialog = CallDialog(self.call, bundled(), self)
        if self.ask_call(dialog) and dialog.chosen is not None:
            prefer_call(dialog.chosen.call)
            self.show_call(dialog.chosen.call)

    def refresh_recent(self) -> None:
        self.recent.clear()
        self.recent_paths = recent.recent_files()
        for path in self.recent_paths:
            self.recent.addItem(QListWidgetItem(f"{path.name}    {path.parent}"))
        self.no_recent.setVisible(not self.recent_paths)
        self.recent.setVisible(bool(self.recent_paths))

    def _ask_new_file(self, title: str, default: Path) -> Path | None:
        """Where to write a new application file; always ends in ``.stoa``."""
        from PySide6.QtWidgets import QFileDialog

        default.parent.mkdir(parents=True, exist_ok=True)
        target, _filter = QFileDialog.getSaveFileName(
            self, title, str(default), _("申报文件") + " (*.stoa)")
        if not target:
            return None
        path = Path(target)
        return path if path.suffix.lower() == paths.FILE_SUFFIX else path.with_suffix(
            paths.FILE_SUFFIX)

    def choose_new(self, org_type: str) -> None:
        default = paths.documents_dir() / (_("{label}申报书").format(label=_(choices.ORG_TYPES[org_type]))
                                           + ".stoa")
        path = self._ask_new_file(_("新建申报文件"), default)
        if path is not None:
            self.new_requested.emit(org_type, path)

    def choose_import(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        source, _filter = QFileDialog.getOpenFileName(
            self, _("选择数据备份"), str(paths.documents_dir()), _("数据备份") + " (*.json)")
        if not source:
            return
        default = paths.documents_dir() / f"{Path(source).parent.name}.stoa"
        path = self._ask_new_file(_("保存为申报文件"), default)
        if path is not None:
            self.import_requested.emit(Path(source), path)

    def choose_open(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        target, _filter = QFileDialog.getOpenFileName(
            self, _("打开申报文件"), str(paths.documents_dir()), _("申报文件") + " (*.stoa)")
        if target:
            self.open_requested.emit(Path(target))
