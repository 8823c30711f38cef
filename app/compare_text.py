"""A change (``app.compare``) as one line a person reads: where, and what changed.

"成员单位 第 3 行「某某公司」 · 联系电话：“021-1”改为“021-2”". Every fixed word goes
through ``say``: ``app.hant.fixed`` for the printed list (Simplified or Traditional), the
window's ``ui.i18n._`` for the window (which has English too); what the user typed is
quoted as typed. The fixed words are literals here and in ``app.field_labels``, so the
window's catalogues collect them (build/translations.py).
"""

from collections.abc import Callable
from typing import Any

from app import choices, field_labels
from app.compare import (
    ADDED,
    CHANGED,
    MOVED,
    REMOVED,
    UNORDERED,
    Change,
    is_long_text,
    step_of,
)
from app.steps import STEPS, step_title
from app.text_diff import changed_sentences

Say = Callable[[str], str]
EMPTY = "（空）"
FUNDING_DIRECTIONS = {"source": "来源", "use": "用途"}
QUOTED = 40  # characters of a value quoted in a line
SHA_SHOWN = 12  # of a hash: as many as the printed checksum


def _strings(found: Any) -> set[str]:
    if isinstance(found, str):
        return {found}
    if isinstance(found, tuple | list | set | frozenset):
        return set().union(*(_strings(item) for item in found)) if found else set()
    if isinstance(found, dict):
        return _strings(list(found.keys())) | _strings(list(found.values()))
    return set()


# The choices' values: fixed words (said in the script or language), not typed ones.
CHOICE_VALUES = frozenset(set().union(*(_strings(v) for n, v in vars(choices).items()
                                        if n.isupper())))


def value(say: Say, name: str | None, shown: Any, limit: int = QUOTED) -> str:
    """A value as a change line quotes it."""
    if shown is None or shown == "":
        return say(EMPTY)
    if isinstance(shown, bool):
        return say("是") if shown else say("否")
    text = str(shown)
    if name == "sha256":
        return text[:SHA_SHOWN]
    if name is not None and name.endswith("_tags"):
        return "、".join(say(part) for part in text.split("|") if part)
    if text in CHOICE_VALUES:
        return say(text)
    if name is not None and name.endswith("_wan"):
        return say("{amount} 万元").format(amount=text)
    return text if len(text) <= limit else text[:limit - 1] + "…"


def row_name(say: Say, change: Change) -> str:
    """The row's name: typed, except a funding line's year and direction."""
    if change.section != "funding" or change.row.count("|") < 2:
        return change.row
    year, direction, category = change.row.split("|", 2)
    shown = say(FUNDING_DIRECTIONS[direction]) if direction in FUNDING_DIRECTIONS else direction
    category = say(category) if category in CHOICE_VALUES else category
    return say("第 {year} 年{direction}").format(year=year, direction=shown) + (
        f" {category}" if category else "")


def where(change: Change, say: Say, org_type: str = "base", title: Say | None = None) -> str:
    """The place of ``change``: "申报单位 · 单位简介", "成员单位 第 3 行「某某公司」".
    ``title`` says a step's or list's title (the window has titles apart: Member Units)."""
    title_of = title or say
    section = change.section
    label = say(field_labels.field_label(section, change.field or "")) if change.field else ""
    if section not in field_labels.LISTS:
        step = next((s for s in STEPS if s.key == step_of(change)), None)
        shown = title_of(step_title(step, org_type)) if step else section
        return f"{shown} · {label}"
    shown = title_of(field_labels.list_title(section, org_type))
    if change.kind == REMOVED:
        number = say("原第 {n} 行").format(n=(change.old_index or 0) + 1)
    elif section in UNORDERED:
        number = ""
    else:
        number = say("第 {n} 行").format(n=(change.index or 0) + 1)
    named = row_name(say, change)
    text = f"{shown} {number}".rstrip() + (f"「{named}」" if named else "")
    return f"{text} · {label}" if label else text


def what(change: Change, say: Say) -> str:
    """What happened there: added, removed, moved, or the old and new values."""
    if change.kind == ADDED:
        return say("新增")
    if change.kind == REMOVED:
        return say("删除")
    if change.kind == MOVED:
        return say("从第 {a} 行移到第 {b} 行").format(a=(change.old_index or 0) + 1,
                                                  b=(change.index or 0) + 1)
    assert change.kind == CHANGED
    if is_long_text(change.section, change.field):
        count = len(changed_sentences(str(change.old or ""), str(change.new or "")))
        return say("改动 {n} 句").format(n=count)
    if change.field == "sha256":
        return say("已更换（校验值 {a} → {b}）").format(
            a=value(say, "sha256", change.old), b=value(say, "sha256", change.new))
    return say("“{a}”改为“{b}”").format(a=value(say, change.field, change.old),
                                      b=value(say, change.field, change.new))


def line(change: Change, say: Say, org_type: str = "base", title: Say | None = None) -> str:
    return say("{place}：{what}").format(place=where(change, say, org_type, title),
                                        what=what(change, say))
