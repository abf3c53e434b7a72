"""The store, on DuckDB and on PostgreSQL: idempotent ingest, kill mid-batch, counted figures, duplicates, exports."""

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

import duckdb
import pandas as pd
import pytest

from metrics import duck, export, labels, records, schema, storage
from metrics.aggregate import Filters
from metrics.ingest import ingest_paths, ingest_uploads

ROOT = Path(__file__).resolve().parents[1]
A = "Tin A\nNăm 2021, Ủy ban MTTQ tỉnh Nghệ An vận động được trên 5 tỷ đồng cho Quỹ “Vì người nghèo”.\n"
B = "Tin B\nNăm 2021, Ủy ban MTTQ tỉnh Nghệ An tiếp nhận trên 5 tỷ đồng cho Quỹ “Vì người nghèo”.\n"


def _write(folder: Path, name: str, text: str) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")


def _count(store, table: str) -> int:
    return store.rows(f"SELECT count(*) FROM {table}")[0][0]


def test_ingest_is_idempotent_by_content(store, tmp_path):
    _write(tmp_path / "in", "a.txt", A)
    _write(tmp_path / "in", "copy_of_a.txt", A)
    first = ingest_paths(store, [str(tmp_path / "in")])
    assert len(first.added) == 1 and len(first.skipped) == 1
    again = ingest_paths(store, [str(tmp_path / "in")])
    assert again.added == [] and len(again.skipped) == 2


def test_bad_file_reported_and_nothing_lost(store):
    ingest_uploads(store, [("a.txt", A.encode())])
    result = ingest_uploads(store, [("bad.txt", b"\x00\x00"), ("b.txt", B.encode())])
    assert len(result.added) == 1 and "bad.txt: tệp nhị phân, không phải văn bản" in result.failed[0]
    assert store.stats()["articles"] == 2


def test_uploads_reported_file_by_file(store):
    """The import page's table: each file's own added, already stored and unread; a warning is no failure."""
    from metrics.ingest import ingest_files

    ingest_uploads(store, [("a.txt", A.encode())])
    late = json.dumps({"text": B, "published": "ngày mai"}, ensure_ascii=False)
    results = dict(ingest_files(store, [("a_lai.txt", A.encode()), ("bad.txt", b"\x00\x00"),
                                        ("b.jsonl", f'{late}\n{{"text": x\n'.encode())]))  # fmt: skip
    assert [len(results["a_lai.txt"].skipped), len(results["a_lai.txt"].added)] == [1, 0]
    assert results["bad.txt"].failed == ["bad.txt: tệp nhị phân, không phải văn bản"]
    b = results["b.jsonl"]
    assert len(b.added) == 1 and b.warnings == 1 and len(b.failed) == 2  # the bad date read past; line 2 not read
    assert any(f.startswith("b.jsonl:2: JSON không hợp lệ") for f in b.failed)


def test_duplicates_flagged_once_counted(store):
    ingest_uploads(store, [("a.txt", A.encode()), ("b.txt", B.encode())])
    facts = store.facts()
    assert facts["likely_duplicate"].tolist() == [False, True]
    assert facts["not_counted"].tolist()[1] == "duplicate" and facts["duplicate_of"].tolist()[1] == facts["article_id"][0]
    (row,) = store.totals("money").to_dict("records")
    assert (row["total"], row["duplicates_left_out"], row["bound"]) == (5e9, 1, "at_least")


def test_an_earlier_report_ingested_later_becomes_the_counted_one(store):
    late = json.dumps({"id": "late", "published": "2021-06-01", "text": A})
    early = json.dumps({"id": "early", "published": "2021-01-01", "text": B})
    ingest_uploads(store, [("late.jsonl", late.encode())])
    ingest_uploads(store, [("early.jsonl", early.encode())])
    facts = store.facts().set_index("article_id")
    assert bool(facts.loc["early", "counted"]) and not bool(facts.loc["late", "counted"])
    assert facts.loc["late", "duplicate_of"] == "early" and int(facts.loc["early", "reports"]) == 2
    assert store.totals("money")["total"].tolist() == [5e9]


def test_totals_add_counted_facts_only_and_keep_raised_and_given_apart(store):
    text = ("Tin\nNăm 2022, Ủy ban MTTQ tỉnh Nghệ An vận động được 8 tỷ đồng. "
            "Ủy ban MTTQ tỉnh Nghệ An trao 3 tỷ đồng cho 30 hộ nghèo, mỗi suất 500.000 đồng.")  # fmt: skip
    ingest_uploads(store, [("a.txt", text.encode())])
    by_action = dict(zip(*store.totals("money", ["year"])[["action", "total"]].T.values, strict=True))
    assert by_action == {"raised": 8e9, "given": 3e9}
    wide = store.totals_by_action("money", ["province"]).to_dict("records")
    assert wide == [{"province": "Nghệ An", "raised": 8e9, "given": 3e9, "raised_bound": "exact",
                     "given_bound": "exact", "articles": 1}]  # fmt: skip
    facts = store.facts(Filters(kinds=("money",)))
    assert facts.loc[facts["rate"], "not_counted"].tolist() == ["rate"]
    assert store.count_facts(Filters(counted_only=True))["facts"] == 3  # two amounts and the households


NATIONAL = ("Tin\nNăm 2019, đến hết tháng 7, Quỹ Vì người nghèo Trung ương tiếp nhận trên 43 tỷ đồng; 63 tỉnh, thành "
            "tiếp nhận hơn 534 tỷ đồng. Trong năm 2018, các tổ chức và cá nhân đã ủng hộ Quỹ Vì người nghèo Trung ương 945 tỷ "
            "đồng.")  # fmt: skip
NGHE_AN = "Tin\nNăm 2019, Ủy ban MTTQ tỉnh Nghệ An vận động được gần 64 tỷ đồng ủng hộ chương trình “Tết vì người nghèo”."


def test_national_and_local_totals_stay_apart_and_a_near_figure_is_no_lower_bound(store):
    """The 63 provinces' 534 tỷ may hold Nghệ An's 64 tỷ: totals split by level never add them; a total of a
    "hơn" and a "gần" figure is "about", never "at least"."""
    ingest_uploads(store, [("tw.txt", NATIONAL.encode()), ("na.txt", NGHE_AN.encode())])
    rows = store.totals("money", ["year", "level"])[["year", "level", "total", "bound"]].values.tolist()
    assert rows == [[2018, "national", 945e9, "exact"], [2019, "local", 64e9, "under"], [2019, "national", 577e9, "at_least"]]
    (mixed,) = store.totals("money", ["year"], Filters(years=(2019,)))["bound"].tolist()
    assert mixed == "about"
    local = store.totals("money", [], Filters(levels=("local",)))
    assert local["total"].tolist() == [64e9] and store.count_facts(Filters(levels=("national",)))["facts"] == 3
    assert store.count_facts(Filters(levels=("national", "local")))["facts"] == 4
    by_province = store.totals_by_action("money", ["province", "level"]).to_dict("records")
    assert sorted((r["level"], r["province"] or "", r["raised"]) for r in by_province) == [
        ("local", "Nghệ An", 64e9), ("national", "", 945e9 + 577e9)]  # fmt: skip
    assert set(store.facts(Filters(kinds=("money",)))["level"]) == {"national", "local"}


def test_not_counted_defaults_and_parser_fields(store, monkeypatch):
    """Records from a parser with the issue-10 fields are taken as they are; without them, defaults apply."""
    real = records.article_rows

    def with_fields(record, digest):
        record = {**record, "relevant": record["id"] != "off"}
        if record["id"] == "parts":
            record["money"] = [{**m, "counted": False, "not_counted": "part", "part_of": 10} for m in record["money"]]
        return real(record, digest)

    monkeypatch.setattr("metrics.ingest.article_rows", with_fields)
    rows = [{"id": i, "text": f"Tin {i}. Ủy ban MTTQ tỉnh Huế trao 2 tỷ đồng năm 2023."} for i in ("off", "parts", "ok")]
    ingest_uploads(store, [("a.jsonl", "\n".join(map(json.dumps, rows)).encode())])
    facts = store.facts(details=True).set_index("article_id")
    assert facts.loc["off", "not_counted"] == "not_front" and not facts.loc["off", "relevant"]
    assert facts.loc["parts", "not_counted"] == "part" and facts.loc["parts", "part_of"] == 10
    assert bool(facts.loc["ok", "counted"]) and store.totals("money")["total"].tolist() == [2e9]


def test_amount_too_large_for_bigint_never_crashes_ingest(store, monkeypatch):
    """A figure of "20 tỷ tỷ đồng" is 2×10^19 đồng: listed as skipped; its article and the others are stored."""
    rows = [{"id": "big", "text": "Tin lớn. Ủy ban MTTQ trao 20 tỷ tỷ đồng và 5 triệu đồng năm 2023."},
            {"id": "ok", "text": "Tin thường. Ủy ban MTTQ tỉnh Huế trao 2 tỷ đồng năm 2023."}]  # fmt: skip
    result = ingest_uploads(store, [("a.jsonl", "\n".join(map(json.dumps, rows)).encode())])
    assert sorted(result.added) == ["big", "ok"] and not result.failed
    assert sorted(store.facts()["value_vnd"].tolist()) == [5_000_000, 2_000_000_000]
    assert store.skipped("big")["text"].tolist() == ["20 tỷ tỷ đồng"]
    # Whatever the parsers let through, the store keeps out what its columns cannot hold.
    real = records.article_rows

    def huge(record, digest):
        record["money"] = [{**m, "value": 2 * 10**19, "value_vnd": 2 * 10**19} for m in record["money"]]
        return real(record, digest)

    monkeypatch.setattr("metrics.ingest.article_rows", huge)
    result = ingest_uploads(store, [("b.txt", "Tin\nỦy ban MTTQ tỉnh Huế trao 3 tỷ đồng năm 2023.".encode())])
    assert len(result.added) == 1 and not result.failed and result.facts == 0
    assert store.skipped(result.added[0])["reason"].tolist() == [records.TOO_LARGE]


def test_one_article_that_cannot_be_stored_costs_the_others_nothing(store, monkeypatch):
    real = records.article_rows

    def broken_year(record, digest):
        rows = real(record, digest)
        if record["id"] == "bad":
            rows.facts = [{**f, "year": 10**12} for f in rows.facts]  # beyond INTEGER: the database refuses it
        return rows

    monkeypatch.setattr("metrics.ingest.article_rows", broken_year)
    rows = [{"id": i, "text": f"Tin {i}. Ủy ban MTTQ tỉnh Huế trao {n} tỷ đồng năm 2023."} for n, i in enumerate("abcd", 1)]
    rows.insert(2, {"id": "bad", "text": "Tin hỏng. Ủy ban MTTQ tỉnh Huế trao 9 tỷ đồng năm 2023."})
    result = ingest_uploads(store, [("a.jsonl", "\n".join(map(json.dumps, rows)).encode())])
    assert sorted(result.added) == ["a", "b", "c", "d"] and result.facts == 4
    (failure,) = result.failed
    assert failure.startswith("bad: không lưu được bài vào kho")
    assert _count(store, "articles") == 4 and _count(store, "facts") == 4


def test_each_import_records_who_did_it(store):
    ingest_uploads(store, [("a.txt", A.encode())], user="lan")
    ingest_paths(store, [str(ROOT / "sample_data")], user="minh (dòng lệnh)")
    imports = store.imports()
    assert imports["user_name"].tolist() == ["lan", "minh (dòng lệnh)"]
    assert imports["origin"].tolist() == ["trang Nhập dữ liệu", "dòng lệnh"] and imports["added"].iloc[0] == 1
    assert store.rows("SELECT count(*) FROM articles WHERE import_id = 2")[0][0] == imports["added"].iloc[1] > 40


def test_version_changes_when_content_does(store):
    before = store.version()
    assert store.version() == before and store.stats()["articles"] == 0
    ingest_uploads(store, [("a.txt", A.encode())])
    assert store.version() != before


def test_kill_during_ingest_leaves_store_as_before(store_target, store_env, tmp_path):
    _write(tmp_path / "one", "a.txt", A)
    subprocess.run([sys.executable, "-m", "metrics", "ingest", str(tmp_path / "one")], env=store_env, cwd=ROOT, check=True,
                   capture_output=True)  # fmt: skip
    _write(tmp_path / "two", "b.txt", B)
    flag = tmp_path / "in_batch"
    proc = subprocess.Popen([sys.executable, "-m", "metrics", "ingest", str(tmp_path / "two")], cwd=ROOT,
                            env={**store_env, "MTTQ_TEST_PAUSE_IN_BATCH": str(flag)})  # fmt: skip
    deadline = time.time() + 60
    while not flag.exists() and time.time() < deadline:
        time.sleep(0.1)
    assert flag.exists(), "ingest never reached its batch"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    store = storage.open_store(store_target)
    assert store.stats()["articles"] == 1 and _count(store, "facts") == 1
    orphans = "SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM facts f WHERE f.article_id = a.id)"
    assert store.rows(orphans)[0][0] == 0
    again = ingest_paths(store, [str(tmp_path / "one"), str(tmp_path / "two")])
    assert len(again.added) == 1 and store.stats()["articles"] == 2 and _count(store, "facts") == 2
    store.close()


def test_csv_has_bom_vietnamese_and_no_formulas(store):
    ingest_uploads(store, [("a.txt", A.replace("Tin A", "=Tin A").encode())])
    data = export.to_csv_bytes(store.facts(details=True))
    assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" in data
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0]["Tỉnh/thành (lúc đó)"] == "Nghệ An" and rows[0]["Số tiền (đồng)"] == "5000000000"
    assert rows[0]["Tiêu đề"] == "'=Tin A" and rows[0]["Được cộng vào tổng"] == "Có"
    header = data.decode("utf-8-sig").split("\r\n")[0]
    assert header == ",".join(c.vi for c in schema.export_columns())
    assert header.startswith("Mã bài,Loại,Cụm từ gốc,Giá trị,Số tiền (đồng),")


def test_xlsx_and_parquet(store):
    ingest_uploads(store, [("a.txt", A.encode()), ("usd.txt", "Tin\nHội Chữ thập đỏ trao 10,5 USD.".encode())])
    facts = store.facts(details=True)
    assert pd.read_excel(io.BytesIO(export.to_xlsx_bytes(facts)))["Tỉnh/thành (lúc đó)"].tolist()[0] == "Nghệ An"
    parquet = pd.read_parquet(io.BytesIO(export.to_parquet_bytes(facts)))
    assert parquet["value_vnd"].tolist()[0] == 5_000_000_000
    assert parquet["value"].tolist() == [Decimal(5_000_000_000), Decimal("10.5")]  # foreign money keeps its decimal


def test_sample_corpus(store):
    result = storage.ensure_sample(store)
    assert result and len(result.added) >= 40 and not result.failed
    facts = store.facts()
    assert facts["province"].nunique() >= 10 and set(facts["year"]) >= set(range(2019, 2026))
    assert storage.ensure_sample(store) is None


def test_same_id_different_texts_both_kept(store):
    rows = '{"id": "1", "text": "Tin A. Trao 5 tỷ đồng."}\n{"id": "1", "text": "Tin B. Trao 7 tỷ đồng."}\n'
    result = ingest_uploads(store, [("a.jsonl", rows.encode())])
    assert len(result.added) == 2 and result.added[0] == "1" and result.added[1].startswith("1#")
    again = ingest_uploads(store, [("b.jsonl", '{"id": "1", "text": "Tin C. Trao 9 tỷ đồng."}\n'.encode())])
    assert again.added[0].startswith("1#") and store.stats()["facts"]["money"] == 3


def test_both_backends_give_the_same_frames(store):
    ingest_uploads(store, [("a.txt", A.encode()), ("b.txt", B.encode())])
    facts = store.facts(details=True)
    declared = {c.name: c.dtype for c in schema.FACTS}
    assert {c: str(facts[c].dtype) for c in declared} == declared


def test_migration_from_version_one(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    duck.migrate(con, target=1)
    con.execute("INSERT INTO articles (id, content_hash) VALUES ('old', 'h')")
    con.close()
    store = storage.open_store(path)
    assert store.stats()["schema_version"] == schema.SCHEMA_VERSION == 6
    assert store.rows("SELECT id, ward, relevant FROM articles") == [("old", None, True)]


def test_migration_from_version_four_keeps_and_flags_the_facts(tmp_path):
    """A store made by the previous version: its facts get counted status and duplicate keys a new ingest matches."""
    path = tmp_path / "v4.duckdb"
    con = duckdb.connect(str(path))
    duck.migrate(con, target=4)
    con.execute("""INSERT INTO articles (id, content_hash, published, province) VALUES ('old', 'h', '2021-01-01', 'Nghệ An')""")
    con.execute("""INSERT INTO facts (article_id, kind, text, value, value_vnd, currency, unit, qualifier, rate, year,
                   campaign, action, province, start_offset, end_offset) VALUES
                   ('old', 'money', 'trên 5 tỷ đồng', 5e9, 5000000000, 'VND', 'VND', 'over', false, 2021,
                    'Vì người nghèo', 'raised', 'Nghệ An', 10, 24),
                   ('old', 'money', '500.000 đồng/suất', 5e5, 500000, 'VND', 'VND', 'exact', true, 2021,
                    NULL, 'given', 'Nghệ An', 30, 47)""")  # fmt: skip
    con.close()
    store = storage.open_store(path)
    facts = store.facts().set_index("start_offset")
    assert facts.loc[10, "counted"] and facts.loc[30, "not_counted"] == "rate"
    ingest_uploads(store, [("b.txt", B.encode())])
    new = store.facts().query("article_id != 'old'")
    assert new["not_counted"].tolist() == ["duplicate"] and new["duplicate_of"].tolist() == ["old"]


def test_a_writer_that_waits_too_long_is_told_who_writes(store):
    from metrics.store import StoreBusy

    # Another store object on the same data: in this process, as another program would be.
    other = duck.DuckStore(store.path) if store.backend == "duckdb" else type(store)(store.url)
    other.wait_seconds = 0.5
    with store._writer("nhập bài của chị Lan"):
        with pytest.raises(StoreBusy, match="đang được ghi bởi nhập bài của chị Lan"):
            ingest_uploads(other, [("a.txt", A.encode())])
    assert len(ingest_uploads(other, [("a.txt", A.encode())]).added) == 1
    other.close()


def test_two_ingests_at_once_store_what_one_would(store_target, store_env, tmp_path):
    folder = tmp_path / "in"
    for i in range(60):
        _write(folder, f"{i:03}.txt", f"Tin {i}\nNăm 2021, Ủy ban MTTQ tỉnh Huế trao {i + 1} triệu đồng cho hộ nghèo.\n")
    env = {**store_env, "MTTQ_BATCH_SIZE": "7"}
    procs = [subprocess.Popen([sys.executable, "-m", "metrics", "ingest", str(folder)], cwd=ROOT, env=env,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]  # fmt: skip
    outputs = [p.communicate(timeout=240) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    store = storage.open_store(store_target)
    assert store.stats()["articles"] == 60 and _count(store, "facts") == 60
    assert store.totals("money")["total"].tolist() == [sum(range(1, 61)) * 1e6]
    store.close()


def test_migrate_duckdb_store_to_postgresql(tmp_path, pg_url, monkeypatch):
    monkeypatch.setenv("MTTQ_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("MTTQ_DATABASE_URL", raising=False)
    source = storage.open_store()
    storage.ensure_sample(source)
    ingest_uploads(source, [("a.txt", A.encode()), ("b.txt", B.encode())], user="lan")
    out = subprocess.run([sys.executable, "-m", "metrics", "migrate", "--to", pg_url], cwd=ROOT, env={**os.environ},
                         capture_output=True, text=True, check=True)  # fmt: skip
    assert '"facts": ' in out.stdout
    target = storage.open_store(pg_url)
    for table in ("articles", "facts", "campaigns", "skipped", "imports"):
        assert _count(target, table) == _count(source, table), table
    pd.testing.assert_frame_equal(target.facts(details=True), source.facts(details=True))
    pd.testing.assert_frame_equal(target.totals("money", ["year", "province"]), source.totals("money", ["year", "province"]))
    again = subprocess.run([sys.executable, "-m", "metrics", "migrate", "--to", pg_url], cwd=ROOT, env={**os.environ},
                           capture_output=True, text=True)  # fmt: skip
    assert again.returncode != 0 and "kho đích đã có bài viết" in again.stderr
    target.close()


def test_cli_stats_and_export_on_either_backend(store_env, tmp_path):
    ingest = subprocess.run([sys.executable, "-m", "metrics", "ingest", str(ROOT / "sample_data"), "--user", "lan"],
                            cwd=ROOT, env=store_env, capture_output=True, text=True, check=True)  # fmt: skip
    assert json.loads(ingest.stdout)["added"] >= 40
    stats = json.loads(subprocess.run([sys.executable, "-m", "metrics", "stats"], cwd=ROOT, env=store_env,
                                      capture_output=True, text=True, check=True).stdout)  # fmt: skip
    assert stats["backend"] == ("postgresql" if "MTTQ_DATABASE_URL" in store_env else "duckdb")
    assert 0 < stats["counted"]["money"] < stats["facts"]["money"] and stats["schema_version"] == schema.SCHEMA_VERSION
    out = tmp_path / "all.csv"
    subprocess.run([sys.executable, "-m", "metrics", "export", "--out", str(out)], cwd=ROOT, env=store_env, check=True,
                   capture_output=True)  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert len(rows) == stats["facts"]["money"] + stats["facts"]["households"]
    reasons = {r["Lý do không cộng"] for r in rows if r["Được cộng vào tổng"] == "Không"}
    assert reasons and reasons <= set(labels.NOT_COUNTED_LABELS.values())
    subprocess.run([sys.executable, "-m", "metrics", "export", "--counted-only", "--headers", "en", "--out", str(out)],
                   cwd=ROOT, env=store_env, check=True, capture_output=True)  # fmt: skip
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert {r["counted"] for r in rows} == {"True"} and len(rows) == sum(stats["counted"].values())


def test_ingest_jobs_two_store_what_one_stores(tmp_path):
    """Worker processes, small batches read ahead: the same result and the same stored facts, in the same order."""
    from metrics.ingest import ingest_items
    from metrics.storage import open_store
    from parsers.readers import read_paths

    rows = [
        json.dumps({"id": f"a{i}", "text": f"Tin {i}\nNăm {2010 + i % 12}, Ủy ban MTTQ huyện Ba Vì trao {i % 40 + 1} triệu "
                    f"đồng cho {i % 50 + 1} hộ nghèo, xã số {i}."}, ensure_ascii=False)
        for i in range(160)
    ]  # fmt: skip
    rows[30], rows[90] = "{broken", rows[10]  # a bad line; a repeat of an article already read
    (tmp_path / "many.jsonl").write_text("\n".join(rows), encoding="utf-8")
    results = []
    for jobs in (1, 2):
        store = open_store(str(tmp_path / f"store{jobs}" / "mttq.duckdb"))
        result = ingest_items(store, read_paths([str(tmp_path / "many.jsonl")]), batch_size=40, jobs=jobs)
        facts = store.facts().drop(columns=["import_id"], errors="ignore")
        results.append((result.as_dict(), result.added, result.skipped, facts.to_dict("records")))
        store.close()
    assert results[0] == results[1]
    assert results[0][0]["added"] == 158 and len(results[0][0]["failed"]) == 1 and results[0][2] == ["a10"]
