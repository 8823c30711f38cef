"""The outputs from the check page: gated by errors, made in a worker, previewed, printed."""

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from PySide6.QtGui import QGuiApplication
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo

from app import export, model
from app.samples import write_sample
from tests.test_print_queue import OUTPUT, QUEUE, check_printed, wait_for_output

from ui.pdf_view import PreviewDialog
from ui.printing import print_pdf


def open_check_page(controller, tmp_path: Path, org_type: str = "center"):
    path = tmp_path / f"{org_type}.stoa"
    write_sample(org_type, path).close()
    window = controller.open(path)
    window.go_to_key("check")
    return window, window.current_page().output


def pages(path: Path) -> int:
    return len(PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_outputs_wait_for_the_errors_to_be_corrected(controller, tmp_path: Path) -> None:
    window, panel = open_check_page(controller, tmp_path)
    assert panel.make_button.isEnabled() and panel.print_button.isEnabled()
    window.session.set_value(model.Recommender, 1, "name", "")
    window.refresh_now()
    assert not panel.make_button.isEnabled() and not panel.preview_button.isEnabled()
    assert "还有 1 个错误" in panel.reason.text() and not panel.reason.isHidden()
    window.session.undo_stack.undo()
    window.refresh_now()
    assert panel.make_button.isEnabled() and panel.reason.isHidden()


def test_making_the_form_runs_in_the_background_and_says_what_it_wrote(
        controller, qtbot, tmp_path: Path) -> None:
    _window, panel = open_check_page(controller, tmp_path)
    panel.folder = tmp_path / "out"
    with qtbot.waitSignal(panel.finished, timeout=30_000) as blocker:
        panel.make_button.click()
        assert panel.busy() and not panel.make_button.isEnabled()  # the window goes on
    result = blocker.args[0]
    written = result.files
    assert [p.name for p in written[:3]] == [export.FORM_FILE, export.TWO_COPIES_FILE,
                                             export.MAILING_FILE]
    assert result.zip_path in written and result.mail_path in written
    assert pages(written[1]) == 2 * pages(written[0])
    assert export.FORM_FILE in panel.recorded.text() and panel.make_button.isEnabled()
    assert panel.mail_button.isEnabled()
    panel.copy_button.click()
    assert QGuiApplication.clipboard().text() == f"{result.recipient}\n{result.subject}"

    preview = PreviewDialog(written[0])
    assert len(preview.pages) == pages(written[0])
    first = preview.pages[0].pixmap()
    assert first.height() > first.width() > 500  # an A4 page, upright
    preview.close()


def test_cancelling_leaves_no_files(controller, qtbot, tmp_path: Path) -> None:
    _window, panel = open_check_page(controller, tmp_path, "base")
    panel.folder = tmp_path / "out"
    panel.make_button.click()
    panel.cancel()
    qtbot.waitUntil(lambda: not panel.busy(), timeout=30_000)
    assert "已取消" in panel.result.text()
    assert not list((tmp_path / "out").glob("*.pdf")) and not list((tmp_path / "out").glob(".*"))


def test_a_folder_that_cannot_be_written_gets_a_message(controller, qtbot, tmp_path: Path,
                                                        monkeypatch) -> None:
    _window, panel = open_check_page(controller, tmp_path)
    blocker_file = tmp_path / "not-a-folder"
    blocker_file.write_text("x")
    panel.folder = blocker_file / "out"  # a folder inside a file cannot exist
    shown = []
    monkeypatch.setattr("ui.output.QMessageBox.warning", lambda *args: shown.append(args[2]))
    panel.make_button.click()
    qtbot.waitUntil(lambda: not panel.busy(), timeout=30_000)
    assert shown and "无法写入" in shown[0]
    assert blocker_file.read_text() == "x"


def test_printing_sends_every_page_of_each_copy(controller, qtbot, tmp_path: Path) -> None:
    _window, panel = open_check_page(controller, tmp_path)
    panel.folder = tmp_path / "out"
    with qtbot.waitSignal(panel.finished, timeout=30_000):
        panel.make_button.click()
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    printer.setCopyCount(2)
    printer.setFullPage(True)
    sent = print_pdf(panel.pdf_path(), printer)
    expected = 2 * pages(panel.pdf_path())
    assert sent == expected
    if not printer.supportsMultipleCopies():
        assert pages(tmp_path / "printed.pdf") == expected
    printed = PdfReader(tmp_path / "printed.pdf")
    box = printed.pages[0].mediabox
    assert abs(float(box.width) - 595) < 2 and abs(float(box.height) - 842) < 2  # A4
    text = "".join(printed.pages[0].extract_text().split())  # the invisible text layer
    assert "上海市新型标准化技术组织创建申报书" in text



def test_the_print_action_sends_the_form_to_the_chosen_queue(controller, qtbot, tmp_path: Path,
                                                            monkeypatch) -> None:
    if QUEUE not in [p.printerName() for p in QPrinterInfo.availablePrinters()]:
        pytest.skip("no CUPS queue here (tests/test_print_queue.py sets one up where CUPS runs)")
    _window, panel = open_check_page(controller, tmp_path, "base")
    panel.folder = tmp_path / "out"
    with qtbot.waitSignal(panel.finished, timeout=60_000):
        panel.make_button.click()
    chosen = []

    def accept(dialog: QPrintDialog) -> int:  # the user picks the queue and presses 打印
        dialog.printer().setPrinterName(QUEUE)
        chosen.append((dialog.windowTitle(), dialog.printer().copyCount(),
                       dialog.printer().collateCopies()))
        return 1

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    before = set(OUTPUT.glob("*.pdf")) if OUTPUT.exists() else set()
    with qtbot.waitSignal(panel.printed, timeout=120_000) as sent:
        panel.print_button.click()
    title, copies, collate = chosen[0]
    assert copies == 2 and collate and f"每份 {pages(panel.pdf_path())} 页" in title
    assert QUEUE in sent.args[0] and "× 2 份" in sent.args[0]
    check_printed(wait_for_output(before), panel.pdf_path())
