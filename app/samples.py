"""The two sample applications shipped in ``resources/samples`` (one per type)."""

from pathlib import Path

from app import choices
from app.document import ApplicationFile
from app.json_io import import_json
from app.resources import resource_path

SAMPLE_JSON = "application.json"


def sample_json(org_type: str) -> Path:
    if org_type not in choices.ORG_TYPES:
        raise ValueError(f"unknown organization type {org_type!r}")
    return resource_path("samples", org_type, SAMPLE_JSON)


def sample_copy_name(org_type: str) -> str:
    """The file name of the user's copy of a sample: ``示例-<type>.stoa``, in every language."""
    return f"示例-{choices.ORG_TYPES[org_type]}.stoa"


def write_sample(org_type: str, target: Path) -> ApplicationFile:
    """Write the sample of ``org_type`` to a new application file and open it."""
    import_json(sample_json(org_type), target)
    return ApplicationFile.open(target)
