"""Lists edited like a spreadsheet (issue 17): a cell edit and a pasted block, timed.

Prints JSON: ``cell_edit_p50_ms`` / ``cell_edit_p95_ms`` (one cell of the members table
of the large application, 200 rows, set through the table's model: written, redrawn,
the view keeping its current cell), ``paste_200_rows_ms`` (a 200-row, 9-column block as
Excel puts it on the clipboard pasted below them, one undo step) and ``undo_paste_ms``.
``benchmarks/run.py`` can run this file and read its last line.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

ROWS = 200
EDITS = 50


def main() -> int:
    from app import choices, model, paste, paths
    from app.samples import write_sample

    from ui.edits import EditSession
    from ui.list_editor import ListEditor
    from ui.list_model import Column
    from ui.main import make_application
    from ui.pages.members import applicant_locked

    with tempfile.TemporaryDirectory() as folder:
        os.environ[paths.HOME_ENV] = str(Path(folder) / "home")
        app = make_application(offscreen=True)
        doc = write_sample("base", Path(folder) / "a.stoa")
        try:
            session = EditSession(doc)
            doc.append_rows(model.Member, [{"name": f"上海第{number}号零部件有限公司"}
                                           for number in range(ROWS - len(doc.rows(model.Member)))])
            columns = [Column("name", "单位名称", width=220, stretch=True),
                       Column("credit_code", "统一社会信用代码", width=165),
                       Column("kind", "单位类型", "choice", choices.MEMBER_KINDS, 100),
                       Column("is_leading_enterprise", "龙头企业", "bool", width=64),
                       Column("chain_position", "产业链位置", "choice", choices.CHAIN_POSITIONS, 80),
                       Column("role", "角色", "choice", choices.MEMBER_ROLES, 150),
                       Column("contact_name", "联系人", width=70),
                       Column("contact_phone", "联系电话", width=120),
                       Column("contribution", "参与内容和作用", width=130, long=True)]
            editor = ListEditor(session, model.Member, columns, locked=applicant_locked,
                                pinned=lambda row: row.is_applicant)
            editor.resize(1100, 700)
            editor.show()
            app.processEvents()
            edits = []
            for number in range(EDITS):
                index = editor.rows.index(5 + number % 50, 6)
                editor.view.setCurrentIndex(index)
                started = time.perf_counter()
                editor.rows.setData(index, f"联系人{number}")
                app.processEvents()
                edits.append(1000 * (time.perf_counter() - started))
            edits.sort()
            block = paste.join_block([[f"上海粘贴{n}有限公司", f"91310000MA1FL{n:05d}", "企业", "是", "上游",
                                       "成员单位", "张三", "13912345670", "第一行\n第二行"]
                                      for n in range(ROWS)])
            last = len(editor.rows.rows)
            editor.view.clearSelection()
            editor.view.setCurrentIndex(editor.rows.index(last - 1, 0))  # overwrites it, adds 199
            started = time.perf_counter()
            editor.paste_text(block)
            app.processEvents()
            paste_ms = 1000 * (time.perf_counter() - started)
            assert len(editor.rows.rows) == last + ROWS - 1
            started = time.perf_counter()
            session.undo()
            app.processEvents()
            undo_ms = 1000 * (time.perf_counter() - started)
            print(json.dumps({
                "cell_edit_p50_ms": round(statistics.median(edits), 2),
                "cell_edit_p95_ms": round(edits[int(len(edits) * 0.95)], 2),
                "paste_200_rows_ms": round(paste_ms, 1),
                "undo_paste_ms": round(undo_ms, 1)}))
        finally:
            doc.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
