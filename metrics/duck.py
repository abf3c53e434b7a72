"""The DuckDB store: one file in the data folder, nothing to install.

DuckDB lets many processes read a file, or one write it. So nobody keeps
it open: a reader opens it read-only for one page run or one query, a writer
read-write for one batch, and each waits (up to Store.wait_seconds) while
the other kind holds it. The writer leaves its name in a file beside the
store, so whoever waits too long is told who is writing.
"""

from __future__ import annotations

import getpass
import json
import os
import random
import socket
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import duckdb
import pandas as pd

from metrics import migrations, schema
from metrics.store import Store, StoreBusy, now

T = TypeVar("T")
# DuckDB's file lock keeps other processes out, not other threads of this one (the app's sessions share one
# database there): writers in this process take turns on this lock, one per store file.
_WRITERS: dict[str, threading.Lock] = {}
_WRITERS_GUARD = threading.Lock()
WRITER_MEMORY = os.environ.get("MTTQ_DUCKDB_MEMORY", "128MB")  # what a writing connection may hold before spilling


class DuckStore(Store):
    backend = "duckdb"

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._writer_file = self.path.with_name(self.path.name + ".writer")
        if not self.path.exists() or self.schema_version() < schema.SCHEMA_VERSION:
            with self._lock("cập nhật cấu trúc kho") as con:
                migrate(con)

    def __repr__(self) -> str:
        return f"DuckStore({str(self.path)!r})"

    # --- connections -----------------------------------------------------------------------
    def _open_reader(self) -> duckdb.DuckDBPyConnection:
        return self._waiting(lambda: duckdb.connect(str(self.path), read_only=True))

    def _close_reader(self, con: duckdb.DuckDBPyConnection) -> None:
        con.close()

    @contextmanager
    def _lock(self, who: str) -> Iterator[duckdb.DuckDBPyConnection]:
        with _WRITERS_GUARD:
            turn = _WRITERS.setdefault(str(self.path.resolve()), threading.Lock())
        if not turn.acquire(timeout=self.wait_seconds):
            raise StoreBusy(self._busy_message())
        try:
            with self._locked(who) as con:
                yield con
        finally:
            turn.release()

    @contextmanager
    def _locked(self, who: str) -> Iterator[duckdb.DuckDBPyConnection]:
        con = self._waiting(lambda: duckdb.connect(str(self.path)))
        # DuckDB keeps what it has read and written in memory up to most of the machine's: an ingest of the whole
        # corpus grew to 600 MB. Bounded, it spills to disk, and memory stays that of a batch.
        con.execute(f"SET memory_limit = '{WRITER_MEMORY}'")
        mine = json.dumps({"who": who, "user": _login(), "host": socket.gethostname(), "pid": os.getpid(),
                           "since": now().isoformat(timespec="seconds")}, ensure_ascii=False)  # fmt: skip
        try:
            self._writer_file.write_text(mine, encoding="utf-8")
            yield con
        finally:
            # Before closing: once closed, the next writer may already have written its own name.
            self._writer_file.unlink(missing_ok=True)
            con.close()

    def _waiting(self, connect: Callable[[], T]) -> T:
        """connect(), retried while another connection holds the file in a conflicting mode."""
        deadline = time.monotonic() + self.wait_seconds
        pause = 0.02
        while True:
            try:
                return connect()
            except (duckdb.IOException, duckdb.ConnectionException) as exc:
                if not _is_lock_conflict(exc):
                    raise
                if time.monotonic() > deadline:
                    raise StoreBusy(self._busy_message()) from exc
                time.sleep(pause * (1 + random.random()))
                pause = min(pause * 2, 0.5)

    def _busy_message(self) -> str:
        try:
            w = json.loads(self._writer_file.read_text(encoding="utf-8"))
            who = f"{w['who']} (tài khoản {w['user']} trên máy {w['host']}, tiến trình {w['pid']}, từ {w['since']} UTC)"
        except (OSError, ValueError, KeyError):
            who = "một tiến trình khác (có thể là một lệnh python -m metrics hoặc một trang Nhập dữ liệu)"
        return (f"Kho dữ liệu {self.path} đang được ghi bởi {who}; đã chờ {self.wait_seconds:g} giây. "
                "Hãy thử lại khi việc đó xong. Dữ liệu đã có không bị ảnh hưởng.")  # fmt: skip

    @contextmanager
    def _transaction(self, con: duckdb.DuckDBPyConnection) -> Iterator[None]:
        con.execute("BEGIN")
        try:
            yield
        except BaseException:
            con.execute("ROLLBACK")
            raise
        con.execute("COMMIT")

    # --- statements --------------------------------------------------------------------------
    def _rows(self, con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        cursor = con.execute(sql, list(params))
        return cursor.fetchall() if cursor.description else []

    def _frame(self, con: duckdb.DuckDBPyConnection, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        # Through Arrow: several times faster than .df() for text, and DECIMAL stays Decimal.
        return con.sql(sql, params=list(params)).to_arrow_table().to_pandas()

    def _insert(self, con: duckdb.DuckDBPyConnection, table: str, frame: pd.DataFrame) -> None:
        columns = ", ".join(frame.columns)
        con.register("_rows", frame)
        try:
            con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM _rows")
        finally:
            con.unregister("_rows")

    def version(self) -> str:
        """The file's and its write-ahead log's size and time: a commit changes them, a reader never does."""
        parts = []
        for path in (self.path, self.path.with_name(self.path.name + ".wal")):
            try:
                st = path.stat()
                parts.append(f"{st.st_mtime_ns}:{st.st_size}")
            except FileNotFoundError:
                parts.append("-")
        return "/".join(parts)


def migrate(con: duckdb.DuckDBPyConnection, target: int = schema.SCHEMA_VERSION) -> int:
    """Creates a new store, or brings an older one up to `target`, one step per transaction."""
    tables = {t for (t,) in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    if not tables and target == schema.SCHEMA_VERSION:
        con.execute("BEGIN")
        for statement in schema.create_statements():
            con.execute(statement)
        con.execute("COMMIT")
        return target
    con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    version = int(row[0]) if row else 0
    for step in range(version + 1, target + 1):
        con.execute("BEGIN")
        for statement in migrations.STEPS[step]:
            con.execute(statement)
        con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(step)])
        con.execute("COMMIT")
    return max(version, target)


def _is_lock_conflict(exc: Exception) -> bool:
    text = str(exc)
    return "lock" in text.lower() or "different configuration" in text


def _login() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "?"
