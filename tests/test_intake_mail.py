"""Saved e-mails give back the zip they carry byte for byte: the export's own draft
(RFC 2047 subject, RFC 2231 file name, CRLF), a mail as a mailbox saves it, and one
forwarded (multipart inside multipart) with a quoted-printable note."""

import datetime as dt
import os
from email.message import EmailMessage
from pathlib import Path

from app.call import load_call
from app.intake.mail import read_mail
from app.package import write_mail_draft


def _zip_bytes() -> bytes:
    return b"PK\x03\x04" + os.urandom(200_000) + b"\r\n--not a boundary\r\n" + os.urandom(1000)


def test_the_exports_own_draft_gives_back_its_zip(tmp_path: Path) -> None:
    call = load_call()
    payload = _zip_bytes()
    package = tmp_path / "新型标准化技术组织试点申报-上海某某科技有限公司.zip"
    package.write_bytes(payload)
    draft = tmp_path / "草稿.eml"
    write_mail_draft(draft, call, "上海某某科技有限公司", package, "0123456789ab", ["申报书.pdf"])
    mail = read_mail(draft, call)
    assert mail.subject == "新型标准化技术组织试点申报-上海某某科技有限公司" and mail.has_mark(call)
    assert [(a.name, a.data, a.is_zip) for a in mail.attachments] == [(package.name, payload, True)]


def test_a_forwarded_mail_with_a_quoted_printable_note(tmp_path: Path) -> None:
    payload = _zip_bytes()
    inner = EmailMessage()
    inner["Subject"] = "新型标准化技术组织试点申报-原件"
    inner.set_content("原邮件正文：请查收。", cte="quoted-printable")
    inner.add_attachment(payload, maintype="application", subtype="zip", filename="申报材料.zip")
    outer = EmailMessage()
    outer["From"] = "转发人 <f@example.com>"
    outer["Subject"] = "转发：新型标准化技术组织试点申报"
    outer["Date"] = "Fri, 08 Oct 2021 10:00:00 +0800"
    outer.set_content("转发给您。")
    outer.add_attachment(inner)
    outer.add_attachment("附言".encode(), maintype="text", subtype="plain", filename="附言.txt")
    path = tmp_path / "转发.eml"
    path.write_bytes(bytes(outer))
    mail = read_mail(path, load_call())
    assert mail.sender == "转发人 <f@example.com>"
    assert mail.date == dt.datetime(2021, 10, 8, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=8)))
    zips = [a for a in mail.attachments if a.is_zip]
    assert [(a.name, a.data) for a in zips] == [("申报材料.zip", payload)]
    assert any(a.name == "附言.txt" and a.data == "附言".encode() for a in mail.attachments)
