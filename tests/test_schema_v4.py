"""Files saved before codes were normalised are upgraded: their codes as the form prints them.

The version-3 file is the kept fixture of that version (``tests/fixtures``), its codes
written full-width and spaced straight into SQLite, as version 3 stored what was typed.
"""

import shutil
import sqlite3
from pathlib import Path

from app import model, rules, storage
from app.document import ApplicationFile
from app.json_io import application_to_json
from app.samples import write_sample
from tests.test_normalise import CODE, FULL_WIDTH_CODE

FIXTURES = Path(__file__).parent / "fixtures"
NAME = "豈ＡＢＣ（上海）有限公司"  # a name: stays exactly as the unit registered it


def _version_3_file(path: Path) -> int:
    """A sample written as version 3 held it; returns the row id of the changed member."""
    shutil.copyfile(FIXTURES / "schema-v3-base.stoa", path)
    with sqlite3.connect(path) as connection:
        member_id = connection.execute(
            "SELECT id FROM member ORDER BY position LIMIT 1 OFFSET 3").fetchone()[0]
        connection.execute(
            "UPDATE member SET credit_code = ?, credit_code_confirmed = ?, name = ?, "
            "contact_phone = ? WHERE id = ?",
            (FULL_WIDTH_CODE, CODE, NAME, "０２１－６９９５ ７７００", member_id))
        connection.execute("UPDATE applicant SET postcode = '２０１８０５', "
                           "contact_email = 'Wang＠JIACHI-Auto．com．cn', "
                           "contact_mobile = '139 1628 0417'")
        connection.execute("UPDATE standardrecord SET code = 'Ｔ／ＳＨＺＬ　００２－２０２０' "
                           "WHERE position = 0")
        assert connection.execute("PRAGMA user_version").fetchone()[0] == 3
    return member_id


def test_a_version_3_file_is_upgraded_with_its_codes_normalised(tmp_path: Path) -> None:
    path = tmp_path / "old.stoa"
    member_id = _version_3_file(path)
    assert storage.inspect_file(path) == 3
    doc = ApplicationFile.open(path)
    try:
        member = doc.row(model.Member, member_id)
        assert member is not None
        assert member.credit_code == CODE and member.credit_code_confirmed == CODE
        assert member.name == NAME  # never a name
        assert member.contact_phone == "021-69957700"
        applicant = doc.section(model.Applicant)
        assert (applicant.postcode, applicant.contact_mobile) == ("201805", "13916280417")
        assert applicant.contact_email == "Wang@jiachi-auto.com.cn"
        assert doc.rows(model.StandardRecord)[0].code == "T/SHZL 002-2020"
        assert application_to_json(doc)["members"][3]["credit_code"] == CODE
        assert not [p for p in rules.check(doc) if p.severity == rules.ERROR
                    and p.rule_id.endswith("credit_code")]
    finally:
        doc.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("PRAGMA user_version").fetchone()[0] == storage.SCHEMA_VERSION
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_the_step_is_its_own_and_leaves_a_normalised_file_as_it_is(tmp_path: Path) -> None:
    """One step, one number (a merge may renumber it): run on a file already normalised
    it changes nothing."""
    assert storage.MIGRATIONS[storage.NORMALISED_CODES - 1] is storage._v4_outputs_and_codes
    path = tmp_path / "new.stoa"
    write_sample("center", path).close()
    with sqlite3.connect(path) as connection:
        before = connection.execute("SELECT * FROM member ORDER BY id").fetchall()
        storage._normalise_codes(connection)
        assert connection.execute("SELECT * FROM member ORDER BY id").fetchall() == before
        assert connection.total_changes == 0
