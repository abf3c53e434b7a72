"""Export a fact table: CSV (UTF-8 with BOM for Excel), Parquet, Excel."""

from __future__ import annotations

import io

import pandas as pd

from metrics import schema

# Columns and headers come from the store's declaration (metrics/schema.py).
EXPORT_COLUMNS = [c.name for c in schema.export_columns()]
VIETNAMESE_HEADERS = schema.labels("vi")

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """Text that a spreadsheet would run as a formula gets a leading quote.

    >>> neutralise("=HYPERLINK(1)"), neutralise("-5"), neutralise(-5), neutralise("Hà Nội")
    ("'=HYPERLINK(1)", "'-5", -5, 'Hà Nội')
    """
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def export_frame(facts: pd.DataFrame, headers: str = "vi") -> pd.DataFrame:
    """The export columns, formula-safe, with Vietnamese or English headers."""
    frame = facts.reindex(columns=EXPORT_COLUMNS).copy()
    for column in frame.columns:
        if frame[column].dtype == object or pd.api.types.is_string_dtype(frame[column]):
            frame[column] = frame[column].map(neutralise)
    if "value_vnd" in frame:
        frame["value_vnd"] = frame["value_vnd"].astype("Int64")
    if headers != "vi":
        return frame
    # A Vietnamese reader gets the reason, not its code.
    frame["not_counted"] = frame["not_counted"].map(schema.NOT_COUNTED_LABELS)
    return frame.rename(columns=VIETNAMESE_HEADERS)


def to_csv_bytes(facts: pd.DataFrame, headers: str = "vi") -> bytes:
    """UTF-8 with BOM and CRLF line ends, so Excel shows Vietnamese right."""
    return export_frame(facts, headers).to_csv(index=False, lineterminator="\r\n").encode("utf-8-sig")


def to_xlsx_bytes(facts: pd.DataFrame, headers: str = "vi") -> bytes:
    buffer = io.BytesIO()
    export_frame(facts, headers).to_excel(buffer, index=False, sheet_name="Du lieu")
    return buffer.getvalue()


def to_parquet_bytes(facts: pd.DataFrame, headers: str = "en") -> bytes:
    buffer = io.BytesIO()
    export_frame(facts, headers).to_parquet(buffer, index=False)
    return buffer.getvalue()
