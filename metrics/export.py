"""Export a fact table: CSV (UTF-8 with BOM for Excel), Parquet, Excel."""

from __future__ import annotations

import io

import pandas as pd

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
    return frame.rename(columns=VIETNAMESE_HEADERS) if headers == "vi" else frame


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
