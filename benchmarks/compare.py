"""What comparing two versions costs on the large application: one JSON line.

    python3 benchmarks/compare.py

Against the file as it is now, ``compare_read_s`` reads a version (the JSON of the file
with row ids), ``compare_same_s`` compares it with itself, ``compare_edited_s`` with a
version where ten fields changed, five members moved and three rows were removed (by
row ids, as a snapshot against the file), ``compare_export_s`` the same by natural keys
(as two exported folders), ``compare_reversed_s`` a reversed 200-member list by keys
(every row but one moved), and ``change_list_pdf_s`` prints the edited comparison.
Medians of five runs.
"""

import copy
import json
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    with tempfile.TemporaryDirectory(prefix="sto-bench-compare-") as folder:
        os.environ["STO_APPLY_HOME"] = folder
        from large import make_large
        from snapshots import median_s  # (the same median of five runs)

        from app import compare, model
        from app.compare_source import of_document, without_ids
        from app.document import ApplicationFile
        from app.pdf.changes import Side, render_changes

        path = make_large(Path(folder) / "large.stoa")
        doc = ApplicationFile.open(path)
        old = of_document(doc).data
        members = doc.rows(model.Member)
        for n, member in enumerate(members[1:11], start=1):
            doc.set_value(model.Member, member.id or 0, "contact_phone", f"021-5555{n:04d}")
        for member in members[150:155]:
            doc.move_row(model.Member, member.id or 0, 3)
        for table in (model.StaffMember, model.PipelineItem, model.Venue):
            doc.remove_row(table, doc.rows(table)[0].id or 0)
        doc.set_value(model.Plan, 1, "goals", doc.section(model.Plan).goals + "新增一句目标。")
        new = of_document(doc).data
        doc.close()
        plain_old, plain_new = without_ids(old), without_ids(new)
        reversed_new = copy.deepcopy(plain_old)
        reversed_new["members"] = [reversed_new["members"][0], *reversed(reversed_new["members"][1:])]
        edited = compare.compare(old, new)
        doc = ApplicationFile.open(path, read_only=True)
        figures = {
            "compare_read_s": median_s(lambda: of_document(doc)),
            "compare_same_s": median_s(lambda: compare.compare(old, old)),
            "compare_edited_s": median_s(lambda: compare.compare(old, new)),
            "compare_export_s": median_s(lambda: compare.compare(plain_old, plain_new)),
            "compare_reversed_s": median_s(lambda: compare.compare(plain_old, reversed_new)),
            "change_list_pdf_s": median_s(lambda: render_changes(
                edited, Side("a", "0" * 12), Side("b", "1" * 12))),
            "edited_changes": len(edited),
        }
        doc.close()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
