"""The claims table as an Excel workbook, for editors who live in Excel or WPS.

XlsxWriter, not openpyxl: it only writes (all we need), is pure Python with no
dependencies, and adds less to the bundle (see ARCHITECTURE.md). Every text cell is
written with ``write_string``, so ``=HYPERLINK(…)`` from a note stays text that is shown,
never a formula that runs; numbers stay numbers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, BinaryIO

import xlsxwriter

# Characters a column is at most shown wide (a sentence wraps within it).
_WIDEST = 60
_SAMPLE_ROWS = 200  # widths are measured on the first rows: a table may be huge


def _width(value: object) -> int:
    """Shown width in character cells: a Chinese character takes two."""
    text = "" if value is None else str(value)
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def write_table(out: BinaryIO, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    book = xlsxwriter.Workbook(out, {"in_memory": True, "strings_to_formulas": False,
                                     "strings_to_urls": False, "strings_to_numbers": False})
    try:
        sheet = book.add_worksheet("claims")
        bold = book.add_format({"bold": True, "bg_color": "#dcdcdc", "border": 1})
        wrap = book.add_format({"text_wrap": True, "valign": "top"})
        widths, last = [_width(h) for h in header], 0
        for col, name in enumerate(header):
            sheet.write_string(0, col, name, bold)
        for r, row in enumerate(rows, start=1):
            last = r
            for col, value in enumerate(row):
                if value is None or value == "":
                    continue
                if isinstance(value, (int, float)) and not isinstance(value, bool):
                    sheet.write_number(r, col, value)
                else:
                    sheet.write_string(r, col, str(value), wrap)
                if r <= _SAMPLE_ROWS:
                    widths[col] = max(widths[col], _width(value))
        for col, width in enumerate(widths):
            sheet.set_column(col, col, min(width, _WIDEST) + 2)
        sheet.freeze_panes(1, 0)  # the header stays in view while scrolling
        sheet.autofilter(0, 0, last, len(header) - 1)
    finally:
        book.close()
