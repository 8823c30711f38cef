"""A saved e-mail (``.eml``): its subject, sender and date, and the zips it carries.

The mail is untrusted: it is read only up to a size a mail with one package can have,
its headers parsed with the standard library's policy (which never raises on a broken
header but records a defect), and a part that cannot be decoded is named, not fatal.
"""

import base64
import binascii
import datetime as dt
import email
import email.policy
import email.utils
import quopri
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from pathlib import Path

from app import limits
from app.call import Call

# A 20 MB package grows by a third in base64; the mail around it is small. Refused above.
MAIL_FACTOR = 3


class MailRefused(Exception):
    """The file is not a mail intake can read; ``str()`` says why, in Chinese."""


@dataclass
class Attachment:
    name: str
    data: bytes
    is_zip: bool


@dataclass
class Mail:
    subject: str = ""
    sender: str = ""
    date: dt.datetime | None = None
    attachments: list[Attachment] = field(default_factory=list)
    defects: list[str] = field(default_factory=list)

    def has_mark(self, call: Call) -> bool:
        """The subject carries the call's mark (通知四: 均注明“新型标准化技术组织试点申报”)."""
        return call.subject_mark in self.subject


def _header(message: EmailMessage, name: str) -> str:
    try:
        value = message.get(name)
        return limits.excerpt(" ".join(str(value).split()), 200) if value is not None else ""
    except (ValueError, TypeError, IndexError, LookupError):  # a header the policy cannot parse
        return ""


def _date(message: EmailMessage) -> dt.datetime | None:
    raw = _header(message, "Date")
    try:
        parsed = email.utils.parsedate_to_datetime(raw) if raw else None
    except (ValueError, TypeError, IndexError):
        return None
    if parsed is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone(dt.timedelta(hours=8)))  # (Shanghai's)
    return parsed


def read_mail(path: Path, call: Call) -> Mail:
    """Parse the ``.eml`` at ``path``; ``MailRefused`` if it is too large or not a mail."""
    most = MAIL_FACTOR * call.mail_limit_mb * limits.MEGABYTE
    shown = limits.excerpt(path.name, 60)
    try:
        size = path.stat().st_size
        if size > most:
            raise MailRefused(f"邮件「{shown}」有 {limits.megabytes(size)}，超过 {limits.megabytes(most)}"
                              " 的上限，不是一封申报邮件，未读取。")
        raw = path.read_bytes()
    except OSError as error:
        raise MailRefused(f"无法读取邮件「{shown}」：{error.strerror}") from error
    head, body = _split_head(raw)
    message = _headers(head)
    if not message.keys():
        raise MailRefused(f"「{shown}」不是邮件文件（没有邮件头），无法读取。")
    mail = Mail(_header(message, "Subject"), _header(message, "From"), _date(message))
    mail.defects = [type(defect).__name__ for defect in message.defects]
    for part, content in _leaves(message, body, 0):
        name = part.get_filename()
        if name is None and part.get_content_disposition() != "attachment":
            continue
        name = limits.excerpt(name or "未命名附件", 120)
        payload = _decoded(part, content)
        if payload is None:
            mail.defects.append(f"附件「{name}」无法解码")
            continue
        is_zip = name.lower().endswith(".zip") or part.get_content_type() in (
            "application/zip", "application/x-zip-compressed")
        mail.attachments.append(Attachment(name, payload, is_zip))
    return mail


# The standard library's parser reads a mail line by line in Python: a 20 MB package in
# base64 is 360,000 lines and took seconds per mail. A MIME body is split here on its
# boundaries (bytes searches), each part's headers parsed by the standard library and
# its body decoded in one call.
MAX_NESTING = 5  # multipart inside multipart: a forwarded mail is two or three deep


def _split_head(raw: bytes) -> tuple[bytes, bytes]:
    """The headers and the body: split at the first blank line (CRLF or LF)."""
    ends = [(at, len(mark)) for mark in (b"\r\n\r\n", b"\n\n") if (at := raw.find(mark)) >= 0]
    if not ends:
        return raw, b""
    at, length = min(ends)
    return raw[:at], raw[at + length:]


def _headers(head: bytes) -> EmailMessage:
    parsed = BytesHeaderParser(policy=email.policy.default).parsebytes(head + b"\r\n\r\n")
    assert isinstance(parsed, EmailMessage)  # (the default policy's class)
    return parsed


def _leaves(part: EmailMessage, body: bytes, depth: int) -> Iterator[tuple[EmailMessage, bytes]]:
    """Every non-multipart part under ``part`` with its (still encoded) body; a forwarded
    mail (message/rfc822) is looked into as well."""
    if part.get_content_type() == "message/rfc822" and depth <= MAX_NESTING:
        head, content = _split_head(body)
        yield from _leaves(_headers(head), content, depth + 1)
        return
    boundary = part.get_param("boundary") if part.get_content_maintype() == "multipart" else None
    if not isinstance(boundary, str) or depth > MAX_NESTING:
        yield part, body
        return
    marker = b"\n--" + boundary.encode("utf-8", "replace")
    pieces = (b"\n" + body).split(marker)  # (a bytes search: a regular expression took seconds)
    for piece in pieces[1:]:
        if piece.startswith(b"--"):  # the closing delimiter
            break
        piece = piece.split(b"\n", 1)[1] if b"\n" in piece else b""  # the rest of the delimiter line
        head, content = _split_head(piece)
        content = content[:-1] if content.endswith(b"\r") else content  # the CR before the next
        yield from _leaves(_headers(head), content, depth + 1)


def _decoded(part: EmailMessage, content: bytes) -> bytes | None:
    encoding = str(part.get("Content-Transfer-Encoding", "")).strip().lower()
    try:
        if encoding == "base64":
            joined = content.replace(b"\r\n", b"").replace(b"\n", b"")
            try:  # strict is three times faster; a mail with stray characters is read leniently
                return binascii.a2b_base64(joined, strict_mode=True)
            except binascii.Error:
                return base64.b64decode(content)
        if encoding == "quoted-printable":
            return quopri.decodestring(content)
    except (ValueError, binascii.Error):
        return None
    return content
