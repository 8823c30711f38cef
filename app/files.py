"""Writing a file so that it is there whole or not at all."""

import os
import time
from collections.abc import Callable
from pathlib import Path

REPLACE_RETRIES = 10  # Windows refuses to replace a file a viewer or scanner holds open
REPLACE_PAUSE_S = 0.2


def write_atomically(target: Path, payload: bytes | Callable[[Path], None]) -> None:
    """Write ``payload`` (bytes, or a function that writes a given path) beside ``target``
    and rename it into place: a failure never leaves half a file."""
    temporary = target.with_name(f".{target.name}.part")
    try:
        if callable(payload):
            payload(temporary)
        else:
            temporary.write_bytes(payload)
        for attempt in range(REPLACE_RETRIES):
            try:
                os.replace(temporary, target)
                break
            except PermissionError:
                if attempt == REPLACE_RETRIES - 1:
                    raise
                time.sleep(REPLACE_PAUSE_S)
    finally:
        temporary.unlink(missing_ok=True)
