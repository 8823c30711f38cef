"""Schema 5 (member packets): files of version 4 open with their content kept and the
new member and venue fields empty; JSON written before them still imports."""

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from app import model, storage
from app.document import ApplicationFile
from app.json_io import application_to_json, export_json, import_json

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.parametrize("kind", ["base", "center"])
def test_a_version_4_file_opens_with_the_packet_fields_empty(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "old.stoa"
    shutil.copy(FIXTURES / f"schema-v4-{kind}.stoa", path)
    with sqlite3.connect(path) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM member ORDER BY id")]
    doc = ApplicationFile.open(path)
    try:
        members = doc.rows(model.Member)
        assert [m.name for m in sorted(members, key=lambda m: m.id or 0)] == names
        assert all(m.contact_email == "" and m.commitment_year1_fen is None
                   and m.packet_sent == "" and m.pipeline_part == "" for m in members)
        assert all(v.member_id is None for v in doc.rows(model.Venue))
        venue = doc.add_row(model.Venue, {"address": "某路 1 号", "member_id": members[0].id})
        assert doc.row(model.Venue, venue).member_id == members[0].id  # type: ignore[union-attr]
    finally:
        doc.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_json_written_before_schema_5_still_imports(tmp_path: Path) -> None:
    doc = ApplicationFile.open(shutil.copy(FIXTURES / "schema-v4-base.stoa", tmp_path / "a.stoa"))
    export_json(doc, tmp_path / "out" / "application.json")
    doc.close()
    data = json.loads((tmp_path / "out" / "application.json").read_text(encoding="utf-8"))
    for member in data["members"]:
        for key in ("contact_email", "commitment_year1_wan", "commitment_year2_wan",
                    "pipeline_part"):
            del member[key]
    for venue in data["venues"]:
        del venue["member"]
    (tmp_path / "out" / "application.json").write_text(json.dumps(data, ensure_ascii=False),
                                                       encoding="utf-8")
    imported = import_json(tmp_path / "out" / "application.json", tmp_path / "b.stoa")
    again = ApplicationFile.open(imported, read_only=True)
    try:
        assert [m["name"] for m in application_to_json(again)["members"]] == \
            [m["name"] for m in data["members"]]
    finally:
        again.close()
