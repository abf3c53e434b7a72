"""A throwaway PostgreSQL server (Debian's postgresql package) for the tests and benchmarks.

initdb and pg_ctl in a temporary folder, listening on a free 127.0.0.1 port;
as root it runs as the `postgres` account, since PostgreSQL refuses root.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


def _installed() -> Path | None:
    """$MTTQ_PG_BIN, else the newest /usr/lib/postgresql/<version>/bin."""
    if os.environ.get("MTTQ_PG_BIN"):
        return Path(os.environ["MTTQ_PG_BIN"])
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=_major)
    return found[-1].parent if found else None


def _major(initdb: Path) -> int:
    version = initdb.parts[-3]
    return int(version) if version.isdigit() else 0


PG_BIN = _installed()


def missing_reason() -> str | None:
    if PG_BIN is None or not (PG_BIN / "initdb").exists():
        return "PostgreSQL not installed (no /usr/lib/postgresql/*/bin/initdb: apt-get install postgresql; .ci/run does)"
    return None


def _as_postgres(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@contextmanager
def server() -> Iterator[str]:
    """Yields the server's URL (postgresql://postgres@127.0.0.1:PORT); stops and removes it afterwards."""
    assert PG_BIN is not None, missing_reason()
    folder = Path(tempfile.mkdtemp(prefix="mttq-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    subprocess.run(_as_postgres([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "--no-sync"]),
                   check=True, capture_output=True)  # fmt: skip
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w",
                                 "start"]), check=True, capture_output=True)  # fmt: skip
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_postgres([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]), capture_output=True)
        shutil.rmtree(folder, ignore_errors=True)


def new_database(url: str, name: str) -> str:
    """Creates database `name` on the server at `url`; returns its URL."""
    import psycopg

    with psycopg.connect(f"{url}/postgres", autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    return f"{url}/{name}"
