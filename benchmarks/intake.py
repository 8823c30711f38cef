"""Intake of a round's worth of packages: ``--count`` applications (default 100) each
with ``--mb`` MB of attachments (default 15), half of them inside e-mails. Prints JSON:
seconds for the intake (copy, unpack, hash, schema, rules, register), per application,
and the intake process's peak memory.

The packages are written as the export writes them (``app.package``: the same zip,
manifest and checksum), from the samples varied, with one form PDF rendered once:
rendering 100 forms would time the PDF, not intake. Intake runs in a child process so
its peak memory is its own. ``python3 benchmarks/intake.py [--count N] [--mb M]``.
"""

import argparse
import hashlib
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))


def make_packages(folder: Path, count: int, megabytes: int) -> None:
    import datetime as dt

    import intake_corpus as corpus

    from app import choices, package
    from app.call import load_call
    from app.json_io import canonical_json, checksum_of

    call = load_call()
    form = b"%PDF-1.4\n" + os.urandom(300 * 1024)  # stands for the rendered form
    for number in range(count):
        data = corpus.vary(choices.BASE if number % 2 == 0 else choices.CENTER, number)
        payload = os.urandom(megabytes * 1024 * 1024)  # a scan: does not compress

        data["attachments"] = [{"kind": choices.ATTACHMENT_KINDS[0], "member": None,
                                "name": "营业执照扫描件.pdf", "size": len(payload),
                                "sha256": hashlib.sha256(payload).hexdigest(),
                                "file": "附件/01-营业执照或法人证书-营业执照扫描件.pdf"}]
        checksum = checksum_of(data)
        json_bytes = canonical_json(data).encode("utf-8")
        rows = [package.describe("申报书.pdf", form), package.describe("application.json", json_bytes),
                ("附件/01-营业执照或法人证书-营业执照扫描件.pdf", len(payload), data["attachments"][0]["sha256"])]
        listing = package.manifest(rows, checksum, f"{call.subject_mark}：{data['members'][0]['name']}")
        target = folder / f"{package.package_name(call, data['members'][0]['name'])}.zip"
        contents = [("申报书.pdf", form), ("application.json", json_bytes), (rows[2][0], payload),
                    ("文件清单.txt", listing)]
        package.write_zip(target, [(name, lambda piece=piece: [piece]) for name, piece in contents])
        if number % 2:
            corpus.mail(target, folder / f"邮件{number:03d}.eml", f"单位{number} <u{number}@example.com>",
                        dt.datetime(2021, 10, 1, 9, 0, tzinfo=dt.UTC))
            target.unlink()


def child(inbox: str, register: str) -> None:
    from app.intake.receive import receive
    from app.intake.record import load
    from app.intake.register import units

    started = time.perf_counter()
    receive([Path(inbox)], Path(register))
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "units": len(units(load(Path(register))))}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=100)
    parser.add_argument("--mb", type=int, default=15)
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    with tempfile.TemporaryDirectory(prefix="intake-bench-") as folder:
        inbox, register = Path(folder) / "inbox", Path(folder) / "register"
        inbox.mkdir()
        made = time.perf_counter()
        make_packages(inbox, args.count, args.mb)
        made = time.perf_counter() - made
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        result = subprocess.run([sys.executable, __file__, "--child", str(inbox), str(register)],
                                capture_output=True, text=True, check=True, env=env)
        figures = json.loads(result.stdout)
    figures.update(count=args.count, attachment_mb=args.mb, packages_made_seconds=round(made, 1),
                   per_application_seconds=figures["seconds"] / args.count,
                   seconds=round(figures["seconds"], 2), peak_mb=round(figures["peak_mb"], 1))
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
