"""An empty count or sum prints as a blank to fill in by hand, never as 无.

"专职人员（人）无" reads as "the unit has no staff" (通知二(一)3 asks for staff): a
number left empty is one the unit has not given, and the signed paper must leave room
for it. An empty text still prints 无 (no website is "无").
"""

import re
import subprocess

import pytest

from app import model
from app.pdf import render_document
from app.samples import write_sample

NUMBERS = {
    model.Applicant: ["staff_count", "rd_staff_count", "std_staff_count", "revenue_fen"],
    model.ResourcesInfo: ["fulltime_count", "parttime_count", "std_professional_count"],
    model.Plan: ["target_standards_in_use", "target_enterprises_served", "target_trainings",
                 "target_pilots"],
}
LABELS = ["职工总数（人）", "研发人员（人）", "标准化工作人员（人）", "上年度营业收入或经费预算（万元）",
          "专职人员（人）", "兼职人员（人）", "标准化专业人员（人）", "推动标准应用（项）",
          "服务企业（家）", "开展培训（场）", "开展试点（个）"]


@pytest.fixture(scope="module")
def form_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("blank")
    doc = write_sample("base", folder / "blank.stoa")
    try:
        for table, names in NUMBERS.items():
            for name in names:
                doc.set_value(table, 1, name, None)  # (a section has one row)
        doc.set_value(model.Applicant, 1, "website", "")
        pdf = folder / "form.pdf"
        pdf.write_bytes(render_document(doc))
    finally:
        doc.close()
    text = subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", str(pdf), "-"],
                          capture_output=True, check=True).stdout.decode("utf-8")
    return re.sub(r"\s+", "", text)  # (a label may wrap in its cell; -raw keeps cell order)


@pytest.mark.parametrize("label", LABELS)
def test_an_empty_number_prints_blank_not_none(form_text: str, label: str) -> None:
    assert label in form_text
    assert not form_text.split(label, 1)[1].startswith("无"), f"{label} prints 无"


def test_an_empty_text_still_prints_none(form_text: str) -> None:
    assert "单位网址无" in form_text
