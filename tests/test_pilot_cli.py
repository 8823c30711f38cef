"""approve / progress / report from the command line: Chinese messages, exit codes, files."""

from pathlib import Path

import pytest

from app.__main__ import EXIT_ERRORS, EXIT_OK, EXIT_REFUSED, main
from app.samples import write_sample


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    write_sample("base", tmp_path / "s.stoa").close()
    return tmp_path / "s.stoa"


def test_approve_progress_and_report(sample: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["progress", str(sample)]) == EXIT_REFUSED
    assert "尚未标记为获批" in capsys.readouterr().err
    assert main(["approve", str(sample)]) == EXIT_REFUSED
    assert "--date" in capsys.readouterr().err
    assert main(["approve", str(sample), "--date", "2022年1月15日", "--ref", "沪市监标创〔2022〕3号"]) \
        == EXIT_OK
    assert "申报书校验码" in capsys.readouterr().out
    assert main(["approve", str(sample), "--date", "2022-01-15"]) == EXIT_REFUSED
    assert "已于 2022-01-15 标记为获批" in capsys.readouterr().err
    assert main(["approve", str(sample), "--date", "2022-02-30", "--correct"]) == EXIT_REFUSED
    assert "不是有效的日期" in capsys.readouterr().err
    assert main(["approve", str(sample), "--date", "2022-01-20", "--correct"]) == EXIT_OK
    capsys.readouterr()
    # Nothing done by month 24: overdue milestones make the exit code 1 (for scripts).
    assert main(["progress", str(sample), "--as-of", "2023-03-01"]) == EXIT_ERRORS
    out = capsys.readouterr().out
    assert "试点第 14 / 24 个月" in out and "逾期：" in out and "经费 第一年使用：计划 305.00 万元" in out
    assert main(["report", str(sample), "--year", "1", "--out", str(tmp_path / "out"),
                 "--as-of", "2023-03-01"]) == EXIT_OK
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "试点第一年度工作总结.docx", "试点第一年度工作总结.pdf"]
    assert main(["report", str(sample), "--year", "2", "--out", str(tmp_path / "out"),
                 "--as-of", "2022-06-01"]) == EXIT_REFUSED
    assert "第二年自 2023-01-20 开始" in capsys.readouterr().err
    assert main(["approve", str(sample), "--withdraw"]) == EXIT_OK
    assert "已保留" in capsys.readouterr().out
