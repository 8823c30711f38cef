"""Reading a received zip: every entry checked before a byte is written, and written only
inside intake's folder.

A received zip is untrusted. Before extracting, each entry is refused if its name climbs
out (``..``, an absolute path, a drive letter, a backslash path), if it is a link, if it is
encrypted, if two entries would land on the same file (names that differ only in case or
Unicode form, as Windows sees them), if it declares more than the call lets an
attachment be, or if it is compressed so hard that it can only be a bomb. While
extracting, an entry that inflates beyond what its header said is cut off and refused:
headers can lie. Files are created new (never through a link placed there).
"""

import stat
import unicodedata
import zipfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from app import limits
from app.call import Call, load_call

MAX_ENTRIES = 2 * limits.MAX_LIST_ROWS + 10  # every attachment of a full list, and the rest
# Deflate packs ordinary text some 3-10 times and a page of one repeated word a few hundred
# times; a bomb packs zeros a thousand times. Refused above this, for entries over a megabyte.
MAX_RATIO = 200
RATIO_FLOOR = limits.MEGABYTE
MAX_TOTAL_FACTOR = 20  # the whole unpacked zip: twenty attachments at the refusal size
PIECE = 1024 * 1024
ENCRYPTED = 0x1  # general purpose flag bit 0 (APPNOTE 4.4.4)
LINK_TYPE = stat.S_IFLNK


class ZipRefused(Exception):
    """The zip cannot be read safely; ``str()`` says why, in Chinese, naming the entry."""


@dataclass(frozen=True)
class Entry:
    name: str  # as stored, "/"-separated
    size: int
    compressed: int


def _shown(name: str) -> str:
    return limits.excerpt(name, 60)


def _bad_name(name: str) -> str:
    """Why ``name`` cannot be extracted as it is, or ""."""
    if "\x00" in name:
        return "名称中含有空字符"
    if "\\" in name:
        return "名称中含有反斜杠（Windows 下会被当作路径分隔符）"
    if name.startswith("/") or (len(name) > 1 and name[1] == ":"):
        return "是绝对路径"
    parts = PurePosixPath(name).parts
    if ".." in parts:
        return "含有“..”，会写到压缩包文件夹之外"
    if any(":" in part for part in parts):
        return "名称中含有冒号（Windows 下是盘符或隐藏数据流）"
    return ""


def _folded(name: str) -> str:
    """The name as Windows' file system compares it: case-blind, one Unicode form."""
    return unicodedata.normalize("NFC", name).casefold().rstrip("/")


def inspect(path: Path, call: Call | None = None, shown: str = "") -> list[Entry]:
    """The files of the zip at ``path``; ``ZipRefused`` if any entry is unsafe."""
    call = call or load_call()
    most = max(limits.attachment_refuse_bytes(call), limits.MAX_JSON_BYTES)
    shown_zip = _shown(shown or path.name)
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as error:
        raise ZipRefused(f"「{shown_zip}」不是有效的压缩包（{limits.excerpt(str(error), 80)}），"
                         "请联系申报单位重新发送。") from error
    if len(infos) > MAX_ENTRIES:
        raise ZipRefused(f"「{shown_zip}」有 {len(infos)} 个文件，超过 {MAX_ENTRIES} 个的上限，"
                         "不是一份申报材料，未解压。")
    entries: list[Entry] = []
    seen: dict[str, str] = {}
    folders: set[str] = set()
    total = 0
    for info in infos:
        name = info.filename
        why = _bad_name(name)
        if why:
            raise ZipRefused(f"「{shown_zip}」中的「{_shown(name)}」{why}，已拒收，未解压任何文件。")
        if info.flag_bits & ENCRYPTED:
            raise ZipRefused(f"「{shown_zip}」中的「{_shown(name)}」已加密，无法核对，已拒收；"
                             "请申报单位发送不加密的压缩包。")
        mode = info.external_attr >> 16
        if stat.S_IFMT(mode) == LINK_TYPE:
            raise ZipRefused(f"「{shown_zip}」中的「{_shown(name)}」是链接（symlink），已拒收，"
                             "未解压任何文件。")
        if info.is_dir():
            folders.add(_folded(name))
            continue
        key = _folded(name)
        if key in seen:
            raise ZipRefused(f"「{shown_zip}」中有两个同名文件「{_shown(seen[key])}」和"
                             f"「{_shown(name)}」（Windows 下不分大小写），无法确定以哪个为准，已拒收。")
        seen[key] = name
        if info.file_size > most:
            raise ZipRefused(f"「{shown_zip}」中的「{_shown(name)}」解压后有 "
                             f"{limits.megabytes(info.file_size)}，超过 {limits.megabytes(most)} "
                             "的上限，已拒收，未解压。")
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(1, info.compress_size):
            raise ZipRefused(f"「{shown_zip}」中的「{_shown(name)}」压缩比异常"
                             f"（{info.compress_size} 字节解压为 {info.file_size} 字节），"
                             "疑为“压缩炸弹”，已拒收，未解压。")
        total += info.file_size
        entries.append(Entry(name, info.file_size, info.compress_size))
    if total > MAX_TOTAL_FACTOR * most:
        raise ZipRefused(f"「{shown_zip}」解压后共 {limits.megabytes(total)}，超过上限，已拒收，未解压。")
    for key, name in seen.items():  # a file and a folder of one name cannot both be made
        if key in folders or any(_folded(other).startswith(key + "/") for other in seen.values()):
            raise ZipRefused(f"「{shown_zip}」中的「{_shown(name)}」既是文件又是文件夹，已拒收。")
    return entries


def extract(path: Path, target: Path, call: Call | None = None, shown: str = "") -> list[Entry]:
    """Unpack the zip at ``path`` into the new folder ``target`` after ``inspect``."""
    entries = inspect(path, call, shown)
    target.mkdir(parents=True)
    root = target.resolve()
    with zipfile.ZipFile(path) as archive:
        for entry in entries:
            out = (root / entry.name).resolve()
            if not out.is_relative_to(root):  # (inspect refused these; a second lock)
                raise ZipRefused(f"「{_shown(entry.name)}」会写到压缩包文件夹之外，已拒收。")
            out.parent.mkdir(parents=True, exist_ok=True)
            written = 0
            try:
                with archive.open(entry.name) as source, out.open("xb") as sink:
                    while piece := source.read(PIECE):
                        written += len(piece)
                        if written > entry.size:
                            raise ZipRefused(f"「{_shown(shown or path.name)}」中的「{_shown(entry.name)}」"
                                             "解压后比压缩包记录的更大（文件头被改动过），已拒收。")
                        sink.write(piece)
            except (zipfile.BadZipFile, NotImplementedError, EOFError, ValueError) as error:
                raise ZipRefused(f"「{_shown(shown or path.name)}」中的「{_shown(entry.name)}」无法解压"
                                 f"（{limits.excerpt(str(error), 80)}），压缩包可能已损坏。") from error
    return entries
