"""Export a fact table: CSV (UTF-8 with BOM for Excel), Excel, Parquet.

Columns and headers come from the store's declaration (metrics/schema.py).
Headers "vi" give Vietnamese headers and Vietnamese values ("Vận động, tiếp
nhận", "hơn/trên", "Có", the reason a figure is not counted); headers "en"
give the codes (raised, over, True, rate). Whole numbers are written as
integers, never "4000000000.0"; a foreign amount keeps its decimal.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from decimal import Decimal
from typing import Any

import pandas as pd
import xlsxwriter

from metrics import labels as L
from metrics import schema
from metrics.labels import ACTION_LABELS, KIND_LABELS, NOT_COUNTED_LABELS, QUALIFIER_LABELS, RANGE_LABELS, YES_NO
from parsers.cells import excel_text, neutralise

EXPORT_COLUMNS = [c.name for c in schema.export_columns()]
VIETNAMESE_HEADERS = schema.labels("vi")
BOOLEAN_COLUMNS = [c.name for c in schema.export_columns() if c.sql == "BOOLEAN"]
NUMBER_COLUMNS = [c.name for c in schema.export_columns() if c.sql.startswith(("INTEGER", "BIGINT", "DECIMAL"))]

# Coded columns and their Vietnamese values, for headers "vi".
VIETNAMESE_VALUES: dict[str, Mapping[Any, str]] = {
    "kind": KIND_LABELS, "qualifier": QUALIFIER_LABELS, "range": RANGE_LABELS, "action": ACTION_LABELS,
    "not_counted": NOT_COUNTED_LABELS, "review_state": L.REVIEW_LABELS, **dict.fromkeys(BOOLEAN_COLUMNS, YES_NO),
}  # fmt: skip
SHEET = "Dữ liệu"


def export_frame(facts: pd.DataFrame, headers: str = "vi") -> pd.DataFrame:
    """The export columns with integers as integers, and Vietnamese headers and values for "vi".

    Cells are not made formula-safe here: each format does it its own way.
    """
    frame = facts.reindex(columns=EXPORT_COLUMNS).copy()
    frame[BOOLEAN_COLUMNS] = frame[BOOLEAN_COLUMNS].astype("boolean")
    # The earliest report of a figure is no duplicate: it names no other article.
    frame["duplicate_of"] = frame["duplicate_of"].where(frame["likely_duplicate"].fillna(False))
    for column in NUMBER_COLUMNS:
        frame[column] = _whole_numbers(frame[column])
    if headers != "vi":
        return frame
    for column, labels in VIETNAMESE_VALUES.items():
        frame[column] = frame[column].astype(object).map(lambda v, labels=labels: labels.get(v, v), na_action="ignore")
    return frame.rename(columns=VIETNAMESE_HEADERS)


def _whole_numbers(values: pd.Series) -> pd.Series:
    """Int64 when every value is whole, else whole values as int and the rest as they are (Decimal or float).

    >>> _whole_numbers(pd.Series([Decimal("5.000000"), None])).tolist()
    [5, <NA>]
    >>> _whole_numbers(pd.Series([Decimal("5000.000000"), Decimal("10.500000"), 2.5])).tolist()
    [5000, Decimal('10.5'), 2.5]
    """
    if pd.api.types.is_integer_dtype(values):  # BIGINT and INTEGER columns: nothing to look at value by value
        return values.astype("Int64")
    exact = values.astype(object).where(values.notna(), None)
    whole = [v is None or v == int(v) for v in exact]
    numbers = [_number(v, w) for v, w in zip(exact, whole, strict=True)]
    return pd.Series(numbers, index=values.index, dtype="Int64" if all(whole) else object)


def _number(value: Any, whole: bool) -> Any:
    if value is None:
        return None
    if whole:
        return int(value)
    return value.normalize() if isinstance(value, Decimal) else value


def to_csv_bytes(facts: pd.DataFrame, headers: str = "vi") -> bytes:
    """UTF-8 with BOM and CRLF line ends, so Excel shows Vietnamese right; formula-like text gets a leading '."""
    frame = export_frame(facts, headers)
    for name, column in zip(EXPORT_COLUMNS, frame.columns, strict=True):
        if name not in NUMBER_COLUMNS:  # Series.map would turn a column of whole numbers into floats
            frame[column] = frame[column].map(neutralise, na_action="ignore")
    return frame.to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def to_xlsx_bytes(facts: pd.DataFrame, headers: str = "vi") -> bytes:
    """Numbers as numbers; every text cell as text, never a formula, with no visible guard quote.

    Characters Excel refuses (\\x0b and other control characters) become spaces.
    """
    frame = export_frame(facts, headers)
    buffer = io.BytesIO()
    # Text stays text: "=…" never becomes a formula, "0123" a number, or "http…" a link.
    options = {"in_memory": True, "strings_to_formulas": False, "strings_to_numbers": False, "strings_to_urls": False}
    book = xlsxwriter.Workbook(buffer, options)
    sheet = book.add_worksheet(SHEET)
    sheet.write_row(0, 0, list(frame.columns))
    for r, row in enumerate(frame.astype(object).itertuples(index=False, name=None), start=1):
        for c, value in enumerate(row):
            if isinstance(value, str):
                sheet.write_string(r, c, excel_text(value))
            elif value is not None and not pd.isna(value):
                sheet.write(r, c, value)
    book.close()
    return buffer.getvalue()


def to_parquet_bytes(facts: pd.DataFrame, headers: str = "en") -> bytes:
    """Typed columns: integers where every value is whole, else exact decimals (a Parquet column has one type)."""
    frame = export_frame(facts, headers)
    for name, column in zip(EXPORT_COLUMNS, frame.columns, strict=True):
        if name in NUMBER_COLUMNS and frame[column].dtype == object:
            frame[column] = frame[column].map(lambda v: v if isinstance(v, Decimal) else Decimal(str(v)), na_action="ignore")
    buffer = io.BytesIO()
    frame.to_parquet(buffer, index=False)
    return buffer.getvalue()
