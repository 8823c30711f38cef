"""A 2026 round loaded from its call file drives every output: the deadline warning, the
printed form's notice, the paper copies, the mailing sheet, the zip's name and the
e-mail's recipient and subject. Under the bundled 2021 call none of these would say 2026."""

import email
import email.policy
import re
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import export, model, rules
from app.call_check import read_call
from app.call_store import call_of, use_call
from app.document import ApplicationFile
from app.samples import write_sample
from tests.call_rounds import AFTER_DEADLINE, BEFORE_DEADLINE, ROUND_2026, write_call


def text_of(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.fixture
def round_2026(tmp_path: Path):
    call = read_call(write_call(tmp_path / "shanghai-2026.json"), BEFORE_DEADLINE).call
    doc = write_sample("base", tmp_path / "a.stoa")
    use_call(doc, call)
    yield doc, call
    doc.close()


def test_the_deadline_warning_follows_the_round(round_2026) -> None:
    doc, _call = round_2026
    assert not [p for p in rules.check(doc, BEFORE_DEADLINE) if p.rule_id == "check.deadline"]
    (late,) = [p for p in rules.check(doc, AFTER_DEADLINE) if p.rule_id == "check.deadline"]
    assert "2026-12-20" in late.message.values["date"]


def test_the_outputs_are_made_for_the_round(round_2026, tmp_path: Path) -> None:
    doc, call = round_2026
    applicant = doc.rows(model.Member)[0].name
    result = export.export(export.take_snapshot(doc, BEFORE_DEADLINE), tmp_path / "out")
    folder = tmp_path / "out"

    form = text_of(folder / export.FORM_FILE)
    assert ROUND_2026["number"] in form and ROUND_2026["title"] in form
    assert "上海市黄浦区南京西路100号" in form and "一式三份" in form  # 填写说明 5
    assert "沪市监标创20210511号" not in form
    copies = PdfReader(folder / export.TWO_COPIES_FILE).pages
    assert len(copies) == 3 * len(PdfReader(folder / export.FORM_FILE).pages)  # 一式三份

    sheet = text_of(folder / export.MAILING_FILE)
    for fact in ("上海市黄浦区南京西路100号", "标准化处1201室", "200003", "标准化处", "李明",
                 ROUND_2026["email"], f"【{ROUND_2026['subject_mark']}】", "一式三份"):
        assert fact in sheet, fact
    assert "肇嘉浜路" not in sheet and "13482159307@126.com" not in sheet

    assert result.zip_path is not None and result.mail_path is not None
    assert result.zip_path.name == f"{ROUND_2026['subject_mark']}-{applicant}.zip"
    message = email.message_from_bytes(result.mail_path.read_bytes(), policy=email.policy.default)
    assert message["To"] == ROUND_2026["email"]
    assert str(message["Subject"]) == f"{ROUND_2026['subject_mark']}-{applicant}"
    assert "一式三份" in message.get_body(("plain",)).get_content()
    assert (result.recipient, result.call) == (ROUND_2026["email"], call.checksum)
    with zipfile.ZipFile(result.zip_path) as package:
        assert export.FORM_FILE in package.namelist()


def test_the_call_travels_inside_the_application_file(round_2026, tmp_path: Path) -> None:
    doc, call = round_2026
    doc.close()
    moved = tmp_path / "elsewhere" / "a.stoa"
    moved.parent.mkdir()
    (tmp_path / "a.stoa").rename(moved)
    (tmp_path / "shanghai-2026.json").unlink()  # the call file is gone: the copy inside remains
    again = ApplicationFile.open(moved, read_only=True)
    try:
        assert call_of(again) == call
        assert call_of(again).checksum == call.checksum
    finally:
        again.close()
