"""Whether the Word copy of the form (申报书.docx) goes into the electronic package too.

申报书.docx is always written beside the PDFs; the zip holds it only if the applicant
chose so on the check page (on by default: units are often asked for the Word file
beside the stamped PDF). The choice is the file's own (``Application.docx_in_package``,
schema 5), kept with it like the document script, and not part of the content: it
changes no checksum.
"""

import sqlite3
from typing import TYPE_CHECKING

from app import tables

if TYPE_CHECKING:
    from app.document import ApplicationFile

COLUMN = "docx_in_package"


def _v5_docx_choice(connection: sqlite3.Connection) -> None:
    """Version 5: the Word copy's place in the package is remembered per file (on)."""
    connection.execute(f"ALTER TABLE application ADD COLUMN {COLUMN} BOOLEAN NOT NULL DEFAULT 1")


def in_package(doc: "ApplicationFile") -> bool:
    """The file's choice; on unless it was turned off."""
    return getattr(doc.section(tables.Application), COLUMN, True) is not False
