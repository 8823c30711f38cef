"""The frozen bundle from app.spec carries everything: it builds here, passes its
self-test, and its console executable answers on the command line.

Slow (a few minutes): PyInstaller builds the one-folder bundle once, from a copy of the
project whose version is a pre-release (``0.2.0rc1``, which a Windows version resource
cannot hold as written), into a temporary folder. Then, with an empty home folder and
a minimal environment: the windowed executable runs its --self-test offscreen opening
an application file given as its first argument, and the console executable beside it
checks a clean and a faulty application, in Chinese, with the documented exit codes.
"""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.samples import write_sample

pytestmark = pytest.mark.slow

VERSION = "0.2.0rc1"
SUFFIX = ".exe" if sys.platform == "win32" else ""
PROJECT = ("app", "ui", "resources", "build", "app.spec")


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """dist/sto-apply built by app.spec from a copy of the project at version VERSION."""
    root = Path(__file__).resolve().parent.parent
    work = tmp_path_factory.mktemp("frozen")
    project = work / "project"
    for name in PROJECT:
        source = root / name
        if source.is_dir():
            shutil.copytree(source, project / name,
                            ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        else:
            shutil.copy2(source, project / name)
    init = project / "app" / "__init__.py"
    text = init.read_text(encoding="utf-8")
    assert '__version__ = "' in text
    init.write_text(text.replace(text[text.index('__version__ = "'):].split("\n", 1)[0],
                                 f'__version__ = "{VERSION}"'), encoding="utf-8")
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "app.spec", "--noconfirm", "--log-level", "WARN",
         "--workpath", str(work / "work"), "--distpath", str(work / "dist")],
        cwd=project, capture_output=True, text=True, timeout=1800)
    assert build.returncode == 0, build.stderr[-3000:]
    folder = work / "dist" / "sto-apply"
    print(f"bundle: {folder_size(folder) / 1e6:.0f} MB")  # shown with pytest -s
    return folder


@pytest.fixture
def env(tmp_path: Path) -> dict[str, str]:
    """An empty home and nothing of ours: no PYTHONPATH, no locale (C)."""
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": os.defpath, "HOME": str(home), "STO_APPLY_HOME": str(home / "sto"),
           "QT_QPA_PLATFORM": "offscreen"}
    if sys.platform == "win32":
        env["SYSTEMROOT"] = os.environ.get("SYSTEMROOT", r"C:\Windows")
    return env


def run(executable: Path, args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # Bytes decoded here as UTF-8, whatever this test's own locale: what the bundle writes.
    done = subprocess.run([str(executable), *args], env=env, capture_output=True, timeout=600)
    return subprocess.CompletedProcess(done.args, done.returncode,
                                       done.stdout.decode("utf-8"), done.stderr.decode("utf-8"))


def test_two_executables_share_one_internal_folder(bundle: Path, env: dict[str, str]) -> None:
    window, cli = bundle / f"sto-apply{SUFFIX}", bundle / f"sto-apply-cli{SUFFIX}"
    assert window.is_file() and cli.is_file()
    assert {p.name for p in bundle.iterdir()} == {window.name, cli.name, "_internal"}
    # The executables are bootloaders with the program's modules; the libraries,
    # Qt and resources are in _internal once (tens of MB, against a few per exe).
    internal = folder_size(bundle / "_internal")
    print(f"sto-apply: {window.stat().st_size / 1e6:.1f} MB, sto-apply-cli: "
          f"{cli.stat().st_size / 1e6:.1f} MB, _internal: {internal / 1e6:.0f} MB")
    assert cli.stat().st_size < internal / 5, (cli.stat().st_size, internal)
    for executable in (window, cli):
        shown = run(executable, ["--version"], env)
        assert (shown.returncode, shown.stdout.strip()) == (0, VERSION), shown.stderr


def test_the_bundle_self_test_passes(bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    sample = tmp_path / "double-clicked.stoa"
    write_sample("center", sample).close()
    shots = tmp_path / "shots"
    done = run(bundle / f"sto-apply{SUFFIX}",
               [str(sample), "--self-test", "--screenshots", str(shots)], env)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "自检通过" in done.stderr
    names = {p.name for p in shots.glob("*.png")}
    assert {"base-preview.png", "center-preview.png", "file-02-applicant.png"} <= names


def test_the_console_executable_prints_check_and_returns_its_exit_code(
        bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    cli = bundle / f"sto-apply-cli{SUFFIX}"
    empty = tmp_path / "空白 申报.stoa"  # a space and Chinese: one argument all the same
    made = run(cli, ["new", "--type", "base", str(empty)], env)
    assert made.returncode == 0 and f"已新建：{empty}" in made.stdout, made.stderr

    faulty = run(cli, ["check", str(empty)], env)
    assert faulty.returncode == 1, faulty.stderr
    assert "申报类型与名称\torg_name\t错误\t通知一\t请填写拟建组织名称" in faulty.stdout.splitlines()
    assert "个错误" in faulty.stderr and "共 0 个错误" not in faulty.stderr

    clean = tmp_path / "示例.stoa"
    write_sample("center", clean).close()
    passed = run(cli, ["check", str(clean)], env)
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert passed.stderr.strip().startswith("共 0 个错误")

    missing = run(cli, ["check", str(tmp_path / "没有.stoa")], env)
    assert missing.returncode == 2 and "没有.stoa" in missing.stderr
    assert "Traceback" not in missing.stderr

    # An ASCII-only locale, as a legacy code page would be: Chinese still arrives.
    ascii_env = {**env, "LC_ALL": "C", "PYTHONIOENCODING": "ascii"}
    narrow = run(cli, ["check", str(empty)], ascii_env)
    assert narrow.returncode == 1 and "请填写拟建组织名称" in narrow.stdout, narrow.stderr


def test_the_windowed_executable_still_prints_on_linux(
        bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    """Only a windowed Windows program has no output; elsewhere it simply runs."""
    if sys.platform == "win32":
        pytest.skip("on Windows the windowed executable names sto-apply-cli.exe instead")
    clean = tmp_path / "示例.stoa"
    write_sample("base", clean).close()
    done = run(bundle / "sto-apply", ["check", str(clean)], env)
    assert done.returncode == 0 and done.stderr.startswith("共 0 个错误"), done.stderr


def test_every_command_of_the_readme_runs_in_the_console_executable(
        bundle: Path, env: dict[str, str], tmp_path: Path) -> None:
    """The README's table through sto-apply-cli: each answers with its exit code."""
    cli = bundle / f"sto-apply-cli{SUFFIX}"
    sample = tmp_path / "示例.stoa"

    def ok(*args: str) -> str:
        done = run(cli, list(args), env)
        assert done.returncode == 0, (args, done.stdout, done.stderr)
        return done.stdout

    assert "已写出示例" in ok("demo", "--type", "center", str(sample))
    ok("export-json", str(sample), str(tmp_path / "json" / "a.json"))
    assert "已导入" in ok("import-json", str(tmp_path / "json" / "a.json"), str(tmp_path / "回.stoa"))
    exported = ok("export", str(sample), "--out", str(tmp_path / "输出"))
    assert "校验码：" in exported and (tmp_path / "输出" / "申报书.pdf").is_file()
    assert "请用：sto-apply-cli restore --force" in ok("restore", str(sample))  # what to type
    assert "修复后的文件" in ok("repair", str(sample))
    printed = run(cli, ["print", str(sample), "--printer", "不存在的打印机"], env)
    assert printed.returncode == 2 and "打印机" in printed.stderr, printed.stderr  # Qt loaded
