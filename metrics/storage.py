"""Where the store is: the configuration, and the only place that picks a backend.

MTTQ_DATABASE_URL=postgresql://… selects a PostgreSQL server; otherwise the
store is a DuckDB file in MTTQ_DATA_DIR (default ./data beside the project).
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

from metrics import schema
from metrics.duck import DuckStore
from metrics.store import Store, StoreError

if TYPE_CHECKING:
    from metrics.ingest import IngestResult

PROJECT = Path(__file__).resolve().parents[1]
SAMPLE = PROJECT / "sample_data"
SAMPLE_MARK = "[DỮ LIỆU MẪU]"  # opens every sample title; NOTE: keep in sync with tools/make_sample.MARK
SCHEMA_VERSION = schema.SCHEMA_VERSION


def data_dir() -> Path:
    return Path(os.environ.get("MTTQ_DATA_DIR") or PROJECT / "data")


def database_url() -> str | None:
    return os.environ.get("MTTQ_DATABASE_URL") or None


def open_store(target: str | Path | None = None) -> Store:
    """The configured store, or the one `target` names (a postgresql:// URL or a DuckDB file path)."""
    target = target or database_url() or data_dir() / "mttq.duckdb"
    if str(target).startswith(("postgresql://", "postgres://")):
        from metrics.postgres import PgStore  # only deployments on PostgreSQL need psycopg

        return PgStore(str(target))
    return DuckStore(Path(target))


def connect(path: Path | None = None) -> Store:
    """The store (kept for scripts written against the first version of this module)."""
    return open_store(path)


def ensure_sample(store: Store) -> IngestResult | None:
    """Load the built-in sample corpus into an empty store, unless someone removed it from this store."""
    if store.rows("SELECT count(*) FROM articles")[0][0]:
        return None
    if store.rows("SELECT count(*) FROM meta WHERE key = 'sample_removed'")[0][0]:
        return None
    from metrics.ingest import ingest_paths  # the parsers load a gazetteer: only when there is something to read

    return ingest_paths(store, [str(SAMPLE)], user="dữ liệu mẫu", origin="dữ liệu mẫu")


def sample_count(store: Store) -> int:
    """How many articles of the built-in sample corpus the store holds."""
    return int(store.rows("SELECT count(*) FROM articles WHERE title LIKE ?", [SAMPLE_MARK + "%"])[0][0])


def remove_sample(store: Store, who: str) -> int:
    """Deletes exactly the sample articles and everything of theirs; see Store.remove_sample."""
    return store.remove_sample(SAMPLE_MARK, who)


def copy_store(source: Store, target: Store, articles_per_step: int = 5_000) -> dict[str, int]:
    """Every row of `source` into an empty `target` (DuckDB to PostgreSQL), in one transaction."""
    if target.rows("SELECT count(*) FROM articles")[0][0]:
        raise StoreError("kho đích đã có bài viết; hãy chuyển sang một cơ sở dữ liệu trống")
    ids = [i for (i,) in source.rows("SELECT id FROM articles ORDER BY id")]
    copied = dict.fromkeys((t for t in schema.TABLES if t != "meta"), 0)
    with target._writer("python -m metrics migrate") as con, target._transaction(con):
        for table in ("imports", "users", "reviews"):
            copied[table] += _copy(source, target, con, table, "TRUE", [])
        for start in range(0, len(ids), articles_per_step):
            chunk = ids[start : start + articles_per_step]
            marks = ", ".join("?" * len(chunk))
            copied["articles"] += _copy(source, target, con, "articles", f"id IN ({marks})", chunk)
            for table in ("facts", "campaigns", "skipped"):
                copied[table] += _copy(source, target, con, table, f"article_id IN ({marks})", chunk)
        target._rows(con, "UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'version'")
    return copied


def _copy(source: Store, target: Store, con: object, table: str, where: str, params: list) -> int:
    frame = source.query(f"SELECT {', '.join(schema.names(table))} FROM {table} WHERE {where}", params)
    if frame.empty:
        return 0
    frame = schema.frame(table, frame.astype(object).where(frame.notna(), None).to_dict("records"))
    schema.check(table, frame)
    target._insert(con, table, frame)
    return len(frame)


def to_json(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=1, default=str)
