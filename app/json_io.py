"""``export-json`` and ``import-json``: the whole application as JSON plus its attachments.

Import builds the new file beside the target under a temporary name and renames it into
place only when everything was read and checked, so a refused import leaves nothing.
"""

import hashlib
import json
import os
from pathlib import Path
from typing import Any

import jsonschema

from app import exchange, model
from app.document import ApplicationFile
from app.files import write_atomically
from app.schema import load_schema


class ImportRefused(Exception):
    """The JSON cannot become an application; ``str()`` says why, in Chinese."""


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
    for index, item in enumerate(data["attachments"], start=1):
        name = exchange.attachment_file_name(index, item["kind"], item["name"])
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


def read_json(source: Path) -> dict[str, Any]:
    """Parse and validate; the message names the first wrong field by its path."""
    try:
        data = json.loads(Path(source).read_text(encoding="utf-8"))
    except OSError as error:
        raise ImportRefused(f"无法读取「{source}」：{error.strerror}") from error
    except (UnicodeDecodeError, ValueError) as error:
        raise ImportRefused(f"「{Path(source).name}」不是有效的 JSON 文件（{error}）。") from error
    except RecursionError as error:
        raise ImportRefused(f"「{Path(source).name}」嵌套过深，不是申报数据。") from error
    validator = jsonschema.Draft202012Validator(load_schema())
    wrong = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if wrong is not None:
        where = "/".join(str(p) for p in wrong.absolute_path) or "（根）"
        raise ImportRefused(f"「{Path(source).name}」中字段 {where} 不符合申报数据格式：{wrong.message}")
    members = len(data["members"])
    if sum(1 for m in data["members"] if m["is_applicant"]) != 1 or not data["members"][0]["is_applicant"]:
        raise ImportRefused("members/0 必须是申报单位，且只能有一个申报单位。")
    for key, table in (*exchange.SECTIONS.items(), *exchange.LISTS.items()):
        rows = data[key] if isinstance(data[key], list) else [data[key]]
        for index, row in enumerate(rows):
            for column, json_key in exchange.json_fields(table):
                ref = row[json_key]
                if column.endswith("member_id") and ref is not None and ref >= members:
                    raise ImportRefused(f"字段 {key}/{index}/{json_key} 指向不存在的成员单位 {ref}。")
    return data


def import_json(source: Path, target: Path) -> Path:
    """Create application file ``target`` from ``source``; refuses to overwrite."""
    source, target = Path(source), Path(target)
    if target.exists():
        raise ImportRefused(f"文件「{target}」已存在，不会覆盖。")
    data = read_json(source)
    blobs = _read_attachments(source.parent, data["attachments"])
    temporary = target.with_name(f".{target.name}.importing")
    temporary.unlink(missing_ok=True)
    doc = ApplicationFile.create(temporary, data["application"]["org_type"])
    try:
        with doc.batch():
            _fill(doc, data, blobs)
    except BaseException:
        doc.close()
        temporary.unlink(missing_ok=True)
        raise
    doc.close()
    os.replace(temporary, target)
    return target


def _read_attachments(folder: Path, items: list[dict[str, Any]]) -> list[bytes]:
    blobs = []
    root = folder.resolve()
    for index, item in enumerate(items):
        path = (folder / item["file"]).resolve()
        if not path.is_relative_to(root):
            raise ImportRefused(f"附件 attachments/{index} 的路径「{item['file']}」超出数据文件夹。")
        try:
            payload = path.read_bytes()
        except OSError as error:
            raise ImportRefused(f"找不到附件文件「{item['file']}」。") from error
        if hashlib.sha256(payload).hexdigest() != item["sha256"] or len(payload) != item["size"]:
            raise ImportRefused(f"附件「{item['file']}」与数据中记录的校验值不符，文件可能已被改动。")
        blobs.append(payload)
    return blobs


def _fill(doc: ApplicationFile, data: dict[str, Any], blobs: list[bytes]) -> None:
    """Replace the fresh file's default rows with the imported content."""
    for table in exchange.LISTS.values():
        for row in doc.rows(table):
            if not (isinstance(row, model.Member) and row.is_applicant):
                doc.remove_row(table, row.id or 0)  # type: ignore[attr-defined]
    applicant_id = doc.applicant_member().id or 0
    member_ids = [applicant_id]
    for index, item in enumerate(data["members"]):
        values = exchange.json_to_values(model.Member, item, [])
        if index == 0:
            for column, value in values.items():
                doc.set_value(model.Member, applicant_id, column, value)
        else:
            member_ids.append(doc.add_row(model.Member, values))
    for key, table in exchange.SECTIONS.items():
        values = exchange.json_to_values(table, data[key], member_ids)
        for column, value in values.items():
            doc.set_value(table, 1, column, value)
    for key, table in exchange.LISTS.items():
        if table in (model.Member, model.Attachment):
            continue
        for item in data[key]:
            doc.add_row(table, exchange.json_to_values(table, item, member_ids))
    for item, payload in zip(data["attachments"], blobs, strict=True):
        member = item["member"]
        doc.add_attachment(item["kind"], item["name"], payload,
                           member_ids[member] if member is not None else None)
