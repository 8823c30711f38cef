"""Generate the attachment PDFs of the two sample applications (resources/samples).

Every attachment listed in ``resources/samples/<type>/application.json`` is drawn as a
one-page A4 PDF from that file's own data (support letter, recommendation letter, mock
licence, proof of projects or standards), written to ``附件/NN-<kind>-<name>``, and the
JSON's ``size``, ``sha256`` and ``file`` are brought up to date. ReportLab runs in
invariant mode, so running the script again gives byte-identical files.

    python3 build/make_sample_attachments.py          # (re)write the files
    python3 build/make_sample_attachments.py --check  # exit 1 if anything would change

Every unit and person in the samples is invented; every page says so.
"""

import argparse
import datetime
import hashlib
import io
import json
import re
import sys
from pathlib import Path

from reportlab import rl_config

rl_config.invariant = 1  # fixed IDs and timestamps: same input, same bytes

from reportlab.lib import colors  # noqa: E402
from reportlab.lib.enums import TA_CENTER, TA_RIGHT  # noqa: E402
from reportlab.lib.pagesizes import A4  # noqa: E402
from reportlab.lib.styles import ParagraphStyle  # noqa: E402
from reportlab.lib.units import mm  # noqa: E402
from reportlab.pdfbase import pdfmetrics  # noqa: E402
from reportlab.pdfbase.ttfonts import TTFont  # noqa: E402
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from app import exchange  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
FONT_FILE = ROOT / "resources" / "fonts" / "wqy-microhei.ttc"
FONT = "WenQuanYiMicroHei"
BUREAU = "上海市市场监督管理局"
SAMPLE_NOTE = "示例文件：单位与人员均为虚构，仅供演示"

pdfmetrics.registerFont(TTFont(FONT, str(FONT_FILE), subfontIndex=0))


def _style(name: str, size: float, leading: float | None = None, **extra) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=FONT, fontSize=size, leading=leading or size * 1.6,
                          wordWrap="CJK", **extra)


TITLE = _style("title", 20, 30, alignment=TA_CENTER, spaceAfter=6 * mm)
LONG_TITLE = _style("long_title", 16, 26, alignment=TA_CENTER, spaceAfter=6 * mm)
BODY = _style("body", 12, 21, firstLineIndent=24)
PLAIN = _style("plain", 12, 21)
RIGHT = _style("right", 12, 21, alignment=TA_RIGHT)
SMALL = _style("small", 10.5, 16)


def cn_date(iso: str) -> str:
    day = datetime.date.fromisoformat(iso)
    return f"{day.year}年{day.month}月{day.day}日"


def days_before(iso: str, days: int) -> str:
    return (datetime.date.fromisoformat(iso) - datetime.timedelta(days=days)).isoformat()


def _decorate(canvas, _doc) -> None:
    """Watermark, sample banner and footer on every page."""
    width, height = A4
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.10))
    canvas.setFont(FONT, 96)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, "示  例")
    canvas.restoreState()
    canvas.saveState()
    canvas.setFillColor(colors.Color(0.75, 0.1, 0.1))
    canvas.setFont(FONT, 9)
    canvas.drawCentredString(width / 2, height - 12 * mm, SAMPLE_NOTE)
    canvas.restoreState()


def render(story: list) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=25 * mm, rightMargin=25 * mm,
                            topMargin=25 * mm, bottomMargin=22 * mm,
                            title="示例附件", author="示例", creator="make_sample_attachments.py")
    doc.build(story, onFirstPage=_decorate, onLaterPages=_decorate)
    return out.getvalue()


def signature(unit: str, date_iso: str) -> list:
    return [Spacer(1, 12 * mm), Paragraph(f"{unit}（盖章）", RIGHT),
            Paragraph(cn_date(date_iso), RIGHT)]


def field_table(rows: list[tuple[str, str]]) -> Table:
    data = [[Paragraph(k, PLAIN), Paragraph(v, PLAIN)] for k, v in rows]
    table = Table(data, colWidths=[42 * mm, 118 * mm])
    table.setStyle(TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (0, -1), colors.Color(0.95, 0.95, 0.95)),
    ]))
    return table


# --- one builder per attachment kind -----------------------------------------------

def licence(data: dict, _item: dict, _nth: int) -> bytes:
    applicant, member = data["applicant"], data["members"][0]
    industry = data["application"]["industry"]
    district = re.search(r"上海市(\S{1,4}?区)", applicant["registered_address"])
    if member["credit_code"].startswith("12"):  # 事业单位
        title = "事业单位法人证书"
        rows = [
            ("统一社会信用代码", member["credit_code"]),
            ("名称", member["name"]),
            ("宗旨和业务范围", f"开展{industry}领域科学研究、测试评估、标准化研究和"
                             "技术服务，促进科技成果转化。"),
            ("住所", applicant["registered_address"]),
            ("法定代表人", applicant["legal_representative"]),
            ("经费来源", "财政补助、事业收入"),
            ("成立日期", cn_date(applicant["founded"])),
            ("登记管理机关", "（示例，略）"),
        ]
    else:
        title = "营 业 执 照"
        kind = ("股份有限公司（非上市、自然人投资或控股）" if "股份有限公司" in member["name"]
                else "有限责任公司（自然人投资或控股）")
        rows = [
            ("统一社会信用代码", member["credit_code"]),
            ("名称", member["name"]),
            ("类型", kind),
            ("法定代表人", applicant["legal_representative"]),
            ("经营范围", f"从事{industry}领域内的技术开发、技术咨询、技术服务、"
                       "技术转让；软件开发；电子产品的研发、制造和销售；"
                       "货物进出口、技术进出口。（示例）"),
            ("成立日期", cn_date(applicant["founded"])),
            ("营业期限", f"{cn_date(applicant['founded'])}至不约定期限"),
            ("住所", applicant["registered_address"]),
            ("登记机关", f"上海市{district.group(1) if district else ''}市场监督管理局（示例）"),
        ]
    note = "本页为演示用的模拟证照，格式与内容均为示意，不是真实证照的复印件。"
    story = [Paragraph(title, TITLE),
             Paragraph("（副本 · 示例）", _style("sub", 12, alignment=TA_CENTER)),
             Spacer(1, 8 * mm), field_table(rows),
             Spacer(1, 10 * mm), Paragraph(note, SMALL)]
    return render(story)


def recommendation(data: dict, _item: dict, _nth: int) -> bytes:
    rec, app = data["recommender"], data["application"]
    applicant = data["members"][0]["name"]
    story = [
        Paragraph(f"关于推荐{applicant}申报{app['org_name']}的函", LONG_TITLE),
        Paragraph(f"{BUREAU}：", PLAIN),
        Paragraph("根据《上海市关于开展新型标准化技术组织建设试点工作的通知》要求，经审核，"
                  f"{applicant}具有独立法人资格，在{app['industry']}领域具备较好的技术基础和"
                  "标准化工作基础，申报材料真实、完整，所提出的"
                  f"{app['org_name']}建设方案目标明确、措施可行。"
                  f"我单位同意推荐其申报{app['org_name']}，"
                  "并将在试点期间给予指导和支持。", BODY),
        Paragraph("特此推荐。", BODY),
        Spacer(1, 6 * mm),
        Paragraph(f"联系人：{rec['contact_name']}，联系电话：{rec['contact_phone']}", PLAIN),
        *signature(rec["name"], days_before(app["fill_date"], 1)),
    ]
    return render(story)


def support_letter(data: dict, item: dict, _nth: int) -> bytes:
    unit = data["members"][item["member"]]
    app = data["application"]
    applicant = data["members"][0]["name"]
    story = [
        Paragraph("支 持 函", TITLE),
        Paragraph(f"{BUREAU}：", PLAIN),
        Paragraph(f"我单位{unit['name']}（统一社会信用代码：{unit['credit_code']}）"
                  "同意作为成员单位参加"
                  f"{app['org_name']}，支持{applicant}牵头申报。", BODY),
        Paragraph(f"我单位在基地中的工作：{unit['contribution']}", BODY),
        Paragraph(f"我单位承诺：{unit['commitment']}", BODY),
        Paragraph("特此函告。", BODY),
        Spacer(1, 6 * mm),
        Paragraph(f"联系人：{unit['contact_name']}，联系电话：{unit['contact_phone']}", PLAIN),
        *signature(unit["name"], days_before(app["fill_date"], 2)),
    ]
    return render(story)


def project_proof(data: dict, _item: dict, nth: int) -> bytes:
    led = [p for p in data["projects"] if p["role"] == "牵头" and p["level"] != "其他"]
    project = led[nth % len(led)]
    applicant = data["members"][0]["name"]
    story = [
        Paragraph("科研项目承担情况证明", TITLE),
        field_table([
            ("项目名称", project["name"]),
            ("项目级别", project["level"]),
            ("项目类别", project["kind"]),
            ("立项年度", f"{project['year']}年"),
            ("承担方式", project["role"]),
            ("承担单位", applicant),
        ]),
        Spacer(1, 6 * mm),
        Paragraph(f"兹证明{applicant}牵头承担上述项目，项目按计划完成各项研究任务，"
                  "已通过项目管理部门组织的验收（立项通知书和验收意见复印件另附）。", BODY),
        *signature(applicant, data["application"]["fill_date"]),
    ]
    return render(story)


def standards_proof(data: dict, _item: dict, _nth: int) -> bytes:
    applicant = data["members"][0]["name"]
    led = [s for s in data["standards"] if s["role"] == "主导"]
    rows = [[Paragraph(h, PLAIN) for h in ("标准编号", "标准名称", "级别", "年份")]]
    for s in led:
        cells = (s["code"], s["name"], s["level"], str(s["year"] or ""))
        rows.append([Paragraph(text, SMALL) for text in cells])
    table = Table(rows, colWidths=[38 * mm, 76 * mm, 26 * mm, 20 * mm])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.grey),
                               ("BACKGROUND", (0, 0), (-1, 0), colors.Color(0.95, 0.95, 0.95))]))
    story = [
        Paragraph("标准化工作情况证明", TITLE),
        Paragraph(f"兹证明{applicant}作为第一起草单位主导制定了以下标准，均已正式发布实施"
                  "（标准发布公告和标准文本首页复印件另附）：", BODY),
        Spacer(1, 4 * mm), table,
        *signature(applicant, data["application"]["fill_date"]),
    ]
    return render(story)


def generic(data: dict, item: dict, _nth: int) -> bytes:
    applicant = data["members"][0]["name"]
    story = [Paragraph(item["kind"], TITLE), Paragraph(f"{item['name']}（示例附件）", BODY),
             *signature(applicant, data["application"]["fill_date"])]
    return render(story)


BUILDERS = {
    "营业执照或法人证书": licence,
    "推荐函": recommendation,
    "成员单位支持函": support_letter,
    "科研项目证明": project_proof,
    "标准化工作证明": standards_proof,
}


def build_sample(folder: Path) -> tuple[str, dict[str, bytes]]:
    """The updated JSON text and the attachment files (relative path -> bytes) of one sample."""
    data = json.loads((folder / "application.json").read_text(encoding="utf-8"))
    files: dict[str, bytes] = {}
    seen: dict[str, int] = {}
    for index, item in enumerate(data["attachments"], start=1):
        nth = seen.get(item["kind"], 0)
        seen[item["kind"]] = nth + 1
        payload = BUILDERS.get(item["kind"], generic)(data, item, nth)
        name = exchange.attachment_file_name(index, item["kind"], item["name"])
        relative = f"{exchange.ATTACHMENT_FOLDER}/{name}"
        item.update(size=len(payload), sha256=hashlib.sha256(payload).hexdigest(), file=relative)
        files[relative] = payload
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n", files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="only report whether anything would change")
    args = parser.parse_args(argv)
    stale = []
    for folder in sorted(p for p in SAMPLES.iterdir() if (p / "application.json").is_file()):
        text, files = build_sample(folder)
        attachments = folder / exchange.ATTACHMENT_FOLDER
        listed = {Path(name).name for name in files}
        extra = [p for p in attachments.glob("*") if p.name not in listed]
        changed = [name for name, payload in files.items()
                   if not (folder / name).is_file() or (folder / name).read_bytes() != payload]
        if (folder / "application.json").read_text(encoding="utf-8") != text:
            changed.append("application.json")
        changed += [f"{exchange.ATTACHMENT_FOLDER}/{p.name}（多余）" for p in extra]
        stale += [f"{folder.name}/{name}" for name in changed]
        if args.check:
            continue
        attachments.mkdir(exist_ok=True)
        for path in extra:
            path.unlink()
        for name, payload in files.items():
            (folder / name).write_bytes(payload)
        (folder / "application.json").write_text(text, encoding="utf-8")
        largest = max(map(len, files.values()), default=0) // 1024
        print(f"{folder.name}: {len(files)} 个附件，最大 {largest} KB")
    if args.check:
        print("需要更新：" + "、".join(stale) if stale else "示例附件均为最新。")
        return 1 if stale else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
