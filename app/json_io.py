"""``export-json`` and ``import-json``: the whole application as JSON plus its attachments.

Import builds the new file beside the target under a temporary name and renames it into
place only when everything was read and checked, so a refused or cancelled import leaves
nothing. It is one transaction, rows appended in order, so its time grows with the rows;
what it reads is bounded (``app.limits``) before it is read, and the received values are
distrusted: every message quotes them shortened, never whole.
"""

import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from app import exchange, limits, model, reading
from app.call import Call
from app.call_store import bundled, check_offers
from app.document import ApplicationFile
from app.files import write_atomically
from app.json_checks import ImportRefused, check_choices, check_values, parse, validate

__all__ = ["ImportCancelled", "ImportRefused", "application_to_json", "export_json",
           "import_json", "read_json"]

Progress = Callable[[int, int], None]  # (done, of): rows and attachments
CHUNK_ROWS = 200  # rows appended between two looks at the cancel flag: a few ms


class ImportCancelled(ImportRefused):
    """The user cancelled; nothing was created."""

    def __init__(self) -> None:
        super().__init__("已取消导入，未创建任何文件。")


def application_to_json(doc: ApplicationFile) -> dict[str, Any]:
    """The application as the exchange dict; attachments carry their future file names."""
    members = doc.rows(model.Member)
    member_index = {m.id: i for i, m in enumerate(members) if m.id is not None}
    data: dict[str, Any] = {"format": exchange.FORMAT, "format_version": exchange.FORMAT_VERSION}
    for key, table in exchange.SECTIONS.items():
        data[key] = exchange.row_to_json(table, doc.section(table), member_index)
    for key, table in exchange.LISTS.items():
        rows = members if table is model.Member else doc.rows(table)
        data[key] = [exchange.row_to_json(table, row, member_index) for row in rows]
    names = exchange.attachment_file_names((item["kind"], item["name"]) for item in data["attachments"])
    for item, name in zip(data["attachments"], names, strict=True):
        item["file"] = f"{exchange.ATTACHMENT_FOLDER}/{name}"
    return data


def canonical_json(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


CHECKSUM_DIGITS = 12


def application_checksum(doc: ApplicationFile) -> str:
    """The short SHA-256 of the canonical JSON (attachments by their hash), printed on
    every page and written into the package, so paper and electronic copies match."""
    return checksum_of(application_to_json(doc))


def checksum_of(data: dict[str, Any]) -> str:
    text = canonical_json(data)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:CHECKSUM_DIGITS]


def export_json(doc: ApplicationFile, out: Path) -> Path:
    """Write ``out`` and, beside it, the ``附件`` folder with every attachment."""
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    data = application_to_json(doc)
    for row, item in zip(doc.rows(model.Attachment), data["attachments"], strict=True):
        target = out.parent / item["file"]
        target.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(target, doc.attachment_data(row.id or 0))
    write_atomically(out, canonical_json(data).encode("utf-8"))
    return out


def read_json(source: Path, check: Callable[[], None] | None = None) -> dict[str, Any]:
    """Parse, validate and bound; the message names the first wrong field by its path.

    ``check`` is called between rows; it may raise to stop (a cancelled import)."""
    data = parse(Path(source))
    validate(data, Path(source).name, check)
    check_values(data)
    check_choices(data)
    return data


class _Job:
    """The cancel flag and progress of one import."""

    def __init__(self, cancelled: Callable[[], bool] | None, progress: Progress | None,
                 total: int) -> None:
        self.cancelled, self.progress, self.total, self.done = cancelled, progress, total, 0

    def check(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled

    def advance(self, count: int) -> None:
        self.done += count
        if self.progress is not None:
            self.progress(self.done, self.total)
        self.check()


def import_json(source: Path, target: Path, cancelled: Callable[[], bool] | None = None,
                progress: Progress | None = None, call: Call | None = None) -> Path:
    """Create application file ``target`` from ``source``; refuses to overwrite.

    ``cancelled`` is asked between rows and between pieces of an attachment; once it
    says yes, ``ImportCancelled`` is raised and nothing is left behind. The new file
    answers ``call`` (default: the bundled one); the JSON holds no call, only its id.
    """
    source, target = Path(source), Path(target)
    if target.exists():
        raise ImportRefused(f"文件「{target}」已存在，不会覆盖。")
    job = _Job(cancelled, progress, 0)
    data = read_json(source, job.check)
    files = _attachment_files(source.parent, data["attachments"])
    job.total = sum(len(data[key]) for key in exchange.LISTS)
    job.check()
    temporary = target.with_name(f".{target.name}.importing")
    temporary.unlink(missing_ok=True)
    call = call or bundled()
    check_offers(call, data["application"]["org_type"])
    doc = ApplicationFile.create(temporary, data["application"]["org_type"])
    try:
        with doc.batch():
            _fill(doc, data, files, job)
            # The JSON names a call by id only; the new file answers ``call`` (its lists,
            # funding years included, are the JSON's).
            doc.set_value(model.Application, 1, "call_json", call.to_text())
            doc.set_value(model.Application, 1, "call_id", call.id)
    except BaseException:
        doc.close()
        temporary.unlink(missing_ok=True)
        raise
    doc.close()
    os.replace(temporary, target)
    return target


def _attachment_files(folder: Path, items: list[dict[str, Any]]) -> list[Path]:
    """Where each attachment is, once its path, kind and size were checked: before any
    byte is read, so a huge file or a pipe is refused at once, not after minutes."""
    refuse_above = limits.attachment_refuse_bytes(bundled())
    files = []
    root = folder.resolve()
    for index, item in enumerate(items):
        shown = limits.excerpt(item["file"])
        path = (folder / item["file"]).resolve()
        if not path.is_relative_to(root):
            raise ImportRefused(f"附件 attachments/{index} 的路径「{shown}」超出数据文件夹。")
        try:
            actual = reading.regular_size(path)
        except reading.NotRegular as error:
            raise ImportRefused(f"附件「{shown}」不是普通文件（可能是文件夹、设备或管道），无法导入。") from error
        except (OSError, ValueError) as error:
            raise ImportRefused(f"找不到附件文件「{shown}」。") from error
        size = max(actual, item["size"])
        if size > refuse_above:
            raise ImportRefused(
                f"附件「{shown}」有 {limits.megabytes(size)}，远超申报通知的附件大小上限"
                f"（超过 {limits.megabytes(refuse_above)} 的附件不予导入），请压缩或拆分后再导入。")
        if actual != item["size"]:
            raise ImportRefused(f"附件「{shown}」与数据中记录的校验值不符，文件可能已被改动。")
        files.append(path)
    return files


def _read_attachment(path: Path, item: dict[str, Any], job: _Job) -> bytes:
    """The bytes of ``path``, hashed while read, piece by piece, never beyond ``size``."""
    shown = limits.excerpt(item["file"])
    try:
        payload, sha256 = reading.read_hashed(path, item["size"], job.check)
    except reading.NotRegular as error:
        raise ImportRefused(f"附件「{shown}」不是普通文件（可能是文件夹、设备或管道），无法导入。") from error
    except OSError as error:
        raise ImportRefused(f"无法读取附件文件「{shown}」：{error.strerror}") from error
    except reading.TooLong as error:
        raise ImportRefused(f"附件「{shown}」与数据中记录的校验值不符，文件可能已被改动。") from error
    if len(payload) != item["size"] or sha256 != item["sha256"]:
        raise ImportRefused(f"附件「{shown}」与数据中记录的校验值不符，文件可能已被改动。")
    return payload


def _append(doc: ApplicationFile, table: type[Any], values: list[dict[str, Any]],
            job: _Job) -> list[int]:
    """Append ``values`` to ``table``'s list in pieces, looking at the cancel flag between."""
    ids: list[int] = []
    for start in range(0, len(values), CHUNK_ROWS):
        piece = values[start:start + CHUNK_ROWS]
        ids += doc.append_rows(table, piece)
        job.advance(len(piece))
    return ids


def _fill(doc: ApplicationFile, data: dict[str, Any], files: list[Path], job: _Job) -> None:
    """Replace the fresh file's default rows with the imported content."""
    for table in exchange.LISTS.values():
        for row in doc.rows(table):
            if not (isinstance(row, model.Member) and row.is_applicant):
                doc.remove_row(table, row.id or 0)  # type: ignore[attr-defined]
    applicant_id = doc.applicant_member().id or 0
    for column, value in exchange.json_to_values(model.Member, data["members"][0], []).items():
        doc.set_value(model.Member, applicant_id, column, value)
    job.advance(1)
    others = [exchange.json_to_values(model.Member, item, []) for item in data["members"][1:]]
    member_ids = [applicant_id, *_append(doc, model.Member, others, job)]
    for key, table in exchange.SECTIONS.items():
        values = exchange.json_to_values(table, data[key], member_ids)
        for column, value in values.items():
            doc.set_value(table, 1, column, value)
    for key, table in exchange.LISTS.items():
        if table in (model.Member, model.Attachment):
            continue
        _append(doc, table, [exchange.json_to_values(table, item, member_ids)
                             for item in data[key]], job)
    for item, path in zip(data["attachments"], files, strict=True):
        payload = _read_attachment(path, item, job)
        member = item["member"]
        doc.append_attachment(item["kind"], item["name"], payload, item["sha256"],
                              member_ids[member] if member is not None else None)
        job.advance(1)
