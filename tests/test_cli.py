"""The command line, as a user runs it: messages, not tracebacks; exit codes that mean something."""

import subprocess
import sys
from pathlib import Path


def run(args: list[str], repo_root: Path, env: dict[str, str],
        timeout: int = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "app", *args], cwd=repo_root, env=env,
                          capture_output=True, text=True, timeout=timeout)


def test_new_demo_export_import(tmp_path: Path, repo_root: Path, child_env) -> None:
    assert run(["new", "--type", "center", str(tmp_path / "n.stoa")], repo_root,
               child_env).returncode == 0
    assert run(["demo", "--type", "base", str(tmp_path / "d.stoa")], repo_root,
               child_env).returncode == 0
    result = run(["export-json", str(tmp_path / "d.stoa"), str(tmp_path / "o" / "a.json")],
                 repo_root, child_env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "o" / "附件").is_dir()
    result = run(["import-json", str(tmp_path / "o" / "a.json"), str(tmp_path / "i.stoa")],
                 repo_root, child_env)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "i.stoa").is_file()


def test_refusals_are_messages_with_exit_2(tmp_path: Path, repo_root: Path, child_env) -> None:
    bogus = tmp_path / "bogus.stoa"
    bogus.write_text("not an application")
    result = run(["export-json", str(bogus), str(tmp_path / "o.json")], repo_root, child_env)
    assert result.returncode == 2
    assert "bogus.stoa" in result.stderr and "Traceback" not in result.stderr
    result = run(["import-json", str(tmp_path / "missing.json"), str(tmp_path / "x.stoa")],
                 repo_root, child_env)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    result = run(["new", "--type", "base", str(bogus)], repo_root, child_env)
    assert result.returncode == 2 and "已存在" in result.stderr
    assert bogus.read_text() == "not an application"


def test_self_test_visits_every_page_of_both_samples(tmp_path: Path, repo_root: Path,
                                                     child_env) -> None:
    shots = tmp_path / "shots"
    # (Longer: the windows at two more screens run in child processes beside it.)
    result = run(["--self-test", "--screenshots", str(shots)], repo_root, child_env, timeout=600)
    assert result.returncode == 0, result.stderr
    names = {p.name for p in shots.glob("*.png")}
    for org_type in ("base", "center"):
        assert f"{org_type}-01-type.png" in names
        assert f"{org_type}-10-check.png" in names
        assert f"{org_type}-preview.png" in names  # the form was made and previewed
        assert f"wrong-{org_type}-10-check.png" in names  # and the sample made wrong
        pages = [n for n in names if n.startswith(f"{org_type}-") and n[len(org_type) + 1].isdigit()]
        # the form's ten pages and 试点批准, each as the window and as the whole page
        assert len(pages) == 22
    for screen in ("1280x720", "1920x1080-150"):  # every window at the office screens too
        assert f"{screen}-base-05-members.png" in names and f"{screen}-base-preview.png" in names


def test_check_piped_into_a_reader_that_stops_early_is_quiet(tmp_path: Path, repo_root: Path,
                                                            child_env) -> None:
    path = tmp_path / "wrong.stoa"
    run(["new", "--type", "base", str(path)], repo_root, child_env)  # many problems to list
    result = subprocess.run(f'"{sys.executable}" -m app check "{path}" | head -1', shell=True,
                            cwd=repo_root, env=child_env, capture_output=True, text=True, timeout=120)
    assert result.stdout.count("\n") == 1
    assert "Broken pipe" not in result.stderr and "Traceback" not in result.stderr
