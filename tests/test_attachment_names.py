"""Attachment names keep what tells them apart, and paper and zip say the same (issue 18, 4).

Names were cut at 60 characters from the end: "…(Shanghai) Co.,.pdf" lost "Ltd." and
"支持函", while the printed list showed the name as uploaded. Now a long name loses its
middle, and the form's list, the manifest, the JSON and the zip hold one name each.
"""

import re
import zipfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from pypdf import PdfReader

from app import choices, exchange, export, package
from app.samples import write_sample

KIND = "成员单位支持函"
ENGLISH = "Shanghai Zhongxin Intelligent Equipment Technology (Shanghai) Co., Ltd.支持函.pdf"
TWINS = ["上海市嘉定区智能网联汽车产业园第一运营管理有限公司关于共同组建创新基地的支持函.pdf",
         "上海市嘉定区智能网联汽车产业园第二运营管理有限公司关于共同组建创新基地的支持函.pdf"]


def test_a_long_name_keeps_its_start_its_end_and_its_extension() -> None:
    name = exchange.attachment_file_name(3, KIND, ENGLISH)
    assert len(name) <= exchange.ATTACHMENT_NAME_LIMIT
    assert name.startswith(f"03-{KIND}-Shanghai")
    assert name.endswith("Co., Ltd.支持函.pdf")
    assert "…" in name


def test_names_that_differ_only_in_the_middle_stay_apart() -> None:
    names = exchange.attachment_file_names([(KIND, name) for name in TWINS * 2])
    assert len({name.casefold() for name in names}) == 4  # (Windows ignores case)
    assert all(name.endswith("支持函.pdf") and len(name) <= 60 for name in names)


@given(st.lists(st.text(min_size=1, max_size=200), min_size=1, max_size=12))
def test_any_names_come_out_short_unique_and_keep_their_extension(names: list[str]) -> None:
    files = exchange.attachment_file_names([(KIND, f"{name}.pdf") for name in names])
    assert len({file.casefold() for file in files}) == len(files)
    for file in files:
        assert len(file) <= exchange.ATTACHMENT_NAME_LIMIT and file.endswith(".pdf")


def test_the_printed_list_the_manifest_and_the_zip_name_each_file_alike(tmp_path: Path) -> None:
    doc = write_sample("base", tmp_path / "b.stoa")
    for name in [ENGLISH, *TWINS]:
        doc.add_attachment(choices.ATTACHMENT_KINDS[-1], name, name.encode())
    result = export.export(export.take_snapshot(doc), tmp_path / "out")
    doc.close()
    assert result.zip_path is not None
    with zipfile.ZipFile(result.zip_path) as archive:
        entries = [name for name in archive.namelist() if name.startswith("附件/")]
        manifest = archive.read(package.MANIFEST_NAME).decode("utf-8-sig")
        data = archive.read(package.JSON_NAME).decode("utf-8")
    assert len(entries) == 18
    listed = [line.split("\t")[0] for line in manifest.splitlines() if line.startswith("附件/")]
    assert listed == entries
    assert all(f'"file": "{entry}"' in data for entry in entries)

    # The form's attachment list, read back from the PDF: every entry's name, exactly.
    pages = PdfReader(tmp_path / "out" / export.FORM_FILE).pages
    printed = re.sub(r"\s+", "", "".join(page.extract_text() for page in pages))
    for entry in entries:
        assert re.sub(r"\s+", "", entry.removeprefix("附件/")) in printed, entry
    assert "Ltd.支持函.pdf" in printed
    assert re.sub(r"\s+", "", ENGLISH) not in printed  # the name as uploaded is not what is printed
