"""Every test owns its world: Qt offscreen, and every user folder inside ``tmp_path``."""

import os
import shutil
from pathlib import Path

import pytest

# Before any Qt import: CI has no screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app import paths  # noqa: E402
from app.resources import resource_path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def repo_root() -> Path:
    return ROOT


@pytest.fixture
def child_env() -> dict[str, str]:
    """Environment for a child Python: offscreen, finding ``app`` and ``ui`` from source."""
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen",
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Documents, config and data folders of this test only."""
    folder = tmp_path / "home"
    monkeypatch.setenv(paths.HOME_ENV, str(folder))
    return folder


@pytest.fixture(params=["base", "center"])
def org_type(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture
def sample_folder(tmp_path: Path, org_type: str) -> Path:
    """A private copy of the sample's JSON folder, safe to damage."""
    target = tmp_path / f"sample-{org_type}"
    shutil.copytree(resource_path("samples", org_type), target)
    return target
