"""One received package, checked as the bureau needs it: every file against the manifest,
``application.json`` against the schema and the call's rules, and the checksum printed on
the paper pages recomputed from the data.

The package is a folder (unpacked by ``app.intake.unpack`` into intake's own folder).
Nothing is changed; every finding is a ``Finding`` whose message names the file or field.
"""

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import limits, reading
from app.call import Call
from app.intake.facts import check_json
from app.json_checks import ImportRefused, check_choices, check_values, parse, validate
from app.json_io import checksum_of
from app.package import JSON_NAME, MANIFEST_NAME

INTEGRITY, ERROR, WARNING = "integrity", "error", "warning"  # the kinds of finding
CHECKSUM_LINE = re.compile(r"校验码[^：:]*[：:]\s*([0-9A-Fa-f]{6,64})")
HEADER = "文件\t大小（字节）\tSHA-256"
FORM_FILE = "申报书.pdf"


@dataclass(frozen=True)
class Finding:
    kind: str  # INTEGRITY, ERROR (the call's rules) or WARNING
    message: str
    clause: str = ""
    file: str = ""  # the package's file it is about, for an altered one


@dataclass
class Verdict:
    """What the checks found in one package."""

    manifest_checksum: str = ""
    checksum: str = ""  # recomputed from application.json
    title: str = ""  # the manifest's first line: the mark and the applicant
    findings: list[Finding] = field(default_factory=list)
    data: dict[str, Any] | None = None  # the application, once it passed the schema
    files: list[str] = field(default_factory=list)

    @property
    def altered(self) -> list[str]:
        return [f.file for f in self.findings if f.kind == INTEGRITY and f.file]

    @property
    def intact(self) -> bool:
        return not any(f.kind == INTEGRITY for f in self.findings)


def is_package(folder: Path) -> bool:
    """Whether ``folder`` looks like this tool's package (its data or its manifest)."""
    return (folder / JSON_NAME).is_file() or (folder / MANIFEST_NAME).is_file()


def read_manifest(path: Path) -> tuple[str, str, list[tuple[str, int, str]]]:
    """(title, checksum, rows) of ``文件清单.txt``; ``ValueError`` if it cannot be read."""
    text = path.read_bytes()[: limits.MAX_JSON_BYTES].decode("utf-8-sig")
    lines = text.splitlines()
    title = lines[0].strip() if lines else ""
    found = next((m for line in lines if (m := CHECKSUM_LINE.search(line))), None)
    checksum = found.group(1).lower() if found else ""
    rows = []
    if HEADER not in lines:
        raise ValueError("没有文件列表的表头")
    for line in lines[lines.index(HEADER) + 1:]:
        if not line.strip():
            continue
        name, size, digest = line.split("\t")
        rows.append((name, int(size), digest.strip().lower()))
    return title, checksum, rows


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


def _hash(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while piece := stream.read(reading.PIECE):
            digest.update(piece)
    return digest.hexdigest()


def verify(folder: Path, received: dt.date | None = None, call: Call | None = None) -> Verdict:
    """Check the package unpacked in ``folder``; the rules of ``call`` (by default the
    bundled one) judge it as of ``received`` (a package that arrived after the deadline
    is told so)."""
    verdict = Verdict(files=_files(folder))
    add = verdict.findings.append
    hashes = {name: _hash(folder / name) for name in verdict.files}
    manifest = folder / MANIFEST_NAME
    rows: list[tuple[str, int, str]] = []
    if not manifest.is_file():
        add(Finding(INTEGRITY, f"缺少{MANIFEST_NAME}，无法核对各文件是否完整。"))
    else:
        try:
            verdict.title, verdict.manifest_checksum, rows = read_manifest(manifest)
        except (ValueError, UnicodeDecodeError, OSError) as error:
            add(Finding(INTEGRITY, f"{MANIFEST_NAME}无法读取（{limits.excerpt(str(error), 60)}），"
                                   "无法核对各文件是否完整。"))
    listed = set()
    for name, size, digest in rows:
        listed.add(name)
        shown = limits.excerpt(name, 60)
        if name not in hashes:
            add(Finding(INTEGRITY, f"清单中的文件「{shown}」不在压缩包中。", file=name))
        elif hashes[name] != digest or (folder / name).stat().st_size != size:
            add(Finding(INTEGRITY, f"文件「{shown}」与清单记录的 SHA-256 不符：收到后或发出前被改动过。",
                        file=name))
    if rows:
        for name in verdict.files:
            if name not in listed and name != MANIFEST_NAME:
                add(Finding(INTEGRITY, f"文件「{limits.excerpt(name, 60)}」不在清单中（清单之外加入的文件）。",
                            file=name))
    if FORM_FILE not in hashes:
        add(Finding(INTEGRITY, f"压缩包中没有申报书 PDF（{FORM_FILE}）。"))
    _check_data(folder, verdict, hashes, received, call)
    return verdict


def _check_data(folder: Path, verdict: Verdict, hashes: dict[str, str],
                received: dt.date | None, call: Call | None) -> None:
    add = verdict.findings.append
    source = folder / JSON_NAME
    if not source.is_file():
        add(Finding(INTEGRITY, f"压缩包中没有申报数据（{JSON_NAME}），无法核对内容和校验码。"))
        return
    try:
        data = parse(source)
        verdict.checksum = checksum_of(data) if isinstance(data, dict) else ""
        validate(data, JSON_NAME)
        check_values(data)
        check_choices(data)
    except ImportRefused as error:
        add(Finding(INTEGRITY, f"申报数据不符合格式：{error}"))
        return
    if verdict.manifest_checksum and verdict.checksum != verdict.manifest_checksum:
        add(Finding(INTEGRITY, f"按申报数据重新计算的校验码 {verdict.checksum} 与清单中的 "
                               f"{verdict.manifest_checksum} 不符：数据被改动过。", file=JSON_NAME))
    flagged = set(verdict.altered)
    for item in data["attachments"]:
        if item["file"] in flagged:
            continue
        shown = limits.excerpt(item["file"], 60)
        if item["file"] not in hashes:
            add(Finding(INTEGRITY, f"申报数据列出的附件「{shown}」不在压缩包中。", file=item["file"]))
        elif hashes[item["file"]] != item["sha256"]:
            add(Finding(INTEGRITY, f"附件「{shown}」与申报数据记录的 SHA-256 不符：文件被改动过。",
                        file=item["file"]))
    verdict.data = data
    for problem in check_json(data, received, call):
        kind = ERROR if problem.severity == "error" else WARNING
        where = f"{problem.path} " if problem.path else ""
        verdict.findings.append(Finding(kind, f"{where}{problem.message}".strip(), problem.clause))
