"""Readers and writers at once: a command-line ingest while the dashboard reads, on DuckDB and PostgreSQL."""

import subprocess
import sys
import time
from pathlib import Path

from streamlit.testing.v1 import AppTest

from metrics import storage

ROOT = Path(__file__).resolve().parents[1]
N = 80


def _articles(folder: Path) -> None:
    folder.mkdir()
    for i in range(N):
        text = f"Tin {i}\nNăm 2024, Ủy ban MTTQ tỉnh Cao Bằng trao {i + 1} triệu đồng cho hộ nghèo.\n"
        (folder / f"{i:03}.txt").write_text(text, encoding="utf-8")


def _shown_figures(at: AppTest) -> int:
    return int(at.markdown[0].value.split("**")[1].replace(".", ""))


def test_cli_ingest_while_the_dashboard_reads(store_env, tmp_path):
    import streamlit as st

    st.cache_data.clear()
    st.cache_resource.clear()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("app_pages/du_lieu.py").run()
    before = _shown_figures(at)
    _articles(tmp_path / "in")
    proc = subprocess.Popen([sys.executable, "-m", "metrics", "ingest", str(tmp_path / "in")], cwd=ROOT,
                            env={**store_env, "MTTQ_BATCH_SIZE": "4"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)  # fmt: skip
    views = 0
    while proc.poll() is None or views == 0:  # the dashboard keeps being used while the ingest runs
        for page in ("tong_quan", "du_lieu", "theo_dia_phuong"):
            at.switch_page(f"app_pages/{page}.py").run()
            assert not at.exception and not at.error, (page, at.exception, [e.value for e in at.error])
            views += 1
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert f'"added": {N}' in out and views >= 3
    at.switch_page("app_pages/du_lieu.py").run()
    assert _shown_figures(at) == before + N  # the new figures show once the ingest has committed
    at.switch_page("app_pages/tong_quan.py").run()
    store = storage.open_store()
    assert store.stats()["articles"] == 51 + N
    assert store.totals("money", filters=store_filters())["total"].tolist() == [sum(range(1, N + 1)) * 1e6]
    store.close()


def store_filters():
    from metrics.aggregate import Filters

    return Filters(provinces=("Cao Bằng",), years=(2024,))


def test_the_dashboard_upload_waits_for_a_command_line_writer(store_env, tmp_path, monkeypatch):
    """An upload while another program writes: it waits, then stores; or it says who writes."""
    from metrics.ingest import ingest_uploads

    store = storage.open_store()
    flag = tmp_path / "in_batch"
    _articles(tmp_path / "in")
    proc = subprocess.Popen([sys.executable, "-m", "metrics", "ingest", str(tmp_path / "in")], cwd=ROOT,
                            env={**store_env, "MTTQ_TEST_PAUSE_IN_BATCH": str(flag)})  # fmt: skip
    deadline = time.time() + 60
    while not flag.exists() and time.time() < deadline:
        time.sleep(0.05)
    monkeypatch.setattr(type(store), "wait_seconds", 1.0)
    try:
        ingest_uploads(store, [("a.txt", "Tin\nỦy ban MTTQ tỉnh Huế trao 2 tỷ đồng.".encode())], user="lan")
        raise AssertionError("the upload should have waited for the other writer")
    except Exception as exc:
        assert "đang được ghi bởi" in str(exc) and "dòng lệnh" in str(exc), exc
    finally:
        proc.kill()
        proc.wait()
    result = ingest_uploads(store, [("a.txt", "Tin\nỦy ban MTTQ tỉnh Huế trao 2 tỷ đồng.".encode())], user="lan")
    assert len(result.added) == 1 and store.stats()["articles"] == 1
    store.close()
