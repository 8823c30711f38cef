"""The year-1 report's .docx, laid out by LibreOffice as a reader would, holds every
planned standard, the money totals and the stamp space (slow: runs soffice)."""

import datetime as dt
import os
import re
import shutil
import subprocess
from pathlib import Path

import pypdf
import pytest

from app import model
from app.pilot import approval, data, reports
from app.samples import write_sample

pytestmark = pytest.mark.slow
FONTS = Path(__file__).resolve().parent.parent / "resources" / "fonts"


def _fontconfig(folder: Path) -> dict[str, str]:
    """An environment where 宋体 and 黑体 (what Word files name, found on every Chinese
    Windows) are the fonts we ship: a Linux CI machine has neither, and would lay the
    text out as empty boxes."""
    folder.mkdir()
    (folder / "fonts.conf").write_text(f"""<?xml version="1.0"?>
<fontconfig><include ignore_missing="yes">/etc/fonts/fonts.conf</include>
<dir>{FONTS}</dir><cachedir>{folder / "cache"}</cachedir>
<alias><family>宋体</family><prefer><family>Noto Serif SC</family></prefer></alias>
<alias><family>黑体</family><prefer><family>WenQuanYi Micro Hei</family></prefer></alias>
</fontconfig>""", encoding="utf-8")
    return {**os.environ, "FONTCONFIG_FILE": str(folder / "fonts.conf")}


def test_libreoffice_lays_the_year_1_report_out_whole(tmp_path: Path) -> None:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.skip("LibreOffice (soffice) is not installed here; CI installs it")
    doc = write_sample("base", tmp_path / "s.stoa")
    try:
        approval.approve(doc, dt.date(2022, 1, 15), today=dt.date(2023, 3, 1))
        row = doc.rows(model.PilotSpending)[0]
        doc.set_value(model.PilotSpending, row.id or 0, "amount_fen", 123_450_000)
        found = data.load(doc)
        titles = [item.title for item in doc.rows(model.PipelineItem)]
    finally:
        doc.close()
    _pdf, docx_path = reports.write(found, "1", tmp_path / "out", dt.date(2023, 3, 1))
    subprocess.run([soffice, f"-env:UserInstallation={(tmp_path / 'lo').as_uri()}", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "lo-out"), str(docx_path)],
                   check=True, capture_output=True, timeout=240, env=_fontconfig(tmp_path / "fc"))
    laid_out = pypdf.PdfReader(tmp_path / "lo-out" / f"{docx_path.stem}.pdf")
    text = re.sub(r"\s+", "", "".join(page.extract_text() for page in laid_out.pages))
    for title in titles:
        assert re.sub(r"\s+", "", title) in text
    assert "123.45" in text and "（盖章）" in text and found.approved_checksum in text
    assert len(laid_out.pages) >= 3
