"""What judging the last outputs costs on the large application: one JSON line.

    python3 benchmarks/output_record.py

The check page compares the recorded outputs with the file after every check run
(``app.output_record``): the checksum of the content as it is now
(``record_checksum_s``) and the look at each file in the folder (``record_status_s``);
``rules_check_s`` is the check run itself, for scale. Medians of five runs.
"""

import json
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    with tempfile.TemporaryDirectory(prefix="sto-bench-record-") as folder:
        os.environ["STO_APPLY_HOME"] = folder
        from large import make_large
        from snapshots import median_s  # (the same median of five runs)

        from app import output_record, rules
        from app.document import ApplicationFile

        path = make_large(Path(folder) / "large.stoa")
        doc = ApplicationFile.open(path)
        out = output_record.default_folder(path)
        out.mkdir()
        names = [f"{n}.pdf" for n in range(5)]
        for name in names:
            (out / name).write_bytes(b"%PDF")
        checksum = output_record.current_checksum(doc)
        record = output_record.make(out, names, checksum, output_record.script_of(doc))
        figures = {
            "record_checksum_s": median_s(lambda: output_record.current_checksum(doc)),
            "record_status_s": median_s(lambda: output_record.status(record, checksum, "zh_CN")),
            "rules_check_s": median_s(lambda: rules.check(doc)),
        }
        doc.close()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
