"""自上次版本以来的修改: the printable change list, for the recommender and the stamp.

The district read a printed draft; before it signs the final one it wants to see what
changed, not reread 30 pages. The list names both versions with their checksums (the
ones in the forms' footers, so each paper is tied to its version), counts the changes
per step, and gives each change as one line; a long text's changed sentences follow
with the removed words struck through and the added ones underlined. Fixed texts in
the document's script (``app.hant``), what the user typed as typed.
"""

import io
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate, Spacer

from app import compare
from app.hant import SIMPLIFIED, fixed, writing_in
from app.pdf import MARGINS, build, fonts, numbered_canvas
from app.pdf.form import FRAME_WIDTH, make_style, para, table, within_limit
from app.pdf.wrap import ChineseParagraph
from app.steps import STEPS, step_title
from app.text_diff import ADDED, REMOVED, Piece, changed_sentences

TITLE = make_style("changesTitle", fonts.HEI, 18, 28, alignment=1, spaceAfter=4)
SUBTITLE = make_style("changesSubtitle", fonts.SERIF, 11, 18, alignment=1, spaceAfter=8)
HEADING = make_style("changesHeading", fonts.HEI, 12, 20, spaceBefore=10, spaceAfter=4)
CELL = make_style("changesCell", fonts.SERIF, 9.5, 14)
LABEL = make_style("changesLabel", fonts.HEI, 9.5, 14)
SENTENCE = make_style("changesSentence", fonts.SERIF, 9, 14, leftIndent=8)
GRID = colors.HexColor("#606060")
REMOVED_COLOUR = "#8a1c1c"
ADDED_COLOUR = "#0b5a2a"
NUMERALS = "一二三四五六七八九十"
SENTENCES_SHOWN = 6  # of one long text; the rest counted


@dataclass(frozen=True)
class Side:
    """One version as the list names it."""

    label: str
    checksum: str


def render_changes(result: compare.Comparison, old: Side, new: Side, org_name: str = "",
                   language: str = SIMPLIFIED, check: Callable[[], None] | None = None) -> bytes:
    """The change list as PDF bytes, its fixed texts in ``language``."""
    fonts.register()
    with writing_in(language):
        story = _story(result, old, new, org_name)
        out = io.BytesIO()
        template = SimpleDocTemplate(
            out, pagesize=A4, title=fixed("自上次版本以来的修改"), author=org_name,
            subject=f"{old.checksum} → {new.checksum}", creator=fixed("新型标准化技术组织申报助手"),
            invariant=1, initialFontName=fonts.SERIF, **MARGINS)
        build(template, story, check,
              canvasmaker=numbered_canvas(f"{old.checksum} → {new.checksum}"))
    return out.getvalue()


def _story(result: compare.Comparison, old: Side, new: Side, org_name: str) -> list[object]:
    story: list[object] = [para("自上次版本以来的修改", TITLE)]
    if org_name:
        story.append(para(org_name, SUBTITLE, typed=True))
    counts = result.counts()
    titles = {step.key: fixed(step_title(step, result.org_type)) for step in STEPS}
    summary = "；".join(fixed("{step} {n} 处").format(step=titles.get(k, k), n=n)
                       for k, n in counts.items()) or fixed("内容相同，没有修改")
    total = fixed("共 {n} 处：").format(n=len(result)) + summary
    rows: list[list[object]] = [
        [para("上次版本", LABEL), para(old.label, CELL, typed=True), para("校验码", LABEL),
         para(old.checksum, CELL, typed=True)],
        [para("本版本", LABEL), para(new.label, CELL, typed=True), para("校验码", LABEL),
         para(new.checksum, CELL, typed=True)],
        [para("修改", LABEL), para(total, CELL, typed=True), "", ""]]
    story.append(table(rows, [22 * mm, FRAME_WIDTH - 68 * mm, 16 * mm, 30 * mm], [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (1, 2), (3, 2))]))
    for number, (step, changes) in enumerate(result.by_step().items()):
        numeral = NUMERALS[number] if number < len(NUMERALS) else str(number + 1)
        story.append(para(f"{numeral}、{titles.get(step, step)}（" +
                          fixed("{n} 处").format(n=len(changes)) + "）", HEADING, typed=True))
        story.append(_changes_table(changes, result.org_type))
    story.append(Spacer(1, 6 * mm))
    story.append(para("核对人：______________　　日期：______________", CELL))
    return story


def _changes_table(changes: list[compare.Change], org_type: str) -> object:
    rows: list[list[object]] = []
    for n, change in enumerate(changes, start=1):
        cell: list[object] = [para(compare.describe_here(change, org_type), CELL, typed=True)]
        if compare.is_long_text(change.section, change.field):
            cell += _sentences(str(change.old or ""), str(change.new or ""))
        rows.append([para(str(n), CELL, typed=True), cell])
    return table(rows, [10 * mm, FRAME_WIDTH - 10 * mm], [
        ("GRID", (0, 0), (-1, -1), 0.4, GRID), ("VALIGN", (0, 0), (-1, -1), "TOP")])


def _sentences(old: str, new: str) -> list[object]:
    """Each changed sentence, removed words struck through, added words underlined."""
    found = changed_sentences(within_limit(old), within_limit(new))
    out: list[object] = []
    for sentence in found[:SENTENCES_SHOWN]:
        out.append(ChineseParagraph(_marked(sentence.pieces), SENTENCE))
    if len(found) > SENTENCES_SHOWN:
        out.append(para(fixed("另有 {n} 句修改，请在程序中查看。").format(
            n=len(found) - SENTENCES_SHOWN), SENTENCE, typed=True))
    return out


def _marked(pieces: tuple[Piece, ...]) -> str:
    parts = ["— "]
    for piece in pieces:
        text = fonts.markup(piece.text)
        if piece.kind == REMOVED:
            parts.append(f'<font color="{REMOVED_COLOUR}"><strike>{text}</strike></font>')
        elif piece.kind == ADDED:
            parts.append(f'<font color="{ADDED_COLOUR}"><u>{text}</u></font>')
        else:
            parts.append(text)
    return "".join(parts) if len(parts) > 1 else escape("")
