"""The bureau's intake on what a real round brings: twelve applications made with the real
export (some arriving by e-mail), a resubmission, a tampered zip, a zip from elsewhere and
a hostile one. The register must name every unit once, say what was altered, what the
resubmission changed, and refuse what is unsafe without writing a byte outside."""

import datetime as dt
import os
import shutil
import sys
from pathlib import Path

import pytest

from app import choices
from app.__main__ import main
from app.intake import record
from app.intake.receive import receive
from app.intake.register import changes, lookup, others, units
from app.intake.table import CSV_NAME, write_csv

sys.path.insert(0, str(Path(__file__).parent))
import intake_corpus as corpus  # noqa: E402

SHANGHAI = dt.timezone(dt.timedelta(hours=8))


@pytest.fixture(scope="module")
def inbox(tmp_path_factory: pytest.TempPathFactory) -> dict:
    """The bureau's folder of what arrived, and what the test knows about each item."""
    made = tmp_path_factory.mktemp("made")
    folder = tmp_path_factory.mktemp("inbox")
    known: dict = {"zips": {}}
    for number in range(12):
        org_type = choices.BASE if number % 2 == 0 else choices.CENTER
        result = corpus.export_application(corpus.vary(org_type, number), made, f"u{number}")
        known["zips"][number] = result
        if number % 3 == 0:  # a third arrive as e-mails saved from the mailbox
            corpus.mail(result.zip_path, folder / f"邮件{number}.eml", f"单位{number} <u{number}@example.com>",
                        dt.datetime(2021, 10, 1 + number, 9, 30, tzinfo=SHANGHAI))
        else:  # saved from the mail by hand: the file's time says when
            target = shutil.copy(result.zip_path, folder / result.zip_path.name)
            when = dt.datetime(2021, 10, 1 + number, 10, 0, tzinfo=SHANGHAI).timestamp()
            os.utime(target, (when, when))
    again = corpus.vary(choices.BASE, 4)  # unit 4 sends a corrected application
    again["application"]["org_name"] = "上海戊4智能网联技术标准创新基地"
    again["pipeline"].append({**again["pipeline"][0], "title": "车路协同路侧单元 测试规范"})
    resent = corpus.export_application(again, made, "u4-again")
    corpus.mail(resent.zip_path, folder / "邮件4-更正.eml", "单位4 <u4@example.com>",
                dt.datetime(2021, 10, 14, 16, 0, tzinfo=SHANGHAI))
    known["resent"] = resent
    tampered = corpus.export_application(corpus.vary(choices.CENTER, 13), made, "u13")
    altered = corpus.first_attachment(tampered.zip_path)
    corpus.rezip(tampered.zip_path, folder / "被改动的.zip", {altered: b"%PDF-1.4 another scan"})
    known["altered"] = altered
    corpus.foreign_zip(folder / "手工打包.zip")
    corpus.hostile_zip(folder / "恶意.zip")
    known["folder"] = folder
    known["received"] = {p.name: p.read_bytes() for p in folder.iterdir()}
    return known


@pytest.fixture(scope="module")
def taken(inbox: dict, tmp_path_factory: pytest.TempPathFactory) -> Path:
    register = tmp_path_factory.mktemp("register") / "受理"
    receive([inbox["folder"]], register)
    return register


def test_every_unit_is_listed_once_with_its_submissions(taken: Path) -> None:
    submissions = record.load(taken)
    found = units(submissions)
    assert len(found) == 13
    names = {unit.latest.summary["applicant"] for unit in found}
    assert names == {corpus.vary(choices.BASE if n % 2 == 0 else choices.CENTER, n)["members"][0]["name"]
                     for n in [*range(12), 13]}
    resent = next(unit for unit in found if len(unit.submissions) == 2)
    assert resent.latest.summary["org_name"] == "上海戊4智能网联技术标准创新基地"
    assert resent.latest.received_on.startswith("2021-10-14T16:00")
    mailed = [s for s in submissions if s.mail_sender]
    assert len(mailed) == 5 and all(s.mail_mark for s in mailed)
    assert {s.received_on[:10] for s in mailed if s.source == "邮件3.eml"} == {"2021-10-04"}


def test_the_checksum_is_recomputed_and_matches_the_export(taken: Path, inbox: dict) -> None:
    submissions = record.load(taken)
    for number, result in inbox["zips"].items():
        match = lookup(result.checksum, submissions)
        assert [m.submission.summary["applicant"] for m in match] == [
            corpus.vary(choices.BASE if number % 2 == 0 else choices.CENTER, number)["members"][0]["name"]]
        assert match[0].exact and not match[0].data_altered
    typed = "校验码 " + " ".join(inbox["resent"].checksum.upper()[i:i + 4] for i in (0, 4, 8))
    assert lookup(typed, submissions)[0].submission.summary["org_name"].endswith("智能网联技术标准创新基地")
    assert lookup("０００００００００００", submissions) == []  # a paper copy no submission matches


def test_the_tampered_zip_is_flagged_naming_the_altered_file(taken: Path, inbox: dict) -> None:
    submissions = record.load(taken)
    tampered = next(s for s in submissions if s.source == "被改动的.zip")
    assert tampered.altered == [inbox["altered"]]
    assert any(inbox["altered"] in f["message"] and "SHA-256" in f["message"] for f in tampered.findings)
    clean = [s for s in submissions if s.kind == record.PACKAGE and s is not tampered]
    assert all(not s.altered for s in clean)
    assert all(s.count("error") == 0 for s in clean)


def test_the_resubmission_shows_what_changed(taken: Path) -> None:
    unit = next(u for u in units(record.load(taken)) if len(u.submissions) == 2)
    lines = changes(taken, unit.submissions[0], unit.latest)
    assert any("上海戊4智能网联技术标准创新基地" in line for line in lines)
    assert any("车路协同路侧单元 测试规范" in line for line in lines)
    assert len(lines) == 2


def test_other_zips_are_listed_and_the_hostile_one_refused(taken: Path, inbox: dict) -> None:
    rest = {s.source: s for s in others(record.load(taken))}
    assert set(rest) == {"手工打包.zip", "恶意.zip"}
    foreign = rest["手工打包.zip"]
    assert foreign.kind == record.FOREIGN and sorted(n for n, _size in foreign.files) == [
        "申报书扫描件.pdf", "说明.txt"]
    hostile = rest["恶意.zip"]
    assert hostile.kind == record.REFUSED and "../../逃逸.txt" in hostile.reason and "恶意.zip" in hostile.reason
    assert not list(taken.parent.rglob("逃逸.txt"))
    assert not (taken / "items" / f"{hostile.number:03d}" / "package").exists()


def test_nothing_received_is_changed_and_a_second_intake_adds_nothing(taken: Path, inbox: dict) -> None:
    assert {p.name: p.read_bytes() for p in inbox["folder"].iterdir()} == inbox["received"]
    before = record.load(taken)
    outcome = receive([inbox["folder"]], taken)
    assert outcome.added == [] and len(outcome.skipped) == len(inbox["received"])
    assert len(record.load(taken)) == len(before)


def test_the_register_csv_opens_in_excel_as_chinese(taken: Path) -> None:
    path = write_csv(taken, record.load(taken))
    raw = path.read_bytes()
    assert raw.startswith("\ufeff".encode()) and b"\r\n" in raw
    lines = raw.decode("utf-8-sig").splitlines()
    assert lines[0].startswith("序号,状态,类型,申报单位")
    assert sum(",最新," in line for line in lines) == 13 and sum(",早先提交," in line for line in lines) == 1
    assert path.name == CSV_NAME


def test_the_command_line_registers_and_writes_the_panel(inbox: dict, tmp_path: Path,
                                                          capsys: pytest.CaptureFixture[str]) -> None:
    register = tmp_path / "登记"
    code = main(["intake", str(inbox["folder"]), "--out", str(register),
                 "--panel", str(tmp_path / "评审.xlsx")])
    out, err = capsys.readouterr()
    assert code == 1  # the tampered and the hostile zip
    assert out.count("\t最新\t") == 13
    assert "被改动的.zip" in err and inbox["altered"] in err and "已拒收" in err and "恶意.zip" in err
    assert (tmp_path / "评审.xlsx").is_file()
    assert len(list((tmp_path / "评审-申报书").glob("*.pdf"))) == 13
    assert main(["panel", str(tmp_path / "nowhere"), "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "不是受理登记文件夹" in capsys.readouterr().err


@pytest.mark.slow
def test_the_panel_workbook_of_the_round_holds_every_applicant_in_libreoffice(taken: Path,
                                                                               tmp_path: Path) -> None:
    from test_intake_panel import recalculated

    from app.intake.panel import write_panel

    target = tmp_path / "评审.xlsx"
    write_panel(taken, record.load(taken), target)
    computed = recalculated(target, tmp_path)
    summary = computed["汇总"]
    names = [summary.cell(row, 3).value for row in range(3, 16)]
    assert sorted(names) == sorted(unit.latest.summary["applicant"] for unit in units(record.load(taken)))
    assert summary.cell(16, 3).value == "13 家"
    assert summary.cell(16, 6).value == sum(summary.cell(row, 6).value for row in range(3, 16))
    assert sum(1 for row in range(3, 16) if summary.cell(row, 12).value) == 1  # the tampered one
    scoring = [name for name in computed.sheetnames if name.startswith("评分-")]
    assert sum(computed[name].max_row - 5 for name in scoring) == 13
