import json
import os
import sys
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
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tools"))
import pg_server  # noqa: E402


@pytest.fixture(scope="session")
def pg_server_url():
    """A PostgreSQL server in a temporary folder on a free 127.0.0.1 port, stopped after the tests."""
    reason = pg_server.missing_reason()
    if reason:
        pytest.skip(reason)
    with pg_server.server() as url:
        yield url


@pytest.fixture
def pg_url(pg_server_url):
    """A new, empty database on the test server."""
    return pg_server.new_database(pg_server_url, f"t{uuid.uuid4().hex[:12]}")


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


@pytest.fixture
def app_store(tmp_path, monkeypatch):
    """The app's store: a DuckDB file in an empty folder (the app loads the sample corpus into it); caches cleared."""
    monkeypatch.setenv("MTTQ_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("MTTQ_DATABASE_URL", raising=False)
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    return tmp_path
