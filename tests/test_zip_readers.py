"""The package's zip reads the same in every reader: Info-ZIP, 7-Zip and Python (issue 18, 3).

Info-ZIP ``unzip``/``zipinfo`` showed every Chinese name garbled (entries marked as made
on MS-DOS), and a folder unpacked with ``unzip`` did not import. Each reader here lists
the zip, unpacks it, and the unpacked folder imports back whole. The readers of Windows
(Explorer, WinRAR, Bandizip, 360压缩) cannot run here: the headers they read are checked
instead; libarchive (bsdtar, and Windows 11's newer archive support) runs where installed.
"""

import os
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path

import pytest

from app import choices, export, package
from app.document import ApplicationFile
from app.json_io import application_to_json, import_json
from app.samples import write_sample

# Names a unit really gives its files: Chinese, English with brackets and commas, an
# Extension B character, full-width punctuation.
NAMES = ["上海中芯智能装备科技有限公司支持函.pdf",
         "Shanghai Zhongxin Intelligent Equipment Technology (Shanghai) Co., Ltd.支持函.pdf",
         "𠮷野家（上海）餐饮管理有限公司 营业执照.jpg"]
UTF8 = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}  # the readers print UTF-8 names


def needs(tool: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(tool) is None, reason=f"{tool} is not installed")


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    folder = tmp_path_factory.mktemp("zip-readers")
    doc = write_sample("base", folder / "b.stoa")
    for number, name in enumerate(NAMES):
        doc.add_attachment(choices.ATTACHMENT_KINDS[-1], name, f"内容{number}".encode())
    result = export.export(export.take_snapshot(doc), folder / "out")
    data = application_to_json(doc)
    doc.close()
    assert result.zip_path is not None
    return result.zip_path, data


def python_names(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as archive:
        return archive.namelist()


def run(*command: str | Path) -> str:
    result = subprocess.run([str(part) for part in command], env=UTF8, capture_output=True,
                            timeout=60, check=True)
    return result.stdout.decode("utf-8")


def files_under(folder: Path) -> set[str]:
    return {path.relative_to(folder).as_posix() for path in folder.rglob("*") if path.is_file()}


def imports_back(folder: Path, data: dict, target: Path) -> None:
    copy = ApplicationFile.open(import_json(folder / package.JSON_NAME, target))
    try:
        assert application_to_json(copy) == data
    finally:
        copy.close()


@needs("zipinfo")
def test_zipinfo_lists_the_names_python_reads(exported) -> None:
    zip_path, _data = exported
    names = python_names(zip_path)
    assert any(not name.isascii() for name in names)
    assert run("zipinfo", "-1", zip_path).splitlines() == names


@needs("unzip")
def test_unzip_lists_the_same_names_and_its_folder_imports_back(exported, tmp_path: Path) -> None:
    zip_path, data = exported
    names = python_names(zip_path)
    assert run("unzip", "-Z1", zip_path).splitlines() == names
    run("unzip", "-q", zip_path, "-d", tmp_path / "unzipped")
    assert files_under(tmp_path / "unzipped") == set(names)
    imports_back(tmp_path / "unzipped", data, tmp_path / "back.stoa")


@needs("7z")
def test_7zip_lists_and_unpacks_the_same_names(exported, tmp_path: Path) -> None:
    zip_path, data = exported
    names = python_names(zip_path)
    listed = [line.removeprefix("Path = ") for line in run("7z", "l", "-slt", zip_path).splitlines()
              if line.startswith("Path = ")]
    assert listed[1:] == names  # (the first is the archive itself)
    run("7z", "x", "-y", f"-o{tmp_path / 'sevenzip'}", zip_path)
    assert files_under(tmp_path / "sevenzip") == set(names)
    imports_back(tmp_path / "sevenzip", data, tmp_path / "back.stoa")


@needs("bsdtar")
def test_libarchive_lists_and_unpacks_the_same_names(exported, tmp_path: Path) -> None:
    """libarchive: bsdtar, and the archive support Windows 11 added to Explorer."""
    zip_path, data = exported
    names = python_names(zip_path)
    assert run("bsdtar", "-tf", zip_path).splitlines() == names
    (tmp_path / "libarchive").mkdir()
    run("bsdtar", "-xf", zip_path, "-C", tmp_path / "libarchive")
    assert files_under(tmp_path / "libarchive") == set(names)
    imports_back(tmp_path / "libarchive", data, tmp_path / "back.stoa")


def test_every_entry_says_utf8_three_ways_for_the_readers_of_windows(exported) -> None:
    """Explorer (Windows 7+), WinRAR, Bandizip and 7-Zip honour the UTF-8 flag; Info-ZIP
    on Windows and older readers take the Unicode Path field; none may take the name for
    a DOS code page, which the MS-DOS host invited."""
    zip_path, _data = exported
    with zipfile.ZipFile(zip_path) as archive:
        for info in archive.infolist():
            assert info.create_system == 3, info.filename  # Unix
            assert info.external_attr >> 16 == 0o100644, info.filename  # readable once unpacked
            if info.filename.isascii():
                continue
            assert info.flag_bits & 0x800, info.filename  # the UTF-8 flag
            header, size = struct.unpack("<HH", info.extra[:4])
            version, crc = struct.unpack("<BI", info.extra[4:9])
            encoded = info.filename.encode("utf-8")
            assert (header, size, version) == (0x7075, 5 + len(encoded), 1)
            assert crc == zlib.crc32(encoded) and info.extra[9:4 + size] == encoded
