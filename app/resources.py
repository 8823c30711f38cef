"""Find bundled resources both when running from source and inside the frozen bundle."""

import sys
from pathlib import Path


def resource_root() -> Path:
    """The ``resources`` folder: beside the packages in a checkout, in ``_MEIPASS`` when frozen."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder, e.g. ``resource_path("fonts", "x.ttc")``."""
    return resource_root().joinpath(*parts)
