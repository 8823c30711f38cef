"""The JSON form of an application: what ``export-json`` writes and ``import-json`` reads.

Field names follow the tables, with two changes so the JSON reads on its own: money
``x_fen`` becomes ``x_wan``, a 万元 decimal string ("12.50"); a unit reference
``x_member_id`` becomes ``x_member``, the index of that unit in ``members`` (0 is the
applicant). Attachments are files beside the JSON, named in ``file`` with their SHA-256.
"""

from collections.abc import Iterable
from typing import Any

from sqlmodel import SQLModel

from app import limits, model, money

FORMAT = "sto-apply/application"
FORMAT_VERSION = 1
ATTACHMENT_FOLDER = "附件"

SECTIONS: dict[str, type[SQLModel]] = {
    "application": model.Application,
    "applicant": model.Applicant,
    "recommender": model.Recommender,
    "foundation": model.Foundation,
    "governance": model.Governance,
    "resources": model.ResourcesInfo,
    "plan": model.Plan,
}
LISTS: dict[str, type[SQLModel]] = {
    "members": model.Member,
    "standards": model.StandardRecord,
    "committees": model.CommitteeSeat,
    "projects": model.ResearchProject,
    "service_institutions": model.ServiceInstitution,
    "governance_people": model.GovernancePerson,
    "staff": model.StaffMember,
    "venues": model.Venue,
    "funding": model.FundingLine,
    "equipment": model.Equipment,
    "pipeline": model.PipelineItem,
    "measures": model.Measure,
    "milestones": model.Milestone,
    "attachments": model.Attachment,
}
# Columns that are storage details, not part of the application's content (the file's id,
# the script of its printed form and the record of its last outputs stay with the file).
HIDDEN = {"id", "position"}
HIDDEN_BY_TABLE: dict[type[SQLModel], set[str]] = {model.Applicant: {"member_id"},
                                                    model.Application: {
                                                        "file_id", "document_script", "last_outputs", "call_json",
                                                        "docx_in_package"},
                                                    model.Member: {"packet_sent", "packet_answered"}}
# Keys added after the first files were exported (schema 5, member packets): a JSON
# without them still imports, the field empty.
OPTIONAL: dict[type[SQLModel], dict[str, Any]] = {
    model.Member: {"contact_email": "", "commitment_year1_wan": None,
                   "commitment_year2_wan": None, "pipeline_part": ""},
    model.Venue: {"member": None},
}


def json_fields(table: type[SQLModel]) -> list[tuple[str, str]]:
    """``(column, json_key)`` pairs of ``table`` in declaration order."""
    pairs = []
    for column in table.model_fields:
        if column in HIDDEN or column in HIDDEN_BY_TABLE.get(table, set()):
            continue
        if column.endswith("_fen"):
            pairs.append((column, column.removesuffix("_fen") + "_wan"))
        elif column.endswith("member_id"):
            pairs.append((column, column.removesuffix("_id")))
        else:
            pairs.append((column, column))
    return pairs


def row_to_json(table: type[SQLModel], row: SQLModel, member_index: dict[int, int]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for column, key in json_fields(table):
        value = getattr(row, column)
        if column.endswith("_fen"):
            value = money.format_wan(value) if value is not None else None
        elif column.endswith("member_id"):
            value = member_index.get(value) if value is not None else None
        out[key] = value
    return out


def json_to_values(table: type[SQLModel], data: dict[str, Any],
                   member_ids: list[int]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    optional = OPTIONAL.get(table, {})
    for column, key in json_fields(table):
        value = data[key] if key in data or key not in optional else optional[key]
        if column.endswith("_fen"):
            value = money.parse_wan(value)
        elif column.endswith("member_id"):
            value = member_ids[value] if value is not None else None
        values[column] = value
    return values


ATTACHMENT_NAME_LIMIT = 60  # characters: short enough for Windows' 260-character paths
# once unpacked in a deep folder, and within the 255 bytes Linux allows a name
ELLIPSIS = "…"  # where a long name was shortened (GBK has it too, for the oldest readers)


def attachment_file_name(index: int, kind: str, name: str) -> str:
    """``NN-<kind>-<original name>``, short and cleaned of what Windows forbids."""
    return safe_file_name(f"{index:02d}-{kind}-{name}", limit=ATTACHMENT_NAME_LIMIT)


def attachment_file_names(attachments: Iterable[tuple[str, str]]) -> list[str]:
    """The file name of each attachment (kind, original name) in the package, in order.

    The one place these names are decided: the zip's entries, the manifest, the JSON's
    ``file`` and the form's attachment list all take them from here, so paper and zip say
    the same. They are unique: the number at the start differs, and shortening never
    touches the start.
    """
    return [attachment_file_name(index, kind, name)
            for index, (kind, name) in enumerate(attachments, start=1)]


def shortened(text: str, limit: int) -> str:
    """``text`` within ``limit`` characters: a long one keeps its start and its end, the
    middle cut out and marked "…". The start holds the number and kind, the end what
    tells one supporting letter from the next ("…有限公司支持函", "Co., Ltd.")."""
    if len(text) <= limit:
        return text
    if limit <= 2:
        return text[:limit]
    tail = (limit - 1) // 2
    return text[:limit - 1 - tail] + ELLIPSIS + text[len(text) - tail:]


WINDOWS_FORBIDDEN = set('<>:"/\\|?*') | {chr(c) for c in range(32)}
WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
                    *(f"LPT{i}" for i in range(1, 10))}


def safe_file_name(name: str, limit: int = 120) -> str:
    """A file name every Windows tool accepts: no forbidden characters, reserved stems,
    trailing dots or spaces, and not longer than ``limit`` characters (start, end and
    suffix kept, the middle shortened: ``shortened``).

    NUL, zero-width and bidirectional control characters are dropped: they do not show,
    and a right-to-left override makes "报告\u202efdp.exe" read as "报告exe.pdf"."""
    visible = limits.INVISIBLE.sub("", name)
    cleaned = "".join("_" if ch in WINDOWS_FORBIDDEN else ch for ch in visible).strip()
    stem, dot, suffix = cleaned.rpartition(".")
    if not dot or len(suffix) > 8:
        stem, suffix = cleaned, ""
    stem = shortened(stem.rstrip(". "), max(1, limit - len(suffix) - 1)).rstrip(". ") or "_"
    if stem.split(".")[0].upper() in WINDOWS_RESERVED:
        stem = "_" + stem
    return f"{stem}.{suffix}" if suffix else stem
