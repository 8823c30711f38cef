"""The year-1 report of an approved sample, after a year of progress entered through the
document API, shows every planned standard with its stage, every overdue milestone and
money spent against plan with totals that are the test's own sums, in the PDF and the
.docx alike; the other reports are made and refused when their time has not come."""

import datetime as dt
import io
import re
from pathlib import Path

import docx
import pypdf
import pytest

from app import choices, model, money
from app.document import ApplicationFile
from app.pilot import approval, data, progress, reports
from app.pilot.report_content import plain_text
from app.samples import write_sample

APPROVED = dt.date(2022, 1, 15)
AFTER_YEAR_1 = dt.date(2023, 3, 1)  # the report is written after the year closed
YEAR_1_END = dt.date(2023, 1, 14)
# (standard index, stage dates): what the unit entered during year 1
STAGES = {0: {"project_on": "2022-02-10", "draft_on": "2022-03-20", "consultation_on": "2022-05-01",
              "review_on": "2022-06-10", "published_on": "2022-07-01"},
          1: {"project_on": "2022-03-01", "draft_on": "2022-05-01", "consultation_on": "2022-09-01"},
          2: {"project_on": "2022-04-01"},
          # entered after the year's end: year 1 shows it not yet published
          3: {"project_on": "2022-06-01", "draft_on": "2022-09-01", "published_on": "2023-02-10"}}
EXPECTED_STAGE = {0: "发布", 1: "征求意见", 2: "立项", 3: "起草"}
DONE = {0: "2022-03-01", 1: "2022-04-10"}  # milestones done in time, by index


def _compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


@pytest.fixture
def approved_year(tmp_path: Path) -> tuple[ApplicationFile, dict[str, int]]:
    """The sample base, approved, with a year of progress; the test's own money sums."""
    doc = write_sample("base", tmp_path / "示例.stoa")
    approval.approve(doc, APPROVED, "沪市监标创〔2022〕3号", today=AFTER_YEAR_1)
    standards = {row.pipeline_item_id: row for row in doc.rows(model.PilotStandard)}
    items = doc.rows(model.PipelineItem)
    for index, dates in STAGES.items():
        row = standards[items[index].id]
        for column, value in dates.items():
            doc.set_value(model.PilotStandard, row.id or 0, column, value)
    doc.set_value(model.PilotStandard, standards[items[0].id].id or 0, "standard_number",
                  "T/SHQC 0012-2022")
    milestones = {row.milestone_id: row for row in doc.rows(model.PilotMilestone)}
    for index, day in DONE.items():
        row = milestones[doc.rows(model.Milestone)[index].id]
        doc.set_value(model.PilotMilestone, row.id or 0, "done", True)
        doc.set_value(model.PilotMilestone, row.id or 0, "done_on", day)
    sums = {"source_plan": 0, "use_plan": 0, "source_actual": 0, "use_actual": 0}
    for line in doc.rows(model.FundingLine):
        if line.year == 1:
            sums[f"{line.direction}_plan"] += line.amount_fen or 0
    for number, row in enumerate(doc.rows(model.PilotSpending)):
        amount = 1_000_000 * (number + 3) + 50_000 * number  # 万元 with odd decimals
        doc.set_value(model.PilotSpending, row.id or 0, "amount_fen", amount)
        if row.year == 1:
            sums[f"{row.direction}_actual"] += amount
    doc.add_row(model.PilotActivity, {"kind": "培训", "held_on": "2022-05-10", "title": "功能安全标准培训",
                                      "participants": 80, "units_reached": 25})
    doc.add_row(model.PilotResult, {"kind": "阶段性成果", "title": "首批团体标准发布",
                                    "reported_on": "2022-08-01", "content": "在三家企业试用。"})
    doc.set_value(model.PilotRecord, 1, "y1_work", "第一年完成了基地组建和首批标准研制。")
    return doc, sums


def _overdue_tasks(doc: ApplicationFile) -> list[str]:
    """By the plan's own months: due by the end of month 12 (the report is written after
    the year closed, so what was due on its last day is late too) and not marked done."""
    return [m.task for index, m in enumerate(doc.rows(model.Milestone))
            if m.end_month is not None and m.end_month <= 12 and index not in DONE]


def test_the_year_1_report_shows_plan_against_what_was_entered(
        approved_year: tuple[ApplicationFile, dict[str, int]], tmp_path: Path) -> None:
    doc, sums = approved_year
    try:
        found = data.load(doc)
        titles = [item.title for item in doc.rows(model.PipelineItem)]
        overdue = _overdue_tasks(doc)
    finally:
        doc.close()
    assert overdue  # (the sample has milestones left undone in year 1)
    pdf_path, docx_path = reports.write(found, "1", tmp_path / "out", AFTER_YEAR_1)

    pdf_text = "\n".join(page.extract_text() for page in pypdf.PdfReader(pdf_path).pages)
    flat = _compact(pdf_text)
    for index, title in enumerate(titles):
        start = flat.index(_compact(title))
        following = flat[start:flat.index(_compact(titles[index + 1]))
                         if index + 1 < len(titles) else None]
        assert EXPECTED_STAGE.get(index, progress.NOT_STARTED) in following, title
    assert "T/SHQC0012-2022" in flat
    for task in overdue:
        assert _compact(task) in flat[flat.index("逾期事项"):]
    for direction in ("source", "use"):
        plan, actual = sums[f"{direction}_plan"], sums[f"{direction}_actual"]
        assert (f"合计{money.format_wan(plan)}{money.format_wan(actual)}"
                f"{money.format_wan(actual - plan)}") in flat
    assert f"申报书校验码{found.approved_checksum}" in flat

    document = docx.Document(str(docx_path))
    rows = [[cell.text for cell in row.cells] for table in document.tables for row in table.rows]
    for index, title in enumerate(titles):
        row = next(r for r in rows if len(r) == 8 and r[1] == title)
        assert row[5].split("\n")[0] == EXPECTED_STAGE.get(index, progress.NOT_STARTED)
    late_rows = {r[2] for r in rows if len(r) == 6 and r[4] == "逾期"}
    assert late_rows == set(overdue)
    totals = [r for r in rows if r[0] == "合计" and len(r) == 5]
    assert [(money.parse_wan(r[1]), money.parse_wan(r[2])) for r in totals[:2]] == [
        (sums["source_plan"], sums["source_actual"]), (sums["use_plan"], sums["use_actual"])]
    footer = document.sections[0].footer.paragraphs[0].text
    assert found.approved_checksum in footer and "报告校验码" in footer
    words = "".join(p.text for p in document.paragraphs)
    assert "第一年完成了基地组建和首批标准研制。" in words and "（盖章）" in words


def test_the_report_is_the_same_in_both_layouts_and_the_same_twice(
        approved_year: tuple[ApplicationFile, dict[str, int]]) -> None:
    from app.pilot import report_docx, report_pdf

    doc, _sums = approved_year
    try:
        found = data.load(doc)
    finally:
        doc.close()
    report = reports.build(found, "1", AFTER_YEAR_1)
    assert report_pdf.render(report) == report_pdf.render(reports.build(found, "1", AFTER_YEAR_1))
    assert report_docx.render(report) == report_docx.render(report)
    pdf_flat = _compact("".join(p.extract_text() for p in
                                pypdf.PdfReader(io.BytesIO(report_pdf.render(report))).pages))
    for line in plain_text(report).splitlines():
        for part in line.split("\t"):
            assert _compact(part) in pdf_flat, part


def test_each_report_counts_its_own_period(
        approved_year: tuple[ApplicationFile, dict[str, int]], tmp_path: Path) -> None:
    doc, _sums = approved_year
    try:
        found = data.load(doc)
    finally:
        doc.close()
    with pytest.raises(reports.ReportRefused, match="第二年自 2023-01-15 开始"):
        reports.build(found, "2", dt.date(2022, 12, 1))
    year_2 = plain_text(reports.build(found, "2", dt.date(2023, 3, 1)))
    assert "试点第13—24个月" in _compact(year_2)
    final = reports.build(found, "final", dt.date(2024, 3, 1))
    text = _compact(plain_text(final))
    assert "两年合计" in text and "后续发展设想" in text
    stage = reports.write(found, "stage", tmp_path / "stage", dt.date(2022, 9, 1))
    assert [path.suffix for path in stage] == [".pdf", ".docx"]
    # As of year 1's end, standard 3 was still being drafted (published after the year).
    state = progress.compute(found, YEAR_1_END)
    assert state.standards[3].stage == "起草" and state.published == 1
    assert state.money[0].total(choices.FUNDING_USE, "actual") > 0
    # The summary due on the year's last day is late once that day is over, not on it.
    on_the_day = progress.compute(found, YEAR_1_END, YEAR_1_END)
    after = progress.compute(found, YEAR_1_END, YEAR_1_END + dt.timedelta(days=1))
    assert "第一年度工作总结" not in {m.task for m in on_the_day.overdue}
    assert "第一年度工作总结" in {m.task for m in after.overdue}


def test_reports_are_refused_before_approval(tmp_path: Path) -> None:
    doc = write_sample("center", tmp_path / "c.stoa")
    try:
        found = data.load(doc)
    finally:
        doc.close()
    with pytest.raises(reports.ReportRefused, match="尚未标记为获批"):
        reports.build(found, "1", AFTER_YEAR_1)
