"""One received item as intake records it, and the register folder's ``register.json``.

The register folder is intake's own: ``received/`` holds an exact copy of each item as it
arrived, ``items/NNN/`` what intake unpacked from it, ``register.json`` what was found.
The received copies are never written again; a later intake adds to the same folder.
"""

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from app.files import write_atomically

REGISTER_FILE = "register.json"
REGISTER_FORMAT = "sto-apply/intake-register"
RECEIVED_FOLDER = "received"
ITEMS_FOLDER = "items"
PACKAGE_FOLDER = "package"  # inside items/NNN: the unpacked zip

REGISTER_NAME = "受理登记"  # the register folder's default name, under the documents folder
PANEL_NAME = "专家评审.xlsx"  # the panel workbook's default name, in the register folder

PACKAGE = "package"  # a package of this tool, checked
FOREIGN = "foreign"  # a zip or file from elsewhere: listed, not checked
REFUSED = "refused"  # unsafe or unreadable: refused with the reason
KIND_LABELS = {PACKAGE: "申报材料", FOREIGN: "其他来源", REFUSED: "已拒收"}


@dataclass
class Submission:
    number: int
    source: str  # the name it arrived under (and the zip's name inside an e-mail)
    source_sha256: str
    kind: str
    received_on: str  # ISO date and time: the mail's Date, else the file's time
    copy: str = ""  # the received copy, relative to the register folder
    mail_subject: str = ""
    mail_sender: str = ""
    mail_mark: bool | None = None  # the subject carries the call's mark (None: no mail)
    zip_name: str = ""
    size: int = 0
    files: list[list[Any]] = field(default_factory=list)  # [name, size] of what it holds
    reason: str = ""  # why it was refused, or what it is
    package: str = ""  # the unpacked package (application.json's folder), relative
    checksum: str = ""  # recomputed from the data
    manifest_checksum: str = ""
    findings: list[dict[str, str]] = field(default_factory=list)
    summary: dict[str, Any] = field(default_factory=dict)
    unit: str = ""  # the applicant unit's key (app.intake.summary.unit_key)

    @property
    def folder(self) -> str:
        return f"{ITEMS_FOLDER}/{self.number:03d}"

    def count(self, kind: str) -> int:
        return sum(f["kind"] == kind for f in self.findings)

    @property
    def altered(self) -> list[str]:
        return [f["file"] for f in self.findings if f["kind"] == "integrity" and f.get("file")]


def load(folder: Path) -> list[Submission]:
    """The submissions recorded in ``folder`` (none for a new folder)."""
    path = folder / REGISTER_FILE
    if not path.exists():
        return []
    raw = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or raw.get("format") != REGISTER_FORMAT:
        raise ValueError(f"「{path}」不是受理登记文件。")
    known = {f.name for f in fields(Submission)}
    return [Submission(**{k: v for k, v in item.items() if k in known})
            for item in raw["submissions"]]


def save(folder: Path, submissions: list[Submission]) -> None:
    data = {"format": REGISTER_FORMAT, "version": 1,
            "submissions": [asdict(s) for s in submissions]}
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    folder.mkdir(parents=True, exist_ok=True)
    write_atomically(folder / REGISTER_FILE, text.encode("utf-8"))


def is_register(folder: Path) -> bool:
    return (folder / REGISTER_FILE).is_file() and os.access(folder / REGISTER_FILE, os.R_OK)


def default_register(documents: Path) -> Path:
    return documents / REGISTER_NAME
