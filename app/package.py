"""The electronic materials (通知四): one zip for e-mail, its manifest, and a mail draft.

The zip holds the form PDF, ``application.json`` with its attachments under ``附件/``
(unpacked, the folder imports back with ``import-json``) and ``文件清单.txt``. Entry
names are cleaned of what Windows forbids, never absolute and never with ``..``, and
read the same by every reader (``entry_info``). Timestamps, order and attributes are
fixed, so the same application always gives the same bytes.
"""

import base64
import hashlib
import struct
import urllib.parse
import zipfile
import zlib
from collections.abc import Callable, Iterable
from email.header import Header
from pathlib import Path, PurePosixPath

from app.call import Call
from app.exchange import safe_file_name
from app.hant import SIMPLIFIED, fixed, writing_in
from app.text import Text

JSON_NAME = "application.json"
MANIFEST_NAME = "文件清单.txt"
ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # the earliest a zip can say; the same on every export
MEGABYTE = 1024 * 1024
LARGEST_SHOWN = 3
ALREADY_COMPRESSED = {".pdf", ".ofd", ".jpg", ".jpeg", ".png", ".docx", ".xlsx", ".zip"}
ENCODE_CHUNK = 57 * 1024  # bytes: a whole number of 76-character base64 lines
CRLF = "\r\n"  # the only line end of a mail (RFC 5322 2.3), in every part
UNIX = 3  # "version made by" host: the names are not in a DOS code page
REGULAR_FILE = 0o100644 << 16  # a plain file, rw-r--r--, in the Unix half of the attributes
UNICODE_PATH = 0x7075  # Info-ZIP Unicode Path extra field (APPNOTE 4.6.9)


def package_name(call: Call, applicant: str) -> str:
    """``新型标准化技术组织试点申报-<申报单位>``, safe as a Windows file name."""
    return safe_file_name(f"{call.subject_mark}-{applicant or '申报单位'}", limit=80)


def safe_entry(name: str) -> str:
    """A zip entry name no extractor can take outside its folder or Windows refuses."""
    parts = [safe_file_name(part) for part in PurePosixPath(name.replace("\\", "/")).parts
             if part not in ("", ".", "..", "/")]
    return "/".join(part for part in parts if part not in (".", "..")) or "_"


def describe(name: str, data: bytes) -> tuple[str, int, str]:
    """A manifest row: name, size, SHA-256."""
    return name, len(data), hashlib.sha256(data).hexdigest()


def manifest(rows: list[tuple[str, int, str]], checksum: str, title: str) -> bytes:
    """文件清单.txt: each file's name, size and SHA-256, and the paper pages' checksum.

    CRLF and a BOM, so Notepad on any Windows shows it right.
    """
    lines = [title, f"申报书校验码（与纸质申报书每页页脚一致）：{checksum}", "",
             "文件\t大小（字节）\tSHA-256"]
    lines += [f"{name}\t{size}\t{digest}" for name, size, digest in rows]
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")


def entry_info(name: str) -> zipfile.ZipInfo:
    """The header of one entry, its name read the same by every reader.

    The name is UTF-8 with the UTF-8 flag, and the entry says it was made on Unix: Info-ZIP
    ``unzip``/``zipinfo`` 6.0 translate a name made on MS-DOS from the OEM code page even
    when it is flagged UTF-8 (they undo it only for an entry with an extra field), so
    every Chinese name came out garbled there and the unpacked folder did not import. A
    non-ASCII name also carries the Info-ZIP Unicode Path field: Info-ZIP's own Windows
    build takes the UTF-8 name only from there, and Bandizip, 7-Zip, WinRAR and WinZip
    read it too. Explorer (Windows 8 on; reports on 7 differ), 7-Zip, WinRAR, Bandizip and
    Python honour the flag whatever the host.
    """
    info = zipfile.ZipInfo(safe_entry(name), date_time=ZIP_TIME)
    info.create_system = UNIX
    info.external_attr = REGULAR_FILE
    # (zipfile sets the UTF-8 flag itself, for every name that is not ASCII.)
    encoded = info.filename.encode("utf-8")
    if not info.filename.isascii():
        field = struct.pack("<BI", 1, zlib.crc32(encoded)) + encoded  # version 1, CRC of the name
        info.extra = struct.pack("<HH", UNICODE_PATH, len(field)) + field
    return info


def write_zip(target: Path, entries: Iterable[tuple[str, Callable[[], Iterable[bytes]]]]) -> None:
    """Write ``entries`` to ``target`` with fixed metadata (the caller picks a temp path).

    Each entry's content comes in pieces, fetched only as it is written: an attachment
    is never in memory whole, whatever its size or the package's.
    """
    with zipfile.ZipFile(target, "w") as archive:
        for name, pieces in entries:
            info = entry_info(name)
            # Scans, PDFs and Office files are compressed already: deflating them again
            # costs time for nothing.
            stored = Path(name).suffix.lower() in ALREADY_COMPRESSED
            info.compress_type = zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED  # (level 6)
            with archive.open(info, "w") as entry:
                for piece in pieces():
                    entry.write(piece)


def size_warning(zip_size: int, attachments: list[tuple[str, int]], call: Call) -> Text | str:
    """A Chinese warning when the zip is over the call's mail limit, naming the largest."""
    if zip_size <= call.mail_limit_mb * MEGABYTE:
        return ""
    largest = sorted(attachments, key=lambda item: -item[1])[:LARGEST_SHOWN]
    named = [Text("「{name}」（{size} MB）", name=name, size=f"{size / MEGABYTE:.1f}")
             for name, size in largest]
    return Text("压缩包有 {size} MB，超过邮件附件上限 {limit} MB，可能发送失败。最大的附件是：{named}。"
                "请把扫描件压缩后（如降低分辨率至 150–200 dpi、改为黑白或灰度）重新上传，再输出一次。",
                size=f"{zip_size / MEGABYTE:.1f}", limit=call.mail_limit_mb, named=named)


def mail_subject(call: Call, applicant: str, language: str = SIMPLIFIED) -> str:
    """The e-mail's subject, the call's mark first (通知四): the mark as the bureau wrote
    it (its mailbox filters on it, whatever the document's script), the applicant's name
    as typed."""
    with writing_in(language, verbatim=call.identifiers):
        return f"{fixed(call.subject_mark)}-{applicant}"


def _base64_lines(data: bytes) -> bytes:
    """``data`` in base64 lines of 76 characters, each ending in CRLF."""
    return base64.encodebytes(data).replace(b"\n", CRLF.encode("ascii"))


def _encoded_word(text: str) -> str:
    return "=?utf-8?B?" + base64.b64encode(text.encode("utf-8")).decode("ascii") + "?="


def write_mail_draft(target: Path, call: Call, applicant: str, zip_path: Path, checksum: str,
                     listing: list[str], language: str = SIMPLIFIED) -> None:
    """An .eml at ``target`` that Outlook opens as a new, unsent message with the zip.

    No From, Date or Message-ID: the mail program fills them. The zip's Chinese name
    goes both ways, RFC 2231 ``filename*`` and an RFC 2047 ``name=`` (Outlook reads only
    the latter). The zip is encoded in pieces straight into the file, so a 20 MB package
    never sits in memory whole (and the window's thread never waits on one long
    encoding). The boundary comes from the checksum, so the draft is reproducible.
    Every line ends in CRLF, as RFC 5322 asks: the folded subject and the base64 lines
    too (a bare LF is what some mail programs and servers reject or mangle).
    """
    boundary = f"=_sto-apply_{checksum}"
    # The fixed words in the draft's language; the names as typed, the mark as issued.
    with writing_in(language, verbatim=call.identifiers):
        body = CRLF.join([
            fixed(f"{call.issuer}{call.contact_name}老师："), "",
            "　　" + applicant + fixed("报送新型标准化技术组织创建申报材料电子版，请查收。"),
            fixed("　　附件：{name}，内含：").format(name=zip_path.name),
            *[f"　　　　{item}" for item in listing],
            fixed("　　申报书校验码：{checksum}（与纸质申报书每页页脚一致）。").format(checksum=checksum),
            fixed(f"　　纸质申报书一式{call.copies_text}份已（将）寄送{call.postal_address}。"), "",
            applicant,
        ])
    headers = [
        f'Content-Type: multipart/mixed; boundary="{boundary}"',
        "MIME-Version: 1.0",
        "X-Unsent: 1",
        f"To: {call.email}",
        f"Subject: {Header(mail_subject(call, applicant, language), 'utf-8').encode(linesep=CRLF)}",
        "",
        f"--{boundary}",
        'Content-Type: text/plain; charset="utf-8"',
        "Content-Transfer-Encoding: base64",
        "",
        _base64_lines(body.encode("utf-8")).decode("ascii").rstrip(CRLF),
        f"--{boundary}",
        f'Content-Type: application/zip; name="{_encoded_word(zip_path.name)}"',
        "Content-Transfer-Encoding: base64",
        f"Content-Disposition: attachment; filename*=utf-8''{urllib.parse.quote(zip_path.name)}",
        "",
    ]
    with target.open("wb") as out, zip_path.open("rb") as source:
        out.write((CRLF.join(headers) + CRLF).encode("utf-8"))
        while chunk := source.read(ENCODE_CHUNK):
            out.write(_base64_lines(chunk))
        out.write(f"--{boundary}--{CRLF}".encode("ascii"))
