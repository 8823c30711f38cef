"""Child process for test_crash: edits an application file in a loop through the storage
API and prints ``ACK n`` once edit ``n`` is committed, until it is killed."""

import itertools
import sys
from pathlib import Path

from app import model
from app.document import ApplicationFile


def main() -> None:
    path, first = Path(sys.argv[1]), int(sys.argv[2])
    doc = ApplicationFile.open(path)
    for number in itertools.count(first):
        with doc.batch():  # one edit: a new row and a changed field, together or not at all
            # (a long target makes each commit write several pages: more kills land mid-commit)
            doc.add_row(model.Measure, {"content": f"edit {number}", "target": "靶" * 4000})
            doc.set_value(model.Plan, 1, "mechanism", f"last edit {number}")
        print(f"ACK {number}", flush=True)


if __name__ == "__main__":
    main()
