"""One running application per user: a second start hands its file to the first and ends.

The first instance listens on a local socket (a named pipe on Windows) named after the
user and the data folder; a later start connects, sends the path it was given (or an
empty line for "just show yourself") and exits, so double-clicking another .stoa file
opens it in the window that is already there.
"""

import getpass
import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from app import paths

CONNECT_TIMEOUT_MS = 500
WRITE_TIMEOUT_MS = 2000


def server_name() -> str:
    """Per user, and per data folder so test runs and portable copies keep apart."""
    key = f"{getpass.getuser()}|{paths.data_dir()}"
    return "sto-apply-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def hand_over(file: Path | None) -> bool:
    """Give ``file`` to a running instance; False when there is none to take it."""
    socket = QLocalSocket()
    socket.connectToServer(server_name())
    if not socket.waitForConnected(CONNECT_TIMEOUT_MS):
        return False
    message = (str(Path(file).resolve()) if file is not None else "") + "\n"
    socket.write(message.encode("utf-8"))
    delivered = socket.waitForBytesWritten(WRITE_TIMEOUT_MS)
    socket.disconnectFromServer()
    return delivered


class InstanceServer(QObject):
    """Listens for later starts; ``requested`` carries their file (None: show the app)."""

    requested = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not self.server.listen(server_name()):
            # Nobody answered hand_over, so what is there is left by a crashed instance.
            QLocalServer.removeServer(server_name())
            self.server.listen(server_name())
        self.server.newConnection.connect(self._accept)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)  # what arrived before the signal was connected

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        line = bytes(socket.readLine().data()).decode("utf-8").strip()
        self.requested.emit(Path(line) if line else None)
