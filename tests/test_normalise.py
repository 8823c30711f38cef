"""Codes and numbers are stored in one form whoever writes them; names never change."""

import json
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from app import credit_code, model, money, normalise
from app.document import ApplicationFile
from app.json_io import application_to_json, export_json, import_json
from app.samples import write_sample

FULL_WIDTH_CODE = "９１３１０１１５ｍａ１ｋ３ｍｌｊ７ｕ"  # as an input method in full-width mode types it
CODE = "91310115MA1K3MLJ7U"
# A registered name may hold a compatibility ideograph (U+F900 豈) and full-width
# letters: NFKC would change the name the unit signs under.
NAME = "豈ＡＢＣ（上海）科技有限公司 ㈱"
# Every character class a person types, full-width forms and CJK included.
TYPED = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40) | \
    st.text("０１２３４５６７８９ａｂｃＡＢＣ　 -－@＠.．。,，0123456789abcXYZ", max_size=30)
SETTINGS = settings(max_examples=60, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


@given(TYPED)
@example("A´")  # NFKC: a space and a combining accent, composed only on a second pass
@SETTINGS
def test_every_normaliser_is_idempotent(text: str) -> None:
    for (table, column), normaliser in normalise.COLUMNS.items():
        once = normaliser(text)
        assert normaliser(once) == once, (table, column)
        assert normalise.value(table, column, once) == once


@given(st.text("０１２３４５６７８９", min_size=1, max_size=6),
       st.text("０１２３４５６７８９", max_size=2))
@SETTINGS
def test_full_width_amounts_are_read_as_meant(whole: str, fraction: str) -> None:
    typed = whole + ("．" + fraction if fraction else "")
    ascii_text = typed.translate(str.maketrans("０１２３４５６７８９．", "0123456789."))
    assert money.parse_wan(typed) == money.parse_wan(ascii_text)
    assert money.parse_wan(typed.replace("．", "。")) == money.parse_wan(ascii_text)


def test_a_full_width_lower_case_code_is_stored_as_the_form_prints_it(tmp_path: Path) -> None:
    doc = ApplicationFile.create(tmp_path / "a.stoa", "base")
    member = doc.applicant_member()
    doc.set_value(model.Member, member.id or 0, "credit_code", FULL_WIDTH_CODE)
    doc.set_value(model.Applicant, 1, "contact_phone", "０２１－６４２２ ００００ 转 ２５０９")
    doc.set_value(model.Applicant, 1, "contact_mobile", "１３９ １６２８ ０４１７")
    doc.set_value(model.Applicant, 1, "postcode", "２０００３２ ")
    doc.set_value(model.Applicant, 1, "contact_email", " Wang.Lan＠Example．COM．CN")
    doc.set_value(model.Recommender, 1, "contact_phone", "０２１ ６４８７ ３１２０")
    doc.close()
    doc = ApplicationFile.open(tmp_path / "a.stoa")  # what the file holds, read anew
    applicant = doc.section(model.Applicant)
    assert doc.applicant_member().credit_code == CODE and credit_code.is_valid(CODE)
    assert applicant.contact_phone == "021-64220000转2509"
    assert applicant.contact_mobile == "13916280417"
    assert applicant.postcode == "200032"
    assert applicant.contact_email == "Wang.Lan@example.com.cn"  # the mailbox's own part kept
    assert doc.section(model.Recommender).contact_phone == "02164873120"
    data = application_to_json(doc)  # the zip's JSON and the form read the same rows
    assert data["members"][0]["credit_code"] == CODE
    doc.close()


@given(st.text(max_size=30))
@SETTINGS
def test_names_and_texts_are_never_changed(tmp_path: Path, text: str) -> None:
    path = tmp_path / "n.stoa"
    if not path.exists():
        ApplicationFile.create(path, "base").close()
    doc = ApplicationFile.open(path, snapshot_later=True)
    try:
        member = doc.applicant_member().id or 0
        for table, row_id, column in ((model.Member, member, "name"),
                                      (model.Member, member, "contribution"),
                                      (model.Applicant, 1, "intro"),
                                      (model.Application, 1, "org_name")):
            doc.set_value(table, row_id, column, NAME + text)
            assert getattr(doc.row(table, row_id), column) == NAME + text
    finally:
        doc.close()


def test_added_and_appended_rows_are_normalised(tmp_path: Path) -> None:
    doc = ApplicationFile.create(tmp_path / "a.stoa", "base")
    added = doc.add_row(model.Member, {"name": NAME, "credit_code": FULL_WIDTH_CODE,
                                       "contact_phone": "０２１－６９９５ １２８８"})
    appended = doc.append_rows(model.Member, [{"name": NAME, "credit_code": " 9131 0115ma1k3mlj7u"}])
    standard = doc.add_row(model.StandardRecord, {"code": "ＧＢ／Ｔ　１．１－２０２０", "name": NAME})
    for row_id in (added, *appended):
        row = doc.row(model.Member, row_id)
        assert row is not None and row.credit_code == CODE and row.name == NAME
    assert doc.row(model.Member, added).contact_phone == "021-69951288"  # type: ignore[union-attr]
    assert doc.row(model.StandardRecord, standard).code == "GB/T 1.1-2020"  # type: ignore[union-attr]
    doc.close()


def test_import_json_stores_what_the_form_prints(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "s.stoa")
    source = export_json(doc, tmp_path / "out" / "application.json")
    doc.close()
    data = json.loads(source.read_text(encoding="utf-8"))
    data["members"][12]["credit_code"] = FULL_WIDTH_CODE
    data["members"][12]["name"] = NAME
    data["applicant"]["contact_email"] = "ｗａｎｇ＠ＪＩＡＣＨＩ．ｃｏｍ"
    data["funding"][0]["amount_wan"] = "12.50"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    imported = ApplicationFile.open(import_json(source, tmp_path / "i.stoa"))
    members = imported.rows(model.Member)
    assert members[12].credit_code == CODE and members[12].name == NAME
    assert imported.section(model.Applicant).contact_email == "wang@jiachi.com"
    again = application_to_json(imported)
    imported.close()
    assert again["members"][12]["credit_code"] == CODE


def test_a_sample_file_keeps_every_value_when_normalised_again(tmp_path: Path) -> None:
    """Normalising is a no-op on what the app wrote: no value of a sample changes."""
    doc = write_sample("center", tmp_path / "s.stoa")
    before = application_to_json(doc)
    for (table, column) in normalise.COLUMNS:
        orm = model.BY_NAME[table]
        rows = doc.rows(orm) if orm in (*model.LIST_TABLES, *model.PILOT_TABLES) \
            else [doc.section(orm)]
        for row in rows:
            doc.set_value(orm, row.id or 0, column, getattr(row, column))  # type: ignore[attr-defined]
    assert application_to_json(doc) == before
    doc.close()
