"""The bureau's mode in the window: from the start screen, take a folder in (in a worker),
see the register, filter it, see what a resubmission changed, match a paper copy's
checksum, export the panel's workbook."""

import datetime as dt
import shutil
import sys
from pathlib import Path

import openpyxl
import pytest

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from app import choices
from app.intake import record

from ui.intake_window import IntakeWindow

sys.path.insert(0, str(Path(__file__).parent.parent))
import intake_corpus as corpus  # noqa: E402


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, str]:
    made, folder = tmp_path_factory.mktemp("made"), tmp_path_factory.mktemp("inbox")
    first = corpus.export_application(corpus.vary(choices.BASE, 1), made, "first")
    corpus.mail(first.zip_path, folder / "第一次.eml", "单位 <a@example.com>",
                dt.datetime(2021, 10, 8, 9, 0, tzinfo=dt.UTC))
    changed = corpus.vary(choices.BASE, 1)
    changed["recommender"]["name"] = "上海市宝山区人民政府"
    second = corpus.export_application(changed, made, "second")
    corpus.mail(second.zip_path, folder / "更正.eml", "单位 <a@example.com>",
                dt.datetime(2021, 10, 12, 9, 0, tzinfo=dt.UTC))
    corpus.hostile_zip(folder / "恶意.zip")
    return folder, first.checksum, second.checksum


def test_the_bureau_takes_in_a_folder_and_reads_the_register(qtbot, controller, inbox, tmp_path) -> None:
    folder, first, second = inbox
    button = next(b for b in controller.start.findChildren(QPushButton) if b.text() == "受理申报（主管部门）…")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    window = controller.intake_window
    assert isinstance(window, IntakeWindow) and window.isVisible()
    window.folder = tmp_path / "登记"
    window.reload()
    if window.job is None:  # the click's worker runs in its thread; wait for it
        window.ask_folder = lambda: folder  # type: ignore[method-assign]
        window.choose_folder()
    assert window.job is not None
    qtbot.waitUntil(lambda: not window.job.thread.isRunning() and window.model.rowCount() == 3,
                    timeout=120_000)
    saved = record.load(tmp_path / "登记")
    assert {s.kind for s in saved} == {record.PACKAGE, record.REFUSED}
    statuses = [window.model.index(row, 1).data() for row in range(3)]
    assert statuses == ["最新", "早先提交", "已拒收"]
    assert "1 项已拒收" in window.statusBar().currentMessage()

    QTest.keyClicks(window.filter, second[:8])
    assert window.proxy.rowCount() == 1
    window.filter.clear()
    window.kind.setCurrentIndex(4)  # 其他来源和已拒收
    assert window.proxy.rowCount() == 1
    window.kind.setCurrentIndex(0)

    window.select(max(s.number for s in saved if s.checksum == second))
    assert "上海市宝山区人民政府" in window.details.toPlainText()
    changes = [window.change_list.item(i).text() for i in range(window.change_list.count())]
    assert len(changes) == 1 and "上海市宝山区人民政府" in changes[0] and "上海市浦东新区人民政府" in changes[0]

    QTest.keyClicks(window.checksum, first.upper())
    QTest.keyClick(window.checksum, Qt.Key.Key_Return)
    assert "一致" in window.found.text() and "不是该单位最新" in window.found.text()
    assert window.selected().checksum == first
    window.checksum.clear()
    QTest.keyClicks(window.checksum, "123456789abc")
    QTest.keyClick(window.checksum, Qt.Key.Key_Return)
    assert "没有" in window.found.text()

    target = tmp_path / "评审.xlsx"
    window.ask_panel = lambda default, units: target  # type: ignore[method-assign]
    qtbot.mouseClick(window.panel_button, Qt.MouseButton.LeftButton)
    book = openpyxl.load_workbook(target)
    assert book["汇总"].cell(3, 3).value == corpus.vary(choices.BASE, 1)["members"][0]["name"]
    assert (tmp_path / "评审-申报书").is_dir()
    window.close()


def test_dropping_files_takes_them_in(qtbot, inbox, tmp_path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    window = IntakeWindow(tmp_path / "登记")
    qtbot.addWidget(window)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(inbox[0] / "恶意.zip"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.NoButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert window.job is not None
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=60_000)
    assert [s.kind for s in record.load(tmp_path / "登记")] == [record.REFUSED]
    shutil.rmtree(tmp_path / "登记")
