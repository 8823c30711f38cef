"""Everything that goes out (FORM.md "What goes out", 通知四), written into one folder:

- ``申报书.pdf`` and ``申报书-打印两份.pdf``: the form, and the copies to print;
- ``申报书.docx``: the same form as a Word document (``app.docx_form``), which the zip
  holds too when the file says so (``app.docx_choice``);
- ``邮寄封面.pdf``: the sheet for the envelope of the paper copies;
- ``<mark>-<申报单位>.zip``: the electronic materials, and beside it a ``.eml`` draft
  of the e-mail that sends them.

``take_snapshot`` reads the file once (the UI does it in its worker thread, through a
read-only connection); writing works from that snapshot, except that attachments are
read one at a time as the zip needs them and checked against the snapshot's hashes.
Nothing is written while the check finds errors. The outputs are one set: written into
a hidden folder beside them, then put in place together (``app.output_set``), so a
failure, a cancel or a crash leaves the previous set whole, never a mix of the two.
Layout and writing stop within a fraction of a second of ``cancelled()`` becoming true.
"""

import datetime as dt
import errno
import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import docx_choice, model, package, rules
from app.call import Call
from app.call_store import call_of
from app.document import ApplicationFile
from app.hant import SIMPLIFIED
from app.json_io import application_to_json, canonical_json, checksum_of
from app.output_set import OutputSet
from app.rules.facts import Facts, load_facts
from app.text import Text

FORM_FILE = "申报书.pdf"
FORM_DOCX_FILE = "申报书.docx"
TWO_COPIES_FILE = "申报书-打印两份.pdf"
MAILING_FILE = "邮寄封面.pdf"

Progress = Callable[[int, str], None]  # percent done, what is being done


class ExportBlocked(Exception):
    """The check found errors; ``str()`` says how many, in Chinese."""

    def __init__(self, problems: list[rules.Problem]) -> None:
        self.problems = problems
        errors = [p for p in problems if p.severity == rules.ERROR]
        super().__init__(Text("检查发现 {n} 个错误，改正后才能输出申报书。第一个：{first}",
                              n=len(errors), first=errors[0].message))


class ExportChanged(Exception):
    """An attachment changed while the package was being written; say so and retry."""


class ExportCancelled(Exception):
    """The user cancelled; nothing of the unfinished set was left."""


class ExportFailed(OSError):
    """The outputs could not be written; the previous ones are as they were.

    An ``OSError`` (with the output's name and a Chinese reason) for the callers that
    handle those; ``message`` says it all, in Chinese, as an ``app.text.Text``.
    """

    def __init__(self, error: OSError, target: Path) -> None:
        reason = _reason(error)
        super().__init__(error.errno, reason, str(target))
        self.message = Text("无法写入「{name}」：{reason}。之前输出的申报材料保持原样。",
                            name=str(target), reason=reason)

    def __str__(self) -> str:
        return str(self.message)


WINDOWS_SHARING = (32, 33)  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION


def _reason(error: OSError) -> Text | str:
    """Why a write failed, in words a clerk can act on."""
    if getattr(error, "winerror", None) in WINDOWS_SHARING or error.errno in (errno.EACCES,
                                                                             errno.EPERM):
        return Text("没有写入权限，或文件正被其他程序打开（如 PDF 阅读器）；请关闭它或换一个输出文件夹")
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return Text("磁盘空间不足；请腾出空间或换一个输出文件夹")
    if error.errno == errno.EROFS:
        return Text("磁盘是只读的；请换一个输出文件夹")
    if isinstance(error, NotADirectoryError | FileExistsError):
        return Text("路径中有一个同名的文件挡住了文件夹；请换一个输出文件夹")
    if isinstance(error, IsADirectoryError):
        return Text("有一个同名的文件夹挡住了它；请改名或换一个输出文件夹")
    return error.strerror or str(error)


@dataclass(frozen=True)
class Snapshot:
    """What the outputs are made from, read from the file at one moment."""

    facts: Facts
    checksum: str
    call: Call
    problems: list[rules.Problem]
    data: dict[str, Any]  # the exchange JSON (issue 2's schema), attachments by hash
    path: Path  # the application file, for the attachments' bytes, read one at a time
    attachment_ids: list[int]  # in the order of data["attachments"]
    docx_in_package: bool = True  # the file's choice (app.docx_choice)


@dataclass
class Result:
    """What an export wrote, and what the user should know before sending it."""

    files: list[Path] = field(default_factory=list)
    zip_path: Path | None = None
    mail_path: Path | None = None
    checksum: str = ""
    warnings: list[str] = field(default_factory=list)
    subject: str = ""
    call: str = ""  # the checksum of the call the outputs were made under
    recipient: str = ""


def take_snapshot(doc: ApplicationFile, today: dt.date | None = None) -> Snapshot:
    today = today or dt.date.today()
    data = application_to_json(doc)
    ids = [row.id or 0 for row in doc.rows(model.Attachment)]
    return Snapshot(load_facts(doc, today), checksum_of(data), call_of(doc),
                    rules.check(doc, today), data, doc.path, ids, docx_choice.in_package(doc))


READ_CHUNK = 256 * 1024  # bytes of an attachment read at a time


def _attachment_pieces(snapshot: Snapshot, index: int,
                       check: Callable[[], None]) -> Callable[[], Iterator[bytes]]:
    """Reads one attachment from the file in pieces as the zip writes it, and makes sure
    it is still the one the snapshot describes (the user may go on editing meanwhile)."""
    item, attachment_id = snapshot.data["attachments"][index], snapshot.attachment_ids[index]

    def pieces() -> Iterator[bytes]:
        uri = f"{snapshot.path.resolve().as_uri()}?mode=ro"
        connection = sqlite3.connect(uri, uri=True)
        digest = hashlib.sha256()
        try:
            row = connection.execute("SELECT rowid FROM attachmentblob WHERE attachment_id = ?",
                                     (attachment_id,)).fetchone()
            if row is not None:
                with connection.blobopen("attachmentblob", "data", row[0], readonly=True) as blob:
                    while piece := blob.read(READ_CHUNK):
                        check()
                        digest.update(piece)
                        yield piece
        finally:
            connection.close()
        if digest.hexdigest() != item["sha256"]:
            raise ExportChanged(Text("附件「{name}」在输出过程中被修改或删除，请再输出一次。",
                                     name=item["name"]))

    return pieces


def export(snapshot: Snapshot, out_dir: Path, progress: Progress | None = None,
           cancelled: Callable[[], bool] = lambda: False, language: str = SIMPLIFIED,
           docx_in_package: bool | None = None) -> Result:
    """Write every output into ``out_dir`` as one set; refused while the check has errors.

    ``language`` is the document language (``app.hant``): the form, the mailing sheet and
    the e-mail draft; the electronic data and the file names stay as they are.
    ``docx_in_package`` puts 申报书.docx into the zip too (None: as the file says). Raises
    ``ExportCancelled`` soon after ``cancelled()`` turns true, ``ExportFailed`` when the
    disk refuses; either way the folder keeps the outputs it had.
    """
    from app import docx_form, pdf  # reportlab and python-docx load only when needed
    from app.pdf.mailing import render_mailing_sheet

    if any(p.severity == rules.ERROR for p in snapshot.problems):
        raise ExportBlocked(snapshot.problems)

    def check() -> None:
        if cancelled():
            raise ExportCancelled()

    def step(percent: int, text: str) -> None:
        check()
        if progress is not None:
            progress(percent, text)

    step(0, Text("正在生成申报书…"))
    call, facts = snapshot.call, snapshot.facts
    form = pdf.render(facts, snapshot.checksum, call, language, check=check)
    step(40, Text("正在生成申报书 Word 版…"))
    form_docx = docx_form.render(facts, snapshot.checksum, call, language, check=check)
    step(55, Text("正在生成打印用申报书（{n}份）和邮寄封面…", n=call.paper_copies))
    outputs = [(FORM_FILE, form), (TWO_COPIES_FILE, pdf.repeat(form, call.paper_copies)),
               (MAILING_FILE, render_mailing_sheet(facts, call, snapshot.checksum, language,
                                                   check=check)),
               (FORM_DOCX_FILE, form_docx)]
    with_docx = snapshot.docx_in_package if docx_in_package is None else docx_in_package
    forms = [(FORM_FILE, form), *([(FORM_DOCX_FILE, form_docx)] if with_docx else [])]
    step(65, Text("正在打包电子版…"))
    applicant = facts.applicant_member.name
    name = package.package_name(call, applicant)
    json_bytes = canonical_json(snapshot.data).encode("utf-8")
    attachments = snapshot.data["attachments"]
    rows = [*[package.describe(name, data) for name, data in forms],
            package.describe(package.JSON_NAME, json_bytes)]
    rows += [(item["file"], item["size"], item["sha256"]) for item in attachments]
    listing_bytes = package.manifest(rows, snapshot.checksum, f"{call.subject_mark}：{applicant}")
    entries: list[tuple[str, Callable[[], Iterable[bytes]]]] = [
        *[(name, lambda data=data: [data]) for name, data in forms],
        (package.JSON_NAME, lambda: [json_bytes]),
        *[(item["file"], _attachment_pieces(snapshot, n, check))
          for n, item in enumerate(attachments)],
        (package.MANIFEST_NAME, lambda: [listing_bytes])]
    zip_name, mail_name = f"{name}.zip", f"{name}.eml"
    names = [file_name for file_name, _payload in outputs] + [zip_name, mail_name]
    target = out_dir
    try:
        with OutputSet(out_dir) as staged:
            for file_name, payload in outputs:
                step(70, Text("正在写入{name}…", name=file_name))
                target = out_dir / file_name
                staged.path(file_name).write_bytes(payload)
            step(80, Text("正在写入压缩包…"))
            target = out_dir / zip_name
            package.write_zip(staged.path(zip_name), entries)
            step(90, Text("正在写入邮件草稿…"))
            target = out_dir / mail_name
            listing = [entry for entry, _data in entries]
            package.write_mail_draft(staged.path(mail_name), call, applicant, staged.path(zip_name),
                                     snapshot.checksum, listing, language)
            zip_size = staged.path(zip_name).stat().st_size
            check()  # the last moment a cancel keeps the previous set
            target = out_dir
            staged.commit(names)
    except OSError as error:
        raise ExportFailed(error, target) from error
    result = Result(files=[out_dir / file_name for file_name in names], checksum=snapshot.checksum,
                    recipient=call.email, subject=package.mail_subject(call, applicant, language),
                    zip_path=out_dir / zip_name, mail_path=out_dir / mail_name,
                    call=call.checksum)
    sizes = [(item["name"], item["size"]) for item in attachments]
    warning = package.size_warning(zip_size, sizes, call)
    if warning:
        result.warnings.append(warning)
    if progress is not None:
        progress(100, Text("完成"))
    return result
