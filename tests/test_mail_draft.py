"""The e-mail draft is one kind of line end, CRLF, throughout (issue 18, 6).

It mixed them: the folded Subject and the base64 text part ended in a bare LF, the rest
in CRLF. Python's e-mail parser reads it back whole either way; the test counts.
"""

import email
import email.policy
import re
from pathlib import Path

import pytest

from app import export, model
from app.call import load_call
from app.hant import SIMPLIFIED, TRADITIONAL
from app.samples import write_sample

LONG_NAME = "上海市嘉定区智能网联汽车与车路协同标准化创新研究院（有限合伙）Shanghai Institute"


@pytest.mark.parametrize("language", [SIMPLIFIED, TRADITIONAL])
def test_the_draft_ends_every_line_in_crlf_and_parses_back(tmp_path: Path, language: str) -> None:
    doc = write_sample("center", tmp_path / "c.stoa")
    applicant = doc.rows(model.Member)[0]
    doc.set_value(model.Member, applicant.id, "name", LONG_NAME)  # a subject folded over lines
    result = export.export(export.take_snapshot(doc), tmp_path / "out", language=language)
    doc.close()
    assert result.mail_path is not None and result.zip_path is not None
    raw = result.mail_path.read_bytes()

    assert re.findall(rb"(?<!\r)\n", raw) == []  # no bare LF
    assert re.findall(rb"\r(?!\n)", raw) == []  # no bare CR
    head = raw.split(b"\r\n\r\n", 1)[0]
    assert re.search(rb"\r\nSubject: [^\r]+\r\n[ \t]", head)  # the subject is folded, with CRLF

    message = email.message_from_bytes(raw, policy=email.policy.default)
    assert not message.defects
    assert str(message["Subject"]) == f"{load_call().subject_mark}-{LONG_NAME}"
    assert message["To"] == load_call().email
    body = message.get_body(("plain",))
    assert body is not None and result.checksum in body.get_content()
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == result.zip_path.name
    assert attachment.get_content() == result.zip_path.read_bytes()
