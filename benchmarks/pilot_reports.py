"""What the pilot costs on the large application, approved: one JSON line.

    python3 benchmarks/pilot_reports.py

``progress_refresh_s``: reading the pilot's data and computing where it stands, which
the progress view and the step's reminder count do after each edit; ``set_value_s``:
one pilot edit, approval checked; ``year1_pdf_s`` / ``year1_docx_s`` / ``final_pdf_s``:
laying out the reports (in the window's worker thread). Medians of five runs.
"""

import datetime as dt
import json
import os
import sys
import tempfile
from pathlib import Path


def main() -> int:
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    with tempfile.TemporaryDirectory(prefix="sto-bench-pilot-") as folder:
        os.environ["STO_APPLY_HOME"] = folder
        from large import make_large
        from snapshots import median_s

        from app import model
        from app.document import ApplicationFile
        from app.pilot import approval, data, progress, report_docx, report_pdf, reports

        path = make_large(Path(folder) / "large.stoa")
        doc = ApplicationFile.open(path)
        today = dt.date(2023, 3, 1)
        approval.approve(doc, dt.date(2022, 1, 15), today=today)
        with doc.batch():
            for number in range(200):
                doc.add_row(model.PilotActivity, {"kind": "培训", "held_on": "2022-05-10",
                                                  "title": f"第{number}场培训", "participants": 40})
        milestone = doc.rows(model.PilotMilestone)[0].id or 0
        found = data.load(doc)
        year_1 = reports.build(found, "1", today)
        final = reports.build(found, "final", dt.date(2024, 3, 1))
        figures = {
            "progress_refresh_s": median_s(
                lambda: progress.reminder_counts(data.load(doc, checksum=False), today)),
            "set_value_s": median_s(
                lambda: doc.set_value(model.PilotMilestone, milestone, "note", "x")),
            "year1_pdf_s": median_s(lambda: report_pdf.render(year_1)),
            "year1_docx_s": median_s(lambda: report_docx.render(year_1)),
            "final_pdf_s": median_s(lambda: report_pdf.render(final)),
            "year1_pdf_pages": len(report_pdf.render(year_1).split(b"/Type /Page\n")) - 1,
        }
        doc.close()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
