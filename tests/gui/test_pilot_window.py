"""The pilot in the window: approve the sample, find the form read-only and the pilot's
steps open, record progress in them, see it in the progress view, make a report, and
withdraw the approval on purpose."""

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from app import model, steps, tables
from app.document import ApplicationLocked

from ui.pages import pilot_progress

TODAY = dt.date(2023, 3, 1)


def _approve(qtbot, window, monkeypatch) -> None:
    window.go_to_key("pilot_approval")
    page = window.current_page()
    monkeypatch.setattr(page, "confirm", lambda _text: True)
    page.date_edit.setFocus()
    QTest.keyClicks(page.date_edit, "2022/1/15")
    page.ref_edit.setText("沪市监标创〔2022〕3号")
    QTest.mouseClick(page.approve_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.pages) == len(steps.window_steps(True)))


def test_approving_opens_the_pilot_steps_and_locks_the_form(qtbot, controller, monkeypatch,
                                                            tmp_path: Path) -> None:
    monkeypatch.setattr(pilot_progress, "today", lambda: TODAY)
    window = controller.open_sample("base")
    assert [p.key for p in window.pages] == [s.key for s in steps.window_steps(False)]
    _approve(qtbot, window, monkeypatch)
    doc = window.doc
    assert doc.is_approved() and window.current_page().key == "pilot_approval"
    assert [window.steps.item(n).text().split(". ", 1)[1] for n in range(11, 18)] == [
        s.title for s in steps.PILOT_STEPS]
    plan = next(p for p in window.pages if p.key == "plan")
    plan.ensure_built()
    assert not plan.widget().isEnabled()
    try:
        doc.set_value(model.Plan, 1, "goals", "x")
        raise AssertionError("the approved application took an edit")
    except ApplicationLocked:
        pass
    assert window.session.undo_stack.count() == 0

    window.go_to_key("pilot_milestones")
    editor = window.current_page().lists["pilot_milestones"]
    rows = editor.rows
    done_column = next(n for n, c in enumerate(rows.columns) if c.name == "done")
    date_column = next(n for n, c in enumerate(rows.columns) if c.name == "done_on")
    rows.setData(rows.index(0, done_column), Qt.CheckState.Checked.value,
                 Qt.ItemDataRole.CheckStateRole)
    rows.setData(rows.index(0, date_column), "2022年3月1日")
    first = doc.rows(model.PilotMilestone)[0]
    assert first.done and first.done_on == "2022-03-01"  # any date form, stored ISO

    window.go_to_key("pilot_spending")
    spending = window.current_page().lists["pilot_spending"].rows
    amount = next(n for n, c in enumerate(spending.columns) if c.name == "amount_fen")
    spending.setData(spending.index(4, amount), 12_500_000)
    assert doc.rows(model.PilotSpending)[4].amount_fen == 12_500_000

    window.go_to_key("pilot_progress")
    progress_page = window.current_page()
    text = progress_page.reminders.text()
    assert "逾期" in text and "第一年度工作总结" in text
    assert "试点第 14 / 24 个月" in progress_page.figures.text()
    assert "实际 12.50 万元" in progress_page.figures.text()
    assert progress_page.money.chart is not None and progress_page.timeline.chart is not None

    window.go_to_key("pilot_reports")
    reports_page = window.current_page()
    with qtbot.waitSignal(reports_page.reports_done, timeout=60_000) as made:
        QTest.mouseClick(reports_page.buttons["1"], Qt.MouseButton.LeftButton)
    assert sorted(path.suffix for path in made.args[0]) == [".docx", ".pdf"]
    assert all(path.stat().st_size > 1000 for path in made.args[0])


def test_withdrawing_gives_the_form_back_and_keeps_the_pilot_data(qtbot, controller,
                                                                  monkeypatch) -> None:
    window = controller.open_sample("center")
    _approve(qtbot, window, monkeypatch)
    doc = window.doc
    doc.set_value(model.PilotRecord, 1, "y1_work", "已做的工作")
    window.go_to_key("pilot_approval")
    page = window.current_page()
    asked: list[str] = []
    monkeypatch.setattr(page, "confirm", lambda text: asked.append(text) or True)
    QTest.mouseClick(page.withdraw_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.pages) == len(steps.window_steps(False)))
    assert asked and "撤销" in asked[0]
    assert not doc.is_approved()
    plan = next(p for p in window.pages if p.key == "plan")
    plan.ensure_built()
    assert plan.widget().isEnabled()
    doc.set_value(model.Plan, 1, "goals", "更正")
    assert doc.row(model.PilotRecord, 1).y1_work == "已做的工作"


def test_the_window_paints_the_same_layout_as_the_pdf(qtbot) -> None:
    from PySide6.QtGui import QColor

    from app.pilot import charts

    from ui.pilot_chart import FONT_PX, ChartView

    chart = charts.BarChart("标准研制进展（按当前阶段）", ("未启动", "立项", "发布"),
                            (charts.Series("标准数", (4.0, 0.0, 2.0), charts.ACTUAL_COLOR),), "项")
    view = ChartView(240)
    qtbot.addWidget(view)
    view.resize(480, 240)
    view.show_chart(chart)
    image = view.grab().toImage()
    bars = [s for s in charts.layout(chart, 480, 240, FONT_PX)
            if isinstance(s, charts.Rect) and s.height > FONT_PX]
    assert len(bars) == 2  # (the zero bar has no height)
    for bar in bars:
        inside = image.pixelColor(int(bar.x + bar.width / 2), int(bar.y + bar.height / 2))
        assert inside == QColor(charts.ACTUAL_COLOR)
        above = image.pixelColor(int(bar.x + bar.width / 2), int(bar.y - FONT_PX * 1.5))
        assert above != QColor(charts.ACTUAL_COLOR)


def test_a_result_keeps_its_files_in_the_application_file(qtbot, controller, monkeypatch,
                                                          tmp_path: Path) -> None:
    window = controller.open_sample("base")
    _approve(qtbot, window, monkeypatch)
    doc = window.doc
    window.go_to_key("pilot_results")
    page = window.current_page()
    result_id = window.session.add_row(tables.PilotResult,
                                       {"title": "首批团体标准发布", "kind": "阶段性成果"})
    results = page.lists["pilot_results"]
    results.view.setCurrentIndex(results.rows.index(0, 2))
    photo = tmp_path / "发布会照片.jpg"
    photo.write_bytes(b"\xff\xd8photo" * 100)
    monkeypatch.setattr(page, "ask_files", lambda: [photo])
    QTest.mouseClick(page.lists["pilot_files"].buttons["add"], Qt.MouseButton.LeftButton)
    files = doc.rows(model.PilotFile)
    assert [(f.name, f.result_id, f.size) for f in files] == [(photo.name, result_id, 700)]
    files_view = page.lists["pilot_files"]
    files_view.view.setCurrentIndex(files_view.rows.index(0, 1))
    target = tmp_path / "saved.jpg"
    monkeypatch.setattr(page, "ask_save_path", lambda _name: target)
    save = next(b for b in page.findChildren(type(files_view.buttons["add"]))
                if b.text() == "另存附件…")
    QTest.mouseClick(save, Qt.MouseButton.LeftButton)
    assert target.read_bytes() == photo.read_bytes()
