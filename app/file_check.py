"""What a received ``.stoa`` may hold: its schema and every value, checked before use.

An application file arrives by USB stick and e-mail, so it is read as untrusted input.
SQLite will happily store a trigger that rewrites the e-mail address on the next edit,
a view that forges the members list, or bytes in a money column; the ORM and the window
would then crash or act on them. ``check_objects`` refuses anything in the schema that
the application does not create itself (``trusted_schema`` is off on every connection
as well, see ``app.storage``), ``check_columns`` compares each table with ours and
``check_values`` every cell with its column's type and range. Each names what it
found, by table, row and column, so the user can be told and ``repair_copy`` can mend
a copy. Plain ``sqlite3`` only: this runs before the window shows a file.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from app import choices, limits

# The tables as ``app.storage.create_file`` makes them at the current schema version,
# column by column: ``name`` text, ``name#`` integer, ``name?`` boolean, ``name$`` blob;
# a ``~`` allows NULL. tests/test_hostile_files.py keeps this equal to the model.
SCHEMA: dict[str, str] = {
    "member": "id# position# is_applicant? name credit_code credit_code_confirmed kind "
              "is_leading_enterprise? chain_position role contact_name contact_phone "
              "contribution commitment commitment_fen#~ contact_email commitment_year1_fen#~ "
              "commitment_year2_fen#~ pipeline_part packet_sent packet_answered",
    "standardrecord": "id# position# code name level role year#~ status",
    "committeeseat": "id# position# name role",
    "researchproject": "id# position# name level kind year#~ role",
    "serviceinstitution": "id# position# name provides",
    "venue": "id# position# address area_m2#~ use source member_id#~",
    "fundingline": "id# position# year# direction category amount_fen#~",
    "measure": "id# position# kind content target timing",
    "milestone": "id# position# start_month#~ end_month#~ task deliverable",
    "application": "id# org_type org_name five_economy_tags four_new_tags industry formation "
                   "fill_date call_id file_id document_script last_outputs call_json docx_in_package?",
    "recommender": "id# name kind contact_name contact_phone",
    "foundation": "id# tech_advantage service_capacity coordination_capacity",
    "resourcesinfo": "id# fulltime_count#~ parttime_count#~ std_professional_count#~",
    "plan": "id# background goals target_standards_in_use#~ target_enterprises_served#~ "
            "target_trainings#~ target_pilots#~ research_plan mechanism safeguards "
            "expected_results",
    "governanceperson": "id# position# name member_id#~ title role",
    "staffmember": "id# position# name member_id#~ title professional_title specialty "
                   "employment",
    "equipment": "id# position# name purpose member_id#~",
    "pipelineitem": "id# position# title level kind tech_result lead_member_id#~ month#~",
    "attachment": "id# position# kind member_id#~ name size# sha256",
    "applicant": "id# member_id#~ is_legal_person?~ nature role legal_representative "
                 "registered_address mailing_address postcode founded staff_count#~ "
                 "rd_staff_count#~ std_staff_count#~ revenue_fen#~ website intro contact_name "
                 "contact_department contact_title contact_phone contact_mobile contact_email",
    "governance": "id# body secretariat_member_id#~ coordinator_member_id#~ division_of_work",
    "attachmentblob": "attachment_id# data$",
    # 试点执行 (app.model.pilot, schema 5)
    "pilotrecord": "id# position# approved_on approval_ref approved_checksum "
                   + " ".join(f"{r}_{t}" for r in ("y1", "y2", "stage", "final")
                              for t in ("work", "results", "problems", "next")),
    "pilotstandard": "id# position# pipeline_item_id#~ project_on draft_on consultation_on "
                     "review_on published_on standard_number publisher note",
    "pilotmilestone": "id# position# milestone_id#~ done? done_on note",
    "pilotspending": "id# position# year# direction category amount_fen#~",
    "pilotactivity": "id# position# kind held_on title participants#~ units_reached#~ note",
    "pilotresult": "id# position# kind title reported_on content",
    "pilotfile": "id# position# result_id#~ name size# sha256",
    "pilotfileblob": "pilotfile_id# data$",
}
SECTIONS = ("application", "applicant", "recommender", "foundation", "governance",
            "resourcesinfo", "plan")
# Names the window uses for the tables, for messages.
TITLES = {
    "member": "成员单位", "standardrecord": "主导或参与制定的标准", "committeeseat": "标准化技术组织任职",
    "researchproject": "科研项目", "serviceinstitution": "标准化服务机构", "venue": "场地",
    "fundingline": "经费", "measure": "标准实施措施", "milestone": "进度安排",
    "application": "申报类型与名称", "recommender": "推荐单位", "foundation": "标准化工作基础",
    "resourcesinfo": "资源保障", "plan": "建设方案", "governanceperson": "组织架构人员",
    "staffmember": "工作人员", "equipment": "设备与平台", "pipelineitem": "标准供给",
    "attachment": "附件", "applicant": "申报单位", "governance": "组织架构",
    "attachmentblob": "附件内容", "pilotrecord": "试点批准与总结", "pilotstandard": "标准进展",
    "pilotmilestone": "进度完成情况", "pilotspending": "经费执行", "pilotactivity": "实施活动",
    "pilotresult": "成果与经验", "pilotfile": "成果附件", "pilotfileblob": "成果附件内容",
}
# Whatever a form field holds, nobody types more than this; a longer text is a crafted
# or broken file, and would stall every page and the layout of the printed form. It is
# what import accepts at most (app.limits); the form's own limits are checked as rules.
TEXT_HARD_LIMIT = limits.HARD_CAP_FACTOR * choices.DEFAULT_TEXT_LIMIT
# Integers beyond this are no count, year or sum of money (in fen: ten trillion yuan).
INTEGER_LIMIT = limits.INTEGER_RANGE[1]
# Values the program builds its pages and sums on, not merely shows: any other is not ours.
CHOICES: dict[tuple[str, str], tuple[str, ...]] = {
    ("application", "org_type"): tuple(choices.ORG_TYPES),
    ("fundingline", "direction"): (choices.FUNDING_SOURCE, choices.FUNDING_USE),
    ("fundingline", "category"): (*choices.FUNDING_SOURCES, *choices.FUNDING_USES),
    ("pilotspending", "direction"): (choices.FUNDING_SOURCE, choices.FUNDING_USE),
    ("pilotspending", "category"): (*choices.FUNDING_SOURCES, *choices.FUNDING_USES),
}
RANGES: dict[tuple[str, str], tuple[int, int]] = {
    ("fundingline", "year"): (1, 5),  # pilot years, named 第一年…第五年
    ("pilotspending", "year"): (1, 5),
}
# Dates the program computes with (the approval date fixes the pilot's months): "" or ISO.
ISO_DATES = (("pilotrecord", "approved_on"),)
SHOWN_PROBLEMS = 8  # a message lists this many and counts the rest


def _is_iso_date(value: object) -> bool:
    import datetime as dt

    try:
        return isinstance(value, str) and dt.date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


@dataclass(frozen=True)
class Column:
    name: str
    kind: str  # "text", "integer", "boolean" or "blob"
    nullable: bool

    @property
    def declared(self) -> str:
        return {"text": "VARCHAR", "integer": "INTEGER", "boolean": "BOOLEAN",
                "blob": "BLOB"}[self.kind]


def columns(table: str) -> tuple[Column, ...]:
    kinds = {"#": "integer", "?": "boolean", "$": "blob"}
    found = []
    for spec in SCHEMA[table].split():
        nullable = spec.endswith("~")
        spec = spec.rstrip("~")
        kind = kinds.get(spec[-1], "text")
        found.append(Column(spec.rstrip("#?$"), kind, nullable))
    return tuple(found)


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a file; ``table``/``row``/``column`` say where (or are empty)."""

    what: str
    table: str = ""
    row: int | None = None
    column: str = ""

    def __str__(self) -> str:
        where = ""
        if self.table:
            where = f"「{TITLES.get(self.table, self.table)}」（{self.table}）"
            if self.row is not None:
                where += f"第 {self.row} 行"
            if self.column:
                where += f"的「{self.column}」栏"
            where += "："
        return where + self.what


def describe(problems: list[Problem]) -> str:
    shown = "；\n".join(str(problem) for problem in problems[:SHOWN_PROBLEMS])
    rest = len(problems) - SHOWN_PROBLEMS
    return shown + (f"；\n等共 {len(problems)} 处" if rest > 0 else "") + "。"


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def _expected_object(kind: str, name: str, table: str) -> bool:
    if kind == "table":
        return name in SCHEMA
    # SQLite's own indexes for primary keys; nothing else of ours is an index.
    return kind == "index" and name.startswith("sqlite_autoindex_") and table in SCHEMA


def check_objects(connection: sqlite3.Connection) -> list[Problem]:
    """Triggers, views, indexes and tables that the application does not create."""
    kinds = {"trigger": "触发器", "view": "视图", "index": "索引", "table": "表"}
    problems = []
    for kind, name, table in connection.execute(
            "SELECT type, name, tbl_name FROM sqlite_master ORDER BY rowid"):
        if name.startswith("sqlite_") and kind == "table":
            continue  # SQLite's own bookkeeping (sqlite_sequence, sqlite_stat1)
        if not _expected_object(kind, name, table):
            problems.append(Problem(
                f"含有本程序不会创建的{kinds.get(kind, kind)}「{name[:40]}」"
                + ("（会在修改时自动执行）" if kind == "trigger" else "")))
    return problems


def check_columns(connection: sqlite3.Connection) -> list[Problem]:
    """Each of our tables with exactly our columns, types and NULL rules."""
    problems = []
    present = {name for (name,) in connection.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'")}
    for table in SCHEMA:
        if table not in present:
            problems.append(Problem("缺少这张表", table))
            continue
        found = {row[1]: (str(row[2]).upper(), bool(row[3]))
                 for row in connection.execute(f"PRAGMA table_info({_quote(table)})")}
        for column in columns(table):
            if column.name not in found:
                problems.append(Problem("缺少这一栏", table, column=column.name))
            elif found[column.name] != (column.declared, not column.nullable):
                problems.append(Problem("这一栏的定义与本程序的不同", table, column=column.name))
        expected = {column.name for column in columns(table)}
        for name in found:
            if name not in expected:
                problems.append(Problem("多出本程序不会创建的一栏", table, column=name[:40]))
    return problems


def _value_problem(column: Column, kind: str, value: object) -> str | None:
    """What is wrong with a cell of SQLite type ``kind`` (``typeof``) holding ``value``."""
    if kind == "null":
        return None if column.nullable else "应有值，实为空（NULL）"
    wanted = {"text": "text", "integer": "integer", "boolean": "integer", "blob": "blob"}
    names = {"text": "文本", "integer": "整数", "real": "小数", "blob": "二进制数据"}
    if kind != wanted[column.kind]:
        return f"应为{'是/否' if column.kind == 'boolean' else names[wanted[column.kind]]}，" \
               f"实为{names.get(kind, kind)}"
    if column.kind == "boolean" and value not in (0, 1):
        return "应为是/否（0 或 1）"
    if column.kind == "integer" and isinstance(value, int) and abs(value) > INTEGER_LIMIT:
        return "数值超出范围"
    if column.name in ("id", "position", "attachment_id", "pilotfile_id", "size") and isinstance(value, int) \
            and value < 0:
        return "不能为负数"
    if column.kind == "text" and isinstance(value, int) and value > TEXT_HARD_LIMIT:
        return f"文字过长（{value:,} 字，超过 {TEXT_HARD_LIMIT:,} 字）"
    return None


def _bad_cell(column: Column) -> str:
    """SQL that is true where a cell of ``column`` is not as ``_value_problem`` wants it."""
    quoted, kind = _quote(column.name), f"typeof({_quote(column.name)})"
    wanted = "'blob'" if column.kind == "blob" else "'text'" if column.kind == "text" \
        else "'integer'"
    condition = f"{kind} NOT IN ({wanted}{'' if not column.nullable else ', ' + repr('null')})"
    if column.kind == "text":
        condition += f" OR length({quoted}) > {TEXT_HARD_LIMIT}"
    elif column.kind == "boolean":
        condition += f" OR {quoted} NOT IN (0, 1)"
    elif column.kind == "integer":
        condition += f" OR {quoted} > {INTEGER_LIMIT} OR {quoted} < -{INTEGER_LIMIT}"
        if column.name in ("id", "position", "attachment_id", "pilotfile_id", "size"):
            condition += f" OR {quoted} < 0"
    return f"({condition})"


def check_values(connection: sqlite3.Connection) -> list[Problem]:
    """Every cell against its column: type, NULL, range, length; sections and applicant.

    SQLite finds the wrong rows (``_bad_cell``); only those are looked at in Python. Texts
    and blobs are measured with ``length()``, never fetched: a crafted 50 MB cell costs
    nothing here.
    """
    problems: list[Problem] = []
    for table in SCHEMA:
        cols = columns(table)
        selected = []
        for column in cols:
            quoted = _quote(column.name)
            measure = f"length({quoted})" if column.kind in ("text", "blob") else quoted
            selected += [f"typeof({quoted})", measure]
        table_name = _quote(table)
        # (rows are numbered in rowid order: the id, for every table of ours)
        query = (f"SELECT (SELECT count(*) FROM {table_name} AS earlier WHERE earlier.rowid "
                 f"<= {table_name}.rowid), {', '.join(selected)}, 1 FROM {table_name} "
                 f"WHERE {' OR '.join(_bad_cell(c) for c in cols)}")
        for row in connection.execute(query):
            number, cells = row[0], row[1:-1]
            for index, column in enumerate(cols):
                what = _value_problem(column, cells[2 * index], cells[2 * index + 1])
                if what is not None:
                    problems.append(Problem(what, table, number, column.name))
    if problems:
        return problems
    for (table, name), allowed in CHOICES.items():
        for number, (value,) in enumerate(connection.execute(
                f"SELECT {_quote(name)} FROM {_quote(table)} ORDER BY rowid"), start=1):
            if value not in allowed:
                problems.append(Problem(f"「{str(value)[:20]}」不是可选的值", table, number, name))
    for (table, name) in ISO_DATES:
        for number, (value,) in enumerate(connection.execute(
                f"SELECT {_quote(name)} FROM {_quote(table)} ORDER BY rowid"), start=1):
            if value and not _is_iso_date(value):
                problems.append(Problem(f"「{str(value)[:20]}」不是日期", table, number, name))
    for (table, name), (low, high) in RANGES.items():
        for number, (value,) in enumerate(connection.execute(
                f"SELECT {_quote(name)} FROM {_quote(table)} ORDER BY rowid"), start=1):
            if not low <= value <= high:
                problems.append(Problem(f"应在 {low} 到 {high} 之间", table, number, name))
    problems += _call_problems(connection)
    if problems:
        return problems
    for table in SECTIONS:
        if connection.execute(f"SELECT 1 FROM {_quote(table)} WHERE id = 1").fetchone() is None:
            problems.append(Problem("缺少这一部分的内容", table))
    applicant = connection.execute(
        "SELECT member.id FROM applicant JOIN member ON member.id = applicant.member_id "
        "WHERE applicant.id = 1").fetchone()
    if not problems and applicant is None:
        problems.append(Problem("找不到申报单位本身（成员单位中的申报单位一行）", "applicant",
                                column="member_id"))
    return problems


def _call_problems(connection: sqlite3.Connection) -> list[Problem]:
    """The call kept in the file (schema 5) must be one the program can use: its outputs
    take the address and mailbox from it. "" stands for the bundled call."""
    from app.call_check import CallRefused, parse_text

    problems = []
    for number, (text,) in enumerate(connection.execute(
            "SELECT call_json FROM application ORDER BY rowid"), start=1):
        if text:
            try:
                parse_text(text, today=None)
            except CallRefused as error:
                problems.append(Problem(f"记录的申报通知不能使用（{error.problems[0]}）",
                                        "application", number, "call_json"))
    return problems


def check(connection: sqlite3.Connection, current: bool = True) -> list[Problem]:
    """Everything above; columns and values only for a file at the current version
    (``current``): an older one is checked again once upgraded."""
    problems = check_objects(connection)
    if current and not problems:
        problems = check_columns(connection)
        if not problems:
            problems = check_values(connection)
    return problems


def repair(connection: sqlite3.Connection) -> list[str]:
    """Mend a copy in place: drop foreign objects, reset bad cells; what was done.

    Only for a copy (``app.storage.repair_copy``): the received file is never changed.
    Tables whose columns differ from ours cannot be mended here and stay as found.
    """
    done = []
    for problem_kind, name in connection.execute(
            "SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' "
            "AND type IN ('trigger', 'view', 'index')").fetchall():
        connection.execute(f"DROP {problem_kind.upper()} IF EXISTS {_quote(name)}")
        done.append(f"删除了{ {'trigger': '触发器', 'view': '视图', 'index': '索引'}[problem_kind]}"
                    f"「{name[:40]}」")
    for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' "
            "AND name NOT LIKE 'sqlite_%'").fetchall():
        if name not in SCHEMA:
            connection.execute(f"DROP TABLE {_quote(name)}")
            done.append(f"删除了多余的表「{name[:40]}」")
    if check_columns(connection):
        return done  # tables not of our making: the caller's check says which
    for problem in check_values(connection):
        if problem.row is None or not problem.column:
            continue
        column = next(c for c in columns(problem.table) if c.name == problem.column)
        default: object = None if column.nullable else {
            "text": "", "integer": 0, "boolean": 0, "blob": b""}[column.kind]
        connection.execute(
            f"UPDATE {_quote(problem.table)} SET {_quote(column.name)} = ? WHERE rowid = "
            f"(SELECT rowid FROM {_quote(problem.table)} ORDER BY rowid LIMIT 1 OFFSET ?)",
            (default, problem.row - 1))
        done.append(f"{problem}，已清空")
    return done


def repaired_name(path: Path) -> str:
    return f"{path.stem}-修复{path.suffix or '.stoa'}"
