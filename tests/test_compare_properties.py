"""Properties of the comparison, driven through the document API as the window edits.

A version compared with itself has no change; random edits give a comparison naming
exactly the fields and rows edited (no more, no fewer); a reorder is moves only.
"""

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlmodel import SQLModel

from app import compare, exchange, model
from app.compare import ID
from app.compare_source import application_json, compare_versions, of_document
from app.document import ApplicationFile
from app.samples import write_sample

SETTINGS = settings(max_examples=25, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow])
# Fields whose edit changes others too (step 2 writes the applicant's member row), or
# that are the row's role in the file rather than content.
FOLLOWED = {(model.Applicant, "nature"), (model.Applicant, "role"),
            (model.Member, "is_applicant"), (model.Attachment, "size")}
TABLES = [*exchange.SECTIONS.values(), *exchange.LISTS.values()]
KEY_OF = {table: key for key, table in (*exchange.SECTIONS.items(), *exchange.LISTS.items())}


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.stoa"
    write_sample("base", path).close()
    return path


@contextmanager
def copy_of(path: Path) -> Iterator[ApplicationFile]:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "a.stoa"
        shutil.copyfile(path, target)
        doc = ApplicationFile(target, __import__("app.storage").storage.open_file(target))
        try:
            yield doc
        finally:
            doc.close()


def _editable(table: type[SQLModel]) -> list[str]:
    return [column for column, _key in exchange.json_fields(table)
            if (table, column) not in FOLLOWED and not column.endswith("member_id")]


def _value(draw: Any, table: type[SQLModel], column: str) -> Any:
    annotation = str(table.model_fields[column].annotation)
    if "bool" in annotation:
        return draw(st.booleans())
    if column.endswith("_fen"):
        return draw(st.none() | st.integers(0, 10**6).map(lambda n: n * 100))
    if "int" in annotation:
        return draw(st.none() | st.integers(0, 3000)) if "None" in annotation else draw(st.integers(1, 3))
    return draw(st.text("甲乙丙 ab12。", max_size=8))


@st.composite
def edits(draw: Any) -> list[tuple[Any, ...]]:
    """("set", table, row number, column, value), ("point", table, row number, column,
    member number), ("add", table, values), ("remove", table, row number): rows by their
    number among the list's rows at that moment. Removing a unit clears what pointed at
    it: those references are changes too, and must be named."""
    out: list[tuple[Any, ...]] = []
    for _ in range(draw(st.integers(1, 8))):
        table = draw(st.sampled_from(TABLES))
        action = "set" if table in exchange.SECTIONS.values() else draw(
            st.sampled_from(["set", "set", "add", "remove"]))
        if action == "set" and model.member_reference_fields(table) and draw(st.booleans()):
            # Point at another unit (by its number among the members at that moment).
            column = draw(st.sampled_from(model.member_reference_fields(table)))
            out.append(("point", table, draw(st.integers(0, 50)), column, draw(st.integers(0, 50))))
        elif action == "set":
            column = draw(st.sampled_from(_editable(table)))
            out.append(("set", table, draw(st.integers(0, 50)), column, _value(draw, table, column)))
        elif action == "add":
            column = draw(st.sampled_from(_editable(table)))
            out.append(("add", table, {column: _value(draw, table, column)}))
        else:
            out.append(("remove", table, draw(st.integers(0, 50))))
    return out


def _values(doc: ApplicationFile) -> dict[tuple[Any, int], dict[str, Any]]:
    """Every row's values by (table, id), sections as row 1."""
    found = {}
    for table in TABLES:
        rows = [doc.section(table)] if table in exchange.SECTIONS.values() else doc.rows(table)
        for row in rows:
            found[(table, row.id)] = row.model_dump()  # type: ignore[attr-defined]
    return found


def _apply(doc: ApplicationFile, edit: tuple[Any, ...]) -> None:
    kind, table = edit[0], edit[1]
    if kind == "add":
        doc.add_row(table, edit[2])
        return
    if table in exchange.SECTIONS.values():
        row_id = 1
    else:
        rows = doc.rows(table)
        if not rows:
            return
        row_id = rows[edit[2] % len(rows)].id
        if kind == "remove":
            if not getattr(rows[edit[2] % len(rows)], "is_applicant", False):
                doc.remove_row(table, row_id)
            return
    if kind == "point":
        members = doc.rows(model.Member)
        doc.set_value(table, row_id, edit[3], members[edit[4] % len(members)].id)
        return
    doc.set_value(table, row_id, edit[3], edit[4])


def _json_key(table: type[SQLModel], column: str) -> str:
    return dict(exchange.json_fields(table))[column]


def _named(result: compare.Comparison, old: dict[str, Any], new: dict[str, Any]) -> set[tuple[Any, ...]]:
    """What the comparison names, by row id: (key, kind, id, field)."""
    out = set()
    for change in result.changes:
        if change.index is None:
            out.add((change.section, change.kind, 1, change.field))
            continue
        side = old if change.kind == "removed" else new
        out.add((change.section, change.kind, side[change.section][change.index][ID], change.field))
    return out


def test_a_version_compared_with_itself_is_empty(sample_file: Path) -> None:
    with copy_of(sample_file) as doc:
        version = of_document(doc)
        assert not compare_versions(version, of_document(doc))
        assert not compare.compare(version.data, application_json(doc))


@SETTINGS
@given(edits())
def test_random_edits_are_named_exactly(sample_file: Path, sequence: list[tuple[Any, ...]]) -> None:
    with copy_of(sample_file) as doc:
        before_values, before = _values(doc), application_json(doc, ids=True)
        for edit in sequence:
            _apply(doc, edit)
        after_values, after = _values(doc), application_json(doc, ids=True)
    expected = set()
    for (table, row_id), values in after_values.items():
        key = KEY_OF[table]
        is_list = table in exchange.LISTS.values()
        if (table, row_id) not in before_values:
            expected.add((key, "added", row_id, None))
            continue
        for column, json_key in exchange.json_fields(table):
            if json_key in compare.SKIPPED_FIELDS.get(key, set()):
                continue
            if values[column] != before_values[(table, row_id)][column]:
                expected.add((key, "changed", row_id if is_list else 1, json_key))
    for (table, row_id) in before_values:
        if (table, row_id) not in after_values:
            expected.add((KEY_OF[table], "removed", row_id, None))
    assert _named(compare.compare(before, after), before, after) == expected


@SETTINGS
@given(st.sampled_from(["members", "staff", "pipeline", "attachments", "standards"]),
       st.data())
def test_a_reorder_is_reported_as_moves_only(sample_file: Path, key: str, data: st.DataObject) -> None:
    table = exchange.LISTS[key]
    with copy_of(sample_file) as doc:
        rows = doc.rows(table)
        pinned = 1 if key == "members" else 0  # the applicant stays first
        order = data.draw(st.permutations(range(pinned, len(rows))))
        before = application_json(doc, ids=True)
        for target, source in enumerate(order, start=pinned):
            doc.move_row(table, rows[source].id or 0, target)
        after = application_json(doc, ids=True)
        plain = compare.compare(compare_source_plain(before), compare_source_plain(after))
    result = compare.compare(before, after)
    for found in (result, plain):  # by ids, and by natural keys as an export compares
        assert {c.kind for c in found.changes} <= {"moved"}
        assert [c.section for c in found.changes] == [key] * len(found.changes)
        # Undoing the reported moves puts the old order back: each moved row's old place.
        old_ids = [r[ID] for r in before[key]]
        assert all(before[key][c.old_index][ID] == after[key][c.index][ID] for c in result.changes)
        kept = [r[ID] for n, r in enumerate(after[key])
                if n not in {c.index for c in result.changes}]
        assert kept == [i for i in old_ids if i in set(kept)]  # the rest kept their order
    changed_places = sum(1 for a, b in zip(before[key], after[key], strict=True) if a[ID] != b[ID])
    assert bool(result) == bool(changed_places)


def compare_source_plain(data: dict[str, Any]) -> dict[str, Any]:
    from app.compare_source import without_ids

    return without_ids(data)
