"""The user's settings that outlive a session (for now: the window's language)."""

import json
from pathlib import Path
from typing import Any

from app import paths
from app.files import write_atomically


def _store() -> Path:
    return paths.config_dir() / "preferences.json"


def _read() -> dict[str, Any]:
    try:
        values = json.loads(_store().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return values if isinstance(values, dict) else {}


def get(key: str) -> Any:
    return _read().get(key)


def put(key: str, value: Any) -> None:
    """Remember ``value``; a settings file that cannot be written is not worth an error."""
    values = {**_read(), key: value}
    store = _store()
    try:
        store.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(store, json.dumps(values, ensure_ascii=False).encode("utf-8"))
    except OSError:
        pass
