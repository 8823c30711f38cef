"""The members step's 成员填报包 box: packets for the selected member, its answer merged
back as one undo step (field by field), and a support letter's scan attached in one step."""

import sys
from pathlib import Path

from PySide6.QtCore import Qt

from app import choices, model
from app.json_io import application_to_json
from app.samples import write_sample

from ui.answers_dialog import AnswersDialog
from ui.packets_dialog import PacketDialog

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # tests/packet_filling.py
from packet_filling import fill  # noqa: E402

LANXIN = 2


def members_step(controller, tmp_path: Path):
    write_sample("base", tmp_path / "基地.stoa").close()
    window = controller.open(tmp_path / "基地.stoa")
    window.go_to_key("members")
    page = window.current_page()
    return window, page.lists["members"], page.packets


def make_packet(panel, editor, tmp_path: Path, qtbot) -> Path:
    editor.view.setCurrentIndex(editor.rows.index(LANXIN, 0))
    panel.open_packet_dialog()
    dialog: PacketDialog = panel.dialog
    ticked = [dialog.members.item(i).checkState() == Qt.CheckState.Checked
              for i in range(dialog.members.count())]
    assert ticked.count(True) == 1 and ticked[LANXIN - 1]  # the selected member only
    dialog.folder.setText(str(tmp_path / "packets"))
    dialog.make_button.click()  # (written in a worker thread; the window stays live)
    qtbot.waitUntil(lambda: "已为 1 家单位生成填报包" in dialog.result.text(), timeout=20_000)
    dialog.close()
    return next((tmp_path / "packets").glob("02-*/*.xlsx"))


def test_packet_out_answer_in_one_undo_step(controller, tmp_path: Path, qtbot) -> None:
    window, editor, panel = members_step(controller, tmp_path)
    book = make_packet(panel, editor, tmp_path, qtbot)
    assert window.doc.rows(model.Member)[LANXIN].packet_sent
    assert "未交回" in panel.status.text()
    answer = fill(book, tmp_path / "answer.xlsx", facts={
        "contact_phone": "13800000000", "contact_email": "tang@lanxin.example.cn",
        "kind": "外资企业"})
    before = application_to_json(window.doc)
    steps = window.session.undo_stack.count()
    panel.import_answers([answer, tmp_path / "missing.xlsx"])
    dialog: AnswersDialog = panel.dialog
    top = dialog.tree.topLevelItem(0)
    lines = [top.child(i).text(0) for i in range(top.childCount())]
    assert any("联系电话" in line and "13800000000" in line for line in lines)
    assert any(line.startswith("⚠") and "外资企业" in line for line in lines)
    assert "missing.xlsx" in dialog.tree.topLevelItem(1).text(0)
    email_row = next(i for i, line in enumerate(lines) if "电子邮箱" in line)
    top.child(email_row).setCheckState(0, Qt.CheckState.Unchecked)  # field by field
    dialog.write_button.click()
    member = window.doc.rows(model.Member)[LANXIN]
    assert (member.contact_phone, member.contact_email, member.kind) == ("13800000000", "", "企业")
    assert window.session.undo_stack.count() == steps + 1
    assert "已导入" in panel.status.text()
    window.session.undo()
    assert application_to_json(window.doc) == before
    assert window.doc.rows(model.Member)[LANXIN].packet_answered == ""
    window.session.redo()
    assert window.doc.rows(model.Member)[LANXIN].contact_phone == "13800000000"


def test_a_support_letter_scan_attaches_to_its_member(controller, tmp_path: Path) -> None:
    window, editor, panel = members_step(controller, tmp_path)
    member = window.doc.rows(model.Member)[LANXIN]
    scan = tmp_path / "澜芯支持函.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    attached = [a for a in window.doc.rows(model.Attachment) if a.member_id == member.id]
    assert panel.attach_letter(member.id, scan)
    new = [a for a in window.doc.rows(model.Attachment) if a.member_id == member.id]
    assert len(new) == len(attached) + 1
    assert (new[-1].kind, new[-1].name) == (choices.SUPPORT_LETTER, "澜芯支持函.pdf")
    assert not panel.attach_letter(member.id, tmp_path / "notes.txt")
    assert "不是扫描件" in panel.status.text()
