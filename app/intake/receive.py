"""Taking in what arrived: each e-mail, zip or unpacked folder copied into the register
folder, unpacked there safely, verified, and recorded as a ``Submission``.

The sources are only read (each file once, to copy it); everything after works on the
copy. An item already in the register (the same bytes) is skipped, so the mailbox's
folder can be taken in again after new mail came. Nothing is dropped without a word:
what is not a package is listed as from elsewhere, what is unsafe is refused saying why.
"""

import datetime as dt
import hashlib
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from app import limits
from app.call import Call, load_call
from app.exchange import safe_file_name
from app.intake import mail, record, unpack
from app.intake.record import FOREIGN, PACKAGE, REFUSED, Submission
from app.intake.summary import summarise, unit_key
from app.intake.verify import verify
from app.package import JSON_NAME, MANIFEST_NAME

Progress = Callable[[int, int, str], None]  # done, of, the item's name
SOURCE_FACTOR = 10  # a received file or folder above ten e-mails' worth is not read
MAX_DEPTH = 3  # folders inside the chosen folder that are looked into
SHANGHAI = dt.timezone(dt.timedelta(hours=8))
PIECE = 1024 * 1024


class Cancelled(Exception):
    """The user stopped the intake; what was taken in so far is recorded."""


@dataclass
class Outcome:
    added: list[Submission] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # already registered, named


def gather(sources: list[Path], register: Path | None = None) -> list[Path]:
    """The items in ``sources``: files, and folders that hold a package; other folders are
    looked into (a few levels). Links are items too (refused later, never followed)."""
    found: list[Path] = []

    def walk(path: Path, depth: int) -> None:
        if path.name.startswith(".") or (register is not None and _same(path, register)):
            return
        if path.is_symlink() or not path.is_dir() or _holds_package(path) or depth > MAX_DEPTH:
            found.append(path)
            return
        for child in sorted(path.iterdir()):
            walk(child, depth + 1)

    for source in sources:
        walk(Path(source), 0)
    return found


def _same(path: Path, other: Path) -> bool:
    try:
        return path.resolve() == other.resolve()
    except OSError:
        return False


def _holds_package(folder: Path) -> bool:
    return (folder / JSON_NAME).is_file() or (folder / MANIFEST_NAME).is_file()


def _hash_file(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        while piece := stream.read(PIECE):
            digest.update(piece)
    return digest.hexdigest()


def _hash_folder(folder: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()):
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        digest.update(_hash_file(path).encode("ascii"))
    return digest.hexdigest()


def _size(path: Path) -> int:
    if path.is_dir():
        return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return path.stat().st_size


def _when(path: Path) -> str:
    stamp = dt.datetime.fromtimestamp(path.stat().st_mtime, SHANGHAI)
    return stamp.isoformat(timespec="minutes")


def receive(sources: list[Path], register: Path, call: Call | None = None,
            progress: Progress | None = None,
            cancelled: Callable[[], bool] = lambda: False) -> Outcome:
    """Take ``sources`` into the register folder ``register``; the register is saved after
    each item, so a cancel or a crash keeps what was taken in."""
    call = call or load_call()
    register.mkdir(parents=True, exist_ok=True)
    submissions = record.load(register)
    known = {s.source_sha256 for s in submissions}
    items = gather(sources, register)
    outcome = Outcome()
    for done, item in enumerate(items):
        if cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, len(items), item.name)
        number = max((s.number for s in submissions), default=0) + 1
        new = _take(item, register, number, known, call)
        if new is None:
            outcome.skipped.append(item.name)
            continue
        for submission in new:
            known.add(submission.source_sha256)
        submissions += new
        outcome.added += new
        record.save(register, submissions)
    if progress is not None:
        progress(len(items), len(items), "")
    return outcome


def _refused(number: int, item: Path, digest: str, reason: str, received_on: str = "",
             size: int = 0) -> Submission:
    return Submission(number, item.name, digest, REFUSED, received_on, reason=reason, size=size)


def _take(item: Path, register: Path, number: int, known: set[str],
          call: Call) -> list[Submission] | None:
    """The submissions of one item (several for a mail with several zips), or None when
    it is already in the register."""
    shown = limits.excerpt(item.name, 60)
    if item.is_symlink():
        return [_refused(number, item, f"link:{item}", f"「{shown}」是链接（快捷方式），未跟随读取；"
                         "请选择它指向的文件本身。")]
    try:
        size = _size(item)
        received_on = _when(item)
        most = SOURCE_FACTOR * call.mail_limit_mb * limits.MEGABYTE
        if size > most:
            return [_refused(number, item, f"size:{item}:{size}",
                             f"「{shown}」有 {limits.megabytes(size)}，超过 {limits.megabytes(most)}，"
                             "不是一份申报材料，未读取。", received_on=received_on, size=size)]
        digest = _hash_folder(item) if item.is_dir() else _hash_file(item)
    except OSError as error:
        return [_refused(number, item, f"unreadable:{item}",
                         f"无法读取「{shown}」：{error.strerror}")]
    if digest in known:
        return None
    folder = register / record.ITEMS_FOLDER / f"{number:03d}"
    copy = register / record.RECEIVED_FOLDER / f"{number:03d}-{safe_file_name(item.name, 80)}"
    copy.parent.mkdir(parents=True, exist_ok=True)
    base = Submission(number, item.name, digest, FOREIGN, received_on,
                      copy=copy.relative_to(register).as_posix(), size=size)
    if item.is_dir():
        link = next((p for p in item.rglob("*") if p.is_symlink()), None)
        if link is not None:  # a link inside would have intake read what it points at
            return [_refused(number, item, digest, f"文件夹「{shown}」中的「{limits.excerpt(link.name, 60)}」"
                             "是链接（快捷方式），已拒收；请申报单位重新发送压缩包。", received_on, size)]
        shutil.copytree(item, folder / record.PACKAGE_FOLDER)
        base.copy = (folder / record.PACKAGE_FOLDER).relative_to(register).as_posix()
        return [_checked(base, folder / record.PACKAGE_FOLDER, register, call)]
    shutil.copyfile(item, copy)
    suffix = item.suffix.lower()
    if suffix == ".eml":
        return _from_mail(base, copy, register, call)
    if suffix == ".zip":
        base.zip_name = item.name
        return [_from_zip(base, copy, folder, register, call)]
    base.files = [[item.name, size]]
    base.reason = "不是压缩包或邮件，仅登记（名称、大小）。"
    return [base]


def _from_mail(base: Submission, copy: Path, register: Path, call: Call) -> list[Submission]:
    try:
        message = mail.read_mail(copy, call)
    except mail.MailRefused as error:
        base.kind, base.reason = REFUSED, str(error)
        return [base]
    base.mail_subject, base.mail_sender = message.subject, message.sender
    base.mail_mark = message.has_mark(call)
    if message.date is not None:
        base.received_on = message.date.astimezone(SHANGHAI).isoformat(timespec="minutes")
    zips = [a for a in message.attachments if a.is_zip]
    if not zips:
        base.files = [[a.name, len(a.data)] for a in message.attachments]
        base.reason = "邮件中没有压缩包" + ("，只有：" + "、".join(
            limits.excerpt(a.name, 40) for a in message.attachments) if message.attachments else "") + "。"
        return [base]
    out = []
    for offset, attachment in enumerate(zips):
        number = base.number + offset
        folder = register / record.ITEMS_FOLDER / f"{number:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        name = safe_file_name(PurePosixPath(attachment.name.replace("\\", "/")).name or "附件.zip", 80)
        target = folder / name
        target.write_bytes(attachment.data)
        one = Submission(**{**base.__dict__, "number": number, "zip_name": name,
                            "size": len(attachment.data),
                            "source_sha256": base.source_sha256 + (f"#{offset}" if offset else "")})
        out.append(_from_zip(one, target, folder, register, call))
    return out


def _from_zip(submission: Submission, path: Path, folder: Path, register: Path,
              call: Call) -> Submission:
    submission.zip_name = submission.zip_name or path.name
    try:
        entries = unpack.inspect(path, call, submission.zip_name)
    except unpack.ZipRefused as error:
        submission.kind, submission.reason = REFUSED, str(error)
        return submission
    submission.files = [[e.name, e.size] for e in entries]
    names = {e.name for e in entries}
    top = {e.name.split("/", 1)[0] for e in entries}
    prefix = ""
    if len(top) == 1 and not names & {JSON_NAME, MANIFEST_NAME}:
        prefix = f"{next(iter(top))}/"  # the package's folder zipped again
    if not names & {prefix + JSON_NAME, prefix + MANIFEST_NAME}:
        submission.reason = "不是本软件生成的申报材料压缩包（没有 application.json 和文件清单），仅登记其文件。"
        return submission
    try:
        unpack.extract(path, folder / record.PACKAGE_FOLDER, call, submission.zip_name)
    except unpack.ZipRefused as error:
        shutil.rmtree(folder / record.PACKAGE_FOLDER, ignore_errors=True)
        submission.kind, submission.reason = REFUSED, str(error)
        return submission
    return _checked(submission, folder / record.PACKAGE_FOLDER / prefix, register, call)


def _checked(submission: Submission, package: Path, register: Path, call: Call) -> Submission:
    """Verify the unpacked ``package`` against ``call`` and fill the submission from what
    was found."""
    received = dt.date.fromisoformat(submission.received_on[:10]) if submission.received_on else None
    verdict = verify(package, received, call)
    submission.kind = PACKAGE
    submission.checksum, submission.manifest_checksum = verdict.checksum, verdict.manifest_checksum
    submission.findings = [{"kind": f.kind, "message": f.message, "clause": f.clause, "file": f.file}
                           for f in verdict.findings]
    if not submission.files:
        submission.files = [[name, (package / name).stat().st_size] for name in verdict.files]
    submission.package = package.relative_to(register).as_posix()
    if verdict.data is not None:
        submission.summary = summarise(verdict.data)
        submission.unit = unit_key(verdict.data)
    return submission
