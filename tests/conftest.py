import json
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = SHARED / "seeds"


@pytest.fixture
def seeds() -> Path:
    if not (SEEDS / "gold.jsonl").exists():
        pytest.skip(f"seed articles not found at {SEEDS} (the shared/ folder lives beside the project)")
    return SEEDS


@pytest.fixture
def gold(seeds: Path) -> list[dict]:
    return [json.loads(line) for line in (seeds / "gold.jsonl").open(encoding="utf-8")]


# --- stores: every store test runs on DuckDB and on a real PostgreSQL server ------------------------------------
# Debian's postgresql package: /usr/lib/postgresql/<version>/bin (the newest installed), or $MTTQ_PG_BIN.
_INSTALLED = sorted(
    Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]) if p.parts[-3].isdigit() else 0
)
PG_BIN = Path(os.environ.get("MTTQ_PG_BIN") or (_INSTALLED[-1].parent if _INSTALLED else "/usr/lib/postgresql/15/bin"))


def _as_postgres_user(args: list[str]) -> list[str]:
    """PostgreSQL refuses to run as root: as root, run it as the `postgres` account."""
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


@pytest.fixture(scope="session")
def pg_server():
    """A PostgreSQL server in a temporary folder on a free 127.0.0.1 port, stopped after the tests."""
    if not (PG_BIN / "initdb").exists():
        pytest.skip(f"PostgreSQL not installed ({PG_BIN}/initdb missing: apt-get install postgresql; .ci/run does)")
    folder = Path(tempfile.mkdtemp(prefix="mttq-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    subprocess.run(_as_postgres_user([str(PG_BIN / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres",
                                      "--no-sync"]), check=True, capture_output=True)  # fmt: skip
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    options = f"-p {port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off"
    subprocess.run(_as_postgres_user([str(PG_BIN / "pg_ctl"), "-D", str(data), "-o", options, "-l",
                                      str(folder / "log"), "-w", "start"]), check=True, capture_output=True)  # fmt: skip
    try:
        yield f"postgresql://postgres@127.0.0.1:{port}"
    finally:
        subprocess.run(_as_postgres_user([str(PG_BIN / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]),
                       capture_output=True)  # fmt: skip
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def pg_url(pg_server):
    """A new, empty database on the test server."""
    import psycopg

    name = f"t{uuid.uuid4().hex[:12]}"
    with psycopg.connect(f"{pg_server}/postgres", autocommit=True) as con:
        con.execute(f"CREATE DATABASE {name}")
    return f"{pg_server}/{name}"


@pytest.fixture(params=["duckdb", "postgresql"])
def store_target(request, tmp_path):
    """Where a test's store lives: a DuckDB file, or a fresh PostgreSQL database."""
    if request.param == "duckdb":
        return str(tmp_path / "store" / "mttq.duckdb")
    return request.getfixturevalue("pg_url")


@pytest.fixture
def store(store_target):
    from metrics.storage import open_store

    opened = open_store(store_target)
    yield opened
    opened.close()


@pytest.fixture
def store_env(store_target, monkeypatch):
    """The environment that points the command line (and the app) at the test's store."""
    if store_target.startswith("postgresql://"):
        monkeypatch.setenv("MTTQ_DATABASE_URL", store_target)
        monkeypatch.delenv("MTTQ_DATA_DIR", raising=False)
    else:
        monkeypatch.delenv("MTTQ_DATABASE_URL", raising=False)
        monkeypatch.setenv("MTTQ_DATA_DIR", str(Path(store_target).parent))
    return {**os.environ}
