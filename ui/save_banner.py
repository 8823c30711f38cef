"""The strip at the top of an application window while its file refuses writes.

It says which file, why (in the user's words: the disk is full, the stick is gone, the
file was moved) and what to do, with the two ways out at hand: 重试 once the cause is
fixed, 另存为… to put everything somewhere that can take it. The texts of failures,
opening's as well as saving's, are built here so they read the same everywhere.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app import pending
from app.pending import SaveFailed

from ui.i18n import _

STYLE = ("#saveBanner { background: #fdecea; border: 1px solid #e0a39c; border-radius: 4px; }"
         "#saveBanner QLabel { color: #8a1c12; }")


def cause_text(failure: SaveFailed) -> str:
    """Why ``failure`` happened, as a user says it."""
    if failure.kind == pending.FULL:
        return _("磁盘已满")
    if failure.kind == pending.READ_ONLY:
        return _("没有写入权限（文件或所在文件夹变为只读）")
    if failure.kind == pending.MISSING:
        return _("文件已被移动、改名或删除")
    if failure.kind == pending.UNREACHABLE:
        return _("无法访问文件所在的磁盘（U 盘或网络驱动器可能已断开）")
    return failure.detail or _("未知错误")


def advice_text(failure: SaveFailed) -> str:
    """What to do about ``failure``."""
    if failure.kind == pending.FULL:
        return _("请腾出磁盘空间后点“重试”，或用“另存为…”保存到其他位置。")
    if failure.kind == pending.MISSING:
        return _("请把文件放回原处后点“重试”，或用“另存为…”保存到其他位置。")
    if failure.kind == pending.UNREACHABLE:
        return _("请重新连接 U 盘或网络驱动器后点“重试”，或用“另存为…”保存到其他位置。")
    if failure.kind == pending.READ_ONLY:
        return _("请恢复写入权限后点“重试”，或用“另存为…”保存到其他位置。")
    return _("请点“重试”，或用“另存为…”保存到其他位置。")


def failure_text(failure: SaveFailed, waiting: int) -> str:
    text = _("「{name}」无法保存：{cause}。").format(name=failure.path.name,
                                                 cause=cause_text(failure))
    if waiting:
        text += _("{n} 处修改暂存在本窗口中，尚未写入文件；关闭窗口前请先保存。").format(n=waiting)
    return text + "\n" + advice_text(failure)


def open_failure_text(path: Path, error: BaseException) -> str:
    """Why ``path`` could not be opened (an error that is not a ``FileRefused``)."""
    failure = pending.classify(path, error)
    where = Path(getattr(error, "filename", None) or path)
    cause = cause_text(failure)
    if failure.kind == pending.READ_ONLY:
        cause = _("没有权限写入「{folder}」（文件夹只读，或网络共享不允许写入）").format(
            folder=where.parent if where == path else where)
    elif failure.kind == pending.MISSING and where != path:
        cause = _("找不到「{where}」").format(where=where)
    elif where != path and failure.kind == pending.OTHER:
        cause = _("无法写入「{where}」（{reason}）").format(where=where, reason=cause)
    elif where != path:
        cause += _("（{where}）").format(where=where)
    return _("无法打开「{name}」：{cause}。").format(name=path.name, cause=cause) + "\n\n" + _(
        "可以把文件复制到本机的“文档”文件夹后再打开；磁盘已满时请先腾出空间。")


class SaveBanner(QFrame):
    """Hidden while every edit is in the file."""

    retry_clicked = Signal()
    save_as_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("saveBanner")
        self.setStyleSheet(STYLE)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.retry = QPushButton(_("重试"))
        self.save_as = QPushButton(_("另存为…"))
        self.retry.clicked.connect(self.retry_clicked.emit)
        self.save_as.clicked.connect(self.save_as_clicked.emit)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        icon = QLabel("⚠")
        icon.setStyleSheet("font-size: 18pt;")
        layout.addWidget(icon)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.retry)
        layout.addWidget(self.save_as)
        self.hide()

    def retranslate(self) -> None:
        self.retry.setText(_("重试"))
        self.save_as.setText(_("另存为…"))

    def show_failure(self, failure: SaveFailed, waiting: int) -> None:
        self.message.setText(failure_text(failure, waiting))
        self.show()
