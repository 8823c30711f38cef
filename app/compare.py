"""What differs between two versions of an application: the one general comparison.

Both sides are dicts in the form of ``app.json_io.application_to_json``. Sections are
compared field by field; lists row by row, rows matched by identity, not position, so a
moved row is reported as a move (and only the rows that truly changed place: the longest
run kept in order stays put), not as a removal and an addition. Exported JSON has no row
ids, so rows are matched by each list's natural keys (a unit by credit code, else name;
a person by name and unit; an attachment by its SHA-256, else kind and name...), then
the rest by similarity. When both sides come from one file's lineage a row may carry
its id as ``"_id"`` (``app.compare_source``), and rows are then matched by it exactly.

Values are compared as what they mean: money (``…_wan``) as amounts, so "12.5" and
"12.50" are equal; a unit reference (``member``, ``lead_member``...) by the unit it
names, so reordering the members changes no reference. A changed reference reports the
units' names. The changes come in the wizard's step order (``app.steps``) and, within a
step, in the page's order, rows by position and fields by the form's order: stable, so
a test or a printed list can rely on it.
"""

from __future__ import annotations

import difflib
from collections import defaultdict, deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from app import field_labels, hant
from app.limits import LONG_TEXTS
from app.steps import STEPS
from app.text_diff import changed_sentences

__all__ = ["Change", "Comparison", "compare", "compare_rows", "describe", "place_of",
           "step_of"]

CHANGED, ADDED, REMOVED, MOVED = "changed", "added", "removed", "moved"
KINDS = (REMOVED, ADDED, MOVED, CHANGED)  # within one row: gone/new first, then details
ID = "_id"  # a row's id in the file, when both sides carry it
NOT_COMPARED = {"format", "format_version"}
# Derived from others: an attachment's file name in the package follows its place, its
# size its content (compared by the hash).
SKIPPED_FIELDS = {"attachments": {"file", "size"}}
UNORDERED = {"funding"}  # a grid of years and categories: its rows have no order to move
LONG_ROW_TEXTS = {"contribution", "commitment", "content"}
SIMILAR_ENOUGH = 0.5  # above this share of a row's fields alike, two unkeyed rows match
TYPO_RATIO = 0.6  # a key this alike (difflib's ratio) is the same key, corrected
SIMILARITY_PAIRS = 40_000  # beyond this many candidate pairs, unmatched rows stay unmatched
APPLICANT_ON_ITS_PAGE = {"name", "credit_code"}  # members/0's, edited on step 2
COMMITMENT_FIELDS = {"commitment", "commitment_wan"}  # members', edited on 资源保障

Row = dict[str, Any]
Key = Callable[[Row], tuple[Any, ...] | None]


@dataclass(frozen=True)
class Change:
    """One difference. ``section`` is the JSON key ("applicant", "members", ...);
    ``index`` the row in the new version (in the old for "removed"), ``old_index`` the
    row in the old (None when added); both None for a one-row section. ``field`` is the
    JSON key changed, None for a whole row (added, removed, moved: then ``old``/``new``
    are the rows). Values are as the JSON has them, except unit references: the unit's
    name."""

    kind: str
    section: str
    index: int | None
    old_index: int | None
    field: str | None
    old: Any
    new: Any
    row: str = ""  # what names the row in the new version (in the old when removed)


@dataclass
class Comparison:
    """The changes from an old to a new version, in the wizard's step order."""

    changes: list[Change] = field(default_factory=list)
    org_type: str = "base"

    def __bool__(self) -> bool:
        return bool(self.changes)

    def __len__(self) -> int:
        return len(self.changes)

    def by_section(self) -> dict[str, list[Change]]:
        """The changes grouped by JSON section or list key, groups in step order."""
        out: dict[str, list[Change]] = {}
        for change in self.changes:
            out.setdefault(change.section, []).append(change)
        return out

    def by_step(self) -> dict[str, list[Change]]:
        """The changes grouped by the wizard step where each is edited, in step order."""
        out: dict[str, list[Change]] = {}
        for change in self.changes:
            out.setdefault(step_of(change), []).append(change)
        return out

    def counts(self) -> dict[str, int]:
        """How many changes each step has (steps without any left out)."""
        return {step: len(changes) for step, changes in self.by_step().items()}


# Where each section and list is edited, in the page's order: (step, place).
PLACES: tuple[tuple[str, str], ...] = (
    ("type", "application"),
    ("applicant", "applicant_member"), ("applicant", "applicant"),
    ("recommender", "recommender"),
    ("foundation", "standards"), ("foundation", "committees"), ("foundation", "projects"),
    ("foundation", "foundation"), ("foundation", "service_institutions"),
    ("members", "members"),
    ("governance", "governance"), ("governance", "governance_people"),
    ("resources", "resources"), ("resources", "staff"), ("resources", "venues"),
    ("resources", "funding"), ("resources", "commitments"), ("resources", "equipment"),
    ("plan", "plan"), ("plan", "pipeline"), ("plan", "measures"), ("plan", "milestones"),
    ("attachments", "attachments"),
)
PLACE_RANK = {place: rank for rank, (_step, place) in enumerate(PLACES)}
STEP_OF_PLACE = dict((place, step) for step, place in PLACES)
STEP_RANK = {step.key: rank for rank, step in enumerate(STEPS)}


def place_of(change: Change) -> str:
    """Where ``change`` is edited: a section or list key, or "applicant_member" (the
    applicant's name and credit code, members/0, on step 2) or "commitments" (the
    members' pledges, on 资源保障)."""
    if change.section == "members" and change.kind == CHANGED:
        if change.field in APPLICANT_ON_ITS_PAGE and change.index == 0 and change.old_index == 0:
            return "applicant_member"
        if change.field in COMMITMENT_FIELDS:
            return "commitments"
    return change.section


def step_of(change: Change) -> str:
    """The key of the wizard step (``app.steps``) where ``change`` is edited."""
    return STEP_OF_PLACE.get(place_of(change), "check")


# Natural keys, tried in turn: a row pairs with a row of the same non-empty key.
def _text(value: Any) -> str:
    return str(value or "").strip()


def _by(*names: str) -> Key:
    def key(row: Row) -> tuple[Any, ...] | None:
        values = tuple(_text(row.get(name)) for name in names)
        return values if all(values) else None
    return key


def _unit_and(name: str) -> Key:
    """A person by name and unit; the unit as the comparison resolved it (``_unit``)."""
    def key(row: Row) -> tuple[Any, ...] | None:
        text = _text(row.get(name))
        return (text, repr(row.get("_unit"))) if text else None
    return key


def _applicant(row: Row) -> tuple[Any, ...] | None:
    return ("applicant",) if row.get("is_applicant") else None


def _row_id(row: Row) -> tuple[Any, ...] | None:
    return (row[ID],) if row.get(ID) is not None else None


KEYS: dict[str, tuple[Key, ...]] = {
    "members": (_applicant, _by("credit_code"), _by("name")),
    "standards": (_by("code"), _by("name")),
    "committees": (_by("name"),),
    "projects": (_by("name", "year"), _by("name")),
    "service_institutions": (_by("name"),),
    "governance_people": (_unit_and("name"), _by("name")),
    "staff": (_unit_and("name"), _by("name")),
    "venues": (_by("address"),),
    "funding": (_by("year", "direction", "category"),),
    "equipment": (_by("name"),),
    "pipeline": (_by("title"),),
    "measures": (_by("kind", "content"), _by("content")),
    "milestones": (_by("task"),),
    "attachments": (_by("sha256"), _by("kind", "name")),
}


KEY_FIELDS: dict[str, frozenset[str]] = {
    "members": frozenset({"name", "credit_code"}), "standards": frozenset({"code", "name"}),
    "committees": frozenset({"name"}), "projects": frozenset({"name"}),
    "service_institutions": frozenset({"name"}), "governance_people": frozenset({"name"}),
    "staff": frozenset({"name"}), "venues": frozenset({"address"}),
    "funding": frozenset({"year", "direction", "category"}), "equipment": frozenset({"name"}),
    "pipeline": frozenset({"title"}), "measures": frozenset({"content"}),
    "milestones": frozenset({"task"}), "attachments": frozenset({"sha256", "name"}),
}


def is_reference(name: str) -> bool:
    """A field naming a unit by its index in ``members``."""
    return name == "member" or name.endswith("_member")


def _amount(value: Any) -> Any:
    """A 万元 text as a number ("12.5" == "12.50"); what is no amount stays as it is."""
    if value in (None, ""):
        return None
    try:
        return Decimal(str(value)).normalize()
    except InvalidOperation:
        return value


@dataclass
class _Units:
    """How the unit references of each side read: by the unit's identity across both."""

    old_names: list[str] = field(default_factory=list)
    new_names: list[str] = field(default_factory=list)
    old_to_new: dict[int, int] = field(default_factory=dict)

    def token(self, value: Any, side: str) -> Any:
        if not isinstance(value, int) or isinstance(value, bool):
            return value
        if side == "new":
            return ("unit", value)
        return ("unit", self.old_to_new[value]) if value in self.old_to_new else ("gone", value)

    def name(self, value: Any, side: str) -> Any:
        names = self.new_names if side == "new" else self.old_names
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(names):
            return names[value]
        return value


def _fields(section: str, rows: Iterable[Row]) -> list[str]:
    """The fields compared, in the form's order, then any others by name."""
    present: set[str] = set()
    for row in rows:
        present.update(row)
    present -= {ID, "_unit"} | SKIPPED_FIELDS.get(section, set())
    if section in field_labels.LISTS:
        order = list(field_labels.LISTS[section][1])
    else:
        order = list(field_labels.SECTION_FIELDS.get(section, {}))
    known = [name for name in order if name in present]
    return known + sorted(present - set(order))


def _comparable(name: str, value: Any, side: str, units: _Units | None) -> Any:
    if name.endswith("_wan"):
        return _amount(value)
    if units is not None and is_reference(name):
        return units.token(value, side)
    if value == "":
        return None
    return value


def _shown(name: str, value: Any, side: str, units: _Units | None) -> Any:
    if units is not None and is_reference(name):
        return units.name(value, side)
    return value


def _prepared(rows: list[Row], side: str, units: _Units | None) -> list[Row]:
    """Each row with its unit references resolved, for the keys of people lists."""
    if units is None:
        return rows
    return [{**row, "_unit": units.token(row.get("member"), side)} for row in rows]


def _similarity(a: Row, b: Row, names: list[str], keys: frozenset[str]) -> float:
    """How alike two rows are: the share of their filled fields that are equal, a key
    field (a name, a title) counting double and counting as equal when only a few of its
    characters differ (a corrected typo), not when rewritten (another row)."""
    total = score = 0.0
    for name in names:
        x, y = a.get(name), b.get(name)
        if x in (None, "") and y in (None, ""):
            continue
        weight = 2.0 if name in keys else 1.0
        total += weight
        if x == y:
            score += weight
        elif name in keys and isinstance(x, str) and isinstance(y, str):
            ratio = difflib.SequenceMatcher(None, x, y, autojunk=False).ratio()
            score += weight * ratio if ratio >= TYPO_RATIO else 0.0
    return 1.0 if total == 0 else score / total


def _match(key: str, old: list[Row], new: list[Row], names: list[str]) -> list[tuple[int, int]]:
    """Pairs (old index, new index) of the same row in both versions."""
    pairs: list[tuple[int, int]] = []
    left_old, left_new = list(range(len(old))), list(range(len(new)))
    for key_of in (_row_id, *KEYS.get(key, ())):
        waiting: dict[Any, deque[int]] = defaultdict(deque)
        for i in left_old:
            k = key_of(old[i])
            if k is not None:
                waiting[k].append(i)
        still_new = []
        for j in left_new:
            k = key_of(new[j])
            if k is not None and waiting.get(k):
                pairs.append((waiting[k].popleft(), j))
            else:
                still_new.append(j)
        taken = {i for i, _j in pairs}
        left_old, left_new = [i for i in left_old if i not in taken], still_new
        if key_of is _row_id and any(ID in row for row in (*old, *new)):
            left_old = [i for i in left_old if ID not in old[i]]  # an id is the identity
            left_new = [j for j in left_new if ID not in new[j]]
    if left_old and left_new and len(left_old) * len(left_new) <= SIMILARITY_PAIRS:
        keys = KEY_FIELDS.get(key, frozenset())
        scored = sorted((-_similarity(old[i], new[j], names, keys), i, j)
                        for i in left_old for j in left_new)
        used_old: set[int] = set()
        used_new: set[int] = set()
        for score, i, j in scored:
            if -score <= SIMILAR_ENOUGH:
                break
            if i not in used_old and j not in used_new:
                pairs.append((i, j))
                used_old.add(i)
                used_new.add(j)
    return sorted(pairs)


EXACT_ORDER_ROWS = 300  # up to this many matched rows, rows left in place are preferred


def _kept_in_order(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    """The longest run of pairs whose new order follows the old: every other matched row
    is what moved. Of equally long runs, the one keeping more rows at their own number
    (so a reversed list does not report its middle row "moved from 8 to 8")."""
    if len(pairs) <= EXACT_ORDER_ROWS:
        return _kept_preferring_places(pairs)
    tails: list[int] = []  # index into pairs of the smallest tail of each run length
    before: list[int | None] = []
    for n, (_i, j) in enumerate(pairs):
        low, high = 0, len(tails)
        while low < high:
            middle = (low + high) // 2
            if pairs[tails[middle]][1] < j:
                low = middle + 1
            else:
                high = middle
        before.append(tails[low - 1] if low else None)
        if low == len(tails):
            tails.append(n)
        else:
            tails[low] = n
    kept: set[tuple[int, int]] = set()
    at = tails[-1] if tails else None
    while at is not None:
        kept.add(pairs[at])
        at = before[at]
    return kept


def _kept_preferring_places(pairs: list[tuple[int, int]]) -> set[tuple[int, int]]:
    best: list[tuple[int, int]] = []  # (length, rows in place) of the best run ending here
    before: list[int | None] = []
    for n, (i, j) in enumerate(pairs):
        here, came = (1, int(i == j)), None
        for m in range(n):
            if pairs[m][1] < j:
                candidate = (best[m][0] + 1, best[m][1] + int(i == j))
                if candidate > here:
                    here, came = candidate, m
        best.append(here)
        before.append(came)
    kept: set[tuple[int, int]] = set()
    at = max(range(len(pairs)), key=lambda n: (best[n], -n)) if pairs else None
    while at is not None:
        kept.add(pairs[at])
        at = before[at]
    return kept


def _rows(key: str, old: list[Row], new: list[Row], units: _Units | None) -> list[Change]:
    old_p, new_p = _prepared(old, "old", units), _prepared(new, "new", units)
    names = _fields(key, (*old, *new))
    old_c = [{n: _comparable(n, row.get(n), "old", units) for n in names} | _ids(row)
             | {"_unit": row.get("_unit")} for row in old_p]
    new_c = [{n: _comparable(n, row.get(n), "new", units) for n in names} | _ids(row)
             | {"_unit": row.get("_unit")} for row in new_p]
    pairs = _match(key, old_c, new_c, names)
    kept = set(pairs) if key in UNORDERED else _kept_in_order(pairs)
    changes: list[Change] = []
    paired_old = {i for i, _j in pairs}
    paired_new = {j for _i, j in pairs}
    for i, row in enumerate(old):
        if i not in paired_old:
            changes.append(Change(REMOVED, key, i, i, None, _row_shown(key, row, "old", units), None,
                                  row_name(key, row)))
    for j, row in enumerate(new):
        if j not in paired_new:
            changes.append(Change(ADDED, key, j, None, None, None, _row_shown(key, row, "new", units),
                                  row_name(key, row)))
    for i, j in pairs:
        if (i, j) not in kept:
            changes.append(Change(MOVED, key, j, i, None, _row_shown(key, old[i], "old", units),
                                  _row_shown(key, new[j], "new", units), row_name(key, new[j])))
        for name in names:
            if old_c[i][name] != new_c[j][name]:
                changes.append(Change(CHANGED, key, j, i, name,
                                      _shown(name, old[i].get(name), "old", units),
                                      _shown(name, new[j].get(name), "new", units),
                                      row_name(key, new[j])))
    return changes


def _ids(row: Row) -> dict[str, Any]:
    return {ID: row[ID]} if ID in row else {}


def _row_shown(key: str, row: Row, side: str, units: _Units | None) -> Row:
    """The row as reported: its unit references by name, no id."""
    return {n: _shown(n, v, side, units) for n, v in row.items() if n not in (ID, "_unit")}


def compare_rows(key: str, old: list[Row], new: list[Row]) -> list[Change]:
    """The changes of one list (``key`` as in the JSON: "members", "staff", ...), rows
    matched by identity; unit references compared as they are (indices)."""
    return sorted(_rows(key, old, new, None), key=_order)


def _section(key: str, old: Row, new: Row, units: _Units) -> list[Change]:
    changes = []
    for name in _fields(key, (old, new)):
        a, b = old.get(name), new.get(name)
        if _comparable(name, a, "old", units) != _comparable(name, b, "new", units):
            changes.append(Change(CHANGED, key, None, None, name, _shown(name, a, "old", units),
                                  _shown(name, b, "new", units)))
    return changes


def _units(old: list[Row], new: list[Row]) -> _Units:
    names = _fields("members", (*old, *new))
    pairs = _match("members", [{n: r.get(n) for n in names} | _ids(r) for r in old],
                   [{n: r.get(n) for n in names} | _ids(r) for r in new], names)
    return _Units([_text(r.get("name")) for r in old], [_text(r.get("name")) for r in new],
                  dict(pairs))


def compare(old: dict[str, Any], new: dict[str, Any]) -> Comparison:
    """Every difference from ``old`` to ``new``, in the wizard's step order."""
    units = _units(old.get("members") or [], new.get("members") or [])
    changes: list[Change] = []
    for key in sorted(set(old) | set(new)):
        if key in NOT_COMPARED:
            continue
        a, b = old.get(key), new.get(key)
        if isinstance(a, list) or isinstance(b, list):
            changes += _rows(key, a or [], b or [], units)
        elif isinstance(a, dict) or isinstance(b, dict):
            changes += _section(key, a or {}, b or {}, units)
    org_type = str((new.get("application") or {}).get("org_type") or "base")
    return Comparison(sorted(changes, key=_order), org_type)


def _order(change: Change) -> tuple[Any, ...]:
    place = place_of(change)
    step = STEP_OF_PLACE.get(place, "check")
    row = change.index if change.index is not None else -1
    names = _fields(change.section, ())  # the form's order of the known fields
    field_rank = names.index(change.field) if change.field in names else len(names)
    return (STEP_RANK.get(step, len(STEP_RANK)), PLACE_RANK.get(place, len(PLACE_RANK)),
            change.section, row, KINDS.index(change.kind), field_rank, change.field or "",
            change.old_index if change.old_index is not None else -1)


# Describing a change in one line of the document's script.
EMPTY = "（空）"
FUNDING_DIRECTIONS = {"source": "来源", "use": "用途"}
QUOTED = 40  # characters of a value quoted in a line


def is_long_text(section: str, name: str | None) -> bool:
    return name is not None and (name in LONG_TEXTS or (section in field_labels.LISTS
                                                        and name in LONG_ROW_TEXTS))


def shown_value(name: str | None, value: Any, limit: int = QUOTED) -> str:
    """A value as a change list quotes it (what the user typed stays as typed)."""
    if value is None or value == "":
        return hant.fixed(EMPTY)
    if isinstance(value, bool):
        return hant.fixed("是" if value else "否")
    text = str(value)
    if name == "sha256":
        return text[:12]
    if name is not None and name.endswith("_tags"):
        text = "、".join(part for part in text.split("|") if part)
    if name is not None and name.endswith("_wan"):
        return f"{text} {hant.fixed('万元')}"
    return text if len(text) <= limit else text[:limit - 1] + "…"


def row_name(section: str, row: Row | None) -> str:
    """What names a row in a message: a unit's name, a standard's title, a funding
    line's year, direction and category..."""
    if not row:
        return ""
    if section == "funding":
        direction = FUNDING_DIRECTIONS.get(_text(row.get("direction")), _text(row.get("direction")))
        return hant.fixed("第 {year} 年{direction}").format(
            year=row.get("year"), direction=hant.fixed(direction)) + f" {_text(row.get('category'))}"
    for name in field_labels.ROW_NAMES.get(section, ()):
        if _text(row.get(name)):
            return shown_value(name, _text(row.get(name)), 30)
    return ""


def where(change: Change, org_type: str = "base") -> str:
    """"成员单位 第 3 行「某某公司」" or "申报单位 · 单位简介": the place of ``change``."""
    section = change.section
    if section not in field_labels.LISTS:
        step = next((s for s in STEPS if s.key == step_of(change)), None)
        title = hant.fixed(step.title) if step else section
        return f"{title} · {hant.fixed(field_labels.field_label(section, change.field or ''))}"
    title = hant.fixed(field_labels.list_title(section, org_type))
    row = change.new if change.kind in (ADDED, MOVED) else change.old
    index = change.index if change.kind != REMOVED else change.old_index
    number = hant.fixed("第 {n} 行").format(n=(index or 0) + 1) if section not in UNORDERED else ""
    if change.kind == REMOVED:
        number = hant.fixed("原第 {n} 行").format(n=(index or 0) + 1)
    named = change.row or row_name(section, row)
    text = f"{title} {number}".rstrip() + (f"「{named}」" if named else "")
    if change.field is not None:
        text += f" · {hant.fixed(field_labels.field_label(section, change.field))}"
    return text


def _what(change: Change) -> str:
    if change.kind == ADDED:
        return hant.fixed("新增")
    if change.kind == REMOVED:
        return hant.fixed("删除")
    if change.kind == MOVED:
        return hant.fixed("从第 {a} 行移到第 {b} 行").format(
            a=(change.old_index or 0) + 1, b=(change.index or 0) + 1)
    if is_long_text(change.section, change.field):
        count = len(changed_sentences(_text(change.old), _text(change.new)))
        return hant.fixed("改动 {n} 句").format(n=count)
    if change.field == "sha256":
        return hant.fixed("文件内容已更换（校验值 {a} → {b}）").format(
            a=shown_value("sha256", change.old), b=shown_value("sha256", change.new))
    return hant.fixed("“{a}”改为“{b}”").format(
        a=shown_value(change.field, change.old), b=shown_value(change.field, change.new))


def describe(change: Change, language: str = hant.SIMPLIFIED, org_type: str = "base") -> str:
    """``change`` as one line of the change list, in ``language`` (``app.hant``): the
    fixed words in that script, the values as typed."""
    with hant.writing_in(language):
        return f"{where(change, org_type)}：{_what(change)}"
