"""What the call costs now that each application keeps its own: one JSON line.

    python3 benchmarks/call.py

``call_file_read_s``: reading and checking a call file (the dialog's 载入, ``call show``);
``call_of_s``: the application's call as every check run asks for it (one read of the
application row, the parse cached); ``rules_check_s``: the check run on the large
application, for scale; ``upgrade_v4_s``: opening a version-4 file, which writes the
bundled call into it. Medians of five runs.
"""

import json
import os
import shutil
import sys
import tempfile
from pathlib import Path


def main() -> int:
    here = Path(__file__).resolve().parent
    sys.path.insert(0, str(here))
    with tempfile.TemporaryDirectory(prefix="sto-bench-call-") as folder:
        os.environ["STO_APPLY_HOME"] = folder
        from large import make_large
        from snapshots import median_s

        from app import rules
        from app.call import bundled_path
        from app.call_check import read_call
        from app.call_store import call_of
        from app.document import ApplicationFile

        doc = ApplicationFile.open(make_large(Path(folder) / "large.stoa"))
        fixture = here.parent / "tests" / "fixtures" / "schema-v4-base.stoa"
        copies = iter(range(100))

        def upgrade() -> None:
            target = Path(folder) / f"v4-{next(copies)}.stoa"
            shutil.copyfile(fixture, target)
            ApplicationFile.open(target).close()

        figures = {
            "call_file_read_s": median_s(lambda: read_call(bundled_path())),
            "call_of_s": median_s(lambda: call_of(doc)),
            "rules_check_s": median_s(lambda: rules.check(doc)),
            "upgrade_v4_s": median_s(upgrade),
        }
        doc.close()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
