"""Export a fact table: CSV (UTF-8 with BOM for Excel), Excel, Parquet.

Headers "vi" give Vietnamese headers and Vietnamese values ("Vận động, tiếp
nhận", "hơn/trên", "Có"); headers "en" give the codes (raised, over, True).
Whole numbers are written as integers, never "4000000000.0".
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from typing import Any

import pandas as pd
import xlsxwriter

from metrics.labels import ACTION_LABELS, KIND_LABELS, QUALIFIER_LABELS, RANGE_LABELS, YES_NO
from parsers.cells import excel_text, neutralise

EXPORT_COLUMNS = [
    "article_id", "kind", "text", "value", "value_vnd", "currency", "unit", "qualifier", "rate", "range",
    "year", "period", "campaign", "action", "province", "district", "province_2025", "likely_duplicate",
    "duplicate_of", "sentence", "title", "published", "url",
]  # fmt: skip

VIETNAMESE_HEADERS = {
    "article_id": "Mã bài", "kind": "Loại", "text": "Cụm từ gốc", "value": "Giá trị", "value_vnd": "Số tiền (đồng)",
    "currency": "Đơn vị tiền", "unit": "Đơn vị", "qualifier": "Mức chính xác", "rate": "Định mức (không cộng)",
    "range": "Khoảng", "year": "Năm", "period": "Kỳ", "campaign": "Chiến dịch/Quỹ", "action": "Hoạt động",
    "province": "Tỉnh/thành (lúc đó)", "district": "Quận/huyện", "province_2025": "Tỉnh/thành (sau 2025)",
    "likely_duplicate": "Có thể trùng", "duplicate_of": "Trùng với bài", "sentence": "Câu gốc",
    "title": "Tiêu đề", "published": "Ngày đăng", "url": "Liên kết",
}  # fmt: skip

# Coded columns and their Vietnamese values, for headers "vi".
VIETNAMESE_VALUES: dict[str, Mapping[Any, str]] = {
    "kind": KIND_LABELS, "qualifier": QUALIFIER_LABELS, "rate": YES_NO, "range": RANGE_LABELS,
    "action": ACTION_LABELS, "likely_duplicate": YES_NO,
}  # fmt: skip
NUMBER_COLUMNS = ("value", "value_vnd", "year")
SHEET = "Dữ liệu"


def export_frame(facts: pd.DataFrame, headers: str = "vi") -> pd.DataFrame:
    """The export columns with integers as integers, and Vietnamese headers and values for "vi".

    Cells are not made formula-safe here: each format does it its own way.
    """
    frame = facts.reindex(columns=EXPORT_COLUMNS).copy()
    frame[["rate", "likely_duplicate"]] = frame[["rate", "likely_duplicate"]].astype("boolean")
    # The earliest report of a figure is no duplicate: it names no other article.
    frame["duplicate_of"] = frame["duplicate_of"].where(frame["likely_duplicate"].fillna(False))
    frame["value"] = _whole_numbers(frame["value"])
    for column in NUMBER_COLUMNS[1:]:
        frame[column] = pd.to_numeric(frame[column]).astype("Int64")
    if headers != "vi":
        return frame
    for column, labels in VIETNAMESE_VALUES.items():
        frame[column] = frame[column].map(lambda v, labels=labels: labels.get(v, v), na_action="ignore")
    return frame.rename(columns=VIETNAMESE_HEADERS)


def _whole_numbers(values: pd.Series) -> pd.Series:
    """Int64 when every value is whole, else whole values as int and the rest as float."""
    numbers = pd.to_numeric(values)
    whole = numbers.isna() | (numbers == numbers.round())
    if whole.all():
        return numbers.astype("Int64")
    return pd.Series(
        [v if pd.isna(v) or not w else int(v) for v, w in zip(numbers, whole, strict=True)], index=values.index, dtype=object
    )


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
    buffer = io.BytesIO()
    export_frame(facts, headers).to_parquet(buffer, index=False)
    return buffer.getvalue()
