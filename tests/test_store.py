"""The store: idempotent ingest, kill mid-batch, migration, duplicates, CSV export."""

import csv
import io
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb

from metrics import export, storage
from metrics.aggregate import totals

ROOT = Path(__file__).resolve().parents[1]
A = "Tin A\nNăm 2021, Ủy ban MTTQ tỉnh Nghệ An vận động được trên 5 tỷ đồng cho Quỹ “Vì người nghèo”.\n"
B = "Tin B\nNăm 2021, Ủy ban MTTQ tỉnh Nghệ An tiếp nhận trên 5 tỷ đồng cho Quỹ “Vì người nghèo”.\n"


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def test_ingest_is_idempotent_by_content(tmp_path):
    con = storage.connect(tmp_path / "s.duckdb")
    _write(tmp_path / "in", "a.txt", A)
    _write(tmp_path / "in", "copy_of_a.txt", A)
    first = storage.ingest_paths(con, [str(tmp_path / "in")])
    assert len(first.added) == 1 and len(first.skipped) == 1
    again = storage.ingest_paths(con, [str(tmp_path / "in")])
    assert again.added == [] and len(again.skipped) == 2


def test_bad_file_reported_and_nothing_lost(tmp_path):
    con = storage.connect(tmp_path / "s.duckdb")
    storage.ingest_uploads(con, [("a.txt", A.encode())])
    result = storage.ingest_uploads(con, [("bad.txt", b"\x00\x00"), ("b.txt", B.encode())])
    assert len(result.added) == 1 and "bad.txt: tệp nhị phân, không phải văn bản" in result.failed[0]
    assert storage.stats(con)["articles"] == 2


def test_duplicates_flagged_once_counted(tmp_path):
    con = storage.connect(tmp_path / "s.duckdb")
    storage.ingest_uploads(con, [("a.txt", A.encode()), ("b.txt", B.encode())])
    facts = storage.facts_frame(con)
    assert facts["likely_duplicate"].tolist() == [False, True]
    row = totals(facts).iloc[0]
    assert (row["total"], row["duplicates_left_out"], bool(row["at_least"])) == (5e9, 1, True)


def test_migration_from_version_one(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    storage.migrate(con, target=1)
    con.execute("INSERT INTO articles (id, content_hash) VALUES ('old', 'h')")
    con.close()
    con = storage.connect(path)
    assert storage.stats(con)["schema_version"] == storage.SCHEMA_VERSION == 4
    assert con.execute("SELECT id, ward FROM articles").fetchall() == [("old", None)]


def test_kill_during_ingest_leaves_store_as_before(tmp_path):
    store = tmp_path / "data"
    env = {**os.environ, "MTTQ_DATA_DIR": str(store)}
    _write(tmp_path / "one", "a.txt", A)
    subprocess.run([sys.executable, "-m", "metrics", "ingest", str(tmp_path / "one")], env=env, cwd=ROOT, check=True,
                   capture_output=True)  # fmt: skip
    _write(tmp_path / "two", "b.txt", B)
    flag = tmp_path / "in_batch"
    proc = subprocess.Popen([sys.executable, "-m", "metrics", "ingest", str(tmp_path / "two")], cwd=ROOT,
                            env={**env, "MTTQ_TEST_PAUSE_IN_BATCH": str(flag)})  # fmt: skip
    deadline = time.time() + 60
    while not flag.exists() and time.time() < deadline:
        time.sleep(0.1)
    assert flag.exists(), "ingest never reached its batch"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = storage.connect(store / "mttq.duckdb")
    assert storage.stats(con)["articles"] == 1
    assert con.execute("SELECT count(*) FROM facts").fetchone()[0] == 1


def test_csv_has_bom_vietnamese_and_no_formulas(tmp_path):
    con = storage.connect(tmp_path / "s.duckdb")
    storage.ingest_uploads(con, [("a.txt", A.replace("Tin A", "=Tin A").encode())])
    data = export.to_csv_bytes(storage.facts_frame(con, details=True))
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["Tỉnh/thành (lúc đó)"] == "Nghệ An" and rows[0]["Số tiền (đồng)"] == "5000000000"
    assert rows[0]["Tiêu đề"] == "'=Tin A"
    header = data.decode("utf-8-sig").split("\r\n")[0]
    assert header == ",".join(export.VIETNAMESE_HEADERS[c] for c in export.EXPORT_COLUMNS)


def test_xlsx_and_parquet(tmp_path):
    import pandas as pd

    con = storage.connect(tmp_path / "s.duckdb")
    storage.ingest_uploads(con, [("a.txt", A.encode())])
    facts = storage.facts_frame(con, details=True)
    assert pd.read_excel(io.BytesIO(export.to_xlsx_bytes(facts)))["Tỉnh/thành (lúc đó)"].tolist() == ["Nghệ An"]
    assert pd.read_parquet(io.BytesIO(export.to_parquet_bytes(facts)))["value_vnd"].tolist() == [5_000_000_000]


def test_sample_corpus(tmp_path):
    con = storage.connect(tmp_path / "s.duckdb")
    result = storage.ensure_sample(con)
    assert result and len(result.added) >= 40 and not result.failed
    facts = storage.facts_frame(con)
    assert facts["province"].nunique() >= 10 and set(facts["year"]) >= set(range(2019, 2026))
    assert storage.ensure_sample(con) is None


def test_same_id_different_texts_both_kept(tmp_path):
    con = storage.connect(tmp_path / "s.duckdb")
    rows = '{"id": "1", "text": "Tin A. Trao 5 tỷ đồng."}\n{"id": "1", "text": "Tin B. Trao 7 tỷ đồng."}\n'
    result = storage.ingest_uploads(con, [("a.jsonl", rows.encode())])
    assert len(result.added) == 2 and result.added[0] == "1" and result.added[1].startswith("1#")
    again = storage.ingest_uploads(
        con, [("b.jsonl", b'{"id": "1", "text": "Tin C. Trao 9 t\xe1\xbb\xb7 \xc4\x91\xe1\xbb\x93ng."}\n')]
    )
    assert again.added[0].startswith("1#") and storage.stats(con)["facts"]["money"] == 3
