"""The outputs are one unit: a failure, a cancel or a kill at any moment leaves the folder
with the whole previous set or the whole new one, never a mix, and never touches the
user's own files. A cancel stops even the layout of a long paragraph, whose layout cost
no longer grows with the square of its length."""

import dataclasses
import email
import email.policy
import errno
import io
import random
import re
import shutil
import subprocess
import sys
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

from app import docx_form, export, model, output_set, package, pdf
from app.document import ApplicationFile
from app.pdf import mailing, wrap
from app.pdf.form import BODY
from app.pdf.wrap import ChineseParagraph
from app.samples import write_sample

USER_FILES = {"我的笔记.txt": b"mine", "新型标准化技术组织试点申报-别人的.zip": b"not ours"}
CHECKSUM = re.compile(r"校验码\s*[（ ]?([0-9a-f]{8,})")


def checksum_of_set(folder: Path, temporary_allowed: bool = False) -> str:
    """The one checksum every output in ``folder`` carries; fails on a mix or a gap."""
    names = {p.name for p in folder.iterdir()} - set(USER_FILES) - {"用户的文件夹"}
    temporary = {n for n in names if n.startswith((output_set.STAGING, output_set.ASIDE))}
    assert temporary_allowed or not temporary, temporary
    names -= temporary
    (zip_name,) = [n for n in names if n.endswith(".zip")]
    (mail_name,) = [n for n in names if n.endswith(".eml")]
    assert names == {export.FORM_FILE, export.TWO_COPIES_FILE, export.MAILING_FILE,
                     export.FORM_DOCX_FILE, zip_name, mail_name, output_set.RECORD}
    assert sorted(output_set.recorded(folder)) == sorted(names)
    found = set()
    for name in (export.FORM_FILE, export.TWO_COPIES_FILE):
        found |= set(CHECKSUM.findall(PdfReader(folder / name).metadata.subject))
    found |= set(CHECKSUM.findall(PdfReader(folder / export.MAILING_FILE).pages[0].extract_text()))
    found |= set(CHECKSUM.findall(docx.Document(str(folder / export.FORM_DOCX_FILE))
                                  .core_properties.subject))
    with zipfile.ZipFile(folder / zip_name) as archive:
        found |= set(CHECKSUM.findall(archive.read(package.MANIFEST_NAME).decode("utf-8-sig")))
        assert archive.read(export.FORM_FILE) == (folder / export.FORM_FILE).read_bytes()
    message = email.message_from_bytes((folder / mail_name).read_bytes(),
                                       policy=email.policy.default)
    found |= set(CHECKSUM.findall(message.get_body(("plain",)).get_content()))
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_content() == (folder / zip_name).read_bytes()
    assert len(found) == 1, found
    return found.pop()


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Two versions of an application (A, then B with an edit), their snapshots and sets."""
    folder = tmp_path_factory.mktemp("versions")
    doc = write_sample("center", folder / "c.stoa")
    try:
        first = export.take_snapshot(doc)
        doc.set_value(model.Plan, 1, "goals", "修改后的建设目标：三年内形成标准体系。")
        second = export.take_snapshot(doc)
    finally:
        doc.close()
    assert first.checksum != second.checksum
    sets = {}
    for key, snapshot in (("A", first), ("B", second)):
        export.export(snapshot, folder / key)
        sets[key] = contents(folder / key)
    return {"A": first, "B": second, "sets": sets, "file": folder / "c.stoa"}


@pytest.fixture
def fast_layout(versions: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> None:
    """The same PDFs and Word form as ``pdf.render`` and ``docx_form.render`` give, laid
    out once per module (the faults below are in the writing, which is what runs again)."""
    forms: dict[str, bytes] = {}
    sheets: dict[str, bytes] = {}
    words: dict[str, bytes] = {}
    render, sheet, word_form = pdf.render, mailing.render_mailing_sheet, docx_form.render

    def cached_render(facts: Any, checksum: str, *args: Any, **kwargs: Any) -> bytes:
        if kwargs.get("check"):
            kwargs["check"]()
        if checksum not in forms:
            forms[checksum] = render(facts, checksum, *args, **kwargs)
        return forms[checksum]

    def cached_sheet(facts: Any, call: Any, checksum: str, *args: Any, **kwargs: Any) -> bytes:
        if checksum not in sheets:
            sheets[checksum] = sheet(facts, call, checksum, *args, **kwargs)
        return sheets[checksum]

    def cached_word_form(facts: Any, checksum: str, *args: Any, **kwargs: Any) -> bytes:
        if checksum not in words:
            words[checksum] = word_form(facts, checksum, *args, **kwargs)
        return words[checksum]

    monkeypatch.setattr(pdf, "render", cached_render)
    monkeypatch.setattr(mailing, "render_mailing_sheet", cached_sheet)
    monkeypatch.setattr(docx_form, "render", cached_word_form)


@pytest.fixture
def old_set(tmp_path: Path, versions: dict[str, Any]) -> Path:
    """A folder holding the set of version A and the user's own files."""
    out = tmp_path / "申报材料"
    out.mkdir()
    for name, data in versions["sets"]["A"].items():
        (out / name).write_bytes(data)
    for name, data in USER_FILES.items():
        (out / name).write_bytes(data)
    (out / "用户的文件夹").mkdir()
    return out


def assert_old_set_untouched(out: Path, versions: dict[str, Any]) -> None:
    assert checksum_of_set(out) == versions["A"].checksum
    assert contents(out) == {**versions["sets"]["A"], **USER_FILES}
    assert (out / "用户的文件夹").is_dir()


def failing(*_args: Any, **_kwargs: Any) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


WRITERS = [(package, "write_zip"), (package, "write_mail_draft"), (output_set, "_sync"),
           (Path, "write_bytes"), (Path, "write_text")]


@pytest.mark.parametrize(("owner", "name"), WRITERS, ids=[name for _o, name in WRITERS])
def test_a_disk_failure_in_any_writer_keeps_the_previous_set_and_says_why(
        old_set: Path, versions: dict[str, Any], fast_layout: None,
        monkeypatch: pytest.MonkeyPatch, owner: Any, name: str) -> None:
    monkeypatch.setattr(owner, name, failing)
    with pytest.raises(export.ExportFailed) as failure:
        export.export(versions["B"], old_set)
    monkeypatch.undo()
    assert "磁盘空间不足" in str(failure.value) and "之前输出的申报材料保持原样" in str(failure.value)
    assert str(old_set) in str(failure.value)  # names where it could not write
    assert_old_set_untouched(old_set, versions)


@pytest.mark.parametrize("name", ["render", "repeat", "render_mailing_sheet"])
def test_a_failure_while_laying_out_keeps_the_previous_set(
        old_set: Path, versions: dict[str, Any], monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    def broken(*_args: Any, **_kwargs: Any) -> bytes:
        raise RuntimeError("layout failed")

    monkeypatch.setattr(mailing if name == "render_mailing_sheet" else pdf, name, broken)
    with pytest.raises(RuntimeError):
        export.export(versions["B"], old_set)
    assert_old_set_untouched(old_set, versions)


def test_a_failure_at_any_move_puts_the_previous_set_back(
        old_set: Path, versions: dict[str, Any], fast_layout: None,
        monkeypatch: pytest.MonkeyPatch) -> None:
    real_move = output_set._move
    moves = 0

    def counting(source: Path, target: Path) -> None:
        nonlocal moves
        moves += 1
        real_move(source, target)

    monkeypatch.setattr(output_set, "_move", counting)
    export.export(versions["B"], old_set)  # how many moves a swap takes
    assert checksum_of_set(old_set) == versions["B"].checksum
    total, moves = moves, 0
    assert total == 14  # seven files aside (the list among them), seven in
    for failing_move in range(1, total + 1):
        export.export(versions["A"], old_set)

        def refusing(source: Path, target: Path, failing_move: int = failing_move) -> None:
            nonlocal moves
            moves += 1
            if moves == failing_move:
                raise PermissionError(errno.EACCES, "Permission denied", str(target))
            real_move(source, target)

        moves = 0
        monkeypatch.setattr(output_set, "_move", refusing)
        with pytest.raises(export.ExportFailed, match="正被其他程序打开"):
            export.export(versions["B"], old_set)
        monkeypatch.setattr(output_set, "_move", real_move)
        assert_old_set_untouched(old_set, versions)


def changed_copy(versions: dict[str, Any], folder: Path) -> ApplicationFile:
    """Version A's file, to change for one test."""
    return ApplicationFile.open(Path(shutil.copy(versions["file"], folder / "copy.stoa")))


def test_a_set_under_another_applicant_name_is_replaced_whole(
        old_set: Path, versions: dict[str, Any], tmp_path: Path) -> None:
    doc = changed_copy(versions, tmp_path)
    try:
        applicant = doc.rows(model.Member)[0]
        doc.set_value(model.Member, applicant.id, "name", "上海改名后的研究院")
        renamed = export.take_snapshot(doc)
    finally:
        doc.close()
    result = export.export(renamed, old_set)
    assert result.zip_path is not None and "改名后" in result.zip_path.name
    assert checksum_of_set(old_set) == renamed.checksum  # the old zip and draft are gone
    assert {name: (old_set / name).read_bytes() for name in USER_FILES} == USER_FILES


def test_leftovers_of_killed_exports_are_cleaned_by_the_next(
        old_set: Path, versions: dict[str, Any], fast_layout: None) -> None:
    half_written = old_set / f"{output_set.STAGING}999-1"
    half_written.mkdir()
    (half_written / export.FORM_FILE).write_bytes(b"%PDF half")
    orphan = old_set / f"{output_set.ASIDE}999-2"
    orphan.mkdir()
    (orphan / export.FORM_FILE).write_bytes(b"an old form")
    export.export(versions["B"], old_set)
    assert checksum_of_set(old_set) == versions["B"].checksum  # no hidden folder left either


def test_cancel_at_any_moment_keeps_the_previous_set(
        old_set: Path, versions: dict[str, Any], fast_layout: None, tmp_path: Path) -> None:
    asked = 0

    def never() -> bool:
        nonlocal asked
        asked += 1
        return False

    export.export(versions["B"], tmp_path / "warm")  # (laid out once: see fast_layout)
    export.export(versions["B"], tmp_path / "count", cancelled=never)
    total = asked
    assert total > 10  # asked at every step and between the pieces of every attachment
    for moment in sorted({*random.Random(16).sample(range(1, total + 1), 12), 1, total}):
        asked = 0

        def at_moment(moment: int = moment) -> bool:
            nonlocal asked
            asked += 1
            return asked >= moment

        with pytest.raises(export.ExportCancelled):
            export.export(versions["B"], old_set, cancelled=at_moment)
        assert_old_set_untouched(old_set, versions)


SENTENCE = "围绕产业链协同创新，联合开展标准研制（GB/T 1.1-2020）、试验验证和推广应用。"


def long_paragraph_pdf(characters: int, check: Callable[[], None] | None = None) -> bytes:
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate

    text = (SENTENCE * (characters // len(SENTENCE) + 1))[:characters]
    out = io.BytesIO()
    pdf.fonts.register()
    pdf.build(SimpleDocTemplate(out, pagesize=A4, invariant=1, **pdf.MARGINS),
              [ChineseParagraph(pdf.fonts.markup(text), BODY)], check)  # as form.para makes it
    return out.getvalue()


def test_a_long_paragraph_is_broken_into_lines_once_and_prints_whole(monkeypatch) -> None:
    calls = []
    real = wrap.split_lines

    def counting(frags: Any, widths: Any) -> Any:
        calls.append(sum(len(frag.text) for frag in frags))
        return real(frags, widths)

    monkeypatch.setattr(wrap, "split_lines", counting)
    data = long_paragraph_pdf(60_000)
    pages = PdfReader(io.BytesIO(data)).pages
    assert len(pages) > 20
    # before, every page broke the rest of the paragraph into lines again
    assert len(calls) == 1 and calls[0] == 60_000
    printed = "".join(re.sub(r"\s+", "", page.extract_text()) for page in pages)
    assert printed.count("围绕产业链协同创新") == -(-60_000 // len(SENTENCE))  # none lost or doubled


def test_a_cancel_stops_the_layout_of_a_long_paragraph_page_by_page() -> None:
    asked = 0

    def count() -> None:
        nonlocal asked
        asked += 1

    pages = len(PdfReader(io.BytesIO(long_paragraph_pdf(60_000, count))).pages)
    assert asked > 2 * pages  # asked at least twice a page: a cancel waits for under a page
    for moment in (1, asked // 3, asked - 1):
        asked = 0

        def cancel_at(moment: int = moment) -> None:
            nonlocal asked
            asked += 1
            if asked >= moment:
                raise export.ExportCancelled()

        with pytest.raises(export.ExportCancelled):
            long_paragraph_pdf(60_000, cancel_at)


def unchecked(snapshot: export.Snapshot) -> export.Snapshot:
    """``snapshot`` as if its check had passed. The check already refuses texts over the
    form's limit (and opening refuses a file holding more than import accepts); these
    tests prove the layout's own guard, the last line for whatever gets past both."""
    return dataclasses.replace(snapshot, problems=[])


def test_a_text_far_beyond_the_form_is_refused_naming_where(
        old_set: Path, versions: dict[str, Any], tmp_path: Path) -> None:
    doc = changed_copy(versions, tmp_path)
    try:
        doc.set_value(model.Plan, 1, "background", "背景" * 600_000)  # 1.2 million characters
        snapshot = unchecked(export.take_snapshot(doc))
    finally:
        doc.close()
    with pytest.raises(pdf.TextTooLong, match="建设方案 （一）建设背景与必要性」中有一段文字长达 1200000 字"
                                              ".*200000 字.*请缩短"):
        export.export(snapshot, old_set)
    assert_old_set_untouched(old_set, versions)


def test_a_table_cell_taller_than_a_page_gets_a_message(
        old_set: Path, versions: dict[str, Any], tmp_path: Path) -> None:
    doc = changed_copy(versions, tmp_path)
    try:
        member = doc.rows(model.Member)[1]
        doc.set_value(model.Member, member.id, "contribution", "参与标准研制。" * 1500)
        snapshot = unchecked(export.take_snapshot(doc))
    finally:
        doc.close()
    with pytest.raises(pdf.TextTooLong, match="表格.*一页纸放不下"):
        export.export(snapshot, old_set)
    assert_old_set_untouched(old_set, versions)


CHILD = """
import os, sys
from pathlib import Path
from app import export, output_set
from app.document import ApplicationFile
doc = ApplicationFile.open(Path(sys.argv[1]), read_only=True)
snapshot = export.take_snapshot(doc)
doc.close()
die_at = int(sys.argv[3])
if die_at:
    real, moves = output_set._move, [0]
    def move(source, target):
        moves[0] += 1
        if moves[0] == die_at:
            os._exit(9)  # as if killed between two moves
        real(source, target)
    output_set._move = move
print("READY", flush=True)
export.export(snapshot, Path(sys.argv[2]))
print("DONE", flush=True)
"""


def run_child(path: Path, out: Path, env: dict[str, str], root: Path, die_at: int = 0,
              kill_after: float | None = None) -> str:
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), str(out), str(die_at)],
                             stdout=subprocess.PIPE, text=True, env=env, cwd=root)
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "READY"
    if kill_after is not None:
        time.sleep(kill_after)  # (a random moment of the export, not a measurement)
        child.kill()
    child.wait(timeout=120)
    said = child.stdout.read()
    child.stdout.close()
    return said


@pytest.mark.slow
def test_a_kill_between_any_two_moves_is_finished_by_the_next_export(
        old_set: Path, versions: dict[str, Any], repo_root: Path, child_env: dict[str, str],
        tmp_path: Path) -> None:
    path = tmp_path / "b.stoa"
    doc = write_sample("center", path)
    doc.set_value(model.Plan, 1, "goals", "修改后的建设目标：三年内形成标准体系。")
    doc.close()
    for die_at in range(1, 2 * len(versions["sets"]["A"]) + 1):  # each file out, then in
        run_child(path, old_set, child_env, repo_root, die_at=die_at)
        assert [p for p in old_set.iterdir() if p.name.startswith(output_set.STAGING)]
        output_set.recover(old_set)  # what the next export does first
        assert checksum_of_set(old_set) == versions["B"].checksum
        assert {name: (old_set / name).read_bytes() for name in USER_FILES} == USER_FILES
        for name, data in versions["sets"]["A"].items():  # back to A for the next round
            (old_set / name).write_bytes(data)


@pytest.mark.slow
def test_twenty_kills_at_random_moments_leave_a_whole_set(
        old_set: Path, versions: dict[str, Any], repo_root: Path, child_env: dict[str, str],
        tmp_path: Path) -> None:
    path = tmp_path / "b.stoa"
    doc = write_sample("center", path)
    doc.set_value(model.Plan, 1, "goals", "修改后的建设目标：三年内形成标准体系。")
    doc.close()
    started = time.perf_counter()
    assert "DONE" in run_child(path, tmp_path / "timing", child_env, repo_root)
    span = time.perf_counter() - started  # start-up and export: kills fall anywhere in it
    chance = random.Random(1616)
    outcomes = []
    for _kill in range(20):
        said = run_child(path, old_set, child_env, repo_root, kill_after=chance.uniform(0, span))
        mid_move = [p for p in old_set.iterdir() if p.name.startswith(output_set.STAGING)
                    and (p / output_set.JOURNAL).exists()]
        if not mid_move:  # whole as it is, beside at most a hidden staging folder
            checksum = checksum_of_set(old_set, temporary_allowed=True)
            assert checksum in (versions["A"].checksum, versions["B"].checksum)
        output_set.recover(old_set)  # what the next export does first
        checksum = checksum_of_set(old_set)
        assert checksum in (versions["A"].checksum, versions["B"].checksum)
        assert {name: (old_set / name).read_bytes() for name in USER_FILES} == USER_FILES
        outcomes.append(checksum == versions["B"].checksum or "DONE" in said)
        for name, data in versions["sets"]["A"].items():
            (old_set / name).write_bytes(data)
    assert not all(outcomes)  # some kills fell before the new set was in place


def test_the_command_line_says_why_and_writes_nothing(
        versions: dict[str, Any], repo_root: Path, child_env: dict[str, str],
        tmp_path: Path) -> None:
    doc = changed_copy(versions, tmp_path)
    zip_name = next(name for name in versions["sets"]["A"] if name.endswith(".zip"))
    doc.close()
    blocked = tmp_path / "blocked"
    (blocked / zip_name).mkdir(parents=True)  # a folder where the zip should go
    run = subprocess.run([sys.executable, "-m", "app", "export", str(tmp_path / "copy.stoa"),
                          "--out", str(blocked)], cwd=repo_root, env=child_env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 2 and "Traceback" not in run.stderr
    assert "无法写入" in run.stderr and "同名的文件夹" in run.stderr and "保持原样" in run.stderr
    assert [p.name for p in blocked.iterdir()] == [zip_name]  # nothing else written


def test_a_huge_name_is_refused_before_its_layout(
        old_set: Path, versions: dict[str, Any], tmp_path: Path) -> None:
    doc = changed_copy(versions, tmp_path)
    try:
        doc.set_value(model.Application, 1, "org_name", "名" * 5_000_000)  # a received file's
        snapshot = unchecked(export.take_snapshot(doc))
    finally:
        doc.close()
    with pytest.raises(pdf.TextTooLong, match="申报书「封面」中有一段文字长达 5000000 字"):
        export.export(snapshot, old_set)
    assert_old_set_untouched(old_set, versions)
