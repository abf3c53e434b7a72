"""The store's columns, declared once: SQL type, pandas dtype, export labels.

Tables (CREATE TABLE), inserts (by name), the check at the store boundary,
the exports and the dashboard's column labels all derive from these lists.
Amounts in đồng are BIGINT; a foreign amount keeps its decimal in `value`.
Add columns freely (with a migration in metrics/migrations.py); never rename
or drop one: the export headers are a public interface.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

SCHEMA_VERSION = 6
# The largest amount a BIGINT column holds; larger "figures" (20 tỷ tỷ đồng) are skipped, not stored.
MAX_BIGINT = 2**63 - 1
# DECIMAL(38, 6) holds 32 digits before the decimal mark.
MAX_VALUE = 10**32


@dataclass(frozen=True)
class Column:
    name: str
    sql: str
    vi: str = ""
    en: str = ""
    exported: bool = False

    @property
    def dtype(self) -> str:
        """The pandas dtype of this column in a frame handed to the store."""
        return _DTYPES[self.sql.split("(")[0]]


_DTYPES = {"VARCHAR": "object", "INTEGER": "Int64", "BIGINT": "Int64", "BOOLEAN": "boolean", "DECIMAL": "object",
           "TIMESTAMP": "datetime64[us]"}  # fmt: skip


def _c(name: str, sql: str, vi: str = "", en: str | None = None, exported: bool = True) -> Column:
    return Column(name, sql, vi, name if en is None else en, exported and bool(vi))


# NOTE: the exported columns' order is the export's column order (facts, then their article's columns).
FACTS = (
    _c("article_id", "VARCHAR", "Mã bài"),
    _c("kind", "VARCHAR", "Loại"),
    _c("text", "VARCHAR", "Cụm từ gốc"),
    _c("value", "DECIMAL(38, 6)", "Giá trị"),
    _c("value_vnd", "BIGINT", "Số tiền (đồng)"),
    _c("currency", "VARCHAR", "Đơn vị tiền"),
    _c("unit", "VARCHAR", "Đơn vị"),
    _c("qualifier", "VARCHAR", "Mức chính xác"),
    _c("rate", "BOOLEAN", "Định mức (không cộng)"),
    _c("range", "VARCHAR", "Khoảng"),
    _c("year", "INTEGER", "Năm"),
    _c("period", "VARCHAR", "Kỳ"),
    _c("campaign", "VARCHAR", "Chiến dịch/Quỹ"),
    _c("action", "VARCHAR", "Hoạt động"),
    _c("province", "VARCHAR", "Tỉnh/thành (lúc đó)"),
    _c("district", "VARCHAR", "Quận/huyện"),
    _c("province_2025", "VARCHAR", "Tỉnh/thành (sau 2025)"),
    _c("likely_duplicate", "BOOLEAN", "Có thể trùng"),
    _c("duplicate_of", "VARCHAR", "Trùng với bài"),
    _c("sentence", "VARCHAR", "Câu gốc"),
    _c("counted", "BOOLEAN", "Được cộng vào tổng"),
    _c("not_counted", "VARCHAR", "Lý do không cộng"),
    _c("part_of", "INTEGER", "Thuộc tổng ở vị trí"),
    _c("restates", "INTEGER", "Nhắc lại số ở vị trí"),
    _c("in_headline", "BOOLEAN", "Trong tiêu đề/sapo"),
    _c("ward", "VARCHAR", "Phường/xã"),
    _c("event_date", "VARCHAR", "Ngày sự kiện"),
    _c("date_precision", "VARCHAR"),
    _c("place_precision", "VARCHAR"),
    _c("start_offset", "INTEGER"),
    _c("end_offset", "INTEGER"),
    _c("reports", "INTEGER"),
    # The same figure in several articles shares this key (see metrics/records.duplicate_key).
    _c("duplicate_key", "VARCHAR"),
    # A person's review (metrics/reviews.py): its state and who made it; the values above are then the reviewed ones,
    # and `extracted` keeps what the parser read (JSON), so an undo or a re-extraction starts again from it.
    _c("review_state", "VARCHAR", "Kiểm tra"),
    _c("reviewed_by", "VARCHAR", "Người kiểm tra"),
    _c("reviewed_at", "TIMESTAMP"),
    _c("review_id", "INTEGER"),
    _c("extracted", "VARCHAR"),
)

ARTICLES = (
    _c("id", "VARCHAR"),
    _c("content_hash", "VARCHAR"),
    _c("source", "VARCHAR"),
    _c("title", "VARCHAR", "Tiêu đề"),
    _c("published", "VARCHAR", "Ngày đăng"),
    _c("url", "VARCHAR", "Liên kết"),
    _c("year", "INTEGER"),
    _c("year_evidence", "VARCHAR"),
    _c("scope", "VARCHAR"),
    _c("province", "VARCHAR"),
    _c("district", "VARCHAR"),
    _c("ward", "VARCHAR"),
    _c("province_2025", "VARCHAR"),
    _c("event_date", "VARCHAR"),
    _c("relevant", "BOOLEAN", "Bài về Mặt trận"),
    _c("relevance_evidence", "VARCHAR"),
    _c("ingested_at", "TIMESTAMP"),
    _c("import_id", "INTEGER"),
    # The text as read (what the offsets and `parsers score` read): a reviewed article becomes a test row.
    _c("text", "VARCHAR"),
)

CAMPAIGNS = (
    _c("article_id", "VARCHAR"),
    _c("name", "VARCHAR"),
    _c("head", "VARCHAR"),
    _c("text", "VARCHAR"),
    _c("year", "INTEGER"),
    _c("start_offset", "INTEGER"),
    _c("end_offset", "INTEGER"),
)

SKIPPED = (
    _c("article_id", "VARCHAR"),
    _c("text", "VARCHAR"),
    _c("start_offset", "INTEGER"),
    _c("reason", "VARCHAR"),
)

# One row per ingest run (command line or upload): who imported what, and when.
IMPORTS = (
    _c("id", "INTEGER"),
    _c("user_name", "VARCHAR"),
    _c("origin", "VARCHAR"),
    _c("started_at", "TIMESTAMP"),
    _c("finished_at", "TIMESTAMP"),
    _c("added", "INTEGER"),
    _c("failed", "INTEGER"),
)

USERS = (
    _c("name", "VARCHAR"),
    _c("role", "VARCHAR"),
    _c("password_hash", "VARCHAR"),
    _c("created_at", "TIMESTAMP"),
)

# The audit log of reviews, append-only: rows are added, never changed or deleted. A review names its figure by
# the article's text (content_hash) and the figure's kind, text, offset and sentence, so it outlives the facts.
REVIEWS = (
    _c("id", "INTEGER"),
    _c("made_at", "TIMESTAMP"),
    _c("user_name", "VARCHAR"),
    _c("verdict", "VARCHAR"),
    _c("previous", "INTEGER"),
    _c("undoes", "INTEGER"),
    _c("content_hash", "VARCHAR"),
    _c("article_id", "VARCHAR"),
    _c("kind", "VARCHAR"),
    _c("text", "VARCHAR"),
    _c("start_offset", "INTEGER"),
    _c("sentence", "VARCHAR"),
    _c("values_before", "VARCHAR"),
    _c("values_after", "VARCHAR"),
    _c("note", "VARCHAR"),
)

META = (_c("key", "VARCHAR"), _c("value", "VARCHAR"))

TABLES: dict[str, tuple[Column, ...]] = {
    "meta": META,
    "articles": ARTICLES,
    "facts": FACTS,
    "campaigns": CAMPAIGNS,
    "skipped": SKIPPED,
    "imports": IMPORTS,
    "users": USERS,
    "reviews": REVIEWS,
}
KEYS = {
    "meta": "PRIMARY KEY (key)",
    "articles": "PRIMARY KEY (id), UNIQUE (content_hash)",
    "imports": "PRIMARY KEY (id)",
    "users": "PRIMARY KEY (name)",
    "reviews": "PRIMARY KEY (id)",
}
INDEXES = (
    "CREATE INDEX facts_article ON facts (article_id)",
    "CREATE INDEX facts_duplicate_key ON facts (duplicate_key)",
    "CREATE INDEX campaigns_article ON campaigns (article_id)",
    "CREATE INDEX skipped_article ON skipped (article_id)",
    "CREATE INDEX reviews_hash ON reviews (content_hash)",
)

# The fact columns joined from its article, for listings and exports.
ARTICLE_FIELDS_OF_FACTS = ("title", "published", "url", "relevant")
# Exported after the article's columns: columns added later go last, so the earlier ones keep their place.
EXPORTED_LAST = ("review_state", "reviewed_by")


def create_statements() -> list[str]:
    """CREATE TABLE and INDEX statements of a new store, the same on DuckDB and PostgreSQL.

    >>> create_statements()[0].split("(")[0]
    'CREATE TABLE meta '
    """
    out = []
    for table, columns in TABLES.items():
        body = ", ".join(f"{c.name} {c.sql}" for c in columns)
        key = f", {KEYS[table]}" if table in KEYS else ""
        out.append(f"CREATE TABLE {table} ({body}{key})")
    meta = f"INSERT INTO meta VALUES ('schema_version', '{SCHEMA_VERSION}'), ('version', '0')"
    return [*out, *INDEXES, meta]


def names(table: str) -> list[str]:
    return [c.name for c in TABLES[table]]


def check(table: str, frame: pd.DataFrame) -> None:
    """The store boundary: a frame must have exactly the table's columns, in order, with their dtypes.

    >>> rows = frame("skipped", [{"article_id": "a", "start_offset": 7}])
    >>> check("skipped", rows.astype({"start_offset": float}))
    Traceback (most recent call last):
    ValueError: skipped: column start_offset has dtype float64, expected Int64
    """
    columns = TABLES[table]
    if list(frame.columns) != [c.name for c in columns]:
        raise ValueError(f"{table}: columns {list(frame.columns)} differ from {[c.name for c in columns]}")
    for c in columns:
        if str(frame[c.name].dtype) != c.dtype:
            raise ValueError(f"{table}: column {c.name} has dtype {frame[c.name].dtype}, expected {c.dtype}")


def frame(table: str, rows: list[dict]) -> pd.DataFrame:
    """Rows (dicts keyed by column name; missing keys are null) as a frame with the table's dtypes."""
    columns = TABLES[table]
    data = {c.name: pd.Series([r.get(c.name) for r in rows], dtype=c.dtype) for c in columns}
    return pd.DataFrame(data, columns=[c.name for c in columns])


def export_columns() -> list[Column]:
    """The exported columns, in order: each fact's, then its article's."""
    wanted = [c for c in FACTS if c.exported and c.name not in EXPORTED_LAST]
    article = [c for c in ARTICLES if c.exported and c.name in ARTICLE_FIELDS_OF_FACTS]
    return wanted + article + [c for c in FACTS if c.name in EXPORTED_LAST]


def labels(language: str = "vi") -> dict[str, str]:
    """Column name → header of the exports and the dashboard's tables."""
    return {c.name: (c.vi if language == "vi" else c.en) for c in export_columns()}
