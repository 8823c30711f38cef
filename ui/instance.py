"""One running application per user: a second start hands its file to the first and ends.

The first instance listens on a local socket (a named pipe on Windows) named after the
user and the data folder; a later start connects, sends the path it was given (or an
empty line for "just show yourself") and exits, so double-clicking another .stoa file
opens it in the window that is already there.
"""

import getpass
import os
import sys
import zlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app import paths

CONNECT_TIMEOUT_S = 0.5


def server_name() -> str:
    """Per user, and per data folder so test runs and portable copies keep apart."""
    key = f"{getpass.getuser()}|{paths.data_dir()}"
    return f"sto-apply-{zlib.crc32(key.encode('utf-8')):08x}"  # zlib: already loaded, unlike hashlib


def hand_over(file: Path | None) -> bool:
    """Give ``file`` to a running instance; False when there is none to take it.

    Plain Python, not QtNetwork, so a first start pays nothing before its window shows:
    QLocalServer listens on the named pipe ``\\\\.\\pipe\\<name>`` on Windows and on the
    Unix socket ``<temp>/<name>`` elsewhere.
    """
    message = ((str(Path(file).resolve()) if file is not None else "") + "\n").encode("utf-8")
    try:
        if sys.platform == "win32":
            with open(rf"\\.\pipe\{server_name()}", "r+b", buffering=0) as pipe:
                pipe.write(message)
            return True
        import socket  # (not on Windows, where the pipe is a file to open)
        import tempfile

        address = os.path.join(tempfile.gettempdir(), server_name())
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as connection:
            connection.settimeout(CONNECT_TIMEOUT_S)
            connection.connect(address)
            connection.sendall(message)
        return True
    except OSError:
        return False  # nobody listens: this is the first instance


class InstanceServer(QObject):
    """Listens for later starts; ``requested`` carries their file (None: show the app)."""

    requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        from PySide6.QtNetwork import QLocalServer  # after the first window is up

        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(server_name()):
            # Nobody answered hand_over, so what is there is left by a crashed instance.
            self.server.removeServer(server_name())
            self.server.listen(server_name())
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))
            connection.disconnected.connect(connection.deleteLater)
            self._read(connection)  # what arrived before the signal was connected

    def _read(self, connection: QObject) -> None:
        if not connection.canReadLine():  # type: ignore[attr-defined]
            return
        line = bytes(connection.readLine().data()).decode("utf-8").strip()  # type: ignore[attr-defined]
        self.requested.emit(Path(line) if line else None)
