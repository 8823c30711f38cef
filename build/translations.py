"""Keep the UI's translations in step with the code: extract, convert, compile.

    python build/translations.py          # update the .ts sources, then compile the .qm

Simplified Chinese is the source language, so the strings to translate are the Chinese
string literals of ``ui/`` (everything the window says goes through ``ui.i18n._``), the
fixed values of ``app/choices.py`` and ``app/steps.py`` that the window shows through
``_``, the call file's titles, and the message templates of ``app/`` (``app.text.Text``:
what the rules and the export say).

- ``resources/translations/sto_zh_TW.ts``: converted from Simplified by OpenCC
  (``s2tw``, as ``app.hant`` converts the printed form), with ``ZH_TW_FIXES`` on top;
  made anew on every run, so a change of wording goes into ``ZH_TW_FIXES``, not the .ts.
- ``resources/translations/sto_en.ts``: written by people; new strings arrive
  ``unfinished`` (Qt Linguist opens the file), finished ones are kept.
- ``pyside6-lrelease`` compiles both into the ``.qm`` files the application loads.

The conversion is ``app.hant``'s, the one the printed form's Traditional text uses.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

OUT = ROOT / "resources" / "translations"
CONTEXT = "sto"
LANGUAGES = ("zh_TW", "en")
COMMENT = "\x04"  # joins a source and its disambiguation in the keys of read_ts
TITLE = "title"  # ui.i18n.TITLE
NOT_SHOWN = {"self_test.py", "language_check.py"}  # developers' tools: they print to stderr
CJK = re.compile(r"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")  # with Chinese punctuation
CLAUSE = re.compile(r"^[一二三四五六七八九十]+(\([一二三四五六七八九十]+\)\d*)?$")  # 二(一)1: the notice's
# Where the window should read otherwise than the printed form's conversion.
ZH_TW_FIXES = {"文件(&F)": "檔案(&F)"}  # the menu: 檔案 is what Traditional-script Windows says


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the Constant nodes that are docstrings (not shown to anyone)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def _literals(path: Path) -> tuple[list[str], list[str]]:
    """Chinese string literals of ``path``, and the f-strings with Chinese text (which
    cannot be translated whole: the extractor reports them to be rewritten)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    skip = _docstrings(tree)
    inside_fstring = {id(part) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
                      for part in node.values}
    strings, fstrings = [], []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            text = "".join(part.value for part in node.values
                           if isinstance(part, ast.Constant) and isinstance(part.value, str))
            if CJK.search(text):
                fstrings.append(f"{path.relative_to(ROOT)}:{node.lineno}")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in skip and id(node) not in inside_fstring
              and CJK.search(node.value)):
            strings.append(node.value)
    return strings, fstrings


def _text_templates(path: Path) -> list[str]:
    """The templates of ``Text("…", …)`` calls in ``path``."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id == "Text" and node.args
                and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)):
            found.append(node.args[0].value)
    return found


def extract() -> tuple[list[str], list[str]]:
    """Every string the window may show, in a stable order, and the f-strings to fix."""
    strings: list[str] = []
    fstrings: list[str] = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        if path.name in NOT_SHOWN:
            continue
        found, bad = _literals(path)
        strings += found
        fstrings += bad
    # What the window shows of the core as it is: the product's name, the choices and
    # steps, the rules' fixed messages and labels, the validators' messages.
    for path in (ROOT / "app" / "__init__.py", ROOT / "app" / "choices.py",
                 ROOT / "app" / "steps.py", ROOT / "app" / "snapshots.py",
                 ROOT / "app" / "snapshot_folders.py",  # (the snapshots' reasons)
                 ROOT / "app" / "field_labels.py", ROOT / "app" / "compare_text.py",  # changes
                 *sorted((ROOT / "app" / "rules").glob("*.py"))):
        strings += _literals(path)[0]
    for path in sorted((ROOT / "app").rglob("*.py")):
        strings += _text_templates(path)
    from app import choices  # values the window derives from the choices

    strings += [choices.funding_label(category, choices.CENTER) for category in choices.FUNDING_SOURCES]
    from app.call import FIELDS  # the call's facts, as the call dialog labels them

    strings += [spec.label for spec in FIELDS] + [spec.hint for spec in FIELDS if spec.hint]
    for path in sorted((ROOT / "resources" / "calls").glob("*.json")):
        call = json.loads(path.read_text(encoding="utf-8"))
        strings += [call[key] for key in ("form_title", "title") if key in call]
    from app import steps  # titles may read otherwise than the same word as a value

    titles = {step.title for step in steps.window_steps(True)} | {
        steps.step_title(step, choices.CENTER) for step in steps.STEPS}
    strings += [titled(title) for title in sorted(titles)]
    unique = list(dict.fromkeys(s for s in strings if s.strip() and not CLAUSE.match(s)))
    return unique, fstrings


def titled(source: str) -> str:
    """The catalogue key of ``source`` used as a title (``ui.i18n.TITLE``)."""
    return f"{source}{COMMENT}{TITLE}"


def _split(key: str) -> tuple[str, str]:
    source, _sep, comment = key.partition(COMMENT)
    return source, comment


def read_ts(path: Path) -> dict[str, tuple[str, bool]]:
    """source -> (translation, finished) of an existing .ts file."""
    if not path.is_file():
        return {}
    found = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source") or ""
        if message.findtext("comment"):
            source += COMMENT + (message.findtext("comment") or "")
        translation = message.find("translation")
        text = translation.text or "" if translation is not None else ""
        finished = translation is not None and translation.get("type") not in (
            "unfinished", "obsolete", "vanished")
        found[source] = (text, finished and bool(text))
    return found


def write_ts(path: Path, language: str, entries: list[tuple[str, str, bool]]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="zh_CN")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for key, translation, finished in entries:
        source, comment = _split(key)
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        if comment:
            ET.SubElement(message, "comment").text = comment
        element = ET.SubElement(message, "translation")
        element.text = translation
        if not finished:
            element.set("type", "unfinished")
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8")


def to_traditional(text: str) -> str:
    from app.hant import to_traditional as convert  # the printed form's conversion

    converted = convert(text)
    for simplified, traditional in ZH_TW_FIXES.items():
        converted = converted.replace(simplified, traditional)
    return converted


def update(strings: list[str]) -> dict[str, int]:
    """Bring both .ts files up to ``strings``; returns how many remain unfinished each."""
    unfinished = {}
    for language in LANGUAGES:
        path = OUT / f"sto_{language}.ts"
        known = read_ts(path)
        entries = []
        for source in strings:
            text, finished = known.get(source, ("", False))
            plain = _split(source)[0]
            if language == "zh_TW" and (not finished or text != to_traditional(plain)):
                text, finished = to_traditional(plain), True  # (no hand edits: always made)
            entries.append((source, text, finished))
        write_ts(path, language, entries)
        unfinished[language] = sum(not finished for _s, _t, finished in entries)
    return unfinished


def release() -> None:
    # (and qtbase_gaps_*.ts: Qt's own strings its catalogues lack, written by hand: ui.i18n)
    for source in [OUT / f"sto_{language}.ts" for language in LANGUAGES] + sorted(
            OUT.glob("qtbase_gaps_*.ts")):
        subprocess.run(["pyside6-lrelease", "-silent", str(source), "-qm",
                        str(source.with_suffix(".qm"))], check=True)


def main() -> int:
    strings, fstrings = extract()
    unfinished = update(strings)
    release()
    print(f"{len(strings)} strings; unfinished: {unfinished}")
    for place in fstrings:
        print(f"f-string with Chinese text (translate a template instead): {place}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
