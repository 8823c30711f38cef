"""What the bureau receives, made for intake's tests and benchmark: applications varied
from both samples and exported with the real export, some wrapped in e-mails as a
mailbox saves them, a resubmission, a tampered zip, a zip from elsewhere, a hostile one."""

import copy
import datetime as dt
import json
import shutil
import zipfile
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from app import choices, credit_code, export, money
from app.call import load_call
from app.document import ApplicationFile
from app.json_io import import_json
from app.resources import resource_path

SURNAMES = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
LEVELS = ("国家标准", "行业标准", "地方标准", "团体标准", "企业标准")


def sample(org_type: str) -> dict[str, Any]:
    return json.loads(resource_path("samples", org_type, "application.json").read_text("utf-8"))


def code_for(number: int) -> str:
    """A well-formed credit code of its own for application ``number``."""
    first = f"9131011{number:04d}{'A' * 6}"[:17]
    return first + credit_code.check_character(first)


def vary(org_type: str, number: int) -> dict[str, Any]:
    """The sample of ``org_type`` as unit ``number`` would fill it in: its own name and code,
    money scaled, a different pipeline."""
    data = copy.deepcopy(sample(org_type))
    tag = SURNAMES[number % len(SURNAMES)] + str(number)
    applicant = data["members"][0]
    applicant["name"] = f"上海{tag}科技有限公司"
    applicant["credit_code"] = code_for(number)
    suffix = "技术标准创新基地" if org_type == choices.BASE else "标准化创新中心"
    data["application"]["org_name"] = f"上海{tag}{suffix}"
    data["recommender"]["name"] = ["上海市嘉定区人民政府", "上海市浦东新区人民政府",
                                   "上海市闵行区人民政府"][number % 3]
    data["recommender"]["kind"] = "区人民政府"
    factor = 1 + number % 5
    for line in data["funding"]:
        if line["amount_wan"]:
            line["amount_wan"] = money.format_wan(money.parse_wan(line["amount_wan"]) * factor)
    for index, item in enumerate(data["pipeline"]):
        item["level"] = LEVELS[(index + number) % len(LEVELS)]
    data["pipeline"] = data["pipeline"][: 1 + number % len(data["pipeline"])]
    return data


def write_application(data: dict[str, Any], target: Path) -> Path:
    """The application file of ``data``, with the sample's attachments."""
    folder = target.parent / f"{target.stem}-json"
    shutil.copytree(resource_path("samples", data["application"]["org_type"], "附件"), folder / "附件")
    (folder / "application.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return import_json(folder / "application.json", target)


def export_application(data: dict[str, Any], folder: Path, name: str) -> export.Result:
    """Export ``data`` as a unit would: the real export, into ``folder/name``."""
    folder.mkdir(parents=True, exist_ok=True)
    doc = ApplicationFile.open(write_application(data, folder / f"{name}.stoa"))
    try:
        snapshot = export.take_snapshot(doc, today=dt.date(2021, 10, 8))
    finally:
        doc.close()
    return export.export(snapshot, folder / name)


def mail(zip_path: Path, target: Path, sender: str, when: dt.datetime,
         subject: str | None = None) -> Path:
    """``zip_path`` as the bureau's mailbox saves a received mail (.eml)."""
    call = load_call()
    message = EmailMessage()
    message["From"] = sender
    message["To"] = call.email
    message["Date"] = format_datetime(when)
    message["Subject"] = subject if subject is not None else zip_path.stem  # (the mark, then the unit)
    message.set_content("王老师：您好，申报材料电子版见附件，请查收。")
    message.add_attachment(zip_path.read_bytes(), maintype="application", subtype="zip",
                           filename=zip_path.name)
    target.write_bytes(bytes(message))
    return target


def rezip(source: Path, target: Path, change: dict[str, bytes]) -> Path:
    """A copy of the zip ``source`` with the entries named in ``change`` replaced."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w") as new:
        for info in old.infolist():
            new.writestr(info, change.get(info.filename, old.read(info.filename)))
    return target


def first_attachment(zip_path: Path) -> str:
    with zipfile.ZipFile(zip_path) as archive:
        return next(n for n in archive.namelist() if n.startswith("附件/"))


def foreign_zip(target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("申报书扫描件.pdf", b"%PDF-1.4 scanned")
        archive.writestr("说明.txt", "手工打包的申报材料".encode())
    return target


def hostile_zip(target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("application.json", b"{}")
        archive.writestr("../../逃逸.txt", b"outside")
    return target
