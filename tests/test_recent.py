"""Recently opened files: newest first, no duplicates, vanished files dropped."""

from pathlib import Path

from app import recent


def test_recent_files_are_newest_first_without_duplicates(tmp_path: Path) -> None:
    files = []
    for name in ("a", "b", "c"):
        path = tmp_path / f"{name}.stoa"
        path.write_bytes(b"x")
        files.append(path)
        recent.remember(path)
    recent.remember(files[0])
    assert recent.recent_files() == [files[0].resolve(), files[2].resolve(), files[1].resolve()]
    files[2].unlink()
    assert files[2].resolve() not in recent.recent_files()


def test_a_damaged_list_is_an_empty_list(home: Path) -> None:
    store = home / "config" / "recent.json"
    store.parent.mkdir(parents=True)
    store.write_text("{not json")
    assert recent.recent_files() == []
