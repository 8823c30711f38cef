"""成员单位填报包: for each chosen member, its workbook, its support letter (PDF and
.docx) and an e-mail draft, in one folder per member; the member is marked as sent."""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app import choices, model
from app.call import Call
from app.call_store import call_of
from app.document import ApplicationFile
from app.exchange import safe_file_name
from app.files import write_atomically
from app.json_io import application_to_json, checksum_of
from app.packets import layout, workbook
from app.packets.letter import Letter, letter_of
from app.packets.letter_docx import render_letter_docx
from app.packets.letter_pdf import render_letter_pdf
from app.packets.mail import write_member_mail
from app.packets.member_part import Part, part_of

RETURN_DAYS = 7  # a week to answer, unless the call's deadline comes sooner
DEADLINE_MARGIN = 5  # days the lead needs after the last answer, before the deadline


class PacketRefused(Exception):
    """A packet cannot be made: the message says which member and why, in Chinese."""


@dataclass
class Packet:
    """The files made for one member."""

    member: str
    folder: Path
    files: list[Path] = field(default_factory=list)


def return_date(call: Call, today: dt.date) -> dt.date:
    """When answers are asked back: a week on, or earlier so the lead meets the deadline
    (never before tomorrow)."""
    latest = call.deadline - dt.timedelta(days=DEADLINE_MARGIN)
    return max(today + dt.timedelta(days=1), min(today + dt.timedelta(days=RETURN_DAYS), latest))


def choose(data: dict[str, Any], wanted: list[str]) -> list[int]:
    """The member indexes named in ``wanted`` (a name or a credit code each); all members
    but the applicant when ``wanted`` is empty."""
    members = data["members"]
    if not wanted:
        return list(range(1, len(members)))
    chosen = []
    for item in wanted:
        key = item.strip()
        found = [i for i, m in enumerate(members) if key and key in (m["name"], m["credit_code"])]
        if not found:
            raise PacketRefused(f"申报书中没有名称或统一社会信用代码为「{key}」的成员单位。")
        if found[0] == 0:
            raise PacketRefused(f"「{key}」是申报单位本身，不需要填报包。")
        chosen += [i for i in found if i not in chosen]
    return chosen


def request_of(doc: ApplicationFile, data: dict[str, Any], checksum: str, today: dt.date,
               return_by: dt.date | None = None) -> workbook.Request:
    applicant = data["applicant"]
    contact = "，".join(part for part in (
        applicant["contact_name"], applicant["contact_mobile"] or applicant["contact_phone"],
        applicant["contact_email"]) if part)
    return workbook.Request(
        applicant=data["members"][0]["name"], org_name=data["application"]["org_name"],
        org_type=data["application"]["org_type"], contact=contact,
        return_by=return_by or return_date(call_of(doc), today), checksum=checksum,
        file_id=doc.section(model.Application).file_id, made=today)


def packet_folder_name(index: int, name: str) -> str:
    return safe_file_name(f"{index:02d}-{name or '成员单位'}", limit=60)


@dataclass(frozen=True)
class PacketJob:
    """Everything one member's packet is made of, read from the file beforehand: writing
    it needs no file, so it can run off the window's thread."""

    index: int
    member_id: int
    part: Part
    request: workbook.Request
    letter: Letter
    folder: Path
    book_name: str
    contact: str
    email: str


def plan_packets(doc: ApplicationFile, out: Path, wanted: list[str] | None = None,
                 today: dt.date | None = None, return_by: dt.date | None = None) -> list[PacketJob]:
    """The packets of the chosen members (``choose``), to be written under ``out``."""
    today = today or dt.date.today()
    call = call_of(doc)
    data = application_to_json(doc)
    request = request_of(doc, data, checksum_of(data), today, return_by)
    members = doc.rows(model.Member)
    jobs = []
    for index in choose(data, wanted or []):
        part = part_of(data, index)
        name = part["member"]["name"]
        member = data["members"][index]
        jobs.append(PacketJob(
            index, members[index].id or 0, part, request, letter_of(data, index, call),
            Path(out) / packet_folder_name(index, name),
            safe_file_name(f"{unit_word(data)}填报表-{name or index}.xlsx", limit=80),
            member["contact_name"], member["contact_email"]))
    return jobs


def write_packet(job: PacketJob) -> Packet:
    """The files of one packet, each written whole or not at all."""
    name = job.part["member"]["name"]
    job.folder.mkdir(parents=True, exist_ok=True)
    book = job.folder / job.book_name
    write_atomically(book, workbook.to_bytes(workbook.build(job.part, job.index, job.request)))
    stem = safe_file_name(f"支持函-{name or job.index}", limit=60)
    pdf, docx = job.folder / f"{stem}.pdf", job.folder / f"{stem}.docx"
    write_atomically(pdf, render_letter_pdf(job.letter))
    write_atomically(docx, render_letter_docx(job.letter))
    mail = job.folder / safe_file_name(f"邮件草稿-{name or job.index}.eml", limit=60)
    write_member_mail(mail, job.request, name, job.contact, job.email, [book, pdf])
    return Packet(name, job.folder, [book, pdf, docx, mail])


def mark_sent(doc: ApplicationFile, jobs: list[PacketJob], today: dt.date) -> None:
    """The date each member was sent its packet (the members step shows it), once every
    file is written; one transaction."""
    with doc.batch():
        for job in jobs:
            doc.set_value(model.Member, job.member_id, "packet_sent", today.isoformat())


def make_packets(doc: ApplicationFile, out: Path, wanted: list[str] | None = None,
                 today: dt.date | None = None, return_by: dt.date | None = None,
                 mark: bool = True) -> list[Packet]:
    """Write the packets of the chosen members under ``out``; one folder each."""
    today = today or dt.date.today()
    jobs = plan_packets(doc, out, wanted, today, return_by)
    packets = [write_packet(job) for job in jobs]
    if mark and not doc.read_only:
        mark_sent(doc, jobs, today)
    return packets


def unit_word(data: dict[str, Any]) -> str:
    return "成员单位" if data["application"]["org_type"] == choices.BASE else "合作单位"


__all__ = ["Packet", "PacketJob", "PacketRefused", "layout", "make_packets", "mark_sent",
           "plan_packets", "write_packet"]
