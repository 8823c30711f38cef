"""The e-mail draft to a member (.eml): an unsent message (X-Unsent) that Outlook, Foxmail
and Thunderbird open ready to send, with the workbook and the support letter attached,
addressed to the member's contact when the lead knows the address.

Built as ``app.package.write_mail_draft`` builds the bureau's: CRLF throughout, the
attachments' Chinese names both ways (RFC 2231 and RFC 2047), no From, Date or
Message-ID (the mail program fills them), the boundary from the checksum so the same
packet gives the same bytes.
"""

import urllib.parse
from email.header import Header
from pathlib import Path

from app import choices
from app.package import CRLF, _base64_lines, _encoded_word
from app.packets.workbook import Request

TYPES = {".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
         ".pdf": "application/pdf",
         ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def _recipient(name: str, email: str) -> str:
    if not email:
        return ""
    return f"{Header(name, 'utf-8').encode()} <{email}>" if name else email


def mail_text(request: Request, member: str, contact: str, files: list[Path]) -> tuple[str, str]:
    """The subject and the body of the draft."""
    unit = "成员单位" if request.org_type == choices.BASE else "合作单位"
    subject = f"请协助填写{request.org_name or '新型标准化技术组织'}申报材料（{member}）"
    body = CRLF.join([
        f"{contact or member}：", "",
        f"　　{request.applicant}正在申报{request.org_name}，贵单位是{unit}。"
        f"请于 {request.return_by:%Y年%m月%d日} 前完成以下两件事：",
        "　　1．用 Excel 或 WPS 打开附件中的填报表，按“填写说明”页填写浅黄色格子，保存后回复本邮件发回；",
        "　　2．打印附件中的支持函，由单位负责人签字并加盖公章，扫描件随本邮件发回，原件寄给我们。",
        "　　附件：" + "、".join(path.name for path in files),
        f"　　申报书校验码：{request.checksum}", "",
        f"　　如有疑问请联系：{request.contact}", "",
        request.applicant,
    ])
    return subject, body


def write_member_mail(target: Path, request: Request, member: str, contact: str, email: str,
                      files: list[Path]) -> Path:
    subject, body = mail_text(request, member, contact, files)
    boundary = f"=_sto-apply_packet_{request.checksum}"
    headers = [
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "MIME-Version: 1.0",
        "X-Unsent: 1",
    ]
    if email:
        headers.append(f"To: {_recipient(contact, email)}")
    headers += [f"Subject: {Header(subject, 'utf-8').encode(linesep=CRLF)}", "",
                f"--{boundary}", 'Content-Type: text/plain; charset="utf-8"',
                "Content-Transfer-Encoding: base64", "",
                _base64_lines(body.encode("utf-8")).decode("ascii").rstrip(CRLF)]
    with Path(target).open("wb") as out:
        out.write((CRLF.join(headers) + CRLF).encode("utf-8"))
        for path in files:
            part = [f"--{boundary}",
                    f'Content-Type: {TYPES.get(path.suffix.lower(), "application/octet-stream")};'
                    f' name="{_encoded_word(path.name)}"',
                    "Content-Transfer-Encoding: base64",
                    f"Content-Disposition: attachment; filename*=utf-8''{urllib.parse.quote(path.name)}",
                    "", ""]
            out.write(CRLF.join(part).encode("ascii"))
            out.write(_base64_lines(path.read_bytes()))
        out.write(f"--{boundary}--{CRLF}".encode("ascii"))
    return Path(target)
