"""The user's settings that outlive a session: the window's language, the main window's
place on the screen, and the step each application file was left at."""

import json
from pathlib import Path
from typing import Any

from app import paths
from app.files import write_atomically

KEEP_PER_GROUP = 200  # entries of a group (one per file): the oldest go beyond this


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


def get_in(group: str, key: str) -> Any:
    """The value remembered for ``key`` (a file, say) within ``group``, or None."""
    values = get(group)
    return values.get(key) if isinstance(values, dict) else None


def put_in(group: str, key: str, value: Any) -> None:
    """Remember ``value`` for ``key`` within ``group``; a group keeps its newest
    ``KEEP_PER_GROUP`` entries, so one per file ever opened does not grow for ever."""
    values = get(group)
    kept = {name: old for name, old in values.items() if name != key} \
        if isinstance(values, dict) else {}
    kept[key] = value
    put(group, dict(list(kept.items())[-KEEP_PER_GROUP:]))
