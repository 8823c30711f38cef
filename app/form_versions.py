"""The versions of the application form (申报书) this program can fill in, and what serves each.

A call names the form version it uses (``Call.form_version``); a call naming one not
listed here is refused (``app.call_check``). Rules (``app.rules.engine.rule``), steps
(``app.steps.Step``) and the printed form (``app.pdf.PRINTED_FORMS``) say which versions
they serve: ``None`` for every version, or a tuple of keys.

Adding a version (a round with one more field, or one changed rule):
1. add a ``FormVersion`` below, ``based_on`` the one it changes;
2. give the changed rule (or step) ``forms=("<old>",)`` and register its successor with
   ``forms=("<new>",)``; a new field is a column (a schema step, ``app.storage``) and a
   rule or page serving only the new version;
3. the call file of the round says ``"form_version": "<new>"``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class FormVersion:
    key: str
    title: str
    notice: str  # the notice that first used it
    based_on: str = ""


FORM_VERSIONS: dict[str, FormVersion] = {
    "2021": FormVersion("2021", "上海市新型标准化技术组织创建申报书", "沪市监标创20210511号"),
}


def serves(forms: tuple[str, ...] | None, version: str) -> bool:
    """Whether something declared for ``forms`` (None: every version) serves ``version``."""
    return forms is None or version in forms


def newer_than_known(version: str) -> bool:
    """A version this program does not know but that sorts after every one it does: a
    call made for a later release (so the message can say to update)."""
    numbered = [int(key) for key in FORM_VERSIONS if key.isdigit()]
    return version.isdigit() and len(version) <= 8 and int(version) > max(numbered, default=0)
