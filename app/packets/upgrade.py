"""Schema 5 for member packets: a member's e-mail, money per pilot year, pipeline part,
packet dates, and who provides each venue (plain sqlite3: runs inside ``app.storage``)."""

import sqlite3

MEMBER_COLUMNS = (
    "contact_email VARCHAR NOT NULL DEFAULT ''",
    "commitment_year1_fen INTEGER",
    "commitment_year2_fen INTEGER",
    "pipeline_part VARCHAR NOT NULL DEFAULT ''",
    "packet_sent VARCHAR NOT NULL DEFAULT ''",
    "packet_answered VARCHAR NOT NULL DEFAULT ''",
)


def _v5_member_packets(connection: sqlite3.Connection) -> None:
    """Add the columns; every existing row keeps its content and gets the empty values."""
    for column in MEMBER_COLUMNS:
        connection.execute(f"ALTER TABLE member ADD COLUMN {column}")
    connection.execute("ALTER TABLE venue ADD COLUMN member_id INTEGER REFERENCES member (id)")
