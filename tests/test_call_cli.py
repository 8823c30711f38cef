"""``call show``, ``call use`` and ``new --call`` on the command line: facts out, refusals as
Chinese messages with exit code 2, never a traceback."""

from pathlib import Path

import pytest

from app.__main__ import EXIT_OK, EXIT_REFUSED, main
from app.call_store import call_of
from app.document import ApplicationFile
from app.samples import write_sample
from tests.call_rounds import ROUND_2026, write_call


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_new_with_a_call_and_show_it(tmp_path: Path, capsys) -> None:
    call_file = write_call(tmp_path / "round.json")
    target = tmp_path / "n.stoa"
    assert run(capsys, "new", "--type", "center", "--call", str(call_file), str(target))[0] == EXIT_OK
    code, out, err = run(capsys, "call", "show", str(target))
    assert code == EXIT_OK
    assert f"通知文号：{ROUND_2026['number']}" in out and "申报截止日期：2026-12-20" in out
    assert f"申报邮箱：{ROUND_2026['email']}" in out and "版本校验码：" in out
    code, out, _err = run(capsys, "call", "show", str(call_file))
    assert code == EXIT_OK and f"邮件主题标注：{ROUND_2026['subject_mark']}" in out


def test_call_use_moves_the_file_and_checks_it_again(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.stoa"
    write_sample("base", path).close()
    code, out, _err = run(capsys, "call", "use", str(path), str(write_call(tmp_path / "r.json")))
    assert code in (0, 1)  # 1 when the check finds errors: the sample has none
    assert f"已改用申报通知：{ROUND_2026['number']}（原为 沪市监标创20210511号）" in out
    assert "重新检查：" in out and "请重新输出" in out
    doc = ApplicationFile.open(path, read_only=True)
    try:
        assert call_of(doc).number == ROUND_2026["number"]
    finally:
        doc.close()


def test_a_bad_call_file_is_a_message_with_exit_2(tmp_path: Path, capsys) -> None:
    path = tmp_path / "a.stoa"
    write_sample("base", path).close()
    bad = write_call(tmp_path / "bad.json", email="not-an-address", form_version="2099")
    for args in (("call", "show", str(bad)), ("call", "use", str(path), str(bad)),
                 ("new", "--type", "base", "--call", str(bad), str(tmp_path / "n.stoa"))):
        code, _out, err = run(capsys, *args)
        assert code == EXIT_REFUSED, args
        assert "「申报邮箱」（email）" in err and "来自更新版本的申报助手" in err
        assert "Traceback" not in err
    assert not (tmp_path / "n.stoa").exists()
    doc = ApplicationFile.open(path, read_only=True)
    try:
        assert call_of(doc).number == "沪市监标创20210511号"  # untouched
    finally:
        doc.close()


def test_a_call_not_taking_the_type_is_refused(tmp_path: Path, capsys) -> None:
    only_centers = write_call(tmp_path / "c.json", pilot_types=["center"])
    code, _out, err = run(capsys, "new", "--type", "base", "--call", str(only_centers),
                          str(tmp_path / "n.stoa"))
    assert code == EXIT_REFUSED and "不受理「技术标准创新基地」" in err
