"""The electronic package, the e-mail draft and the mailing sheet (通知四)."""

import dataclasses
import email
import email.header
import email.policy
import hashlib
import io
import random
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from pypdf import PdfReader

from app import choices, export, model, package
from app.call import load_call
from app.document import ApplicationFile
from app.exchange import WINDOWS_FORBIDDEN, WINDOWS_RESERVED
from app.json_io import application_to_json, import_json
from app.samples import write_sample

HOSTILE_NAMES = ["..\\..\\CON.pdf", "长" * 300 + ".pdf", "扫描件📄🙂.jpg", "/etc/passwd", "NUL.txt. "]


def exported(doc: ApplicationFile, folder: Path) -> export.Result:
    return export.export(export.take_snapshot(doc), folder)


@pytest.fixture
def sample_doc(tmp_path: Path, org_type: str):
    doc = write_sample(org_type, tmp_path / f"{org_type}.stoa")
    yield doc
    doc.close()


def manifest_rows(archive: zipfile.ZipFile) -> dict[str, tuple[int, str]]:
    text = archive.read(package.MANIFEST_NAME).decode("utf-8-sig")
    rows = [line.split("\t") for line in text.splitlines() if line.count("\t") == 2]
    return {name: (int(size), digest) for name, size, digest in rows[1:]}


def test_every_file_in_the_zip_matches_its_manifest(sample_doc, tmp_path: Path) -> None:
    result = exported(sample_doc, tmp_path / "out")
    assert result.zip_path is not None
    assert result.zip_path.name == f"新型标准化技术组织试点申报-{sample_doc.rows(model.Member)[0].name}.zip"
    with zipfile.ZipFile(result.zip_path) as archive:
        names = archive.namelist()
        rows = manifest_rows(archive)
        assert set(rows) == set(names) - {package.MANIFEST_NAME}
        for name, (size, digest) in rows.items():
            data = archive.read(name)
            assert (len(data), hashlib.sha256(data).hexdigest()) == (size, digest), name
        assert result.checksum in archive.read(package.MANIFEST_NAME).decode("utf-8-sig")
        for info in archive.infolist():
            if not info.filename.isascii():
                assert info.flag_bits & 0x800, info.filename  # the UTF-8 flag
        assert archive.read(export.FORM_FILE) == (tmp_path / "out" / export.FORM_FILE).read_bytes()
    attachments = [n for n in names if n.startswith("附件/")]
    assert len(attachments) == sample_doc.count(model.Attachment)


def test_the_unpacked_zip_imports_back_into_the_same_application(sample_doc, tmp_path: Path) -> None:
    result = exported(sample_doc, tmp_path / "out")
    unpacked = tmp_path / "unpacked"
    with zipfile.ZipFile(result.zip_path) as archive:
        archive.extractall(unpacked)
    copy = ApplicationFile.open(import_json(unpacked / package.JSON_NAME, tmp_path / "back.stoa"))
    try:
        assert application_to_json(copy) == application_to_json(sample_doc)
    finally:
        copy.close()


def test_the_same_application_gives_byte_identical_outputs(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "b.stoa")
    first = exported(doc, tmp_path / "one")
    second = exported(doc, tmp_path / "two")
    doc.close()
    for a, b in zip(first.files, second.files, strict=True):
        assert a.read_bytes() == b.read_bytes(), a.name


def test_the_mail_draft_opens_as_a_new_message_with_the_zip(sample_doc, tmp_path: Path) -> None:
    result = exported(sample_doc, tmp_path / "out")
    raw = result.mail_path.read_bytes()
    message = email.message_from_bytes(raw, policy=email.policy.default)
    call, applicant = load_call(), sample_doc.rows(model.Member)[0].name
    assert message["X-Unsent"] == "1"
    assert message["To"] == call.email
    assert str(message["Subject"]) == f"{call.subject_mark}-{applicant}"
    for header in ("From", "Date", "Message-ID"):
        assert header not in message
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == result.zip_path.name  # RFC 2231 filename*
    assert attachment.get_content() == result.zip_path.read_bytes()  # byte for byte
    raw_type = re.search(rb'Content-Type: application/zip; name="([^"]+)"', raw).group(1)
    decoded = email.header.decode_header(raw_type.decode("ascii"))  # RFC 2047, for Outlook
    assert decoded[0][0].decode(decoded[0][1]) == result.zip_path.name
    body = message.get_body(("plain",)).get_content()
    assert result.checksum in body and package.JSON_NAME in body


def test_the_mailing_sheet_says_where_and_what(sample_doc, tmp_path: Path) -> None:
    exported(sample_doc, tmp_path / "out")
    reader = PdfReader(tmp_path / "out" / export.MAILING_FILE)
    assert len(reader.pages) == 1
    text = re.sub(r"\s+", "", reader.pages[0].extract_text())
    call = load_call()
    for expected in (call.postal_address, call.postcode, call.subject_mark, call.issuer,
                     sample_doc.rows(model.Member)[0].name, f"一式{call.copies_text}份"):
        assert re.sub(r"\s+", "", expected) in text


def test_hostile_attachment_names_come_out_safe_and_import_back(tmp_path: Path) -> None:
    doc = write_sample("center", tmp_path / "c.stoa")
    for number, name in enumerate(HOSTILE_NAMES):
        doc.add_attachment(choices.ATTACHMENT_KINDS[-1], name, f"内容{number}".encode())
    result = exported(doc, tmp_path / "out")
    with zipfile.ZipFile(result.zip_path) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "unpacked")
    for name in names:
        parts = name.split("/")
        assert not name.startswith("/") and ".." not in parts and len(name) <= 80
        for part in parts:
            assert not set(part) & WINDOWS_FORBIDDEN and part == part.rstrip(". ")
            assert part.split(".")[0].upper() not in WINDOWS_RESERVED
    assert all(path.resolve().is_relative_to((tmp_path / "unpacked").resolve())
               for path in (tmp_path / "unpacked").rglob("*"))
    copy = ApplicationFile.open(import_json(tmp_path / "unpacked" / package.JSON_NAME,
                                            tmp_path / "back.stoa"))
    assert [a.name for a in copy.rows(model.Attachment)][-len(HOSTILE_NAMES):] == HOSTILE_NAMES
    copy.close()
    doc.close()


def test_a_zip_over_the_mail_limit_is_said_naming_the_largest_scan(tmp_path: Path) -> None:
    doc = write_sample("center", tmp_path / "c.stoa")
    scan = random.Random(1).randbytes(1_500_000)  # a photo does not compress
    doc.add_attachment(choices.ATTACHMENT_KINDS[-1], "场地照片扫描件.jpg", scan)
    snapshot = export.take_snapshot(doc)
    doc.close()
    small_limit = dataclasses.replace(snapshot.call, mail_limit_mb=1)
    result = export.export(dataclasses.replace(snapshot, call=small_limit), tmp_path / "out")
    (warning,) = result.warnings
    assert "超过邮件附件上限 1 MB" in warning and "场地照片扫描件.jpg" in warning
    assert "压缩" in warning
    assert not export.export(snapshot, tmp_path / "out2").warnings  # 20 MB: fine


def test_an_output_folder_that_cannot_be_made_gets_a_message_and_nothing_left(
        tmp_path: Path, repo_root: Path, child_env) -> None:
    path = tmp_path / "b.stoa"
    write_sample("base", path).close()
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = subprocess.run([sys.executable, "-m", "app", "export", str(path), "--out",
                             str(blocker / "out")], cwd=repo_root, env=child_env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "无法写入" in result.stderr
    assert "Traceback" not in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "home") == ["a-file", "b.stoa"]


def test_a_failed_write_leaves_no_half_file(tmp_path: Path, monkeypatch) -> None:
    doc = write_sample("center", tmp_path / "c.stoa")
    snapshot = export.take_snapshot(doc)
    doc.close()

    def broken(target: Path, entries: object) -> None:
        target.write_bytes(b"PK half a zip")
        raise OSError(28, "No space left on device", str(target))

    monkeypatch.setattr(package, "write_zip", broken)
    with pytest.raises(OSError):
        export.export(snapshot, tmp_path / "out")
    left = {p.name for p in (tmp_path / "out").iterdir()}
    assert not any(name.endswith(".zip") or name.endswith(".part") for name in left)


def test_the_command_line_says_where_to_send_it(tmp_path: Path, repo_root: Path, child_env) -> None:
    path = tmp_path / "c.stoa"
    write_sample("center", path).close()
    result = subprocess.run([sys.executable, "-m", "app", "export", str(path), "--out",
                             str(tmp_path / "out")], cwd=repo_root, env=child_env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert load_call().email in result.stdout and ".zip" in result.stdout and ".eml" in result.stdout
    assert io.StringIO(result.stdout).read().count("已输出") == 6  # (申报书.docx among them)


def test_an_attachment_changed_during_the_export_is_caught(tmp_path: Path) -> None:
    doc = write_sample("center", tmp_path / "c.stoa")
    snapshot = export.take_snapshot(doc)
    first = doc.rows(model.Attachment)[0]
    doc.remove_row(model.Attachment, first.id)  # the user goes on while the worker writes
    doc.close()
    with pytest.raises(export.ExportChanged, match=first.name):
        export.export(snapshot, tmp_path / "out")
    assert not list((tmp_path / "out").glob("*.zip"))
