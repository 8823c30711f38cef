"""The two sides of a comparison, read from wherever a version is kept.

A version is an application file (``.stoa``), a snapshot of one (a ``.stoa`` too, maybe
of an older schema: read through an upgraded temporary copy, the snapshot untouched),
an exported JSON folder (``application.json`` beside its ``附件`` folder) or that JSON
file itself. Each is read as ``app.json_io.application_to_json`` writes it, received
JSON checked as import checks it. Versions of one file's lineage (the file and its
snapshots, the content kept with the last outputs) carry their rows' ids, so rows are
matched exactly (``app.compare``); ids are dropped when the sides are not of one file.
"""

from __future__ import annotations

import json
import shutil
import tempfile
import zlib
from base64 import b64decode, b64encode
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app import exchange, model, storage
from app.compare import ID, Comparison, compare
from app.document import ApplicationFile
from app.json_checks import ImportRefused, check_choices, check_values, validate
from app.json_io import application_to_json, checksum_of, read_json
from app.package import JSON_NAME


class VersionRefused(Exception):
    """A side that cannot be read; ``str()`` says which and why, in Chinese."""


@dataclass(frozen=True)
class Version:
    """One side: its content, checksum (as printed on the form), where it came from."""

    data: dict[str, Any]
    checksum: str
    label: str  # the file's name or the snapshot's, as shown in the window
    file_id: str = ""  # the application's identity (""when read from JSON)


def application_json(doc: ApplicationFile, ids: bool = False) -> dict[str, Any]:
    """``application_to_json(doc)``, each list row with its id as ``"_id"`` if ``ids``."""
    data = application_to_json(doc)
    if ids:
        for key, table in exchange.LISTS.items():
            for row, item in zip(doc.rows(table), data[key], strict=True):
                item[ID] = row.id  # type: ignore[attr-defined]
    return data


def without_ids(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` as exported: no row ids (what the checksum is of)."""
    return {key: [{k: v for k, v in row.items() if k != ID} for row in value]
            if isinstance(value, list) else value for key, value in data.items()}


def of_document(doc: ApplicationFile, label: str = "") -> Version:
    data = application_json(doc, ids=True)
    file_id = str(getattr(doc.section(model.Application), "file_id", "") or "")
    return Version(data, checksum_of(without_ids(data)), label or doc.path.name, file_id)


def load(path: Path, label: str = "") -> Version:
    """The version at ``path``: an application file or snapshot, a JSON export's folder
    or its JSON file. Raises ``VersionRefused`` with the reason."""
    path = Path(path)
    shown = label or path.name
    if path.is_dir():
        found = path / JSON_NAME
        if not found.is_file():
            raise VersionRefused(f"文件夹「{path.name}」中没有导出的数据文件 {JSON_NAME}，"
                                 "请选择申报文件（.stoa）或“导出数据”所写的文件夹。")
        return _from_json(found, shown)
    if path.suffix.lower() == ".json":
        return _from_json(path, shown)
    if not path.is_file():
        raise VersionRefused(f"找不到「{path}」，请确认文件位置。")
    return _from_file(path, shown)


def _from_json(path: Path, label: str) -> Version:
    try:
        data = read_json(path)
    except ImportRefused as error:
        raise VersionRefused(str(error)) from error
    return Version(data, checksum_of(data), label)


def _from_file(path: Path, label: str) -> Version:
    try:
        doc = ApplicationFile.open(path, read_only=True)
    except storage.FileRefused as error:
        if "旧版本" not in str(error):
            raise VersionRefused(str(error)) from error
        return _from_old_file(path, label)
    try:
        return of_document(doc, label)
    finally:
        doc.close()


def _from_old_file(path: Path, label: str) -> Version:
    """A file (a snapshot, say) of an older schema: read from an upgraded copy, since a
    version compared is only read and the original must stay as it is."""
    with tempfile.TemporaryDirectory(prefix="sto-compare-") as folder:
        copy = Path(folder) / "version.stoa"
        shutil.copyfile(path, copy)
        try:
            doc = ApplicationFile(copy, storage.open_file(copy))
        except storage.FileRefused as error:
            raise VersionRefused(str(error).replace("version.stoa", path.name)) from error
        try:
            return of_document(doc, label)
        finally:
            doc.close()


def compare_versions(old: Version, new: Version) -> Comparison:
    """``compare`` of two versions; rows matched by id only when both are of one file."""
    same_file = bool(old.file_id) and old.file_id == new.file_id
    if same_file and _has_ids(old.data) and _has_ids(new.data):
        return compare(old.data, new.data)
    return compare(without_ids(old.data), without_ids(new.data))


def _has_ids(data: dict[str, Any]) -> bool:
    return all(ID in row for key in exchange.LISTS for row in data.get(key) or [])


# The content kept with the last outputs' record (app.output_record): compressed JSON.
CONTENT_LIMIT = 64 * 1024 * 1024  # bytes once inflated: the bound of app.limits' JSON


def pack(data: dict[str, Any]) -> str:
    """``data`` (with ids) as a short text for the record: deflated, base64."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))  # (key order: the checksum's)
    return b64encode(zlib.compress(text.encode("utf-8"), 9)).decode("ascii")


def unpack(text: str, checksum: str) -> dict[str, Any] | None:
    """The content ``pack`` wrote, if it is that and its checksum is ``checksum``; None
    for anything else (the record comes inside received files: distrusted)."""
    try:
        inflater = zlib.decompressobj()
        raw = inflater.decompress(b64decode(text.encode("ascii"), validate=True), CONTENT_LIMIT)
        if inflater.unconsumed_tail:
            return None
        data = json.loads(raw.decode("utf-8"))
        if not isinstance(data, dict):
            return None
        if not all(isinstance(row, dict) and isinstance(row.get(ID, 0), int)
                   for key in exchange.LISTS for row in data.get(key) or []):
            return None
        plain = without_ids(data)
        validate(plain, "上次输出的内容")
        check_values(plain)
        check_choices(plain)
    except (ValueError, zlib.error, RecursionError, ImportRefused, TypeError, AttributeError):
        return None
    if checksum_of(plain) != checksum:
        return None
    return data


def last_output(doc: ApplicationFile) -> Version | None:
    """The version the last outputs were made from, if their record kept it (and it is
    what their checksum says)."""
    from app import output_record

    record = output_record.read(doc)
    if record is None or not record.content:
        return None
    data = unpack(record.content, record.checksum)
    if data is None:
        return None
    file_id = str(getattr(doc.section(model.Application), "file_id", "") or "")
    return Version(data, record.checksum, f"上次输出（{record.made}）", file_id)


def content_for_record(doc: ApplicationFile, checksum: str) -> str:
    """What to keep with the record of outputs just made with ``checksum``: the file's
    content packed, or "" if it was edited meanwhile (it is no longer what they show)."""
    version = of_document(doc)
    return pack(version.data) if version.checksum == checksum else ""
