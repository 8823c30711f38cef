"""The numbered sections 一 to 九 of the 申报书 as ``app.form_blocks``, and how a value
is shown in them (``app.form_content`` puts the cover and the signed pages around them).

Empty optional parts say 无, never an empty table; an empty count or sum is left blank,
to be filled in by hand (无 after 专职人员（人） would say the unit has no staff).
Fixed texts are converted to the document's script as they are set (``fixed``); typed
values are kept as typed, except the choices' own values (``choice``).
"""

from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import Any

from app import choices, exchange, money
from app.form_blocks import (
    Block,
    Caption,
    Fields,
    FileName,
    Gap,
    Grid,
    Heading,
    LongText,
    Note,
    Plain,
    within_limit,
)
from app.hant import fixed
from app.rules.facts import Facts

NONE = "无"
NUMERALS = "一二三四五六七八九十"


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


def choice(value: str) -> str:
    """A value as typed, or a choice's value in the document's language."""
    return fixed(value) if value in CHOICE_VALUES else value


def typed(value: Any) -> str:
    """A value entered by the user as it is printed (a choice's in the document's language)."""
    text = within_limit("" if value is None else str(value))
    kept = choice(text)
    return FileName(kept) if isinstance(value, FileName) else kept


class Number(str):
    """A count or a sum as printed: when empty, its field is left blank, not 无."""


def fields(pairs: Sequence[tuple[str, Any]], columns: int = 2) -> Fields:
    """Label/value pairs; an empty text says 无, an empty ``Number`` nothing."""
    def shown(value: Any) -> Any:
        return value if isinstance(value, Number) or value not in (None, "") else fixed(NONE)
    return Fields(tuple((fixed(label), typed(shown(value))) for label, value in pairs), columns)


def grid(headers: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
         right: Sequence[int] = (), small: bool = False) -> Block:
    """A list as a table, or 无 when it has no rows."""
    if not rows:
        return Plain(fixed(NONE))
    return Grid(tuple(fixed(h) for h in headers), tuple(tuple(typed(v) for v in row) for row in rows),
                tuple(widths), tuple(right), small=small)


def long_text(text: str) -> Block:
    """A typed text as paragraphs (blank lines dropped), or 无."""
    paragraphs = [line.strip() for line in within_limit(text or "").splitlines() if line.strip()]
    return LongText(tuple(paragraphs)) if paragraphs else Plain(fixed(NONE))


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


class Sections:
    """Builds sections 一 onward in order, numbering them and remembering the heading last
    made (``place``: where a text too long is said to be)."""

    def __init__(self, facts: Facts) -> None:
        self.f = facts  # the facts, read on nearly every line below
        self.org_label = choices.ORG_TYPES[facts.org_type]
        self.members_title = "成员单位" if facts.is_base else "合作单位"
        self._section = 0
        self._heading = ""
        self.place = ""

    def all(self) -> list[Block]:
        return [*self.type_section(), *self.applicant_section(), *self.recommender_section(),
                *self.foundation_section(), *self.members_section(), *self.governance_section(),
                *self.resources_section(), *self.plan_section(), *self.attachments_section()]

    def member_name(self, member_id: int | None) -> str:
        member = self.f.member(member_id)
        return member.name if member is not None else ""

    def heading(self, title: str) -> list[Block]:
        number = NUMERALS[self._section]
        self._section += 1
        self._heading = self.place = f"{number}、{fixed(title)}"
        return [Heading(fixed(f"{number}、{title}"), 1)]

    def sub(self, title: str) -> list[Block]:
        self.place = f"{self._heading} {fixed(title)}"
        return [Heading(fixed(title), 2)]

    def type_section(self) -> list[Block]:
        a = self.f.application
        tags = "、".join(choice(t) for t in (a.five_economy_tags.split("|") + a.four_new_tags.split("|"))
                        if t)
        pairs = [("申报类型", self.org_label), ("拟建组织名称", a.org_name),
                 ("所属领域", tags), ("所属产业", a.industry)]
        if self.f.is_base:
            pairs.append(("组建方式", a.formation))
        return [*self.heading("申报类型与名称"), fields(pairs, columns=1)]

    def applicant_section(self) -> list[Block]:
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
                long_text(a.intro), *self.sub("联系人"), fields(contact)]

    def recommender_section(self) -> list[Block]:
        r = self.f.recommender
        return [*self.heading("推荐单位"),
                fields([("推荐单位名称", r.name), ("推荐单位类型", r.kind),
                        ("联系人", r.contact_name), ("联系电话", r.contact_phone)])]

    def foundation_section(self) -> list[Block]:
        f = self.f
        blocks = [*self.heading("标准化工作基础"), *self.sub("（一）主导或参与制定的标准"),
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
                  *self.sub("（四）技术优势"), long_text(f.foundation.tech_advantage),
                  *self.sub("（五）标准化服务能力"), long_text(f.foundation.service_capacity)]
        if f.is_base:
            blocks += [*self.sub("（六）组织协调能力"), long_text(f.foundation.coordination_capacity),
                       *self.sub("（七）可协调的外部标准化服务机构"),
                       grid(["序号", "机构名称", "可提供的服务"],
                            [(n, s.name, s.provides)
                             for n, s in enumerate(f.service_institutions, start=1)],
                            [8, 40, 54])]
        return blocks

    def members_section(self) -> list[Block]:
        f = self.f
        members = f.members if f.is_base else [m for m in f.members if not m.is_applicant]
        rows: list[tuple[Any, ...]]
        if f.is_base:
            rows = [(n, m.name, m.credit_code,
                     choice(m.kind) + (fixed("（龙头企业）") if m.is_leading_enterprise else ""),
                     m.chain_position, m.role, m.contact_name, m.contact_phone)
                    for n, m in enumerate(members, start=1)]
            listing = grid(["序号", "单位名称", "统一社会信用代码", "单位类型", "产业链位置", "角色",
                            "联系人", "联系电话"], rows, [10, 28, 40, 16, 13, 17, 12, 24], small=True)
        else:
            rows = [(n, m.name, m.credit_code, m.kind, m.contact_name, m.contact_phone)
                    for n, m in enumerate(members, start=1)]
            listing = grid(["序号", "单位名称", "统一社会信用代码", "单位类型", "联系人", "联系电话"],
                           rows, [10, 42, 40, 22, 18, 28], small=True)
        blocks = [*self.heading(self.members_title + "名单"), listing]
        if f.is_base:
            kinds = {m.kind for m in f.members}
            covered = [party for party, member_kinds in choices.COVERAGE if kinds & set(member_kinds)]
            blocks.append(Note(fixed("成员覆盖：" + ("、".join(covered) or NONE))))
        contributions = [(n, m.name, m.contribution) for n, m in enumerate(members, start=1)
                         if m.contribution.strip()]
        blocks += [*self.sub("参与内容和作用"), grid(["序号", "单位名称", "参与内容和作用"],
                                                contributions, [8, 30, 64])]
        return blocks

    def governance_section(self) -> list[Block]:
        f, g = self.f, self.f.governance
        blocks = self.heading("组织架构")
        if f.is_base:
            blocks.append(fields([("领导机构形式", g.body),
                                  ("秘书处设在", self.member_name(g.secretariat_member_id)),
                                  ("牵头协调单位", self.member_name(g.coordinator_member_id))],
                                 columns=1))
        title = (g.body or "领导小组或理事会") + "组成人员" if f.is_base else "负责人与核心团队"
        blocks += [*self.sub(title),
                   grid(["序号", "姓名", "所在单位", "职务", "角色"],
                        [(n, p.name, self.member_name(p.member_id), p.title, p.role)
                         for n, p in enumerate(f.governance_people, start=1)],
                        [8, 12, 40, 24, 18]),
                   *self.sub("分工说明"), long_text(g.division_of_work)]
        return blocks

    def resources_section(self) -> list[Block]:
        f, r = self.f, self.f.resources
        blocks = [*self.heading("资源保障"), *self.sub("（一）人员"),
                  fields([("专职人员（人）", _count(r.fulltime_count)),
                          ("兼职人员（人）", _count(r.parttime_count)),
                          ("标准化专业人员（人）", _count(r.std_professional_count))], columns=1),
                  Caption(fixed("人员名单")),
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
            blocks += [*self.sub("（四）成员单位资源投入"),
                       grid(["序号", "单位名称", "投入内容", "投入经费（万元）"],
                            [(n, m.name, m.commitment, money.format_wan(m.commitment_fen))
                             for n, m in enumerate(f.members, start=1)
                             if m.commitment.strip() or m.commitment_fen],
                            [8, 30, 48, 16], right=(3,))]
        blocks += [*self.sub(f"（{'五' if f.is_base else '四'}）设备与平台"),
                   grid(["序号", "名称", "用途说明", "提供单位"],
                        [(n, e.name, e.purpose, self.member_name(e.member_id))
                         for n, e in enumerate(f.equipment, start=1)],
                        [8, 26, 40, 28])]
        return blocks

    def funding_table(self) -> Block:
        """Sources and uses by pilot year, each with its computed total."""
        years = sorted({line.year for line in self.f.funding})
        amounts = {(line.year, line.direction, line.category): line.amount_fen or 0
                   for line in self.f.funding}
        headers = ["项目", *[f"第{NUMERALS[y - 1]}年" for y in years], "合计"]  # (converted by grid)
        rows: list[list[str]] = []
        sums: list[int] = []
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
            sums.append(len(rows))
            rows.append([fixed(f"{label}合计"), *[money.format_wan(totals[y]) for y in years],
                         money.format_wan(sum(totals.values()))])
        built = grid(headers, rows, [34, *[22] * len(years), 22],
                     right=tuple(range(1, len(years) + 2)))
        return replace(built, totals=tuple(sums)) if isinstance(built, Grid) else built

    def plan_section(self) -> list[Block]:
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
        numbers = iter(NUMERALS)

        def sub(title: str) -> list[Block]:
            return self.sub(f"（{next(numbers)}）{title}")

        blocks = [*self.heading("建设方案"), *sub("建设背景与必要性"), long_text(p.background),
                  *sub("建设目标"), long_text(p.goals), Gap(3),
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
            blocks += [*sub("前期研究与试验验证计划"), long_text(p.research_plan)]
        blocks += [*sub("机制创新"), long_text(p.mechanism), *sub("进度安排"),
                   grid(["序号", "起止时间", "工作任务", "阶段成果"],
                        [(n, _months(m.start_month, m.end_month), m.task, m.deliverable)
                         for n, m in enumerate(f.milestones, start=1)],
                        [8, 18, 42, 34]),
                   *sub("保障措施"), long_text(p.safeguards),
                   *sub("预期成效"), long_text(p.expected_results)]
        return blocks

    def attachments_section(self) -> list[Block]:
        # Each file by its name in the zip, exactly (``app.exchange.attachment_file_names``).
        files = exchange.attachment_file_names((a.kind, a.name) for a in self.f.attachments)
        return [*self.heading("附件清单"),
                grid(["序号", "附件类型", "所属单位", "文件名", "大小"],
                     [(n, a.kind, self.member_name(a.member_id), FileName(file),
                       f"{a.size / 1024:,.0f} KB")
                      for n, (a, file) in enumerate(zip(self.f.attachments, files, strict=True),
                                                    start=1)],
                     [8, 18, 28, 36, 12], right=(4,))]
