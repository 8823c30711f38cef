"""Member packets out and answers back in, as the lead unit and its members use them."""

import datetime as dt
import email
import io
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from packet_filling import fact_cell, fill, list_cell

from app import model
from app.__main__ import main
from app.document import ApplicationFile
from app.json_io import application_to_json
from app.packets import layout, merge
from app.packets.making import PacketRefused, make_packets
from app.packets.reading import AnswerRefused, read_answer
from app.samples import write_sample

LANXIN, KANTU, SHENJIANG = 2, 3, 9  # members of the sample base
JOINED = "智能网联汽车 数据安全分类分级指南"


@pytest.fixture
def base(tmp_path: Path) -> ApplicationFile:
    doc = write_sample("base", tmp_path / "基地.stoa")
    yield doc
    doc.close()


def _book(packets: list, index: int) -> Path:
    folder = next(p.folder for p in packets if p.folder.name.startswith(f"{index:02d}-"))
    return next(folder.glob("*.xlsx"))


def _mine(data: dict, key: str, index: int) -> list[dict]:
    return [row for row in data[key] if row["member"] == index]


def test_a_packet_per_member_with_workbook_letter_and_mail(base: ApplicationFile,
                                                           tmp_path: Path) -> None:
    packets = make_packets(base, tmp_path / "out", today=dt.date(2021, 9, 20))
    assert len(packets) == 13  # every member but the applicant
    for packet in packets:
        suffixes = sorted(path.suffix for path in packet.files)
        assert suffixes == [".docx", ".eml", ".pdf", ".xlsx"]
    book = load_workbook(_book(packets, LANXIN))
    assert book.sheetnames[0] == layout.COVER
    assert book[layout.META].sheet_state == "veryHidden"
    facts = book[layout.FACTS]
    assert facts[fact_cell("name")].value == "上海澜芯车规半导体有限公司"  # prefilled
    assert facts[fact_cell("credit_code")].value == "91310114MA1HB2N65M"
    assert facts.protection.sheet and facts["A4"].protection.locked
    assert not facts[fact_cell("contact_email")].protection.locked
    lists = {dv.formula1 for dv in facts.data_validations.dataValidation}
    assert '"企业,高等院校,科研院所,标准化机构,检测认证机构,行业协会,园区管理单位,用户单位,政府部门,其他"' in lists
    staff = book[layout.STAFF]
    assert staff[list_cell(layout.STAFF_SHEET, 0, "name")].value == "马骏"
    assert any(dv.formula1 == '"专职,兼职"' and dv.prompt for dv in staff.data_validations.dataValidation)
    assert int(staff.page_setup.paperSize) == 9 and staff.page_setup.fitToWidth == 1
    assert staff.print_title_rows == "$3:$3"
    cover_text = " ".join(str(c.value) for row in book[layout.COVER].iter_rows() for c in row if c.value)
    assert "上海嘉驰智能汽车科技股份有限公司" in cover_text and "2021年09月27日" in cover_text
    assert base.rows(model.Member)[LANXIN].packet_sent == "2021-09-20"
    assert base.rows(model.Member)[0].packet_sent == ""


def test_the_letter_is_one_page_and_names_member_applicant_and_commitments(
        base: ApplicationFile, tmp_path: Path) -> None:
    from docx import Document

    packet = make_packets(base, tmp_path / "out", ["上海澜芯车规半导体有限公司"])[0]
    pdf = next(p for p in packet.files if p.suffix == ".pdf").read_bytes()
    from pypdf import PdfReader

    assert len(PdfReader(io.BytesIO(pdf)).pages) == 1
    text = "\n".join(p.text for p in Document(str(next(
        p for p in packet.files if p.suffix == ".docx"))).paragraphs)
    assert "上海澜芯车规半导体有限公司" in text and "上海嘉驰智能汽车科技股份有限公司" in text
    assert "马骏" in text and "车规级智能驾驶SoC芯片 功能安全开发流程指南" in text


def test_the_mail_draft_is_unsent_crlf_and_addressed_when_the_address_is_known(
        base: ApplicationFile, tmp_path: Path) -> None:
    base.set_value(model.Member, base.rows(model.Member)[LANXIN].id or 0, "contact_email",
                   "tang@lanxin.example.cn")
    packets = make_packets(base, tmp_path / "out", ["上海澜芯车规半导体有限公司", "上海申江科技大学"])
    raw = next(p for p in packets[0].files if p.suffix == ".eml").read_bytes()
    assert b"\n" not in raw.replace(b"\r\n", b"")
    message = email.message_from_bytes(raw)
    assert message["X-Unsent"] == "1" and "tang@lanxin.example.cn" in message["To"]
    names = [part.get_filename() for part in message.walk() if part.get_filename()]
    assert [Path(n).suffix for n in names] == [".xlsx", ".pdf"]
    other = email.message_from_bytes(next(p for p in packets[1].files if p.suffix == ".eml").read_bytes())
    assert other["To"] is None  # no address known: the lead types it


def test_choosing_members_by_name_or_code_and_refusing_unknown_ones(base: ApplicationFile,
                                                                    tmp_path: Path) -> None:
    packets = make_packets(base, tmp_path / "out", ["91310114MA1HB2N65M", "上海申江科技大学"])
    assert [p.member for p in packets] == ["上海澜芯车规半导体有限公司", "上海申江科技大学"]
    with pytest.raises(PacketRefused, match="没有名称或统一社会信用代码为「某某公司」"):
        make_packets(base, tmp_path / "out", ["某某公司"])
    with pytest.raises(PacketRefused, match="申报单位本身"):
        make_packets(base, tmp_path / "out", ["上海嘉驰智能汽车科技股份有限公司"])


def fill_three(packets: list, tmp_path: Path) -> list[Path]:
    """Three members answer: one thoroughly (sheets moved about), one partly, one with
    a mistyped code and a unit type outside the list."""
    lanxin = fill(_book(packets, LANXIN), tmp_path / "lanxin.xlsx", facts={
        "contact_email": "tang@lanxin.example.cn", "commitment_year1_wan": 10,
        "commitment_year2_wan": "15.5"}, rows={
        "staff": [(0, {"title": "首席功能安全官"}), (1, {"name": "李四", "employment": "专职",
                                                      "professional_title": "工程师"})],
        "venues": [(0, {"address": "嘉定区安亭镇墨玉南路 888 号 5 楼", "area_m2": 120,
                        "use": "试验验证", "source": "自有"})]},
        pipeline={JOINED: "参与"}, reorder=True)
    shenjiang = fill(_book(packets, SHENJIANG), tmp_path / "shenjiang.xlsx", facts={
        "contact_phone": "021-55550000"}, rows={"equipment": [(0, {"name": None, "purpose": None})]})
    kantu = fill(_book(packets, KANTU), tmp_path / "kantu.xlsx", facts={
        "credit_code": "91310114MA1FL5C820", "kind": "外资企业", "contact_name": "胡晓冬"})
    return [lanxin, shenjiang, kantu]


def check_merged(doc: ApplicationFile, before: dict, previews: list[merge.Preview]) -> None:
    """The file holds each accepted answer, field by field, and nothing else changed."""
    after = application_to_json(doc)
    lanxin = after["members"][LANXIN]
    assert lanxin["contact_email"] == "tang@lanxin.example.cn"
    assert (lanxin["commitment_year1_wan"], lanxin["commitment_year2_wan"],
            lanxin["commitment_wan"]) == ("10.00", "15.50", "25.50")
    assert lanxin["pipeline_part"] == JOINED
    assert [(s["name"], s["title"], s["employment"]) for s in _mine(after, "staff", LANXIN)] == [
        ("马骏", "首席功能安全官", "兼职"), ("李四", "", "专职")]
    assert [(v["address"], v["area_m2"], v["use"], v["source"])
            for v in _mine(after, "venues", LANXIN)] == [
        ("嘉定区安亭镇墨玉南路 888 号 5 楼", 120, "试验验证", "自有")]
    assert after["members"][SHENJIANG]["contact_phone"] == "021-55550000"
    assert _mine(after, "equipment", SHENJIANG) == []
    kantu = after["members"][KANTU]
    assert kantu["credit_code"] == before["members"][KANTU]["credit_code"]  # the typo stays out
    assert kantu["kind"] == before["members"][KANTU]["kind"]
    assert kantu["contact_name"] == "胡晓冬"
    problems = {(p.sheet, p.cell) for p in previews[2].problems}
    assert problems == {(layout.FACTS, fact_cell("credit_code")), (layout.FACTS, fact_cell("kind"))}
    for index, member in enumerate(after["members"]):
        if index not in (LANXIN, KANTU, SHENJIANG):
            assert member == before["members"][index]
    answered = {m.name for m in doc.rows(model.Member) if m.packet_answered}
    assert answered == {before["members"][i]["name"] for i in (LANXIN, KANTU, SHENJIANG)}


def test_three_answers_merge_field_by_field_and_undo_restores_the_file(
        base: ApplicationFile, tmp_path: Path) -> None:
    packets = make_packets(base, tmp_path / "out")
    before = application_to_json(base)
    previews = [merge.preview(base, read_answer(path)) for path in fill_three(packets, tmp_path)]
    assert [p.index for p in previews] == [LANXIN, SHENJIANG, KANTU]
    lines = [previews[0].line(item) for item in previews[0].items]
    assert "人员名单 第 7 行「马骏」 · 职务：“兼职专家”改为“首席功能安全官”" in lines or any(
        "职务" in line and "首席功能安全官" in line for line in lines)
    assert any("李四" in line and "新增" in line for line in lines)
    applied = merge.apply(base, [(p, p.items) for p in previews])
    check_merged(base, before, [previews[0], previews[1], previews[2]])
    applied.revert(base)
    assert application_to_json(base) == before
    assert all(not m.packet_answered for m in base.rows(model.Member))


def test_accepting_some_fields_only(base: ApplicationFile, tmp_path: Path) -> None:
    packets = make_packets(base, tmp_path / "out")
    answer = read_answer(fill(_book(packets, LANXIN), tmp_path / "a.xlsx", facts={
        "contact_email": "tang@lanxin.example.cn", "contact_phone": "13800000000"}))
    result = merge.preview(base, answer)
    chosen = [item for item in result.items if item.change.field == "contact_phone"]
    assert len(chosen) == 1 and len(result.items) == 2
    merge.apply(base, [(result, chosen)])
    member = base.rows(model.Member)[LANXIN]
    assert member.contact_phone == "13800000000" and member.contact_email == ""


def test_an_untouched_workbook_changes_nothing(base: ApplicationFile, tmp_path: Path) -> None:
    packets = make_packets(base, tmp_path / "out")
    for index in (LANXIN, KANTU, SHENJIANG):
        result = merge.preview(base, read_answer(_book(packets, index)))
        assert result.items == [] and result.problems == []


def test_a_workbook_for_another_application_is_refused(base: ApplicationFile,
                                                       tmp_path: Path) -> None:
    packets = make_packets(base, tmp_path / "out")
    other = write_sample("base", tmp_path / "另一份.stoa")
    try:
        with pytest.raises(AnswerRefused, match="另一份申报书"):
            merge.preview(other, read_answer(_book(packets, LANXIN)))
    finally:
        other.close()


def test_edited_locked_cells_are_refused_with_the_cell_named(base: ApplicationFile,
                                                             tmp_path: Path) -> None:
    packets = make_packets(base, tmp_path / "out")
    book = load_workbook(_book(packets, LANXIN))
    book[layout.STAFF]["C3"] = "岗位"  # the header 职务
    book.save(tmp_path / "edited.xlsx")
    with pytest.raises(AnswerRefused, match="「人员」C3 格原为「职务」，现为「岗位」"):
        read_answer(tmp_path / "edited.xlsx")


@pytest.mark.parametrize("kind", ["garbage", "plain workbook", "no such file", "huge", "folder"])
def test_what_is_not_a_packet_is_refused_in_words(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "回执.xlsx"
    if kind == "garbage":
        path.write_bytes(b"PK\x03\x04 not really a zip")
    elif kind == "plain workbook":
        Workbook().save(path)
    elif kind == "huge":  # (sparse: no 11 MB written) refused before openpyxl unpacks it
        with path.open("wb") as out:
            out.truncate(11 * 1024 * 1024)
    elif kind == "folder":
        path.mkdir()
    with pytest.raises(AnswerRefused, match="回执.xlsx"):
        read_answer(path)


def test_a_member_found_by_name_when_the_packet_code_is_gone(base: ApplicationFile,
                                                             tmp_path: Path) -> None:
    packets = make_packets(base, tmp_path / "out")
    member = base.rows(model.Member)[LANXIN]
    base.set_value(model.Member, member.id or 0, "credit_code", "")
    result = merge.preview(base, read_answer(_book(packets, LANXIN)))
    assert result.index == LANXIN
    assert [item.change.field for item in result.items] == ["credit_code"]


def test_command_line_dry_run_then_accept_all(base: ApplicationFile, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    path = base.path
    base.close()
    assert main(["packets", str(path), "--out", str(tmp_path / "out"),
                 "--member", "上海澜芯车规半导体有限公司"]) == 0
    book = next((tmp_path / "out").glob("02-*/*.xlsx"))
    answer = fill(book, tmp_path / "a.xlsx", facts={"contact_phone": "13800000000"})
    unchanged = path.read_bytes()
    assert main(["merge-answers", str(path), str(answer)]) == 0
    out = capsys.readouterr()
    assert "联系电话" in out.out and "13800000000" in out.out and "--accept-all" in out.err
    assert path.read_bytes() == unchanged
    assert main(["merge-answers", str(path), str(answer), "--accept-all"]) == 0
    doc = ApplicationFile.open(path, read_only=True)
    try:
        assert doc.rows(model.Member)[LANXIN].contact_phone == "13800000000"
    finally:
        doc.close()
    other = tmp_path / "other.xlsx"
    shutil.copy(answer, other)
    assert main(["merge-answers", str(path), str(tmp_path / "nothing.xlsx")]) == 2
    assert "找不到文件" in capsys.readouterr().err


def test_a_centers_partners_get_packets_that_say_partner(tmp_path: Path) -> None:
    doc = write_sample("center", tmp_path / "中心.stoa")
    try:
        packets = make_packets(doc, tmp_path / "out")
        assert packets
        for packet in packets:
            book = next(p for p in packet.files if p.suffix == ".xlsx")
            assert load_workbook(book)[layout.COVER]["A1"].value == "合作单位填报表"
            result = merge.preview(doc, read_answer(book))
            assert result.items == [] and result.problems == []
    finally:
        doc.close()
