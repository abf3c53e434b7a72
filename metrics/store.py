"""The Store interface: what the command line and the dashboard ask of a store.

Two implementations share this SQL (written with `?` placeholders):
metrics/duck.py (DuckDB file, the default) and metrics/postgres.py
(a PostgreSQL server, for deployments with many users and writers).
Readers never take the write lock. Writers take it one batch at a time, and
one batch is one transaction: a crash mid-batch leaves the store as it was.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import pandas as pd

from metrics import aggregate, schema
from metrics.aggregate import ALL, Filters
from metrics.records import ArticleRows


@dataclass
class ImportRun:
    """One ingest (a command line run or an upload): who, from where, and its row in `imports`."""

    user: str
    origin: str
    id: int | None = None


@dataclass
class Written:
    """What storing a batch did: ids added, ids already stored (same text), failures, facts added."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    facts: int = 0
    replaced: list[str] = field(default_factory=list)  # stored before, extracted again (ingest --reextract)


class StoreError(RuntimeError):
    """Something the user must hear about, in a Vietnamese sentence (not a traceback)."""


class StoreBusy(StoreError):
    """Another writer kept the store longer than we could wait; the message names it."""


def now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None)


def placeholders(values: Sequence[Any]) -> str:
    """>>> placeholders([1, 2, 3])
    '?, ?, ?'
    """
    return ", ".join("?" * len(values)) or "NULL"


class Store:
    """A store of articles and their facts. Subclasses supply the connections."""

    backend = ""
    # How long a reader or a writer waits for another writer before it gives up with a message.
    wait_seconds = float(os.environ.get("MTTQ_LOCK_WAIT", "120"))

    def __init__(self) -> None:
        self._local = threading.local()

    # --- what a backend supplies ------------------------------------------------------------
    def _open_reader(self) -> Any:
        raise NotImplementedError

    def _close_reader(self, con: Any) -> None:
        raise NotImplementedError

    @contextmanager
    def _lock(self, who: str) -> Iterator[Any]:
        """A connection holding the store's write lock (waits for another writer)."""
        raise NotImplementedError
        yield

    @contextmanager
    def _writer(self, who: str) -> Iterator[Any]:
        """_lock, after closing this thread's read connection: DuckDB would wait for it forever."""
        con = getattr(self._local, "con", None)
        if con is not None:
            self._local.con = None  # the next read inside the same reading() block opens a new one
            self._close_reader(con)
        with self._lock(who) as locked:
            yield locked

    @contextmanager
    def _transaction(self, con: Any) -> Iterator[None]:
        raise NotImplementedError
        yield

    def _rows(self, con: Any, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        raise NotImplementedError

    def _frame(self, con: Any, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        raise NotImplementedError

    def _insert(self, con: Any, table: str, frame: pd.DataFrame) -> None:
        raise NotImplementedError

    def version(self) -> str:
        """Changes whenever the store's content does: the dashboard's cache key."""
        raise NotImplementedError

    def close(self) -> None:
        """Releases what the store holds (a connection pool); reading again reopens."""

    # --- reading ---------------------------------------------------------------------------
    @contextmanager
    def reading(self) -> Iterator[None]:
        """One read connection for every query inside the block, in this thread only."""
        if getattr(self._local, "con", None) is not None:
            yield
            return
        self._local.con = None
        self._local.depth = 1
        try:
            yield
        finally:
            con, self._local.con = self._local.con, None
            self._local.depth = 0
            if con is not None:
                self._close_reader(con)

    @contextmanager
    def _reader(self) -> Iterator[Any]:
        if getattr(self._local, "depth", 0):
            if self._local.con is None:
                self._local.con = self._open_reader()
            yield self._local.con
            return
        con = self._open_reader()
        try:
            yield con
        finally:
            self._close_reader(con)

    def query(self, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        """A read-only query as a frame; known columns get the schema's dtypes."""
        with self._reader() as con:
            return typed(self._frame(con, sql, params))

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        with self._reader() as con:
            return self._rows(con, sql, params)

    def schema_version(self) -> int:
        found = self.rows("SELECT value FROM meta WHERE key = 'schema_version'")
        return int(found[0][0]) if found else 0

    def stats(self) -> dict[str, object]:
        with self.reading():
            counts = dict(self.rows("SELECT kind, count(*) FROM facts GROUP BY kind"))
            years = [y for (y,) in self.rows("SELECT DISTINCT year FROM articles WHERE year IS NOT NULL ORDER BY 1")]
            articles, last = self.rows("SELECT count(*), max(ingested_at) FROM articles")[0]
            counted = dict(self.rows("SELECT kind, count(*) FROM facts WHERE counted GROUP BY kind"))
            reviewed = dict(self.rows("SELECT kind, count(*) FROM facts WHERE review_state IS NOT NULL GROUP BY kind"))
            return {
                "articles": articles,
                "facts": {
                    "money": counts.get("money", 0),
                    "households": counts.get("households", 0),
                    "campaigns": self.rows("SELECT count(*) FROM campaigns")[0][0],
                },
                "counted": {"money": counted.get("money", 0), "households": counted.get("households", 0)},
                "years": years,
                "skipped_figures": self.rows("SELECT count(*) FROM skipped")[0][0],
                "last_ingest": str(last) if last else None,
                "reviewed": {"money": reviewed.get("money", 0), "households": reviewed.get("households", 0)},
                "reviews": self.rows("SELECT count(*) FROM reviews")[0][0],
                "schema_version": self.schema_version(),
                "backend": self.backend,
            }

    def totals(self, kind: str, by: Sequence[str] = (), filters: Filters = ALL) -> pd.DataFrame:
        """Sums of counted facts per group and action (see metrics/aggregate.py)."""
        sql, params = aggregate.totals_query(kind, by, filters)
        return self.query(sql, params)

    def totals_by_action(self, kind: str, by: Sequence[str], filters: Filters = ALL) -> pd.DataFrame:
        """Per group: raised and given side by side, and the articles behind them."""
        with self.reading():
            totals = self.totals(kind, by, filters)
            articles = self.query(*aggregate.articles_query(kind, by, filters))
        return aggregate.by_action(totals, by, articles)

    def facts(self, filters: Filters = ALL, limit: int | None = None, details: bool = False) -> pd.DataFrame:
        """Facts matching the filters with their article's title, date and link, in article order."""
        sql, params = aggregate.facts_query(filters, limit, details)
        return self.query(sql, params)

    def count_facts(self, filters: Filters = ALL) -> dict[str, int]:
        """How many facts match, how many are counted, how many are likely duplicates, and their articles."""
        where, params = aggregate.where(filters)
        n, counted, duplicates, articles = self.rows(
            f"""SELECT coalesce(sum(n), 0), coalesce(sum(counted), 0), coalesce(sum(duplicates), 0), count(*)
                FROM (SELECT f.article_id, count(*) AS n, count(*) FILTER (WHERE f.counted) AS counted,
                             count(*) FILTER (WHERE f.likely_duplicate) AS duplicates
                      FROM facts f WHERE {where} GROUP BY f.article_id) per_article""",
            params,
        )[0]
        return {"facts": int(n), "counted": int(counted), "duplicates": int(duplicates), "articles": int(articles)}

    def options(self) -> dict[str, list]:
        """The values the dashboard's filters offer (one pass over the facts)."""
        columns = ("year", "province", "province_2025", "campaign")
        sets = ", ".join(f"({c})" for c in columns)
        found = self.rows(f"SELECT {', '.join(columns)} FROM facts GROUP BY GROUPING SETS ({sets})")
        values = {c: sorted({row[i] for row in found if row[i] is not None}) for i, c in enumerate(columns)}
        values["year"] = [int(y) for y in values["year"]]
        return values

    def campaign_mentions(self, filters: Filters = ALL) -> pd.DataFrame:
        """Campaign mentions per (name, head, year, province, whether the article is about the Front) with how many
        articles name them."""
        where, params = aggregate.campaign_where(filters)
        return self.query(
            f"""SELECT c.name, c.head, c.year, a.province, a.relevant, count(DISTINCT c.article_id) AS articles
                FROM campaigns c JOIN articles a ON a.id = c.article_id WHERE {where}
                GROUP BY c.name, c.head, c.year, a.province, a.relevant ORDER BY c.name, c.year, a.province""",
            params,
        )

    def skipped(self, article_id: str) -> pd.DataFrame:
        """Figures of one article's page not taken as facts, with the reason."""
        return self.query("SELECT text, reason FROM skipped WHERE article_id = ? ORDER BY start_offset", [article_id])

    def stored_hashes(self, hashes: Sequence[str]) -> set[str]:
        if not hashes:
            return set()
        found = self.rows(f"SELECT content_hash FROM articles WHERE content_hash IN ({placeholders(hashes)})", list(hashes))
        return {h for (h,) in found}

    def user(self, name: str) -> tuple[str, str] | None:
        """(role, password hash) of a local account."""
        found = self.rows("SELECT role, password_hash FROM users WHERE name = ?", [name])
        return (found[0][0], found[0][1]) if found else None

    # --- writing ---------------------------------------------------------------------------
    def create(self, con: Any) -> None:
        """Tables of a new store, at the current schema version."""
        with self._transaction(con):
            for statement in schema.create_statements():
                self._rows(con, statement)

    def write(self, batch: list[ArticleRows], run: ImportRun, replace: bool = False) -> Written:
        """Stores a batch in one transaction; if that fails, each article in its own.

        An article that cannot be stored gets a Vietnamese line in `failed`;
        the others are stored all the same. replace: an article already stored
        (same text) gets these facts instead of its own (a re-extraction).
        """
        with self._writer(run.user) as con:
            try:
                with self._transaction(con):
                    written, import_id = self._write(con, batch, run, replace)
                run.id = import_id
                return written
            except StoreBusy:
                raise
            except Exception:  # one bad article must not cost the others: store them one by one
                total = Written()
                for rows in batch:
                    try:
                        with self._transaction(con):
                            written, import_id = self._write(con, [rows], run, replace)
                        run.id = import_id
                        total.added += written.added
                        total.skipped += written.skipped
                        total.replaced += written.replaced
                        total.facts += written.facts
                    except Exception as exc:
                        total.failed.append(f"{rows.id}: không lưu được bài vào kho ({type(exc).__name__}: {exc})")
                return total

    def _write(self, con: Any, batch: list[ArticleRows], run: ImportRun, replace: bool = False) -> tuple[Written, int]:
        hashes = [r.content_hash for r in batch]
        # Another writer may have stored some of these since we parsed them.
        query = f"SELECT content_hash, id FROM articles WHERE content_hash IN ({placeholders(hashes)})"
        stored = dict(self._rows(con, query, hashes))
        fresh = [r for r in batch if r.content_hash not in stored]
        again = [r for r in batch if r.content_hash in stored]
        skipped = [r.id for r in again]
        for rows in again:  # a store made before articles kept their text gets it now
            self._rows(con, "UPDATE articles SET text = ? WHERE content_hash = ? AND text IS NULL",
                       [rows.article.get("text"), rows.content_hash])  # fmt: skip
        kept: dict[str, tuple] = {}
        if replace:  # the article keeps its id and the import that brought it
            replaced = [r.with_id(stored[r.content_hash]) for r in again]
            ids = [r.id for r in replaced]
            kept = {i: (at, run_id) for i, at, run_id in self._rows(
                con, f"SELECT id, ingested_at, import_id FROM articles WHERE id IN ({placeholders(ids)})", ids)}  # fmt: skip
            self._clear(con, ids)
            fresh += replaced
            skipped = []
        ids = [r.id for r in fresh if r.content_hash not in stored]
        taken = {i for (i,) in self._rows(con, f"SELECT id FROM articles WHERE id IN ({placeholders(ids)})", ids)}
        placed = []
        for rows in fresh:
            if rows.content_hash in stored:  # re-extracted: keeps its id
                placed.append(rows)
                continue
            # Two different texts under one id (two files both saying "id": "1") are both kept.
            article_id = rows.id if rows.id not in taken else f"{rows.id}#{rows.content_hash[:8]}"
            taken.add(article_id)
            placed.append(rows.with_id(article_id))
        stamp = now()
        import_id = self._record_import(con, run, len(placed) - len(kept), stamp)
        tables = {
            "articles": [
                {**r.article, "ingested_at": kept.get(r.id, (stamp,))[0], "import_id": kept.get(r.id, (0, import_id))[1]}
                for r in placed
            ],  # fmt: skip
            "facts": [f for r in placed for f in r.facts],
            "campaigns": [c for r in placed for c in r.campaigns],
            "skipped": [s for r in placed for s in r.skipped],
        }
        for table, rows_of_table in tables.items():
            if rows_of_table:
                frame = schema.frame(table, rows_of_table)
                schema.check(table, frame)
                self._insert(con, table, frame)
        from metrics import reviews  # reviews build on the store: imported when used

        reviews.reapply(self, con, [r.content_hash for r in placed])
        self._mark_duplicates(con, [r.article["id"] for r in placed])
        self._rows(con, "UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'version'")
        if os.environ.get("MTTQ_TEST_PAUSE_IN_BATCH"):
            _pause_for_kill_test()
        added = [r.id for r in placed if r.id not in kept]
        return Written(added, skipped, [], len(tables["facts"]), [r.id for r in placed if r.id in kept]), import_id

    def _clear(self, con: Any, article_ids: list[str]) -> None:
        """Removes articles with their facts, mentions and skipped figures (reviews stay in their log);
        figures they made duplicates count again."""
        if not article_ids:
            return
        marks = placeholders(article_ids)
        echoes = self._rows(con, f"SELECT DISTINCT article_id FROM facts WHERE duplicate_of IN ({marks}) "
                                 f"AND article_id NOT IN ({marks})", article_ids * 2)  # fmt: skip
        for table, key in (("facts", "article_id"), ("campaigns", "article_id"), ("skipped", "article_id"),
                           ("articles", "id")):  # fmt: skip
            self._rows(con, f"DELETE FROM {table} WHERE {key} IN ({marks})", article_ids)
        self._mark_duplicates(con, [a for (a,) in echoes])

    def _record_import(self, con: Any, run: ImportRun, added: int, stamp: datetime) -> int:
        """The import run's row: made by its first batch (ids are taken under the write lock)."""
        if run.id is not None:
            self._rows(con, "UPDATE imports SET added = added + ?, finished_at = ? WHERE id = ?", [added, stamp, run.id])
            return run.id
        import_id = int(self._rows(con, "SELECT coalesce(max(id), 0) + 1 FROM imports")[0][0])
        self._rows(con, "INSERT INTO imports (id, user_name, origin, started_at, finished_at, added, failed) "
                        "VALUES (?, ?, ?, ?, ?, ?, 0)", [import_id, run.user, run.origin, stamp, stamp, added])  # fmt: skip
        return import_id

    def _mark_duplicates(self, con: Any, article_ids: list[str]) -> None:
        """Flags, among the groups the new articles touch, every report but the earliest.

        Only facts counted on their own take part: a rate or a target never
        makes another report a duplicate. A reviewer's "not counted" stays.
        """
        if not article_ids:
            return
        self._rows(
            con,
            f"""UPDATE facts SET likely_duplicate = d.rn > 1, reports = d.n,
                   duplicate_of = CASE WHEN d.rn > 1 THEN d.first_id END,
                   counted = d.rn = 1, not_counted = CASE WHEN d.rn > 1 THEN 'duplicate' END
                FROM (SELECT f.article_id, f.kind, f.start_offset, row_number() OVER w AS rn,
                             first_value(f.article_id) OVER w AS first_id,
                             count(*) OVER (PARTITION BY f.duplicate_key) AS n
                      FROM facts f JOIN articles a ON a.id = f.article_id
                      WHERE (f.counted OR (f.not_counted = 'duplicate' AND coalesce(f.review_state, 'confirmed') = 'confirmed'))
                        AND f.duplicate_key IN (SELECT duplicate_key FROM facts
                                                WHERE article_id IN ({placeholders(article_ids)}))
                      WINDOW w AS (PARTITION BY f.duplicate_key
                                   ORDER BY a.published NULLS LAST, f.article_id, f.start_offset)) d
                WHERE facts.article_id = d.article_id AND facts.kind = d.kind AND facts.start_offset = d.start_offset""",
            article_ids,
        )

    def remove_sample(self, mark: str, who: str) -> int:
        """Deletes the articles whose title opens with `mark` (the built-in sample corpus) with their facts,
        campaign mentions and skipped figures, in one transaction; returns how many articles went.

        A figure another article reported first only in the sample counts again, and the sample is not
        loaded again into this store (meta sample_removed).
        """
        sample, like = "SELECT id FROM articles WHERE title LIKE ?", [mark + "%"]
        with self._writer(who) as con, self._transaction(con):
            removed = int(self._rows(con, f"SELECT count(*) FROM ({sample}) s", like)[0][0])
            query = f"SELECT DISTINCT article_id FROM facts WHERE duplicate_of IN ({sample}) AND article_id NOT IN ({sample})"
            echoes = self._rows(con, query, like * 2)
            for table, key in (("facts", "article_id"), ("campaigns", "article_id"), ("skipped", "article_id"),
                               ("articles", "id")):  # fmt: skip
                self._rows(con, f"DELETE FROM {table} WHERE {key} IN ({sample})", like)
            self._mark_duplicates(con, [a for (a,) in echoes])
            self._rows(con, "DELETE FROM meta WHERE key = 'sample_removed'")
            self._rows(con, "INSERT INTO meta VALUES ('sample_removed', ?)", [now().isoformat()])
            self._rows(con, "UPDATE meta SET value = CAST(CAST(value AS BIGINT) + 1 AS VARCHAR) WHERE key = 'version'")
        return removed

    def finish_import(self, run: ImportRun, failed: int) -> None:
        """Records how many articles or files of the run failed."""
        if failed and run.id is not None:
            with self._writer(run.user) as con, self._transaction(con):
                self._rows(con, "UPDATE imports SET failed = failed + ? WHERE id = ?", [failed, run.id])

    def add_user(self, name: str, role: str, password_hash: str) -> None:
        with self._writer("python -m metrics user add") as con, self._transaction(con):
            self._rows(con, "DELETE FROM users WHERE name = ?", [name])
            self._rows(con, "INSERT INTO users VALUES (?, ?, ?, ?)", [name, role, password_hash, now()])

    def imports(self) -> pd.DataFrame:
        return self.query("SELECT * FROM imports ORDER BY id")


def typed(frame: pd.DataFrame) -> pd.DataFrame:
    """Known columns get the schema's dtypes (text and decimals as objects with None for null),
    so both backends give the same frames."""
    declared = {c.name: c.dtype for table in ("articles", "facts") for c in schema.TABLES[table]}
    out = {}
    for column in frame.columns:
        dtype = declared.get(column)
        series = frame[column]
        if dtype == "object":
            series = series.astype(object)
            out[column] = series.where(series.notna(), None)
        elif dtype and str(series.dtype) != dtype:
            out[column] = series.astype(dtype)
    return frame.assign(**out) if out else frame


def _pause_for_kill_test() -> None:
    """Lets the kill-during-ingest test stop the process inside a transaction."""
    Path(os.environ["MTTQ_TEST_PAUSE_IN_BATCH"]).write_text("in batch")
    time.sleep(60)
