"""The document language: the printed form, the mailing sheet and the e-mail draft in
Simplified (the default) or Traditional characters.

Only fixed texts change (titles, headings, labels, the choices' values, the call's own
words): ``fixed`` converts them for the language being written, by OpenCC's Simplified
to Traditional tables with Taiwan's character forms (``s2tw``: 為, not 爲, as the notice
writes); what the user typed is never passed to it and stays as typed.
The window's Traditional catalogue is made by the same function (build/translations.py).

Identifiers inside a fixed text (the call's mark, which the bureau's mailbox filters on,
and the notice's number) are written as the bureau wrote them, whatever the language:
``writing_in(language, verbatim=call.identifiers)``.
"""

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache

SIMPLIFIED, TRADITIONAL = "zh_CN", "zh_TW"
DOCUMENT_LANGUAGES = (SIMPLIFIED, TRADITIONAL)
# Names OpenCC converts by the wrong sense of a character: the district is 徐匯 (匯 as
# the notice writes it), not 徐彙.
NOTICE_SPELLING = {"徐彙": "徐匯"}

_language: ContextVar[str] = ContextVar("document_language", default=SIMPLIFIED)
_verbatim: ContextVar[tuple[str, ...]] = ContextVar("verbatim_identifiers", default=())


@cache
def _converter():  # noqa: ANN202 (opencc has no type hints)
    from opencc import OpenCC  # 35 ms to load its tables: only when Traditional is asked

    return OpenCC("s2tw")


@cache
def to_traditional(text: str) -> str:
    converted = _converter().convert(text)
    for simplified, traditional in NOTICE_SPELLING.items():
        converted = converted.replace(simplified, traditional)
    return converted


@contextmanager
def writing_in(language: str, verbatim: Iterable[str] = ()) -> Iterator[None]:
    """Within the block, ``fixed`` writes ``language`` (one of ``DOCUMENT_LANGUAGES``),
    leaving each of the ``verbatim`` identifiers as it is wherever it occurs."""
    if language not in DOCUMENT_LANGUAGES:
        raise ValueError(f"unknown document language {language!r}")
    token = _language.set(language)
    kept = _verbatim.set(tuple(sorted({v for v in verbatim if v}, key=len, reverse=True)))
    try:
        yield
    finally:
        _verbatim.reset(kept)
        _language.reset(token)


def language() -> str:
    return _language.get()


@cache
def _keeping(text: str, verbatim: tuple[str, ...]) -> str:
    if not verbatim:
        return to_traditional(text)
    # The identifiers (longest first) split the text; only what lies between is converted.
    pieces = re.split("(" + "|".join(map(re.escape, verbatim)) + ")", text)
    return "".join(piece if n % 2 else to_traditional(piece) for n, piece in enumerate(pieces))


def fixed(text: str) -> str:
    """A fixed text of the document in the language being written."""
    if _language.get() != TRADITIONAL or not text:
        return text
    return _keeping(text, _verbatim.get())
