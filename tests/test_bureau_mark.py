"""The bureau's mark is an identifier: the same in every output, whatever the script
(issue 18, 7).

The Traditional export wrote 新型標準化技術組織試點申報 in the e-mail's subject and on the
mailing sheet, and the bureau's mailbox filters on its own spelling. The notice's number
is cited as issued too. The fixed words around them still follow the script.
"""

import email
import email.policy
import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import export
from app.call import load_call
from app.hant import SIMPLIFIED, TRADITIONAL, fixed, to_traditional, writing_in
from app.samples import write_sample


def pdf_text(path: Path) -> str:
    return re.sub(r"\s+", "", "".join(page.extract_text() for page in PdfReader(path).pages))


@pytest.fixture(scope="module")
def traditional(tmp_path_factory: pytest.TempPathFactory) -> export.Result:
    folder = tmp_path_factory.mktemp("mark")
    doc = write_sample("center", folder / "c.stoa")
    result = export.export(export.take_snapshot(doc), folder / "out", language=TRADITIONAL)
    doc.close()
    return result


def test_the_mark_is_as_issued_in_the_traditional_mail_and_subject(traditional) -> None:
    call = load_call()
    assert to_traditional(call.subject_mark) != call.subject_mark  # (what went wrong)
    assert traditional.subject.startswith(f"{call.subject_mark}-")
    assert traditional.mail_path is not None and traditional.zip_path is not None
    message = email.message_from_bytes(traditional.mail_path.read_bytes(),
                                       policy=email.policy.default)
    assert str(message["Subject"]).startswith(f"{call.subject_mark}-")
    assert traditional.zip_path.name.startswith(call.subject_mark)
    body = message.get_body(("plain",))
    assert body is not None and "請查收" in body.get_content()  # the words are Traditional


def test_the_mark_is_as_issued_on_the_traditional_mailing_sheet(traditional) -> None:
    call = load_call()
    sheet = pdf_text(traditional.files[0].parent / export.MAILING_FILE)
    assert f"【{call.subject_mark}】" in sheet and f"“{call.subject_mark}”" in sheet
    assert to_traditional(call.subject_mark) not in sheet
    assert "郵寄" in sheet or "寄件" in sheet  # the sheet itself is in Traditional


def test_the_form_cites_the_mark_and_the_notice_number_as_issued(traditional) -> None:
    call = load_call()
    form = pdf_text(traditional.files[0].parent / export.FORM_FILE)
    assert f"（{call.number}）" in form and f"“{call.subject_mark}”" in form
    assert to_traditional(call.number) not in form
    assert to_traditional(call.subject_mark) not in form
    assert "填寫說明" in form
    info = PdfReader(traditional.files[0].parent / export.FORM_FILE).metadata
    assert info is not None and call.subject_mark in str(info.subject)


def test_identifiers_are_kept_inside_any_fixed_text() -> None:
    call = load_call()
    text = f"请在邮件主题注明“{call.subject_mark}”，并引用{call.number}。"
    with writing_in(TRADITIONAL, verbatim=call.identifiers):
        assert fixed(text) == f"請在郵件主題註明“{call.subject_mark}”，並引用{call.number}。"
    with writing_in(SIMPLIFIED, verbatim=call.identifiers):
        assert fixed(text) == text
    with writing_in(TRADITIONAL):
        assert call.subject_mark not in fixed(text)  # without the exemption: converted
