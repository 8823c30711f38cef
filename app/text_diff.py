"""What changed in a long text: the sentences changed, with the changed words marked.

A plan's text is rewritten a sentence at a time; showing the whole old and new texts
hides the one changed figure in 3,000 characters. The texts are split into sentences
(after 。！？；, a line break, or . ! ? followed by a space), the sentences matched
(difflib), and inside a rewritten sentence the characters are matched again, so the
marked runs are the words that changed. Chinese has no spaces: a character is the
unit, and runs of neighbouring changed characters are merged into one mark.
"""

import difflib
import re
from dataclasses import dataclass

SAME, REMOVED, ADDED = "same", "removed", "added"
# A sentence ends after its closing punctuation (and any closing quote or bracket).
_SENTENCE_END = re.compile(r"(?<=[。！？；!?;])[”’」』）)]*|\n+|(?<=[.])\s+")


@dataclass(frozen=True)
class Piece:
    """A run of text: ``kind`` SAME, REMOVED (only in the old) or ADDED (only in the new)."""

    kind: str
    text: str


@dataclass(frozen=True)
class SentenceChange:
    """One sentence changed: ``old`` "" when added, ``new`` "" when removed; ``pieces``
    the old and new sentence interleaved with the changed words marked."""

    old: str
    new: str
    pieces: tuple[Piece, ...]


def sentences(text: str) -> list[str]:
    """``text`` in sentences, each with its closing punctuation, blanks trimmed."""
    out, start = [], 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if end > start:
            out.append(text[start:end])
            start = end
    out.append(text[start:])
    return [s.strip() for s in out if s.strip()]


def marked(old: str, new: str) -> tuple[Piece, ...]:
    """``old`` → ``new`` as runs, the removed and added characters marked."""
    pieces: list[Piece] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            _add(pieces, SAME, old[i1:i2])
            continue
        _add(pieces, REMOVED, old[i1:i2])
        _add(pieces, ADDED, new[j1:j2])
    return tuple(_merged(pieces))


def _add(pieces: list[Piece], kind: str, text: str) -> None:
    if text:
        pieces.append(Piece(kind, text))


def _merged(pieces: list[Piece]) -> list[Piece]:
    """A single unchanged character between two changes joins them: "把 1 改成 2、把 3 改成
    4" reads better as one changed word than as two half-words."""
    out: list[Piece] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        between = (piece.kind == SAME and len(piece.text) == 1 and 0 < index < len(pieces) - 1
                   and out and out[-1].kind != SAME and pieces[index + 1].kind != SAME)
        if between:
            out.append(Piece(REMOVED, piece.text))
            out.append(Piece(ADDED, piece.text))
        else:
            out.append(piece)
        index += 1
    # Gather neighbouring removals before additions: "-a+b-c+d" reads "-ac+bd".
    grouped: list[Piece] = []
    run: list[Piece] = []
    for piece in [*out, Piece(SAME, "")]:
        if piece.kind != SAME:
            run.append(piece)
            continue
        for kind in (REMOVED, ADDED):
            text = "".join(p.text for p in run if p.kind == kind)
            _add(grouped, kind, text)
        run = []
        _add(grouped, SAME, piece.text)
    return grouped


def changed_sentences(old: str, new: str) -> list[SentenceChange]:
    """The sentences that differ between ``old`` and ``new``, in the new text's order."""
    before, after = sentences(old), sentences(new)
    out: list[SentenceChange] = []
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        olds, news = before[i1:i2], after[j1:j2]
        for n in range(max(len(olds), len(news))):
            o = olds[n] if n < len(olds) else ""
            w = news[n] if n < len(news) else ""
            out.append(SentenceChange(o, w, marked(o, w)))
    return out
