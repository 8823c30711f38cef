"""How long 申报书.docx takes beside the PDF, and how large it is: medians on this machine.

    python3 benchmarks/docx_form.py

Prints one JSON object: for the base and center samples and a base with 200 more
members, the median seconds (over RUNS) of ``app.docx_form.render`` and of
``app.pdf.render`` from the same facts, and the .docx's size in bytes.
"""

import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RUNS = 3


def _median(render: Callable[..., object], *args: object) -> float:
    times = []
    for _run in range(RUNS):
        start = time.perf_counter()
        render(*args)
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 3)


def main() -> int:
    figures: dict[str, dict[str, float | int]] = {}
    with tempfile.TemporaryDirectory() as folder:
        os.environ["STO_APPLY_HOME"] = folder
        from app import docx_form, model, pdf
        from app.json_io import application_checksum
        from app.pdf import fonts
        from app.rules.facts import load_facts
        from app.samples import write_sample

        fonts.register()
        for name, org_type, extra in (("base", "base", 0), ("center", "center", 0),
                                      ("base+200", "base", 200)):
            doc = write_sample(org_type, Path(folder) / f"{name}.stoa")
            with doc.batch():
                for number in range(extra):
                    doc.add_row(model.Member, {"name": f"上海第{number}号零部件有限公司",
                                               "credit_code": "91310000MA1FL0000X", "kind": "企业",
                                               "contribution": "参与标准研制、试验验证和推广应用。"})
            facts, checksum = load_facts(doc, dt.date.today()), application_checksum(doc)
            doc.close()
            data = docx_form.render(facts, checksum)
            figures[name] = {"docx_s": _median(docx_form.render, facts, checksum),
                             "pdf_s": _median(pdf.render, facts, checksum),
                             "docx_bytes": len(data)}
    print(json.dumps({"docx_form": figures, "runs": RUNS}, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
