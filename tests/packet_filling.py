"""Filling a member workbook as a member's clerk would, with openpyxl (for the packet tests)."""

from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.workbook.workbook import Workbook

from app.packets import layout


def fact_cell(key: str) -> str:
    keys = [field.key for field in layout.FACT_FIELDS]
    return f"B{layout.FIRST_ROW + keys.index(key)}"


def list_cell(sheet: layout.ListSheet, row: int, key: str) -> str:
    """The cell of field ``key`` in input row ``row`` (0-based) of a list sheet."""
    column = "BCDEFGH"[[field.key for field in sheet.fields].index(key)]
    return f"{column}{layout.FIRST_ROW + row}"


def pipeline_cell(book: Workbook, title: str) -> str:
    sheet = book[layout.PIPELINE]
    for row in range(layout.FIRST_ROW, sheet.max_row + 1):
        if sheet[f"A{row}"].value == title:
            return f"{'ABCDEFG'[len(layout.PIPELINE_COLUMNS)]}{row}"
    raise KeyError(title)


def fill(path: Path, target: Path, facts: dict[str, Any] | None = None,
         rows: dict[str, list[tuple[int, dict[str, Any]]]] | None = None,
         pipeline: dict[str, str] | None = None, reorder: bool = False) -> Path:
    """Open the workbook at ``path``, type the given values, save it as ``target``."""
    book = load_workbook(path)
    for key, value in (facts or {}).items():
        book[layout.FACTS][fact_cell(key)] = value
    sheets = {sheet.key: sheet for sheet in layout.LIST_SHEETS}
    for list_key, entries in (rows or {}).items():
        spec = sheets[list_key]
        for row, values in entries:
            for key, value in values.items():
                book[spec.title][list_cell(spec, row, key)] = value
    for title, part in (pipeline or {}).items():
        book[layout.PIPELINE][pipeline_cell(book, title)] = part
    if reorder:  # as a clerk dragging tabs around would
        book.move_sheet(layout.PIPELINE, offset=-4)
        book.move_sheet(layout.COVER, offset=3)
    book.save(target)
    return target
