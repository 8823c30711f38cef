"""What the last outputs were, kept in the application file so it follows the file.

A clerk makes the outputs, closes the program and comes back days later: which files
were made, where, when, from which content? The record (``Application.last_outputs``,
JSON, schema 4) answers, and ``status`` compares it with the file as it is now and
with the folder: the same content (checksum) and script, or changed since; each file
still there as written, or gone or replaced. A stale paper copy is the costliest
mistake of the whole procedure, so "changed" is said whenever in doubt.

The record arrives inside a received file, so it is read as untrusted: a crafted one
names only files of the outputs' kinds, plainly inside its folder (``_plain``), and
anything else in it makes it "no record".
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app import tables
from app.hant import DOCUMENT_LANGUAGES, SIMPLIFIED

if TYPE_CHECKING:
    from app.document import ApplicationFile

OUTPUT_KINDS = (".pdf", ".docx", ".zip", ".eml")  # what an export writes; nothing else is opened
FOLDER_SUFFIX = "-申报材料"  # the default output folder: "<file name>-申报材料", in every language

@dataclass(frozen=True)
class OutputFile:
    """One file of a set, and how it was when written (to tell it was replaced since)."""

    name: str
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class OutputRecord:
    folder: Path
    files: tuple[OutputFile, ...]
    made: str  # local time, ISO, to the second
    checksum: str  # of the content the outputs were made from (app.json_io.checksum_of)
    script: str  # app.hant: SIMPLIFIED or TRADITIONAL
    recipient: str = ""  # the e-mail draft's, for 复制收件地址和主题
    subject: str = ""
    # The checksum of the call they were made under (app.call.Call.checksum); "" in a
    # record written before calls were loadable, which were all made under the bundled one.
    call: str = ""
    # The content they were made from (app.compare_source.pack), for 与上次输出比较.
    content: str = ""

    def path(self, name: str) -> Path:
        return self.folder / name

    def of_kind(self, suffix: str) -> Path | None:
        """The set's file ending in ``suffix`` (the zip, the mail draft), if it has one."""
        return next((self.path(f.name) for f in self.files if f.name.endswith(suffix)), None)


@dataclass(frozen=True)
class Status:
    """The recorded outputs against the file now and the folder now."""

    content_changed: bool  # the application's content differs from what they were made from
    script_changed: bool  # the document script differs from theirs
    missing: tuple[str, ...] = ()  # names no longer in the folder
    replaced: tuple[str, ...] = ()  # names there, but not the files written then
    call_changed: bool = False  # the application answers another call (or version) now

    @property
    def usable(self) -> bool:
        """The files may be sent: all there as written, from the content as it is now."""
        return not (self.content_changed or self.script_changed or self.missing
                    or self.replaced or self.call_changed)


def default_folder(application_file: Path) -> Path:
    """Beside the application file, named after it; the same whatever the languages."""
    return application_file.parent / f"{application_file.stem}{FOLDER_SUFFIX}"


def script_of(doc: ApplicationFile) -> str:
    """The application's document script; Simplified unless Traditional was chosen."""
    value = getattr(doc.section(tables.Application), "document_script", SIMPLIFIED)
    return value if value in DOCUMENT_LANGUAGES else SIMPLIFIED


def _stat(path: Path) -> OutputFile | None:
    try:
        found = path.stat()
    except OSError:
        return None
    return OutputFile(path.name, found.st_size, found.st_mtime_ns)


def make(folder: Path, names: Iterable[str], checksum: str, script: str,
         recipient: str = "", subject: str = "", made: dt.datetime | None = None,
         call: str = "") -> OutputRecord:
    """The record of a set just written into ``folder`` (each file as it is now);
    ``call`` is the checksum of the call it was made under."""
    written = [_stat(folder / name) for name in names]
    when = (made or dt.datetime.now()).replace(microsecond=0).isoformat(sep=" ")
    return OutputRecord(folder, tuple(f for f in written if f is not None), when, checksum,
                        script, recipient, subject, call)


def to_text(record: OutputRecord, application_file: Path) -> str:
    """JSON for the file. The folder is kept relative to the file's when it is inside it,
    so a file moved with its outputs (a USB stick, another PC) still finds them."""
    folder = record.folder
    try:
        shown = folder.resolve().relative_to(application_file.parent.resolve()).as_posix()
    except (ValueError, OSError):
        shown = str(folder)
    return json.dumps({
        "folder": shown, "relative": not Path(shown).is_absolute(),
        "files": [[f.name, f.size, f.mtime_ns] for f in record.files], "made": record.made,
        "checksum": record.checksum, "script": record.script, "recipient": record.recipient,
        "subject": record.subject, "call": record.call,
        **({"content": record.content} if record.content else {})}, ensure_ascii=False)


def _plain(name: object) -> bool:
    """A name of an output, plainly in the folder (never a path leading elsewhere)."""
    return (isinstance(name, str) and bool(name) and name == Path(name).name
            and "\\" not in name and "/" not in name and name not in (".", "..")
            and name.lower().endswith(OUTPUT_KINDS))


def _file(item: Any) -> OutputFile | None:
    if (isinstance(item, list) and len(item) == 3 and _plain(item[0])
            and all(isinstance(n, int) and not isinstance(n, bool) for n in item[1:])):
        return OutputFile(item[0], item[1], item[2])
    return None


def from_text(text: str, application_file: Path) -> OutputRecord | None:
    """The record in ``text``; None for none, or for anything not as ``to_text`` writes."""
    try:
        data = json.loads(text) if text else None
    except (ValueError, RecursionError):  # (RecursionError: thousands of nested brackets)
        return None
    if not isinstance(data, dict):
        return None
    strings = ("folder", "made", "checksum", "script", "recipient", "subject")
    if not all(isinstance(data.get(key), str) for key in strings) or not data["folder"]:
        return None
    files = [_file(item) for item in data.get("files") or []]
    if not files or None in files:
        return None
    folder = Path(data["folder"])
    if data.get("relative") is True:
        if folder.is_absolute() or ".." in folder.parts:
            return None
        folder = application_file.parent / folder
    call = data.get("call", "")
    return OutputRecord(folder, tuple(f for f in files if f is not None), data["made"],
                        data["checksum"], data["script"] if data["script"] in DOCUMENT_LANGUAGES
                        else SIMPLIFIED, data["recipient"], data["subject"],
                        call if isinstance(call, str) else "",
                        data["content"] if isinstance(data.get("content"), str) else "")


def read(doc: ApplicationFile) -> OutputRecord | None:
    text = getattr(doc.section(tables.Application), "last_outputs", "")
    return from_text(text if isinstance(text, str) else "", doc.path)


def write(doc: ApplicationFile, record: OutputRecord) -> None:
    """Keep ``record`` in the file (one committed write, not an undoable edit)."""
    doc.set_value(tables.Application, 1, "last_outputs", to_text(record, doc.path))


def current_checksum(doc: ApplicationFile) -> str:
    """The checksum the outputs would carry if made now."""
    from app.json_io import application_to_json, checksum_of

    return checksum_of(application_to_json(doc))


def status(record: OutputRecord, checksum: str, script: str, call: str = "") -> Status:
    """How the recorded outputs stand against the file's ``checksum``, ``script`` and the
    checksum of its ``call`` ("" when the caller does not compare calls)."""
    missing, replaced = [], []
    for written in record.files:
        now = _stat(record.path(written.name))
        if now is None:
            missing.append(written.name)
        elif (now.size, now.mtime_ns) != (written.size, written.mtime_ns):
            replaced.append(written.name)  # another export, or edited by hand
    made_under = record.call or _bundled_checksum()
    return Status(checksum != record.checksum, script != record.script, tuple(missing),
                  tuple(replaced), bool(call) and call != made_under)


def _bundled_checksum() -> str:
    from app.call_store import bundled

    return bundled().checksum
