"""The folder a file dialog opens in: where the user last took a file for the same purpose.

A clerk adds the scans of a dozen support letters from one folder, one dialog at a time;
starting each dialog in the home folder made every one a walk back there. The folder is
kept per purpose in the user's preferences, so it outlives the session too.
"""

from pathlib import Path

from app import preferences

PREFIX = "folder."  # preference keys: folder.<purpose>
# The purposes (each dialog that should start where its last use ended).
ATTACHMENTS = "attachments"  # 附件: files added to the application
ATTACHMENT_COPY = "attachment_copy"  # 附件 → 另存为…: where copies of attachments go
OPEN_FILE = "open_file"  # 打开申报文件
IMPORT_JSON = "import_json"  # 导入数据备份
EXPORT_JSON = "export_json"  # 导出申报数据
MEMBER_PACKETS = "member_packets"  # 生成成员填报包: the folder above the packets
MEMBER_ANSWERS = "member_answers"  # 导入成员回执 and the support letters' scans


def start_folder(purpose: str, fallback: Path) -> Path:
    """The folder last used for ``purpose`` if it still exists (a USB stick may be gone),
    else ``fallback``."""
    remembered = preferences.get(PREFIX + purpose)
    if isinstance(remembered, str) and remembered:
        folder = Path(remembered)
        try:
            if folder.is_dir():
                return folder
        except OSError:  # (a share that no longer answers)
            pass
    return fallback


def remember(purpose: str, chosen: Path) -> None:
    """Keep the folder of ``chosen`` (a file the user picked, or a folder) for ``purpose``."""
    folder = chosen if chosen.is_dir() else chosen.parent
    preferences.put(PREFIX + purpose, str(folder))
