"""Where the application keeps the user's files: one place, on platformdirs.

``STO_APPLY_HOME`` overrides every folder at once, for tests and portable use.
"""

import os
from pathlib import Path

import platformdirs

APP_NAME = "sto-apply"
HOME_ENV = "STO_APPLY_HOME"
FILE_SUFFIX = ".stoa"


def _override() -> Path | None:
    value = os.environ.get(HOME_ENV)
    return Path(value) if value else None


def documents_dir() -> Path:
    """Default folder for new application files (in the user's documents)."""
    base = _override()
    if base is not None:
        return base / "documents"
    return Path(platformdirs.user_documents_dir()) / "新型标准化技术组织申报"


def config_dir() -> Path:
    base = _override()
    if base is not None:
        return base / "config"
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def data_dir() -> Path:
    """Snapshots and other data the user does not handle directly."""
    base = _override()
    if base is not None:
        return base / "data"
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
