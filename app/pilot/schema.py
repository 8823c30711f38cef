"""Schema step 4 → 5 for the pilot period: the 试点执行 tables, empty until approval.

Literal SQL, as ``app.model.pilot`` declared the tables when this step was written: a
later change to the model is a later step, never an edit of this one.
"""

import sqlite3

PILOT_DDL = (
    "CREATE TABLE pilotrecord (id INTEGER NOT NULL, position INTEGER NOT NULL, "
    "approved_on VARCHAR NOT NULL, approval_ref VARCHAR NOT NULL, "
    "approved_checksum VARCHAR NOT NULL, "
    + ", ".join(f"{report}_{topic} VARCHAR NOT NULL"
                for report in ("y1", "y2", "stage", "final")
                for topic in ("work", "results", "problems", "next"))
    + ", PRIMARY KEY (id))",
    "CREATE TABLE pilotstandard (id INTEGER NOT NULL, position INTEGER NOT NULL, "
    "pipeline_item_id INTEGER, project_on VARCHAR NOT NULL, draft_on VARCHAR NOT NULL, "
    "consultation_on VARCHAR NOT NULL, review_on VARCHAR NOT NULL, "
    "published_on VARCHAR NOT NULL, standard_number VARCHAR NOT NULL, "
    "publisher VARCHAR NOT NULL, note VARCHAR NOT NULL, PRIMARY KEY (id))",
    "CREATE TABLE pilotmilestone (id INTEGER NOT NULL, position INTEGER NOT NULL, "
    "milestone_id INTEGER, done BOOLEAN NOT NULL, done_on VARCHAR NOT NULL, "
    "note VARCHAR NOT NULL, PRIMARY KEY (id))",
    "CREATE TABLE pilotspending (id INTEGER NOT NULL, position INTEGER NOT NULL, "
    "year INTEGER NOT NULL, direction VARCHAR NOT NULL, category VARCHAR NOT NULL, "
    "amount_fen INTEGER, PRIMARY KEY (id))",
    "CREATE TABLE pilotactivity (id INTEGER NOT NULL, position INTEGER NOT NULL, "
    "kind VARCHAR NOT NULL, held_on VARCHAR NOT NULL, title VARCHAR NOT NULL, "
    "participants INTEGER, units_reached INTEGER, note VARCHAR NOT NULL, PRIMARY KEY (id))",
    "CREATE TABLE pilotresult (id INTEGER NOT NULL, position INTEGER NOT NULL, "
    "kind VARCHAR NOT NULL, title VARCHAR NOT NULL, reported_on VARCHAR NOT NULL, "
    "content VARCHAR NOT NULL, PRIMARY KEY (id))",
    "CREATE TABLE pilotfile (id INTEGER NOT NULL, position INTEGER NOT NULL, "
    "result_id INTEGER, name VARCHAR NOT NULL, size INTEGER NOT NULL, "
    "sha256 VARCHAR NOT NULL, PRIMARY KEY (id))",
    "CREATE TABLE pilotfileblob (pilotfile_id INTEGER NOT NULL, data BLOB NOT NULL, "
    "PRIMARY KEY (pilotfile_id))",
)


def _v5_pilot(connection: sqlite3.Connection) -> None:
    """Version 5: the pilot period's tables (issue 25); a file is not approved by upgrading."""
    for statement in PILOT_DDL:
        connection.execute(statement)
