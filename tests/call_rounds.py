"""A later round of the call, as a bureau would publish it: for the tests of issue 24."""

import datetime as dt
import json
from pathlib import Path
from typing import Any

ROUND_2026: dict[str, Any] = {
    "format": "sto-apply/call", "format_version": 1,
    "id": "shanghai-2026",
    "issuer": "上海市市场监督管理局",
    "number": "沪市监标创20261102号",
    "title": "上海市关于开展2026年度新型标准化技术组织建设试点工作的通知",
    "issued": "2026-11-02",
    "deadline": "2026-12-20",
    "form_title": "上海市新型标准化技术组织创建申报书",
    "form_version": "2021",
    "pilot_types": ["base", "center"],
    "pilot_years": 2,
    "paper_copies": 3,
    "postal_address": "上海市黄浦区南京西路100号 标准化处1201室",
    "postcode": "200003",
    "office": "标准化处",
    "contact_name": "李明",
    "contact_phone": "63210000 转 1201",
    "email": "std2026@scjgj.sh.gov.cn",
    "subject_mark": "2026年新型标准化技术组织试点申报",
    "mail_limit_mb": 30,
    "attachment_limit_mb": 25,
}
BEFORE_DEADLINE = dt.date(2026, 12, 1)
AFTER_DEADLINE = dt.date(2026, 12, 21)


def write_call(path: Path, **changes: Any) -> Path:
    """The 2026 round's call file at ``path``, with ``changes`` (a key set to None is left out)."""
    data = {**ROUND_2026, **changes}
    data = {key: value for key, value in data.items() if value is not None}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    return path
