"""The installer check's own reading of files, without wine: fast, so a slip shows at once.

build/installer_check.py judges the installer by what wine leaves on disk (registry
hives, the .iss it adapts, the .isl it compares); these prove it reads them right.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("installer_check", ROOT / "build" / "installer_check.py")
assert _spec and _spec.loader
check = importlib.util.module_from_spec(_spec)
sys.modules["installer_check"] = check
_spec.loader.exec_module(check)


def test_wine_registry_values_are_read_with_their_escapes(tmp_path: Path) -> None:
    hive = tmp_path / "user.reg"
    hive.write_text(
        "WINE REGISTRY Version 2\n#arch=win64\n\n"
        "[Software\\\\Classes\\\\StoApply.Application] 1700000000\n#time=1da\n"
        '@="\\x7533\\x62a5\\x6587\\x4ef6"\n\n'
        "[Software\\\\Classes\\\\StoApply.Application\\\\shell\\\\open\\\\command] 1700000000\n"
        '@="\\"C:\\\\users\\\\x\\\\sto-apply.exe\\" \\"%1\\""\n'
        '"Count"=dword:00000001\n', encoding="utf-8")
    keys = check.parse_wine_registry(hive)
    assert keys[r"software\classes\stoapply.application"][""] == "申报文件"
    command = keys[r"software\classes\stoapply.application\shell\open\command"]
    assert command[""] == '"C:\\users\\x\\sto-apply.exe" "%1"'
    assert command["count"] == "dword:00000001"


def test_the_per_user_copy_changes_only_the_install_folder(tmp_path: Path) -> None:
    iss = tmp_path / "installer.iss"
    original = (ROOT / "build" / "installer.iss").read_text(encoding="utf-8-sig")
    iss.write_text(original, encoding="utf-8-sig")
    check.per_user_copy(iss)
    before, after = original.split("\n"), iss.read_text(encoding="utf-8-sig").split("\n")
    changed = [(a, b) for a, b in zip(before, after, strict=True) if a != b]
    assert changed == [(check.DEFAULT_DIR_LINE, check.PER_USER_DIR_LINE)]


def test_the_per_user_copy_refuses_a_script_whose_folder_line_moved(tmp_path: Path) -> None:
    iss = tmp_path / "installer.iss"
    iss.write_text("[Setup]\nDefaultDirName={userpf}\\StoApply\n", encoding="utf-8-sig")
    with pytest.raises(check.CheckFailed, match="DefaultDirName"):
        check.per_user_copy(iss)


def test_the_language_check_names_missing_unknown_and_changed_messages(tmp_path: Path) -> None:
    ours = (ROOT / "build" / "ChineseSimplified.isl").read_text(encoding="utf-8-sig")
    english = tmp_path / "Default.isl"
    english.write_text(ours, encoding="utf-8-sig")  # the same names and arguments
    isl = tmp_path / "ChineseSimplified.isl"
    isl.write_text(ours, encoding="utf-8-sig")
    assert "messages, as Default.isl" in check.check_isl(isl, english)

    isl.write_text(ours.replace("\nButtonNext=", "\nButtonNxet="), encoding="utf-8-sig")
    with pytest.raises(check.CheckFailed, match=r"unknown \['buttonnxet'\], missing \['buttonnext'\]"):
        check.check_isl(isl, english)
    isl.write_text(ours.replace("SetupWindowTitle=安装 - %1", "SetupWindowTitle=安装"), encoding="utf-8-sig")
    with pytest.raises(check.CheckFailed, match="setupwindowtitle has arguments"):
        check.check_isl(isl, english)
    isl.write_text(ours.replace("LanguageCodePage=936", "LanguageCodePage=0"), encoding="utf-8-sig")
    with pytest.raises(check.CheckFailed, match="LanguageCodePage"):
        check.check_isl(isl, english)
