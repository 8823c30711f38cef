"""Everything that goes out (FORM.md "What goes out", 通知四), written into one folder:

- ``申报书.pdf`` and ``申报书-打印两份.pdf``: the form, and the copies to print;
- ``邮寄封面.pdf``: the sheet for the envelope of the paper copies;
- ``<mark>-<申报单位>.zip``: the electronic materials, and beside it a ``.eml`` draft
  of the e-mail that sends them.

``take_snapshot`` reads the file once (the UI does it in its worker thread, through a
read-only connection); writing works from that snapshot, except that attachments are
read one at a time as the zip needs them and checked against the snapshot's hashes.
Nothing is written while the check finds errors, and every file appears whole or not
at all (written beside its target, then renamed into place).
"""

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import model, package, rules
from app.call import Call, load_call
from app.document import ApplicationFile
from app.files import write_atomically
from app.hant import SIMPLIFIED
from app.json_io import application_to_json, canonical_json, checksum_of
from app.rules.facts import Facts, load_facts
from app.text import Text

FORM_FILE = "申报书.pdf"
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
    """The user cancelled; nothing of the unfinished file was left."""


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


@dataclass
class Result:
    """What an export wrote, and what the user should know before sending it."""

    files: list[Path] = field(default_factory=list)
    zip_path: Path | None = None
    mail_path: Path | None = None
    checksum: str = ""
    warnings: list[str] = field(default_factory=list)
    subject: str = ""
    recipient: str = ""


def take_snapshot(doc: ApplicationFile, today: dt.date | None = None) -> Snapshot:
    today = today or dt.date.today()
    data = application_to_json(doc)
    ids = [row.id or 0 for row in doc.rows(model.Attachment)]
    return Snapshot(load_facts(doc, today), checksum_of(data), load_call(),
                    rules.check(doc, today), data, doc.path, ids)


READ_CHUNK = 256 * 1024  # bytes of an attachment read at a time


def _attachment_pieces(snapshot: Snapshot, index: int) -> Callable[[], Iterator[bytes]]:
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
                        digest.update(piece)
                        yield piece
        finally:
            connection.close()
        if digest.hexdigest() != item["sha256"]:
            raise ExportChanged(Text("附件「{name}」在输出过程中被修改或删除，请再输出一次。",
                                     name=item["name"]))

    return pieces


def export(snapshot: Snapshot, out_dir: Path, progress: Progress | None = None,
           cancelled: Callable[[], bool] = lambda: False, language: str = SIMPLIFIED) -> Result:
    """Write every output into ``out_dir``; refused while the check has errors.

    ``language`` is the document language (``app.hant``): the form, the mailing sheet and
    the e-mail draft; the electronic data and the file names stay as they are.
    """
    from app import pdf  # reportlab is loaded only when something is printed
    from app.pdf.mailing import render_mailing_sheet

    if any(p.severity == rules.ERROR for p in snapshot.problems):
        raise ExportBlocked(snapshot.problems)

    def step(percent: int, text: str) -> None:
        if cancelled():
            raise ExportCancelled()
        if progress is not None:
            progress(percent, text)

    step(0, Text("正在生成申报书…"))
    call, facts = snapshot.call, snapshot.facts
    form = pdf.render(facts, snapshot.checksum, call, language)
    step(50, Text("正在生成打印用申报书（{n}份）和邮寄封面…", n=call.paper_copies))
    outputs = [(FORM_FILE, form), (TWO_COPIES_FILE, pdf.repeat(form, call.paper_copies)),
               (MAILING_FILE, render_mailing_sheet(facts, call, snapshot.checksum, language))]
    step(65, Text("正在打包电子版…"))
    applicant = facts.applicant_member.name
    name = package.package_name(call, applicant)
    json_bytes = canonical_json(snapshot.data).encode("utf-8")
    attachments = snapshot.data["attachments"]
    rows = [package.describe(FORM_FILE, form), package.describe(package.JSON_NAME, json_bytes)]
    rows += [(item["file"], item["size"], item["sha256"]) for item in attachments]
    listing_bytes = package.manifest(rows, snapshot.checksum, f"{call.subject_mark}：{applicant}")
    entries: list[tuple[str, Callable[[], Iterable[bytes]]]] = [
        (FORM_FILE, lambda: [form]), (package.JSON_NAME, lambda: [json_bytes]),
        *[(item["file"], _attachment_pieces(snapshot, n)) for n, item in enumerate(attachments)],
        (package.MANIFEST_NAME, lambda: [listing_bytes])]
    out_dir.mkdir(parents=True, exist_ok=True)
    result = Result(checksum=snapshot.checksum, recipient=call.email,
                    subject=package.mail_subject(call, applicant, language))
    for file_name, payload in outputs:
        step(70, Text("正在写入{name}…", name=file_name))
        write_atomically(out_dir / file_name, payload)
        result.files.append(out_dir / file_name)
    step(80, Text("正在写入压缩包…"))
    zip_path = out_dir / f"{name}.zip"
    write_atomically(zip_path, lambda path: package.write_zip(path, entries))
    step(90, Text("正在写入邮件草稿…"))
    listing = [entry for entry, _data in entries]
    mail_path = out_dir / f"{name}.eml"
    write_atomically(mail_path, lambda path: package.write_mail_draft(
        path, call, applicant, zip_path, snapshot.checksum, listing, language))
    result.files += [zip_path, mail_path]
    result.zip_path, result.mail_path = zip_path, mail_path
    sizes = [(item["name"], item["size"]) for item in attachments]
    warning = package.size_warning(zip_path.stat().st_size, sizes, call)
    if warning:
        result.warnings.append(warning)
    if progress is not None:
        progress(100, Text("完成"))
    return result
