"""The PostgreSQL store, for deployments with many readers and several writers.

Chosen by MTTQ_DATABASE_URL=postgresql://… Readers take a connection from a
pool (psycopg 3) for one page run or one query. Writers serialise on one
advisory lock, taken for a whole ingest run's batch; a second writer waits up
to Store.wait_seconds and is then told which program holds the lock.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import pandas as pd
import psycopg
from psycopg_pool import ConnectionPool

from metrics import migrations, schema
from metrics.store import Store, StoreBusy, now

# pg_advisory_lock key of the store's single writer ("MTTQ" in ASCII).
WRITE_LOCK = 0x4D545451


# A row store scans every column of a fact: the sidebar's filters go through indexes instead.
FILTER_INDEXES = tuple(f"CREATE INDEX facts_{c} ON facts ({c})" for c in ("year", "province", "province_2025", "campaign"))


def _sql(statement: str) -> str:
    """The shared SQL's `?` placeholders as psycopg's `%s`.

    >>> _sql("SELECT '5%' WHERE a = ?")
    "SELECT '5%%' WHERE a = %s"
    """
    return statement.replace("%", "%%").replace("?", "%s")


def _configure(con: psycopg.Connection) -> None:
    """Session settings for the dashboard's aggregations: sorts and hashes in memory, no JIT start-up per query."""
    con.execute("SET work_mem = '64MB'")
    con.execute("SET jit = off")


class PgStore(Store):
    backend = "postgresql"

    def __init__(self, url: str, max_connections: int = 10) -> None:
        super().__init__()
        self.url = url
        self.pool = ConnectionPool(url, min_size=1, max_size=max_connections, kwargs={"autocommit": True},
                                   configure=_configure, timeout=self.wait_seconds, open=True, name="mttq")  # fmt: skip
        if self.schema_version() < schema.SCHEMA_VERSION:
            with self._lock("cập nhật cấu trúc kho") as con:
                if not self._rows(con, "SELECT 1 FROM information_schema.tables WHERE table_name = 'meta'"):
                    self.create(con)
                    with self._transaction(con):
                        for statement in FILTER_INDEXES:
                            self._rows(con, statement)
                else:
                    self._upgrade(con)

    def _upgrade(self, con: psycopg.Connection) -> None:
        """An older store brought to the current schema, one step per transaction (PostgreSQL stores start at 5)."""
        found = self._rows(con, "SELECT value FROM meta WHERE key = 'schema_version'")
        for step in range(max(int(found[0][0]) if found else 5, 5) + 1, schema.SCHEMA_VERSION + 1):
            with self._transaction(con):
                for statement in migrations.STEPS[step]:
                    self._rows(con, statement)
                self._rows(con, "UPDATE meta SET value = ? WHERE key = 'schema_version'", [str(step)])

    def __repr__(self) -> str:
        return f"PgStore({psycopg.conninfo.make_conninfo(self.url, password='***')!r})"

    def close(self) -> None:
        self.pool.close()

    def schema_version(self) -> int:
        if not self.rows("SELECT 1 FROM information_schema.tables WHERE table_name = 'meta'"):
            return 0
        return super().schema_version()

    # --- connections -----------------------------------------------------------------------
    def _open_reader(self) -> psycopg.Connection:
        return self.pool.getconn()

    def _close_reader(self, con: psycopg.Connection) -> None:
        self.pool.putconn(con)

    @contextmanager
    def _lock(self, who: str) -> Iterator[psycopg.Connection]:
        with self.pool.connection() as con:
            # Whoever waits for us reads our name here (application_name would lose the Vietnamese letters).
            note = self._rows(con, "SELECT 'writer:' || pg_backend_pid()")[0][0]
            if self._rows(con, "SELECT 1 FROM information_schema.tables WHERE table_name = 'meta'"):
                self._rows(con, "DELETE FROM meta WHERE key = ?", [note])
                self._rows(con, "INSERT INTO meta VALUES (?, ?)", [note, f"{who} (từ {now():%d/%m/%Y %H:%M} UTC)"])
            con.execute(f"SET lock_timeout = '{int(self.wait_seconds * 1000)}ms'")
            try:
                con.execute("SELECT pg_advisory_lock(%s)", [WRITE_LOCK])
            except psycopg.errors.LockNotAvailable as exc:
                raise StoreBusy(self._busy_message(con)) from exc
            finally:
                con.execute("RESET lock_timeout")
            try:
                yield con
            finally:
                if not con.closed:
                    con.execute("SELECT pg_advisory_unlock(%s)", [WRITE_LOCK])
                    self._rows(con, "DELETE FROM meta WHERE key = ?", [note])

    def _busy_message(self, con: psycopg.Connection) -> str:
        found = self._rows(
            con,
            """SELECT m.value, a.usename, coalesce(host(a.client_addr), 'máy chủ'), a.pid
               FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
               LEFT JOIN meta m ON m.key = 'writer:' || a.pid
               WHERE l.locktype = 'advisory' AND l.granted AND l.objid = ?""",
            [WRITE_LOCK],
        )
        if found:
            note, user, host, pid = found[0]
            who = f"{note or 'một chương trình khác'} (tài khoản {user} từ {host}, tiến trình {pid})"
        else:
            who = "một chương trình khác"
        return (f"Kho dữ liệu đang được ghi bởi {who}; đã chờ {self.wait_seconds:g} giây. "
                "Hãy thử lại khi việc đó xong. Dữ liệu đã có không bị ảnh hưởng.")  # fmt: skip

    @contextmanager
    def _transaction(self, con: psycopg.Connection) -> Iterator[None]:
        with con.transaction():
            yield

    # --- statements --------------------------------------------------------------------------
    def _rows(self, con: psycopg.Connection, sql: str, params: Sequence[Any] = ()) -> list[tuple]:
        cursor = con.execute(_sql(sql), list(params))
        return cursor.fetchall() if cursor.description else []

    def _frame(self, con: psycopg.Connection, sql: str, params: Sequence[Any] = ()) -> pd.DataFrame:
        cursor = con.execute(_sql(sql), list(params))
        return pd.DataFrame(cursor.fetchall(), columns=[d.name for d in cursor.description or ()])

    def _insert(self, con: psycopg.Connection, table: str, frame: pd.DataFrame) -> None:
        columns = [frame[c].astype(object).tolist() for c in frame.columns]
        with con.cursor().copy(f"COPY {table} ({', '.join(frame.columns)}) FROM STDIN") as copy:
            for row in zip(*columns, strict=True):
                copy.write_row([None if v is None or v is pd.NA or v is pd.NaT else v for v in row])

    def version(self) -> str:
        """A counter every committed batch raises."""
        return str(self.rows("SELECT value FROM meta WHERE key = 'version'")[0][0])
