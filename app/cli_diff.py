"""``diff A B [--json]``: what changed from version A to version B, on the command line.

``--pdf FILE`` also writes the printed change list (``app.pdf.changes``). Either side is
an application file, a snapshot of one, an exported JSON folder or its
``application.json`` (``app.compare_source``). Exit 0 when the contents are equal, 1
when they differ, 2 when a side cannot be read (the reason on stderr, in Chinese).
"""

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from app import compare
from app.hant import DOCUMENT_LANGUAGES, SIMPLIFIED
from app.steps import STEPS

EXIT_EQUAL, EXIT_DIFFERENT, EXIT_REFUSED = 0, 1, 2


def add_parser(commands: Any) -> None:
    sub = commands.add_parser(
        "diff", help="比较两个版本的申报内容（申报文件、快照或导出的数据文件夹）；相同时退出码为 0，不同时为 1")
    sub.add_argument("old", type=Path, help="旧版本：申报文件（.stoa）、快照或导出的数据文件夹")
    sub.add_argument("new", type=Path, help="新版本：同上")
    sub.add_argument("--json", action="store_true",
                     help="以 JSON 输出（section：数据中的部分，index：新版本中的行号，从 0 起）")
    sub.add_argument("--pdf", type=Path, metavar="FILE",
                     help="同时把修改清单（自上次版本以来的修改，含两个版本的校验码）写成 PDF")
    sub.add_argument("--lang", choices=DOCUMENT_LANGUAGES, default=SIMPLIFIED,
                     help="修改清单的文字：zh_CN 简体（默认），zh_TW 繁体；填写内容保持原样")


def run(args: argparse.Namespace) -> int:
    from app.compare_source import VersionRefused, compare_versions, load

    try:
        old, new = load(args.old), load(args.new)
    except VersionRefused as error:
        print(f"错误：{error}", file=sys.stderr)
        return EXIT_REFUSED
    result = compare_versions(old, new)
    if args.pdf is not None:
        from app.files import write_atomically
        from app.pdf.changes import Side, render_changes

        org_name = str((new.data.get("application") or {}).get("org_name") or "")
        write_atomically(args.pdf, render_changes(result, Side(old.label, old.checksum),
                                                  Side(new.label, new.checksum), org_name,
                                                  args.lang))
    if args.json:
        print(json.dumps(as_json(result, old.checksum, new.checksum), ensure_ascii=False,
                         indent=2, default=str))
    else:
        print(f"旧版本：{old.label}（校验码 {old.checksum}）")
        print(f"新版本：{new.label}（校验码 {new.checksum}）")
        if not result:
            print("内容相同，没有修改。")
        titles = {step.key: step.title for step in STEPS}
        for step, changes in result.by_step().items():
            print(f"\n{titles.get(step, step)}（{len(changes)} 处）")
            for change in changes:
                print(f"  {compare.describe(change, org_type=result.org_type)}")
    if args.pdf is not None and not args.json:
        print(f"\n修改清单已写入：{args.pdf}")
    return EXIT_DIFFERENT if result else EXIT_EQUAL


def as_json(result: compare.Comparison, old_checksum: str, new_checksum: str) -> dict[str, Any]:
    """The comparison as data: the checksums, counts per step and each change."""
    return {
        "old_checksum": old_checksum, "new_checksum": new_checksum, "equal": not result,
        "counts": result.counts(),
        "changes": [{"kind": c.kind, "section": c.section, "index": c.index,
                     "old_index": c.old_index, "field": c.field, "old": c.old, "new": c.new,
                     "step": compare.step_of(c), "text": compare.describe(c, org_type=result.org_type)}
                    for c in result.changes],
    }
