"""A received file is untrusted: every unsafe zip or mail is refused with a message naming
it, nothing is written outside intake's folder, and the rules judge the JSON as import
would have stored it."""

import datetime as dt
import json
import shutil
import stat
import zipfile
from pathlib import Path

import pytest

from app import rules
from app.call import load_call
from app.intake import record
from app.intake.facts import check_json
from app.intake.mail import MailRefused, read_mail
from app.intake.receive import receive
from app.intake.unpack import ZipRefused, extract, inspect
from app.intake.verify import verify
from app.json_io import application_to_json, import_json
from app.resources import resource_path

MEGABYTE = 1024 * 1024


def _zip(path: Path, entries: dict[str, bytes], **info_changes: int) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            info = zipfile.ZipInfo(name)
            info.compress_type = zipfile.ZIP_DEFLATED
            for key, value in info_changes.items():
                setattr(info, key, value)
            archive.writestr(info, data)
    return path


@pytest.mark.parametrize(("name", "why"), [
    ("../outside.txt", ".."), ("a/../../outside.txt", ".."), ("/etc/passwd", "绝对路径"),
    ("C:/Windows/win.ini", "绝对路径"), ("附件\\..\\x.pdf", "反斜杠"), ("附件/x.pdf:stream", "冒号")])
def test_entries_that_climb_out_are_refused_and_nothing_is_written(tmp_path: Path, name: str,
                                                                   why: str) -> None:
    path = _zip(tmp_path / "bad.zip", {"application.json": b"{}", name: b"x"})
    with pytest.raises(ZipRefused, match=why) as refused:
        extract(path, tmp_path / "deep" / "out")
    assert "bad.zip" in str(refused.value)
    assert not (tmp_path / "deep").exists() and not (tmp_path / "outside.txt").exists()


def test_a_link_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "link.zip", {"附件/x.pdf": b"/etc/passwd"},
                external_attr=(stat.S_IFLNK | 0o777) << 16)
    with pytest.raises(ZipRefused, match="链接"):
        inspect(path)


def test_an_encrypted_entry_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "secret.zip", {"application.json": b"{}"})
    raw = bytearray(path.read_bytes())
    raw[6] |= 0x1  # the local header's and the central directory's "encrypted" flag
    raw[raw.rindex(b"PK\x01\x02") + 8] |= 0x1
    path.write_bytes(bytes(raw))
    with pytest.raises(ZipRefused, match="加密"):
        inspect(path)


def test_names_that_windows_sees_as_one_are_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "twice.zip", {"附件/A.pdf": b"1", "附件/a.pdf": b"2"})
    with pytest.raises(ZipRefused, match="同名"):
        inspect(path)


def test_a_zip_bomb_is_refused_before_inflating(tmp_path: Path) -> None:
    path = _zip(tmp_path / "bomb.zip", {"application.json": bytes(50 * MEGABYTE)})
    with pytest.raises(ZipRefused, match="压缩炸弹"):
        extract(path, tmp_path / "out")
    assert not (tmp_path / "out").exists()


def test_an_entry_declaring_more_than_the_call_allows_is_refused(tmp_path: Path) -> None:
    path = _zip(tmp_path / "huge.zip", {"附件/扫描.pdf": b"x"})
    raw = bytearray(path.read_bytes())
    # The central directory's uncompressed size of the one entry: 2 GB.
    central = raw.rindex(b"PK\x01\x02")
    raw[central + 24:central + 28] = (2 * 1024 * MEGABYTE).to_bytes(4, "little")
    path.write_bytes(bytes(raw))
    with pytest.raises(ZipRefused, match="上限"):
        inspect(path)


def test_a_broken_zip_and_a_broken_mail_are_named(tmp_path: Path) -> None:
    (tmp_path / "坏.zip").write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(ZipRefused, match="坏.zip.*不是有效的压缩包"):
        inspect(tmp_path / "坏.zip")
    (tmp_path / "空.eml").write_bytes(b"\x00\x01\x02")
    with pytest.raises(MailRefused, match="空.eml"):
        read_mail(tmp_path / "空.eml", load_call())
    (tmp_path / "大.eml").write_bytes(b"")
    with (tmp_path / "大.eml").open("wb") as stream:
        stream.truncate(61 * MEGABYTE)
    with pytest.raises(MailRefused, match="上限"):
        read_mail(tmp_path / "大.eml", load_call())


def test_every_refusal_is_a_row_of_the_register(tmp_path: Path) -> None:
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    _zip(inbox / "逃逸.zip", {"application.json": b"{}", "../x": b"1"})
    (inbox / "坏.eml").write_bytes(b"\x00\x01")
    (inbox / "链接.zip").symlink_to("/etc/passwd")
    (inbox / "说明.docx").write_bytes(b"PK not really")
    receive([inbox], tmp_path / "register")
    found = {s.source: s for s in record.load(tmp_path / "register")}
    assert found["逃逸.zip"].kind == record.REFUSED and "..”" in found["逃逸.zip"].reason
    assert found["坏.eml"].kind == record.REFUSED and "坏.eml" in found["坏.eml"].reason
    assert found["链接.zip"].kind == record.REFUSED and "链接" in found["链接.zip"].reason
    assert found["说明.docx"].kind == record.FOREIGN and found["说明.docx"].files == [["说明.docx", 13]]
    assert not (tmp_path / "x").exists()


def test_a_link_inside_an_unpacked_folder_is_refused_not_followed(tmp_path: Path) -> None:
    package = tmp_path / "inbox" / "解压后的文件夹"
    (package / "附件").mkdir(parents=True)
    (package / "application.json").write_text("{}", encoding="utf-8")
    secret = tmp_path / "机密.txt"
    secret.write_text("不该被读到", encoding="utf-8")
    (package / "附件" / "营业执照.pdf").symlink_to(secret)
    receive([tmp_path / "inbox"], tmp_path / "register")
    [found] = record.load(tmp_path / "register")
    assert found.kind == record.REFUSED and "营业执照.pdf" in found.reason and "链接" in found.reason
    assert not any("不该被读到" in p.read_text("utf-8", "replace")
                   for p in (tmp_path / "register").rglob("*") if p.is_file() and not p.is_symlink())


def test_malformed_json_in_a_package_is_a_finding_not_a_crash(tmp_path: Path) -> None:
    package = tmp_path / "package"
    package.mkdir()
    (package / "application.json").write_text('{"format": 1, "format": 2}', encoding="utf-8")
    verdict = verify(package)
    assert verdict.data is None
    messages = " ".join(f.message for f in verdict.findings)
    assert "两个「format」" in messages and "文件清单.txt" in messages and "申报书.pdf" in messages


@pytest.mark.parametrize("org_type", ["base", "center"])
def test_the_rules_on_received_json_are_the_rules_on_the_imported_file(tmp_path: Path,
                                                                        org_type: str) -> None:
    folder = tmp_path / "json"
    shutil.copytree(resource_path("samples", org_type), folder)
    data = json.loads((folder / "application.json").read_text(encoding="utf-8"))
    data["applicant"]["postcode"] = "２０００３"  # full-width and one digit short
    data["members"][0]["credit_code"] = "91310000000000000X"
    data["pipeline"] = []
    data["funding"][0]["amount_wan"] = "999.00"
    (folder / "application.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    from app.document import ApplicationFile

    doc = ApplicationFile.open(import_json(folder / "application.json", tmp_path / "x.stoa"))
    day = dt.date(2021, 10, 8)
    expected = [(p.rule_id, p.message, p.row, p.path) for p in rules.check(doc, day)]
    stored = application_to_json(doc)
    doc.close()
    assert len(expected) >= 4
    assert [(p.rule_id, p.message, p.row, p.path) for p in check_json(data, day)] == expected
    assert [(p.rule_id, p.message, p.row, p.path) for p in check_json(stored, day)] == expected
