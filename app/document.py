"""An open application file and every edit made to it.

Each edit is its own committed transaction, so whatever the user has entered is on disk
the moment the call returns: there is no Save and nothing is ever unsaved. Edits return
what is needed to undo them; the UI's undo stack keeps those, the file does not.
"""

import datetime as dt
import hashlib
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy import Engine, func, insert, text
from sqlmodel import Session, SQLModel, select

from app import applicant_row, choices, model, normalise, snapshots, storage
from app.call import Call
from app.lock import EditLock
from app.tables import Table

T = TypeVar("T", bound=SQLModel)
# (table name, row id or None for the whole table, field name or None for the whole row)
Listener = Callable[[str, int | None, str | None], None]
# Step 2's facts beside the applicant's member row (align_applicant_row).
STEP_TWO_READ = text(
    "SELECT application.org_type, applicant.nature, applicant.role, member.kind,"
    " member.is_leading_enterprise FROM applicant JOIN application ON application.id = 1"
    " JOIN member ON member.id = applicant.member_id WHERE applicant.id = 1")


# Columns of the application's tables that belong to the file, not to what was submitted
# (exchange.HIDDEN_BY_TABLE): they stay writable once the application is approved.
FILE_COLUMNS = frozenset({("application", "file_id"), ("application", "document_script"),
                          ("application", "last_outputs"), ("application", "docx_in_package")})
LOCKED_NAMES = frozenset(str(table.__tablename__) for table in model.APPLICATION_TABLES)


class ApplicationLocked(ValueError):
    """An edit of the application after it was marked approved; ``str()`` says so."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            f"「{path.name}」中的申报书已标记为获批，保持申报时的内容，不能再修改。"
            f"试点执行情况请在“试点执行”各步中填写；若批准标记有误，可在“试点批准”中撤销后再改。")


@dataclass
class RemovedRow:
    """Everything needed to put a removed row back: its values and what pointed at it."""

    table: type[SQLModel]
    values: dict[str, Any]
    blob: bytes | None = None
    references: list[tuple[type[SQLModel], int, str]] = field(default_factory=list)


class ApplicationFile:
    """One open ``.stoa`` file. Reads return detached copies; writes commit at once."""

    ready = True  # (an ``app.opening.OpeningFile`` is not, until the ORM has loaded)

    def __init__(self, path: Path, engine: Engine, edit_lock: EditLock | None = None) -> None:
        self.path = Path(path)
        self._engine = engine
        self._lock = edit_lock
        self.read_only = edit_lock is None
        self._listeners: list[Listener] = []
        self._batch: Session | None = None
        self._open_snapshot_owed = False
        self._org_type: str | None = None  # see org_type
        self._approved: bool | None = None  # see is_approved

    @classmethod
    def create(cls, path: Path, org_type: str, call: Call | None = None) -> "ApplicationFile":
        """A new, empty application of ``org_type`` with the fixed rows already in place,
        answering ``call`` (by default the bundled one; ``app.call_store``). Raises
        ``CallNotOffered`` when the call takes no application of that type."""
        from app.call_store import bundled, check_offers

        if org_type not in choices.ORG_TYPES:
            raise ValueError(f"unknown organization type {org_type!r}")
        call = call or bundled()
        check_offers(call, org_type)
        path = Path(path)
        if path.exists():  # (create_file refuses it too; checked before taking the lock)
            raise storage.FileRefused(f"文件「{path}」已存在，不会覆盖。")
        path.parent.mkdir(parents=True, exist_ok=True)
        doc = cls._locked(path, storage.create_file)
        doc._fill_new(org_type, call)
        return doc

    @classmethod
    def open(cls, path: Path, read_only: bool = False,
             snapshot_later: bool = False) -> "ApplicationFile":
        """Open for editing, after a snapshot of the file as it was (``app.snapshots``).

        Raises ``FileInUse`` while another process edits the file; ``read_only`` opens it
        without writing anything (no lock, no snapshot, no upgrade). ``snapshot_later``
        leaves the snapshot to ``take_open_snapshot`` (the window takes it once it has
        shown the file); the first write takes it in any case, before it writes.
        """
        path = Path(path)
        if read_only:
            # (storage.examine, in open_file, has checked every cell and section)
            return cls(path, storage.open_file(path, read_only=True))
        version = storage.inspect_file(path)  # a refused file gets no lock file beside it
        doc = cls.take_over(path, storage.edit_lock(path), version)
        if not snapshot_later:
            doc.take_open_snapshot()
        return doc

    @classmethod
    def take_over(cls, path: Path, edit_lock: EditLock, version: int) -> "ApplicationFile":
        """Open ``path`` for editing under ``edit_lock``, once ``inspect_file`` gave ``version``.

        The snapshot of the file as it was is owed (``take_open_snapshot``). ``app.opening``
        calls this once the ORM has loaded, with the lock it took to show the file sooner.
        """
        try:
            doc = cls(path, storage.open_file(path, version=version), edit_lock)
        except BaseException:
            edit_lock.release()
            raise
        doc._open_snapshot_owed = True  # (inspect_file has checked every cell and section)
        doc.align_applicant_row()
        return doc

    @classmethod
    def _locked(cls, path: Path, connect: Callable[[Path], Engine]) -> "ApplicationFile":
        """``connect`` to ``path`` under this process's edit lock, released if it fails."""
        edit_lock = EditLock(path)
        try:
            return cls(path, connect(path), edit_lock)
        except BaseException:
            edit_lock.release()
            raise

    def take_open_snapshot(self) -> str:
        """The snapshot of the file as it was when opened, if it is still owed.

        Returns "" or, for a file too large to be snapshotted, a message for the user."""
        if self._open_snapshot_owed:
            self._open_snapshot_owed = False
            return snapshots.take_automatic(self.path, "open")
        return ""

    def finish(self) -> "ApplicationFile":
        """Itself: open for good already (``app.opening.OpeningFile.finish`` opens one)."""
        return self

    def snapshot(self, reason: str = "edit") -> str:
        """The snapshot taken while editing; "" or a message as ``take_open_snapshot``."""
        return snapshots.take_automatic(self.path, reason)

    def close(self) -> None:
        self._engine.dispose()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    def _fill_new(self, org_type: str, call: Call) -> None:
        pilot_months = call.pilot_months
        with self._session(write=True) as session:
            applicant = model.Member(position=0, is_applicant=True, role=choices.LEAD_ROLE)
            session.add(applicant)
            session.flush()
            session.add(model.Application(id=1, org_type=org_type, call_id=call.id,
                                          call_json=call.to_text()))
            session.add(model.Applicant(id=1, member_id=applicant.id, is_legal_person=True))
            for table in (model.Recommender, model.Foundation, model.Governance,
                          model.ResourcesInfo, model.Plan):
                session.add(table(id=1))
            position = 0
            for year in range(1, pilot_months // 12 + 1):
                for direction, categories in ((choices.FUNDING_SOURCE, choices.FUNDING_SOURCES),
                                              (choices.FUNDING_USE, choices.FUNDING_USES)):
                    for category in categories:
                        session.add(model.FundingLine(position=position, year=year,
                                                      direction=direction, category=category))
                        position += 1
            # 三(三): a yearly summary closes each pilot year.
            for index, month in enumerate(range(12, pilot_months + 1, 12)):
                session.add(model.Milestone(
                    position=index, start_month=month, end_month=month,
                    task=f"第{'一二三四五'[index]}{choices.ANNUAL_SUMMARY}",
                    deliverable=f"{choices.ANNUAL_SUMMARY}报告，报送市市场监管局和推荐单位",
                ))

    @contextmanager
    def _session(self, write: bool = False) -> Iterator[Session]:
        if write:
            self.take_open_snapshot()  # the file as it was, before its first change
            self._org_type = None
            self._approved = None
        if self._batch is not None:
            yield self._batch
            self._batch.flush()
            return
        with Session(self._engine, expire_on_commit=False) as session:
            yield session
            session.commit()

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Many edits as one transaction: all or nothing, and one sync to disk, not hundreds."""
        self.take_open_snapshot()
        self._org_type = None
        self._approved = None
        with Session(self._engine, expire_on_commit=False) as session:
            self._batch = session
            try:
                yield
                session.commit()
            finally:
                self._batch = None

    def add_listener(self, listener: Listener) -> None:
        """Be told ``(table, row_id, field)`` after every change; None means "all of them"."""
        self._listeners.append(listener)

    def _changed(self, table: type[SQLModel], row_id: int | None, name: str | None = None) -> None:
        for listener in self._listeners:
            listener(str(table.__tablename__), row_id, name)

    # Reading

    @property
    def org_type(self) -> str:
        """The application's type, read once and again after any write (pages ask often)."""
        if self._org_type is None:
            self._org_type = self.section(model.Application).org_type
        return self._org_type

    def is_approved(self) -> bool:
        """True once the unit marked the application approved (``app.pilot.approval``):
        then its tables are read-only, kept as submitted."""
        if self._approved is None:
            with self._session() as session:
                record = session.get(model.PilotRecord, 1)
            self._approved = bool(record is not None and record.approved_on)
        return self._approved

    def _refuse_if_locked(self, table: type[SQLModel], name: str | None = None) -> None:
        """Approval keeps the application as submitted: every edit API refuses to change it."""
        table_name = str(table.__tablename__)
        if table_name in LOCKED_NAMES and (table_name, name) not in FILE_COLUMNS \
                and self.is_approved():
            raise ApplicationLocked(self.path)

    @property
    def is_base(self) -> bool:
        return self.org_type == choices.BASE

    def section(self, table: type[T] | Table) -> T:
        table = model.orm(table)
        with self._session() as session:
            row = session.get(table, 1)
        if row is None:
            raise storage.FileRefused(f"申报文件「{self.path.name}」缺少必要内容，可能已损坏。")
        return row

    def rows(self, table: type[T] | Table) -> list[T]:
        table = model.orm(table)
        with self._session() as session:
            return list(session.exec(select(table).order_by(table.position, table.id)))  # type: ignore[attr-defined]

    def row(self, table: type[T] | Table, row_id: int) -> T | None:
        table = model.orm(table)
        with self._session() as session:
            return session.get(table, row_id)

    def applicant_member(self) -> model.Member:
        member_id = self.section(model.Applicant).member_id
        member = self.row(model.Member, member_id) if member_id is not None else None
        if member is None:
            raise storage.FileRefused(f"申报文件「{self.path.name}」缺少申报单位，可能已损坏。")
        return member

    def attachment_data(self, attachment_id: int) -> bytes:
        with self._session() as session:
            blob = session.get(model.AttachmentBlob, attachment_id)
        return blob.data if blob is not None else b""

    # Writing

    def set_value(self, table: type[SQLModel] | Table, row_id: int, name: str, value: Any) -> Any:
        """Set one field; returns the previous value (for undo). A code is stored
        normalised (``app.normalise``), whoever writes it."""
        table = model.orm(table)
        if name not in table.model_fields or name in ("id", "position"):
            raise KeyError(f"{table.__name__}.{name}")
        self._refuse_if_locked(table, name)
        value = normalise.value(str(table.__tablename__), name, value)
        with self._session(write=True) as session:
            row = session.get(table, row_id)
            if row is None:
                raise KeyError(f"{table.__name__} #{row_id}")
            old = getattr(row, name)
            setattr(row, name, value)
            session.add(row)
            follower = (self._follow_step_two(session)
                        if applicant_row.follows(str(table.__tablename__), name) else None)
        self._changed(table, row_id, name)
        if follower is not None:
            self._changed(model.Member, follower)
        return old

    def align_applicant_row(self) -> None:
        """A file made before row 1 followed step 2 may disagree with it: step 2 wins.

        Written once, on opening for editing (after the snapshot of the file as it was),
        not as an undo step; a file that agrees is only read, in one query (opening is
        timed). A file that cannot take the write now opens as it is (its first edit will
        say why; the next opening aligns it)."""
        from app.pending import write_errors

        with self._engine.connect() as connection:
            found = connection.execute(STEP_TWO_READ).first()
        if found is None:
            return
        org_type, nature, role, kind, leading = (str(found[0]), str(found[1]), str(found[2]),
                                                 found[3], bool(found[4]))
        if applicant_row.member_values(org_type, nature, role) == {
                "kind": kind, "is_leading_enterprise": leading} or self.is_approved():
            return  # (an approved application stays as it was submitted)
        try:
            with self._session(write=True) as session:
                member_id = self._follow_step_two(session)
        except write_errors():
            return
        self._changed(model.Member, member_id)

    def _follow_step_two(self, session: Session) -> int | None:
        """Write the applicant's member row from step 2 (``app.applicant_row``), in the
        caller's transaction; the row's id if that changed it."""
        application = session.get(model.Application, 1)
        applicant = session.get(model.Applicant, 1)
        if application is None or applicant is None or applicant.member_id is None:
            return None
        member = session.get(model.Member, applicant.member_id)
        values = applicant_row.member_values(application.org_type, applicant.nature,
                                             applicant.role)
        if member is None or all(getattr(member, k) == v for k, v in values.items()):
            return None
        for name, value in values.items():
            setattr(member, name, value)
        session.add(member)
        return member.id

    def add_row(self, table: type[T] | Table, values: dict[str, Any] | None = None,
                index: int | None = None) -> int:
        """Insert a row at ``index`` (default: at the end); returns its id."""
        table = model.orm(table)
        self._refuse_if_locked(table)
        with self._session(write=True) as session:
            rows = list(session.exec(select(table).order_by(table.position, table.id)))  # type: ignore[attr-defined]
            new = table(**normalise.row(str(table.__tablename__), values or {}))
            index = len(rows) if index is None else max(0, min(index, len(rows)))
            rows.insert(index, new)
            for position, row in enumerate(rows):
                row.position = position  # type: ignore[attr-defined]
                session.add(row)
            session.flush()
            new_id = new.id  # type: ignore[attr-defined]
        self._changed(table, None)
        return new_id

    def add_attachment(self, kind: str, name: str, data: bytes,
                       member_id: int | None = None) -> int:
        attachment_id = self.add_row(model.Attachment, {
            "kind": kind, "name": name, "size": len(data), "member_id": member_id,
            "sha256": hashlib.sha256(data).hexdigest(),
        })
        with self._session(write=True) as session:
            session.add(model.AttachmentBlob(attachment_id=attachment_id, data=data))
        return attachment_id

    def add_pilot_file(self, result_id: int | None, name: str, data: bytes) -> int:
        """A file (a photo, a published text) kept with a pilot result; its id."""
        file_id = self.add_row(model.PilotFile, {
            "result_id": result_id, "name": name, "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest()})
        with self._session(write=True) as session:
            session.add(model.PilotFileBlob(pilotfile_id=file_id, data=data))
        return file_id

    def pilot_file_data(self, file_id: int) -> bytes:
        with self._session() as session:
            blob = session.get(model.PilotFileBlob, file_id)
        return blob.data if blob is not None else b""

    def remove_row(self, table: type[SQLModel] | Table, row_id: int) -> RemovedRow:
        """Delete a row; references to a removed member are cleared, and remembered."""
        table = model.orm(table)
        self._refuse_if_locked(table)
        with self._session(write=True) as session:
            row = session.get(table, row_id)
            if row is None:
                raise KeyError(f"{table.__name__} #{row_id}")
            if isinstance(row, model.Member) and row.is_applicant:
                raise ValueError("the applicant cannot be removed from the member list")
            removed = RemovedRow(table, row.model_dump())
            if table is model.Member:
                for referring in (*model.SECTION_TABLES, *model.LIST_TABLES):
                    for column in model.member_reference_fields(referring):
                        statement = select(referring).where(getattr(referring, column) == row_id)
                        for other in session.exec(statement):
                            removed.references.append((referring, other.id, column))  # type: ignore[attr-defined]
                            setattr(other, column, None)
                            session.add(other)
            if table in (model.Attachment, model.PilotFile):
                blob = (session.get(model.AttachmentBlob, row_id) if table is model.Attachment
                        else session.get(model.PilotFileBlob, row_id))
                if blob is not None:
                    removed.blob = blob.data
                    session.delete(blob)
            session.flush()
            session.delete(row)
        self._changed(table, None)
        return removed

    def restore_row(self, removed: RemovedRow) -> None:
        """Undo ``remove_row``: the row comes back at its place with its references."""
        self._refuse_if_locked(removed.table)
        with self._session(write=True) as session:
            table = removed.table
            position = removed.values.get("position", 0)
            for row in session.exec(select(table).where(table.position >= position)):  # type: ignore[attr-defined]
                row.position += 1  # type: ignore[attr-defined]
                session.add(row)
            session.add(table(**removed.values))
            session.flush()
            if removed.blob is not None and table is model.PilotFile:
                session.add(model.PilotFileBlob(pilotfile_id=removed.values["id"],
                                                data=removed.blob))
            elif removed.blob is not None:
                session.add(model.AttachmentBlob(attachment_id=removed.values["id"],
                                                 data=removed.blob))
            for referring, other_id, column in removed.references:
                other = session.get(referring, other_id)
                if other is not None:
                    setattr(other, column, removed.values["id"])
                    session.add(other)
        self._changed(removed.table, None)

    def move_row(self, table: type[SQLModel] | Table, row_id: int, new_index: int) -> int:
        """Move a row to ``new_index`` in its list; returns its previous index."""
        table = model.orm(table)
        self._refuse_if_locked(table)
        with self._session(write=True) as session:
            rows = list(session.exec(select(table).order_by(table.position, table.id)))  # type: ignore[attr-defined]
            old_index = next(i for i, row in enumerate(rows) if row.id == row_id)  # type: ignore[attr-defined]
            row = rows.pop(old_index)
            rows.insert(max(0, min(new_index, len(rows))), row)
            for position, each in enumerate(rows):
                each.position = position  # type: ignore[attr-defined]
                session.add(each)
        self._changed(table, None)
        return old_index

    def count(self, table: type[SQLModel] | Table) -> int:
        table = model.orm(table)
        with self._session() as session:
            return session.exec(select(func.count()).select_from(table)).one()

    def touch_fill_date(self) -> None:
        """Give a new application today's date as its 填报日期 if it has none."""
        if not self.section(model.Application).fill_date and not self.is_approved():
            self.set_value(model.Application, 1, "fill_date", dt.date.today().isoformat())

    def append_rows(self, table: type[SQLModel] | Table,
                    rows: Sequence[dict[str, Any]]) -> list[int]:
        """Add ``rows`` at the end of ``table``'s list, in order; returns their ids.

        ``add_row`` renumbers the whole list at every insert, which made importing
        thousands of rows take minutes; this reads the list's end once (import-json).
        """
        table = model.orm(table)
        if not rows:
            return []
        self._refuse_if_locked(table)
        with self._session(write=True) as session:
            last = session.exec(select(func.max(table.position))).one()  # type: ignore[attr-defined]
            start = 0 if last is None else last + 1
            # One INSERT of many rows, ids returned in order: building ORM objects
            # row by row cost more than the writing.
            statement = insert(table).returning(
                table.id, sort_by_parameter_order=True)  # type: ignore[attr-defined]
            ids = list(session.scalars(statement, [
                {**normalise.row(str(table.__tablename__), values), "position": start + n}
                for n, values in enumerate(rows)]))
        self._changed(table, None)
        return ids

    def append_attachment(self, kind: str, name: str, data: bytes, sha256: str,
                          member_id: int | None = None) -> int:
        """An attachment at the end of the list whose hash the caller computed while
        reading it; its bytes leave the session once written, so that importing many
        large attachments in one transaction does not hold them all in memory."""
        self._refuse_if_locked(model.Attachment)
        with self._session(write=True) as session:
            last = session.exec(select(func.max(model.Attachment.position))).one()
            row = model.Attachment(position=0 if last is None else last + 1, kind=kind, name=name,
                                   size=len(data), member_id=member_id, sha256=sha256)
            session.add(row)
            session.flush()
            blob = model.AttachmentBlob(attachment_id=row.id or 0, data=data)
            session.add(blob)
            session.flush()
            session.expunge(blob)
            attachment_id = row.id or 0
        self._changed(model.Attachment, None)
        return attachment_id

    def copy_to(self, target: Path) -> None:
        """A consistent copy of the file into ``target`` (backup API), read through this
        file's own open connection: it still reads the file when its name is gone (moved
        or deleted under the window), where opening it anew could not (``app.pending``)."""
        connection = self._engine.raw_connection()
        try:
            source = connection.driver_connection
            assert isinstance(source, sqlite3.Connection)
            snapshots.backup(source, target)
        finally:
            connection.close()
