"""The list of recently opened application files, kept in the config folder."""

import json
from pathlib import Path

from app import paths
from app.files import write_atomically

MAX_RECENT = 10


def _store() -> Path:
    return paths.config_dir() / "recent.json"


def recent_files() -> list[Path]:
    """Recently opened files that still exist, newest first."""
    try:
        entries = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    if not isinstance(entries, list):
        return []
    return [Path(e) for e in entries if isinstance(e, str) and Path(e).is_file()]


def remember(path: Path) -> None:
    """Put ``path`` at the top of the list."""
    resolved = str(Path(path).resolve())
    entries = [str(p) for p in recent_files() if str(p) != resolved]
    entries.insert(0, resolved)
    store = _store()
    store.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(store, json.dumps(entries[:MAX_RECENT], ensure_ascii=False).encode("utf-8"))
