"""A saved e-mail (``.eml``): its subject, sender and date, and the zips it carries.

The mail is untrusted: it is read only up to a size a mail with one package can have,
parsed with the standard library's policy (which never raises on a broken header but
records a defect), and a part that cannot be decoded is named, not fatal.
"""

import datetime as dt
import email
import email.policy
import email.utils
from dataclasses import dataclass, field
from email.message import EmailMessage
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
    message = email.message_from_bytes(raw, policy=email.policy.default)
    if not isinstance(message, EmailMessage) or not (message.keys()):
        raise MailRefused(f"「{shown}」不是邮件文件（没有邮件头），无法读取。")
    mail = Mail(_header(message, "Subject"), _header(message, "From"), _date(message))
    mail.defects = [type(defect).__name__ for defect in message.defects]
    for part in message.walk():
        if part.is_multipart():
            continue
        name = part.get_filename()
        if name is None and part.get_content_disposition() != "attachment":
            continue
        name = limits.excerpt(name or "未命名附件", 120)
        try:
            payload = part.get_payload(decode=True)
        except (ValueError, TypeError, LookupError, AssertionError):
            payload = None
        if not isinstance(payload, bytes):
            mail.defects.append(f"附件「{name}」无法解码")
            continue
        is_zip = name.lower().endswith(".zip") or part.get_content_type() in (
            "application/zip", "application/x-zip-compressed")
        mail.attachments.append(Attachment(name, payload, is_zip))
    return mail
