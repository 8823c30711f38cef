"""The bureau's side (受理): what arrived by mail or on disk, verified, registered, and
the experts' workbook.

``unpack`` reads a received zip safely, ``mail`` takes the zip out of a saved e-mail,
``verify`` checks a package against its manifest, the schema and the call's rules
(``facts`` lets the rules read the JSON without building an application file),
``receive`` copies what arrived into intake's own folder and records each item
(``record``: the register folder's file), ``summary`` takes the register's facts from
an application, ``register`` groups the submissions by unit, compares two of them and
finds a paper copy's checksum, ``table`` lays the register out as rows and CSV, and
``panel`` writes the experts' workbook. Nothing received is
ever changed: intake works on its own copies.
"""
