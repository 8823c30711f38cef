"""The four numbers a Windows version resource needs, from the app's PEP 440 version.

A version resource (file properties → details, and Inno Setup's VersionInfoVersion)
holds exactly four numbers of 16 bits each; ``__version__`` may be ``0.2.0rc1`` or
``1.0.post2``. The numbers are the release part padded with zeros (``0.2.0rc1`` →
0.2.0.0); the full version, pre-release and all, stays in the resource's string fields
(FileVersion, ProductVersion), which is where Explorer shows it.

    python3 build/windows_version.py          # 0.1.0.0 for the version in app/__init__.py
    python3 build/windows_version.py 0.2.0rc1  # 0.2.0.0

app.spec loads this file by path (build/ is not a package); tests/test_console.py too.
"""

import re
import sys
from pathlib import Path

from packaging.version import InvalidVersion, Version  # (a dependency of PyInstaller)

PART_MAX = 0xFFFF  # each number is a WORD in VS_FIXEDFILEINFO


def file_version(version: str) -> tuple[int, int, int, int]:
    """``version``'s release numbers, padded to four; ValueError, saying why, when
    Windows cannot hold them (not PEP 440, more than four numbers, one above 65535)."""
    try:
        parsed = Version(version)
    except InvalidVersion:
        raise ValueError(f"版本号「{version}」不符合 PEP 440（例如 0.2.0、0.2.0rc1）") from None
    if parsed.epoch:
        raise ValueError(f"版本号「{version}」带纪元（{parsed.epoch}!）：Windows 版本资源无法表示")
    release = parsed.release
    if len(release) > 4:
        raise ValueError(f"版本号「{version}」有 {len(release)} 段数字：Windows 版本资源最多 4 段")
    too_big = [part for part in release if part > PART_MAX]
    if too_big:
        raise ValueError(f"版本号「{version}」中的 {too_big[0]} 超过 {PART_MAX}：Windows 版本资源放不下")
    padded = (*release, 0, 0, 0, 0)
    return padded[0], padded[1], padded[2], padded[3]


def dotted(numbers: tuple[int, int, int, int]) -> str:
    return ".".join(str(part) for part in numbers)


def string_fields(version: str, product: str, executable: str, description: str) -> dict[str, str]:
    """The resource's string table: the version exactly as written (``0.2.0rc1``)."""
    return {
        "CompanyName": product,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": executable,
        "OriginalFilename": f"{executable}.exe",
        "ProductName": product,
        "ProductVersion": version,
    }


def app_version(root: Path) -> str:
    """``__version__`` of app/__init__.py under ``root``, read without importing the app."""
    text = (root / "app" / "__init__.py").read_text(encoding="utf-8")
    found = re.search(r'__version__ = "([^"]+)"', text)
    if found is None:
        raise ValueError("app/__init__.py 中没有 __version__")
    return found.group(1)


if __name__ == "__main__":
    given = sys.argv[1] if len(sys.argv) > 1 else app_version(Path(__file__).resolve().parent.parent)
    try:
        print(dotted(file_version(given)))
    except ValueError as error:
        print(f"错误：{error}", file=sys.stderr)
        sys.exit(2)
