"""The 申报书 as reportlab flowables: cover, 填写说明, sections 一 onward, declaration,
the recommending unit's opinion page and the attachment list (FORM.md "What goes out").

Every value comes from the application file and the call file; totals are computed.
Empty optional parts print 无, never an empty table; an empty count or sum prints blank,
to be filled in by hand (无 after 专职人员（人） would say the unit has no staff).

In a Traditional form (``app.hant``) fixed texts are converted where they are set:
``para`` converts its text unless told the text was ``typed``; table cells hold what the
user typed, of which only the choices' own values are converted.
"""

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    PageBreak,
    Spacer,
    Table,
    TableStyle,
)

from app import choices, exchange, money
from app.call import Call
from app.hant import fixed
from app.pdf import fonts
from app.pdf.wrap import ChineseParagraph
from app.rules.facts import Facts
from app.text import Text

FRAME_WIDTH = 210 * mm - 30 * mm - 20 * mm  # A4 less the binding and right margins
NONE = "无"
NUMERALS = "一二三四五六七八九十"
GRID = colors.HexColor("#404040")
HEADER_FILL = colors.HexColor("#e8e8e8")
LABEL_FILL = colors.HexColor("#f3f3f3")
# Far longer than any text the form allows (3,000 characters): a text beyond this (some
# 70 pages, laid out in about a second, 50 MB of memory) is refused before its layout
# starts, naming where it is; a received file could hold 50 MB in one field.
TYPED_LIMIT = 200_000


class TextTooLong(ValueError):
    """A text the form cannot print; ``str()`` says which and what to do, in Chinese."""


def make_style(name: str, face: str, size: float, leading: float, **extra: Any) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=face, fontSize=size, leading=leading,
                          wordWrap="CJK", **extra)


BODY = make_style("body", fonts.SERIF, 10.5, 18, firstLineIndent=21, spaceAfter=4)
PLAIN = make_style("plain", fonts.SERIF, 10.5, 18)
CELL = make_style("cell", fonts.SERIF, 9.5, 14)
SMALL_CELL = make_style("smallCell", fonts.SERIF, 8.5, 12)
CELL_RIGHT = make_style("cellRight", fonts.SERIF, 9.5, 14, alignment=TA_RIGHT)
CELL_HEAD = make_style("cellHead", fonts.HEI, 9.5, 14, alignment=TA_CENTER)
LABEL = make_style("label", fonts.HEI, 9.5, 14)
H1 = make_style("h1", fonts.HEI, 14, 22, spaceBefore=10, spaceAfter=6)
H2 = make_style("h2", fonts.HEI, 11.5, 18, spaceBefore=6, spaceAfter=3)
TITLE = make_style("title", fonts.HEI, 22, 34, alignment=TA_CENTER)
COVER_LABEL = make_style("coverLabel", fonts.HEI, 14, 22)
COVER_VALUE = make_style("coverValue", fonts.SERIF, 14, 22)
CENTERED = make_style("centered", fonts.HEI, 14, 22, alignment=TA_CENTER)
DATE_LINE = make_style("dateLine", fonts.SERIF, 14, 22, alignment=TA_RIGHT)
NOTE = make_style("note", fonts.SERIF, 9.5, 15, textColor=colors.HexColor("#333333"))


def table(data: list[list[Any]], widths: Sequence[float], commands: list[tuple[Any, ...]],
          **options: Any) -> Table:
    """A Table whose plain-text cells are set in our serif too (Table's default font is
    Helvetica, which would put an unembedded font into the PDF)."""
    built = Table(data, colWidths=list(widths), **options)
    built.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), fonts.SERIF), *commands]))
    return built


def _strings(value: Any) -> Iterator[str]:
    """Every string in ``value``, through tuples and dicts (ROLES_BY_BODY nests them)."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


# Values the form offers to choose from: fixed texts, even in a table of typed ones.
CHOICE_VALUES = frozenset(
    text for name, value in vars(choices).items() if name.isupper()
    for text in _strings(value)) | {"是", "否"}


def para(text: str, style: ParagraphStyle = PLAIN, *, typed: bool = False) -> ChineseParagraph:
    """``text`` set in ``style``; a fixed text in the document's language, unless ``typed``."""
    if typed:
        within_limit(text)  # (before its markup, which takes as long as its layout)
    face = fonts.HEI if style.fontName == fonts.HEI else fonts.SERIF
    return ChineseParagraph(fonts.markup(text if typed else fixed(text), face), style)


def choice(value: str) -> str:
    """A value as typed, or a choice's value in the document's language."""
    return fixed(value) if value in CHOICE_VALUES else value


def within_limit(text: str) -> str:
    """``text``, unless it is too long to print (``TYPED_LIMIT``)."""
    if len(text) > TYPED_LIMIT:
        raise TextTooLong(Text("有一段文字长达 {n} 字，超过能排版的 {limit} 字。",
                               n=len(text), limit=TYPED_LIMIT))
    return text


def cell(value: Any, style: ParagraphStyle = CELL, *, typed: bool = True) -> ChineseParagraph:
    text = within_limit("" if value is None else str(value))
    return para(choice(text) if typed else text, style, typed=typed)


class CheckBox(Flowable):
    """A square, ticked or not: the cover's ☑/☐ (neither face has those characters)."""

    def __init__(self, checked: bool, size: float = 11) -> None:
        super().__init__()
        self.checked, self.size = checked, size
        self.width = self.height = size

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        canvas.setLineWidth(0.8)
        canvas.rect(0, 0, size, size)
        if self.checked:
            canvas.setLineWidth(1.4)
            path = canvas.beginPath()
            path.moveTo(size * 0.2, size * 0.55)
            path.lineTo(size * 0.42, size * 0.22)
            path.lineTo(size * 0.82, size * 0.85)
            canvas.drawPath(path, stroke=1, fill=0)


def grid(headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
         right: Sequence[int] = (), bold_last: bool = False, small: bool = False) -> Flowable:
    """A bordered table whose header row repeats after a page break; 无 when empty."""
    if not rows:
        return para(NONE, PLAIN)
    total = sum(widths)
    col_widths = [FRAME_WIDTH * w / total for w in widths]
    data: list[list[Any]] = [[cell(h, CELL_HEAD, typed=False) for h in headers]]
    for row in rows:
        body = SMALL_CELL if small else CELL
        data.append([cell(v, CELL_RIGHT if n in right else body) for n, v in enumerate(row)])
    style: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if bold_last:
        style.append(("BACKGROUND", (0, -1), (-1, -1), LABEL_FILL))
    return table(data, col_widths, style, repeatRows=1)


class Number(str):
    """A count or a sum as printed: when empty, ``fields`` leaves its cell blank."""


def _shown(value: Any) -> Any:
    if isinstance(value, Number):
        return value
    return fixed(NONE) if value in (None, "") else value


def fields(pairs: Sequence[tuple[str, Any]], columns: int = 2) -> Flowable:
    """Label/value pairs in a bordered table, ``columns`` pairs per row; an empty text
    prints 无, an empty ``Number`` a blank cell."""
    data: list[list[Any]] = []
    for start in range(0, len(pairs), columns):
        row: list[Any] = []
        for label, value in pairs[start:start + columns]:
            row += [cell(label, LABEL, typed=False), cell(_shown(value))]
        row += [""] * (2 * columns - len(row))
        data.append(row)
    spans = []
    if columns == 2 and len(pairs) % 2:  # the last value takes the whole row
        spans = [("SPAN", (1, len(data) - 1), (3, len(data) - 1))]
    label_width, value_width = (34 * mm, FRAME_WIDTH / 2 - 34 * mm) if columns == 2 else (
        40 * mm, FRAME_WIDTH - 40 * mm)
    style: list[tuple[Any, ...]] = [("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
             ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    style += [("BACKGROUND", (2 * n, 0), (2 * n, -1), LABEL_FILL) for n in range(columns)]
    style += spans
    return table(data, [label_width, value_width] * columns, style)


def long_text(text: str) -> list[Flowable]:
    """A typed text as paragraphs, each first line indented by two characters."""
    paragraphs = [line.strip() for line in within_limit(text or "").splitlines() if line.strip()]
    return [para(line, BODY, typed=True) for line in paragraphs] or [para(NONE, PLAIN)]


def _count(value: int | None) -> Number:
    return Number("" if value is None else str(value))


def _money(fen: int | None) -> Number:
    return Number(money.format_wan(fen))


def _month(value: int | None) -> str:
    return fixed("第{n}个月").format(n=value) if value else ""


def _months(start: int | None, end: int | None) -> str:
    if start and start == end:
        return fixed("第{n}个月").format(n=start)
    return fixed("第{start}—{end}个月").format(start=start or "?", end=end or "?")


def _chinese_date(iso: str) -> str:
    try:
        year, month, day = (int(part) for part in iso.split("-"))
    except ValueError:
        return "      年    月    日"
    return f"{year}年{month}月{day}日"  # (the same characters in Traditional)


class FormBuilder:
    """Builds the story of one copy of the form."""

    def __init__(self, facts: Facts, call: Call) -> None:
        self.f, self.call = facts, call  # f: the facts, read on nearly every line below
        self.org_label = choices.ORG_TYPES[facts.org_type]
        self.members_title = "成员单位" if facts.is_base else "合作单位"
        self._section = 0
        self._heading = ""
        self._place = ""  # the heading last made: where a text too long is said to be

    def member_name(self, member_id: int | None) -> str:
        member = self.f.member(member_id)
        return member.name if member is not None else ""

    def heading(self, title: str) -> list[Flowable]:
        number = NUMERALS[self._section]
        self._section += 1
        self._heading = self._place = f"{number}、{fixed(title)}"
        return [CondPageBreak(40 * mm), para(f"{number}、{title}", H1)]

    def sub(self, title: str) -> list[Flowable]:
        """A sub-heading, never alone at the foot of a page (without holding its table
        back, as keepWithNext would: a long table may start under its heading)."""
        self._place = f"{self._heading} {fixed(title)}"
        return [CondPageBreak(30 * mm), para(title, H2)]

    def story(self) -> list[Flowable]:
        try:
            return [*self.cover(), PageBreak(), *self.instructions(), PageBreak(),
                    *self.type_section(), *self.applicant_section(), *self.recommender_section(),
                    *self.foundation_section(), *self.members_section(),
                    *self.governance_section(), *self.resources_section(), *self.plan_section(),
                    *self.attachments_section(), PageBreak(), *self.declaration(), PageBreak(),
                    *self.recommendation()]
        except TextTooLong as error:
            # (the sections are built in order: the heading last made is the text's)
            raise TextTooLong(Text("申报书「{place}」中{problem}请缩短后再输出。",
                                   place=self._place or fixed("封面"), problem=error.args[0])) from error

    # -- cover and instructions ------------------------------------------------------

    def cover(self) -> list[Flowable]:
        f = self.f
        types = table([[CheckBox(f.org_type == key), para(label, COVER_VALUE)]
                       for key, label in choices.ORG_TYPES.items()], [8 * mm, 80 * mm],
                      [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
        seal = make_style("seal", fonts.SERIF, 10, 16, textColor=colors.HexColor("#555555"))
        rows = [
            [para("申报类型：", COVER_LABEL), types],
            [para("拟建组织名称：", COVER_LABEL),
             para(f.application.org_name, COVER_VALUE, typed=True)],
            [para("申报单位：", COVER_LABEL), [para(f.applicant_member.name, COVER_VALUE, typed=True),
                                           para("（盖章）", seal), Spacer(1, 24 * mm)]],
            [para("推荐单位：", COVER_LABEL), [para(f.recommender.name, COVER_VALUE, typed=True),
                                           para("（盖章）", seal), Spacer(1, 24 * mm)]],
            [para("填报日期：", COVER_LABEL), para(_chinese_date(f.application.fill_date),
                                               COVER_VALUE)],
        ]
        lines = table(rows, [44 * mm, FRAME_WIDTH - 54 * mm], [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (1, 1), (1, -1), 0.6, colors.black),
            ("TOPPADDING", (0, 0), (-1, -1), 8), ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
        ])
        return [Spacer(1, 30 * mm), para(self.call.form_title, TITLE), Spacer(1, 28 * mm),
                lines, Spacer(1, 30 * mm), para(f"{self.call.issuer}　制", CENTERED)]

    def instructions(self) -> list[Flowable]:
        call = self.call
        items = [
            f"本申报书依据{call.issuer}《{call.title}》（{call.number}）填写，"
            "申报单位应对所填内容的真实性负责。",
            "申报类型分为技术标准创新基地和标准化创新中心，在封面相应方框内勾选一项。"
            "创新基地由产业链上下游或产业园区内的单位共同组建，须附成员单位支持函；"
            "创新中心由一家单位独立申报。",
            "金额单位均为万元，保留两位小数；经费合计由表格自动计算。",
            "推荐单位为申报单位所在区人民政府或行业主管部门，推荐意见页由推荐单位填写并盖章。",
            f"纸质申报书一式{call.copies_text}份，经推荐单位确认盖章后寄送或送达{call.postal_address}"
            f"（邮编 {call.postcode}）；电子版以压缩包形式发送至 {call.email}。"
            f"信封和邮件均注明“{call.subject_mark}”。",
            "每页页脚的校验码由申报内容计算得出，与电子版压缩包中的校验码一致，"
            "用于核对纸质版与电子版是否为同一版本。",
            f"联系人：{call.contact_name}，电话 {call.contact_phone}。",
        ]
        story: list[Flowable] = [para("填写说明", TITLE), Spacer(1, 10 * mm)]
        for number, text in enumerate(items, start=1):
            story.append(para(f"{number}. {text}", make_style(
                f"instruction{number}", fonts.SERIF, 11, 20, leftIndent=16, firstLineIndent=-16,
                spaceAfter=6)))
        return story

    # -- sections ---------------------------------------------------------------------

    def type_section(self) -> list[Flowable]:
        a = self.f.application
        tags = "、".join(choice(t) for t in (a.five_economy_tags.split("|") + a.four_new_tags.split("|"))
                        if t)
        pairs = [("申报类型", self.org_label), ("拟建组织名称", a.org_name),
                 ("所属领域", tags), ("所属产业", a.industry)]
        if self.f.is_base:
            pairs.append(("组建方式", a.formation))
        return [*self.heading("申报类型与名称"), fields(pairs, columns=1)]

    def applicant_section(self) -> list[Flowable]:
        f, a = self.f, self.f.applicant
        legal = {True: "是", False: "否"}.get(a.is_legal_person, "")  # type: ignore[arg-type]
        pairs = [("单位名称", f.applicant_member.name),
                 ("统一社会信用代码", f.applicant_member.credit_code),
                 ("独立法人资格", legal), ("单位性质", a.nature)]
        if f.is_base:
            pairs.append(("申报单位类型", a.role))
        pairs += [("法定代表人", a.legal_representative), ("成立日期", a.founded),
                  ("注册地址", a.registered_address), ("通讯地址", a.mailing_address),
                  ("邮政编码", a.postcode), ("单位网址", a.website),
                  ("职工总数（人）", _count(a.staff_count)), ("研发人员（人）", _count(a.rd_staff_count)),
                  ("标准化工作人员（人）", _count(a.std_staff_count)),
                  ("上年度营业收入或经费预算（万元）", _money(a.revenue_fen))]
        contact = [("联系人", a.contact_name), ("部门", a.contact_department),
                   ("职务", a.contact_title), ("办公电话", a.contact_phone),
                   ("手机", a.contact_mobile), ("电子邮箱", a.contact_email)]
        return [*self.heading("申报单位基本情况"), fields(pairs), *self.sub("单位简介"),
                *long_text(a.intro), *self.sub("联系人"), fields(contact)]

    def recommender_section(self) -> list[Flowable]:
        r = self.f.recommender
        return [*self.heading("推荐单位"),
                fields([("推荐单位名称", r.name), ("推荐单位类型", r.kind),
                        ("联系人", r.contact_name), ("联系电话", r.contact_phone)])]

    def foundation_section(self) -> list[Flowable]:
        f = self.f
        story = [*self.heading("标准化工作基础"), *self.sub("（一）主导或参与制定的标准"),
                 grid(["序号", "标准编号", "标准名称", "级别", "主导/参与", "年份", "状态"],
                      [(n, s.code, s.name, s.level, s.role, _count(s.year), s.status)
                       for n, s in enumerate(f.standards, start=1)],
                      [10, 36, 50, 16, 15, 12, 13]),
                 *self.sub("（二）参与的标准化技术委员会"),
                 grid(["序号", "技术委员会名称及编号", "角色"],
                      [(n, c.name, c.role) for n, c in enumerate(f.committees, start=1)],
                      [8, 70, 24]),
                 *self.sub("（三）承担的科研项目和标准化研究项目"),
                 grid(["序号", "项目名称", "级别", "类别", "年份", "牵头/参与"],
                      [(n, p.name, p.level, p.kind, _count(p.year), p.role)
                       for n, p in enumerate(f.projects, start=1)],
                      [8, 46, 16, 16, 8, 10]),
                 *self.sub("（四）技术优势"), *long_text(f.foundation.tech_advantage),
                 *self.sub("（五）标准化服务能力"), *long_text(f.foundation.service_capacity)]
        if f.is_base:
            story += [*self.sub("（六）组织协调能力"), *long_text(f.foundation.coordination_capacity),
                      *self.sub("（七）可协调的外部标准化服务机构"),
                      grid(["序号", "机构名称", "可提供的服务"],
                           [(n, s.name, s.provides)
                            for n, s in enumerate(f.service_institutions, start=1)],
                           [8, 40, 54])]
        return story

    def members_section(self) -> list[Flowable]:
        f = self.f
        members = f.members if f.is_base else [m for m in f.members if not m.is_applicant]
        rows: list[tuple[Any, ...]]
        if f.is_base:
            rows = [(n, m.name, m.credit_code,
                     choice(m.kind) + (fixed("（龙头企业）") if m.is_leading_enterprise else ""),
                     m.chain_position, m.role, m.contact_name, m.contact_phone)
                    for n, m in enumerate(members, start=1)]
            table = grid(["序号", "单位名称", "统一社会信用代码", "单位类型", "产业链位置", "角色",
                          "联系人", "联系电话"], rows, [10, 28, 40, 16, 13, 17, 12, 24], small=True)
        else:
            rows = [(n, m.name, m.credit_code, m.kind, m.contact_name, m.contact_phone)
                    for n, m in enumerate(members, start=1)]
            table = grid(["序号", "单位名称", "统一社会信用代码", "单位类型", "联系人", "联系电话"],
                         rows, [10, 42, 40, 22, 18, 28], small=True)
        story = [*self.heading(self.members_title + "名单"), table]
        if f.is_base:
            kinds = {m.kind for m in f.members}
            covered = [party for party, member_kinds in choices.COVERAGE if kinds & set(member_kinds)]
            story.append(para("成员覆盖：" + ("、".join(covered) or NONE), NOTE))
        contributions = [(n, m.name, m.contribution) for n, m in enumerate(members, start=1)
                         if m.contribution.strip()]
        story += [*self.sub("参与内容和作用"), grid(["序号", "单位名称", "参与内容和作用"],
                                               contributions, [8, 30, 64])]
        return story

    def governance_section(self) -> list[Flowable]:
        f, g = self.f, self.f.governance
        story = self.heading("组织架构")
        if f.is_base:
            story.append(fields([("领导机构形式", g.body),
                                 ("秘书处设在", self.member_name(g.secretariat_member_id)),
                                 ("牵头协调单位", self.member_name(g.coordinator_member_id))],
                                columns=1))
        title = (g.body or "领导小组或理事会") + "组成人员" if f.is_base else "负责人与核心团队"
        story += [*self.sub(title),
                  grid(["序号", "姓名", "所在单位", "职务", "角色"],
                       [(n, p.name, self.member_name(p.member_id), p.title, p.role)
                        for n, p in enumerate(f.governance_people, start=1)],
                       [8, 12, 40, 24, 18]),
                  *self.sub("分工说明"), *long_text(g.division_of_work)]
        return story

    def resources_section(self) -> list[Flowable]:
        f, r = self.f, self.f.resources
        story = [*self.heading("资源保障"), *self.sub("（一）人员"),
                 fields([("专职人员（人）", _count(r.fulltime_count)),
                         ("兼职人员（人）", _count(r.parttime_count)),
                         ("标准化专业人员（人）", _count(r.std_professional_count))], columns=1),
                 para("人员名单", make_style("caption", fonts.HEI, 10, 16, spaceBefore=6, spaceAfter=3)),
                 grid(["序号", "姓名", "所在单位", "职务", "职称", "专业", "专职/兼职"],
                      [(n, s.name, self.member_name(s.member_id), s.title, s.professional_title,
                        s.specialty, s.employment) for n, s in enumerate(f.staff, start=1)],
                      [8, 10, 30, 16, 13, 15, 10]),
                 *self.sub("（二）场地"),
                 grid(["序号", "地址", "面积（m²）", "用途", "来源"],
                      [(n, v.address, _count(v.area_m2), v.use, v.source)
                       for n, v in enumerate(f.venues, start=1)],
                      [8, 52, 14, 13, 15], right=(2,)),
                 *self.sub("（三）经费（万元）"), self.funding_table()]
        if f.is_base:
            story += [*self.sub("（四）成员单位资源投入"),
                      grid(["序号", "单位名称", "投入内容", "投入经费（万元）"],
                           [(n, m.name, m.commitment, money.format_wan(m.commitment_fen))
                            for n, m in enumerate(f.members, start=1)
                            if m.commitment.strip() or m.commitment_fen],
                           [8, 30, 48, 16], right=(3,))]
        story += [*self.sub(f"（{'五' if f.is_base else '四'}）设备与平台"),
                  grid(["序号", "名称", "用途说明", "提供单位"],
                       [(n, e.name, e.purpose, self.member_name(e.member_id))
                        for n, e in enumerate(f.equipment, start=1)],
                       [8, 26, 40, 28])]
        return story

    def funding_table(self) -> Flowable:
        years = sorted({line.year for line in self.f.funding})
        amounts = {(line.year, line.direction, line.category): line.amount_fen or 0
                   for line in self.f.funding}
        headers = ["项目", *[f"第{NUMERALS[y - 1]}年" for y in years], "合计"]  # (converted by grid)
        rows: list[list[str]] = []
        for direction, label, categories in (
                (choices.FUNDING_SOURCE, "来源", choices.FUNDING_SOURCES),
                (choices.FUNDING_USE, "用途", choices.FUNDING_USES)):
            totals = Counter[int]()
            for category in categories:
                values = [amounts.get((y, direction, category), 0) for y in years]
                for y, value in zip(years, values, strict=True):
                    totals[y] += value
                name = choices.funding_label(category, self.f.org_type)
                rows.append([fixed(f"{label}：{name}"), *map(money.format_wan, values),
                             money.format_wan(sum(values))])
            rows.append([fixed(f"{label}合计"), *[money.format_wan(totals[y]) for y in years],
                         money.format_wan(sum(totals.values()))])
        widths = [34, *[22] * len(years), 22]
        built = grid(headers, rows, widths, right=tuple(range(1, len(years) + 2)))
        if isinstance(built, Table):
            sums = [n for n, row in enumerate(rows, start=1) if row[0].endswith(fixed("合计"))]
            built.setStyle(TableStyle([("BACKGROUND", (0, n), (-1, n), LABEL_FILL) for n in sums]))
        return built

    def plan_section(self) -> list[Flowable]:
        f, p = self.f, self.f.plan
        by_level = Counter(item.level for item in f.pipeline)
        levels = [f"{level}{count}项" for level in choices.STANDARD_LEVELS
                  if (count := by_level.get(level, 0))]
        targets = [("研制标准（由标准供给计划统计）", fixed(f"共{len(f.pipeline)}项" + (
            f"（{'、'.join(levels)}）" if levels else ""))),
                   ("推动标准应用（项）", _count(p.target_standards_in_use)),
                   ("服务企业（家）", _count(p.target_enterprises_served)),
                   ("开展培训（场）", _count(p.target_trainings)),
                   ("开展试点（个）", _count(p.target_pilots))]
        numbers = iter("一二三四五六七八九十")

        def sub(title: str) -> list[Flowable]:
            return self.sub(f"（{next(numbers)}）{title}")

        story = [*self.heading("建设方案"), *sub("建设背景与必要性"), *long_text(p.background),
                 *sub("建设目标"), *long_text(p.goals), Spacer(1, 3),
                 fields(targets, columns=1), *sub("标准供给"),
                 grid(["序号", "标准名称", "级别", "制定/修订", "转化的科技成果", "牵头单位", "计划完成"],
                      [(n, i.title, i.level, i.kind, i.tech_result, self.member_name(i.lead_member_id),
                        _month(i.month)) for n, i in enumerate(f.pipeline, start=1)],
                      [10, 38, 17, 13, 29, 33, 20]),
                 *sub("标准实施措施"),
                 grid(["序号", "类别", "措施内容", "目标", "时间安排"],
                      [(n, m.kind, m.content, m.target, m.timing)
                       for n, m in enumerate(f.measures, start=1)],
                      [8, 12, 42, 24, 16])]
        if not f.is_base:
            story += [*sub("前期研究与试验验证计划"), *long_text(p.research_plan)]
        story += [*sub("机制创新"), *long_text(p.mechanism), *sub("进度安排"),
                  grid(["序号", "起止时间", "工作任务", "阶段成果"],
                       [(n, _months(m.start_month, m.end_month), m.task, m.deliverable)
                        for n, m in enumerate(f.milestones, start=1)],
                       [8, 18, 42, 34]),
                  *sub("保障措施"), *long_text(p.safeguards),
                  *sub("预期成效"), *long_text(p.expected_results)]
        return story

    def attachments_section(self) -> list[Flowable]:
        # Each file by its name in the zip, exactly (``app.exchange.attachment_file_names``).
        files = exchange.attachment_file_names((a.kind, a.name) for a in self.f.attachments)
        return [*self.heading("附件清单"),
                grid(["序号", "附件类型", "所属单位", "文件名", "大小"],
                     [(n, a.kind, self.member_name(a.member_id), fonts.replace_unprintable(file),
                       f"{a.size / 1024:,.0f} KB")
                      for n, (a, file) in enumerate(zip(self.f.attachments, files, strict=True),
                                                    start=1)],
                     [8, 18, 28, 36, 12], right=(4,))]

    # -- pages signed and stamped by hand -----------------------------------------------

    def declaration(self) -> list[Flowable]:
        name = self.f.applicant_member.name
        organization = self.f.application.org_name or fixed(self.org_label)  # as typed
        text = (fixed("本单位郑重承诺：本申报书所填写的内容及所附材料真实、准确、完整，不存在虚假内容。"
                      "如获准创建") + organization + fixed(
                    f"，本单位将按照《{self.call.title}》的要求，落实人员、场地、经费等保障，"
                    "按期完成建设任务，并接受主管部门的指导、监督和评估。如有不实，愿承担相应责任。"))
        sign = table([[para("法定代表人（签字）：", COVER_VALUE), ""],
                      [para("申报单位（盖章）：", COVER_VALUE), para(name, COVER_VALUE, typed=True)],
                      ["", ""],
                      ["", para("＿＿＿＿年＿＿月＿＿日", DATE_LINE)]],
                     [55 * mm, FRAME_WIDTH - 55 * mm],
                     [("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                      ("LINEBELOW", (1, 0), (1, 1), 0.6, colors.black),
                      ("ALIGN", (1, 3), (1, 3), "RIGHT")],
                     rowHeights=[16 * mm, 16 * mm, 24 * mm, 12 * mm])
        return [para("承　诺", TITLE), Spacer(1, 10 * mm),
                para(text, make_style("pledge", fonts.SERIF, 12, 24, firstLineIndent=24), typed=True),
                Spacer(1, 20 * mm), KeepTogether(sign)]

    def recommendation(self) -> list[Flowable]:
        r = self.f.recommender
        box = table([[para("推荐意见：", COVER_LABEL)],
                     [""],
                     [para(fixed("推荐单位（盖章）：") + r.name, COVER_VALUE, typed=True)],
                     [para("＿＿＿＿年＿＿月＿＿日", DATE_LINE)]],
                    [FRAME_WIDTH],
                    [("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                     ("VALIGN", (0, 0), (-1, -1), "TOP"),
                     ("LEFTPADDING", (0, 0), (-1, -1), 8),
                     ("RIGHTPADDING", (0, 0), (-1, -1), 12)],
                    rowHeights=[12 * mm, 120 * mm, 14 * mm, 16 * mm])
        return [para("推荐单位意见", TITLE), Spacer(1, 8 * mm),
                para(fixed("推荐单位：") + (r.name or "　"), PLAIN, typed=True), Spacer(1, 4 * mm), box,
                Spacer(1, 4 * mm),
                para("由推荐单位填写推荐意见、加盖公章并注明日期。", NOTE)]
