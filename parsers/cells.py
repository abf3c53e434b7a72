"""Spreadsheet-safe cells, for both exports (parsers extract --format csv, metrics export).

Article text is hostile input: a cell starting with "=" runs as a formula
when a CSV is opened in Excel, and Excel refuses a file with control
characters in it.
"""

from __future__ import annotations

import regex as re

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
EXCEL_MAX_CELL = 32_767  # characters Excel holds in one cell
# Characters an .xlsx file may not contain (XML 1.0), and lone surrogates.
_NOT_IN_EXCEL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading quote (for CSV).

    >>> neutralise("=HYPERLINK(1)"), neutralise("-5"), neutralise(-5), neutralise("Hà Nội")
    ("'=HYPERLINK(1)", "'-5", -5, 'Hà Nội')
    """
    if isinstance(value, str) and value.startswith(FORMULA_START):
        return "'" + value
    return value


def excel_text(text: str) -> str:
    """Text Excel accepts: forbidden characters become spaces, and it fits one cell.

    >>> excel_text("Quỹ\\x0bVì người nghèo"), len(excel_text("x" * 40_000))
    ('Quỹ Vì người nghèo', 32767)
    """
    text = _NOT_IN_EXCEL.sub(" ", text)
    return text if len(text) <= EXCEL_MAX_CELL else text[: EXCEL_MAX_CELL - 1] + "…"
