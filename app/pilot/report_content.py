"""The pilot's reports as a few kinds of blocks, laid out twice: as PDF
(``app.pilot.report_pdf``) and as .docx (``app.pilot.report_docx``).

A report says what it holds once; neither layout decides content. (Helper 21's content
model for the 申报书 follows the same idea; the two can be merged into one.)
"""

import hashlib
import json
from dataclasses import asdict, dataclass, is_dataclass

from app.pilot.charts import Chart


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Para:
    """A paragraph; ``typed`` is the unit's own text (printed as typed, never converted)."""

    text: str
    typed: bool = False


@dataclass(frozen=True)
class Fields:
    """Label–value pairs in a two-column box (the report's particulars)."""

    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Grid:
    """A table; ``widths`` are relative; ``right`` columns hold figures; ``totals`` last rows
    are sums and set in bold."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[int, ...]
    right: tuple[int, ...] = ()
    totals: int = 0


@dataclass(frozen=True)
class Figure:
    """A chart, ``height_mm`` high across the text width (the docx shows its table instead)."""

    chart: Chart
    height_mm: float


@dataclass(frozen=True)
class Signatures:
    """The stamp and signature spaces, as on the application's declaration page."""

    unit: str


@dataclass(frozen=True)
class NewPage:
    pass


Block = Heading | Para | Fields | Grid | Figure | Signatures | NewPage


@dataclass(frozen=True)
class Report:
    kind: str  # "1", "2", "stage" or "final"
    title: str
    unit: str
    blocks: tuple[Block, ...]
    application_checksum: str  # the approved application's, as printed on its pages
    file_stem: str  # the output files' name without extension

    @property
    def checksum(self) -> str:
        """This report's own: the same figures and words give the same code."""
        return content_checksum(self.blocks)


def _plain(value: object) -> object:
    if is_dataclass(value) and not isinstance(value, type):
        return {"type": type(value).__name__, **{k: _plain(v) for k, v in asdict(value).items()}}
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    return value


def content_checksum(blocks: tuple[Block, ...]) -> str:
    text = json.dumps(_plain(blocks), ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:12]


def plain_text(report: Report) -> str:
    """Every word of the report, in order (what a reader of either layout should find)."""
    lines = [report.title]
    for block in report.blocks:
        if isinstance(block, Heading | Para):
            lines.append(block.text)
        elif isinstance(block, Fields):
            lines += [f"{label}\t{value}" for label, value in block.pairs]
        elif isinstance(block, Grid):
            lines += ["\t".join(row) for row in (block.headers, *block.rows)]
    return "\n".join(lines)
