"""Reviews on DuckDB and PostgreSQL: confirm, correct, exclude, undo; they outlive re-import and re-extraction,
are kept as orphaned when their figure is gone, are logged, and a second editor sees the first one's review."""

import json
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest

from metrics import duck, gold, records, review_queue, reviews, schema, storage
from metrics.aggregate import Filters
from metrics.ingest import ingest_uploads
from metrics.reviews import FactRef, ReviewConflict, ReviewError

ROOT = Path(__file__).resolve().parents[1]
A = ("Tin A\nNăm 2021, Ủy ban MTTQ tỉnh Nghệ An vận động được trên 5 tỷ đồng cho Quỹ “Vì người nghèo”. "
     "Ủy ban MTTQ tỉnh trao 2 tỷ đồng cho 30 hộ nghèo.\n")  # fmt: skip


def _money(store, article_id="a.txt"):
    facts = store.facts(Filters(kinds=("money",)))
    return facts[facts["article_id"] == article_id].reset_index(drop=True)


def _ref(row) -> FactRef:
    return FactRef(row["article_id"], row["kind"], int(row["start_offset"]))


def _totals(store) -> dict[str, float]:
    return dict(zip(*store.totals("money")[["action", "total"]].T.values, strict=True))


@pytest.fixture
def stored(store):
    ingest_uploads(store, [("a.txt", A.encode())], user="nhập")
    return store


def test_confirm_correct_exclude_change_the_totals(stored):
    assert _totals(stored) == {"raised": 5e9, "given": 2e9}
    raised, given = _money(stored).iloc[0], _money(stored).iloc[1]
    reviews.review(stored, _ref(raised), "confirmed", "lan", None)
    assert _totals(stored) == {"raised": 5e9, "given": 2e9}
    first = int(_money(stored).iloc[0]["review_id"])
    reviews.review(stored, _ref(raised), "corrected", "lan", first, {"value": 6_000_000_000, "year": 2020}, "6 tỷ mới đúng")
    assert _totals(stored) == {"raised": 6e9, "given": 2e9}
    assert stored.totals("money", ["year"]).set_index("action").loc["raised", "year"] == 2020
    reviews.review(stored, _ref(given), "excluded", "minh", None, {"not_counted": "not_front"})
    assert _totals(stored) == {"raised": 6e9}
    row = _money(stored).iloc[1]
    assert (row["review_state"], row["reviewed_by"], bool(row["counted"]), row["not_counted"]) == ("excluded", "minh", False,
                                                                                                   "not_front")  # fmt: skip
    share = review_queue.checked_share(stored)["money"]
    assert share == {"total": 6e9, "checked": 6e9, "facts": 1, "checked_facts": 1}
    assert stored.count_facts(Filters(reviewed_only=True))["facts"] == 2


def test_undo_brings_back_the_review_before_then_the_parsers_reading(stored):
    raised = _money(stored).iloc[0]
    one = reviews.review(stored, _ref(raised), "corrected", "lan", None, {"value": 6_000_000_000})
    two = reviews.review(stored, _ref(raised), "corrected", "lan", one, {"value": 7_000_000_000})
    assert _totals(stored)["raised"] == 7e9
    reviews.undo(stored, _ref(raised), "lan", two)
    assert _totals(stored)["raised"] == 6e9 and int(_money(stored).iloc[0]["review_id"]) == one
    reviews.undo(stored, _ref(raised), "lan", one)
    row = _money(stored).iloc[0]
    assert _totals(stored)["raised"] == 5e9 and row["review_state"] is None and row["extracted"] is None
    with pytest.raises(ReviewError, match="chưa được kiểm tra"):
        reviews.undo(stored, _ref(raised), "lan", None)


def test_a_correction_must_make_sense(stored):
    raised = _money(stored).iloc[0]
    with pytest.raises(ReviewError, match="Chỉ cộng vào tổng"):
        reviews.review(stored, _ref(raised), "corrected", "lan", None, {"action": "target", "counted": True})
    with pytest.raises(ReviewError, match="Năm 1800 không hợp lý"):
        reviews.review(stored, _ref(raised), "corrected", "lan", None, {"year": 1800})
    assert stored.rows("SELECT count(*) FROM reviews")[0][0] == 0
    same = reviews.review(stored, _ref(raised), "corrected", "lan", None, {"value": 5_000_000_000})  # nothing changed
    assert _money(stored).iloc[0]["review_state"] == "confirmed"
    reviews.review(stored, _ref(raised), "corrected", "lan", same, {"action": "target", "counted": False})
    assert _money(stored).iloc[0]["not_counted"] == "target" and "raised" not in _totals(stored)


def test_reviews_survive_reimport_from_another_file_and_removal(stored):
    raised = _money(stored).iloc[0]
    reviews.review(stored, _ref(raised), "corrected", "lan", None, {"value": 6_000_000_000})
    again = ingest_uploads(stored, [("ban_sao.txt", A.encode())])
    assert again.skipped == ["ban_sao.txt"] and _totals(stored)["raised"] == 6e9
    # The article removed and the same text loaded again from another file, under another name.
    with stored._writer("test") as con, stored._transaction(con):
        stored._clear(con, ["a.txt"])
    assert reviews.orphaned_ids(stored) == {1}
    ingest_uploads(stored, [("khac.jsonl", json.dumps({"id": "khac", "text": A}).encode())])
    row = _money(stored, "khac").iloc[0]
    assert (row["review_state"], int(row["value_vnd"])) == ("corrected", 6_000_000_000) and reviews.orphaned_ids(stored) == set()


def test_reviews_survive_reextraction_by_a_newer_parser(stored, monkeypatch):
    raised, given = _money(stored).iloc[0], _money(stored).iloc[1]
    reviews.review(stored, _ref(raised), "corrected", "lan", None, {"value": 6_000_000_000})
    reviews.review(stored, _ref(given), "confirmed", "lan", None)
    real = records.article_rows

    def newer(record, digest):  # reads "5 tỷ đồng" without its "trên ", and no longer sees "2 tỷ đồng"
        kept = [m for m in record["money"] if m["text"] != "2 tỷ đồng"]
        record["money"] = [{**m, "text": m["text"].removeprefix("trên "), "start": m["start"] + 5} for m in kept]
        return real(record, digest)

    monkeypatch.setattr("metrics.ingest.article_rows", newer)
    from metrics.ingest import ingest_items
    from parsers.readers import read_uploads

    result = ingest_items(stored, read_uploads([("a.txt", A.encode())]), reextract=True)
    assert result.reextracted == ["a.txt"] and not result.added
    row = _money(stored).iloc[0]
    moved = raised["start_offset"] + 5
    assert (row["review_state"], int(row["value_vnd"]), int(row["start_offset"])) == ("corrected", 6e9, moved)
    assert json.loads(row["extracted"])["value_vnd"] == 5_000_000_000
    assert _totals(stored) == {"raised": 6e9}
    assert reviews.orphaned_ids(stored) == {2}
    log = reviews.log_records(reviews.log_frame(stored, orphaned_only=True))
    assert [(r["text"], r["verdict"], r["orphaned"]) for r in log] == [("2 tỷ đồng", "confirmed", True)]


def test_audit_log_keeps_who_when_before_after_and_note(stored):
    raised = _money(stored).iloc[0]
    one = reviews.review(stored, _ref(raised), "corrected", "lan", None, {"qualifier": "exact"}, "không có chữ trên")
    reviews.undo(stored, _ref(raised), "minh", one, "nhầm")
    log = reviews.log_records(reviews.log_frame(stored))
    assert [(r["user"], r["verdict"], r["note"]) for r in log] == [("lan", "corrected", "không có chữ trên"),
                                                                   ("minh", "undone", "nhầm")]  # fmt: skip
    assert (log[0]["before"]["qualifier"], log[0]["after"]["qualifier"]) == ("over", "exact")
    assert (log[1]["before"]["qualifier"], log[1]["after"]["qualifier"], log[1]["undoes"]) == ("exact", "over", one)
    assert log[0]["at"] <= log[1]["at"] and log[0]["text"] == "trên 5 tỷ đồng"


def test_the_later_editor_sees_the_first_ones_review(stored):
    raised = _money(stored).iloc[0]
    seen = raised["review_id"]  # as the page read it: <NA>
    reviews.review(stored, _ref(raised), "corrected", "lan", seen, {"value": 6_000_000_000})
    with pytest.raises(ReviewConflict, match="lan vừa kiểm tra số liệu này .* Hãy xem lại"):
        reviews.review(stored, _ref(raised), "excluded", "minh", seen, {"not_counted": "misread"})
    assert _totals(stored)["raised"] == 6e9 and stored.rows("SELECT count(*) FROM reviews")[0][0] == 1


def test_two_editors_at_once_one_wins_the_other_is_told(stored):
    """Two editors submit at the same moment, each having seen the figure unreviewed: one review is stored."""
    raised = _money(stored).iloc[0]
    other = duck.DuckStore(stored.path) if stored.backend == "duckdb" else type(stored)(stored.url)
    outcomes: list[str] = []

    def submit(store, who, value):
        try:
            reviews.review(store, _ref(raised), "corrected", who, None, {"value": value})
            outcomes.append("stored")
        except ReviewConflict as exc:
            outcomes.append(str(exc))

    threads = [threading.Thread(target=submit, args=(s, w, v)) for s, w, v in ((stored, "lan", 6e9), (other, "minh", 7e9))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(o == "stored" for o in outcomes) == [False, True], outcomes
    assert stored.rows("SELECT count(*) FROM reviews")[0][0] == 1
    other.close()


def test_gold_export_carries_the_corrections(stored):
    raised, given = _money(stored).iloc[0], _money(stored).iloc[1]
    reviews.review(stored, _ref(raised), "corrected", "lan", None, {"value": 6_000_000_000, "qualifier": "exact"})
    reviews.review(stored, _ref(given), "excluded", "lan", None, {"not_counted": "target"})
    (row,) = gold.rows(stored)
    assert row["text"] == A and (row["year"], row["province"]) == (2021, "Nghệ An")
    money = {m["text"]: m for m in row["money"]}
    assert money["trên 5 tỷ đồng"]["value_vnd"] == 6_000_000_000 and money["trên 5 tỷ đồng"]["review"] == "corrected"
    assert money["2 tỷ đồng"]["action"] == "target" and money["2 tỷ đồng"]["reviewer"] == "lan"
    assert row["counted_totals"] == {"raised": 6_000_000_000, "given": 0}
    assert row["households"][0]["review"] is None


def test_copy_to_postgresql_keeps_the_reviews(tmp_path, pg_url, monkeypatch):
    source = storage.open_store(tmp_path / "m.duckdb")
    ingest_uploads(source, [("a.txt", A.encode())])
    reviews.review(source, _ref(_money(source).iloc[0]), "confirmed", "lan", None)
    target = storage.open_store(pg_url)
    assert storage.copy_store(source, target)["reviews"] == 1
    assert _money(target).iloc[0]["reviewed_by"] == "lan" and reviews.orphaned_ids(target) == set()
    target.close()


def test_a_version_5_store_opens_and_keeps_everything(tmp_path):
    path = tmp_path / "v5.duckdb"
    con = duckdb.connect(str(path))
    duck.migrate(con, target=5)
    con.execute("INSERT INTO articles (id, content_hash, year) VALUES ('old', 'h', 2021)")
    con.execute("""INSERT INTO facts (article_id, kind, text, value, value_vnd, currency, action, counted, start_offset,
                   duplicate_key) VALUES ('old', 'money', '5 tỷ đồng', 5e9, 5000000000, 'VND', 'raised', true, 3, 'k')""")
    con.close()
    store = storage.open_store(path)
    assert store.schema_version() == schema.SCHEMA_VERSION == 6
    assert store.rows("SELECT article_id, value_vnd, review_state FROM facts") == [("old", 5_000_000_000, None)]
    reviews.review(store, FactRef("old", "money", 3), "confirmed", "lan", None)
    assert store.rows("SELECT review_state FROM facts") == [("confirmed",)]


def test_a_version_5_postgresql_store_is_upgraded(pg_url):
    store = storage.open_store(pg_url)
    ingest_uploads(store, [("a.txt", A.encode())])
    with store._writer("test") as con, store._transaction(con):  # back to what a version 5 store had
        store._rows(con, "DROP TABLE reviews")
        for column in ("review_state", "reviewed_by", "reviewed_at", "review_id", "extracted"):
            store._rows(con, f"ALTER TABLE facts DROP COLUMN {column}")
        store._rows(con, "ALTER TABLE articles DROP COLUMN text")
        store._rows(con, "UPDATE meta SET value = '5' WHERE key = 'schema_version'")
    store.close()
    store = storage.open_store(pg_url)
    assert store.schema_version() == 6 and _totals(store) == {"raised": 5e9, "given": 2e9}
    reviews.review(store, _ref(_money(store).iloc[0]), "confirmed", "lan", None)
    store.close()


def test_queue_puts_large_counted_money_first_then_doubtful_figures(store):
    rows = [{"id": "nho", "text": "Tin. Năm 2022, Ủy ban MTTQ tỉnh Huế trao 2 tỷ đồng cho hộ nghèo."},
            {"id": "lon", "text": "Tin. Năm 2022, Ủy ban MTTQ tỉnh Huế vận động được 9 tỷ đồng, trong đó cấp huyện 4 tỷ đồng."},
            {"id": "muc", "text": "Tin. Năm 2022, Ủy ban MTTQ tỉnh Huế trao 300 suất quà, mỗi suất 500.000 đồng."},
            {"id": "ho", "text": "Tin. Ủy ban MTTQ tỉnh Huế trao quà cho 40 hộ nghèo."},  # no year: weak evidence
            # national (no province by right) and its year in its own sentence: nothing doubtful
            {"id": "tw", "text": "Tin. Năm 2022, Ủy ban Trung ương MTTQ Việt Nam tiếp nhận 50 tỷ đồng ủng hộ."}]  # fmt: skip
    ingest_uploads(store, [("a.jsonl", "\n".join(map(json.dumps, rows)).encode())])
    queue = review_queue.queue(store)
    assert queue[["text", "tier"]].values.tolist()[:4] == [["50 tỷ đồng", 1], ["9 tỷ đồng", 1], ["2 tỷ đồng", 1],
                                                           ["4 tỷ đồng", 3]]  # fmt: skip
    assert queue["why"].iloc[3] == review_queue.QUEUE_REASONS[3] and "500.000 đồng" not in queue["text"].tolist()[:4]
    assert queue[["text", "tier"]].values.tolist()[4] == ["40 hộ nghèo", 4]
    assert queue.set_index("text").loc["50 tỷ đồng", "level"] == "national"
    # Counted figures only: the part of a total ("4 tỷ") adds nothing, and a reviewer's time goes to what does.
    doubtful = review_queue.queue(store, doubtful_only=True)
    assert doubtful[["text", "tier"]].values.tolist() == [["40 hộ nghèo", 4]]
    reviews.review(store, _ref(queue.iloc[0]), "confirmed", "lan", None)
    assert review_queue.queue(store)["text"].tolist()[0] == "9 tỷ đồng"


def test_cli_prints_the_log_and_exports_gold_that_parsers_score_reads(store_env, store_target, tmp_path):
    store = storage.open_store(store_target)
    ingest_uploads(store, [("a.txt", A.encode())])
    raised = _money(store).iloc[0]
    reviews.review(store, _ref(raised), "corrected", "lan", None, {"value": 6_000_000_000})
    store.close()
    out = subprocess.run([sys.executable, "-m", "metrics", "reviews", "--since", "2026-01-01"], cwd=ROOT, env=store_env,
                         capture_output=True, text=True, check=True)  # fmt: skip
    (line,) = out.stdout.splitlines()
    assert json.loads(line)["user"] == "lan" and json.loads(line)["after"]["value_vnd"] == 6_000_000_000
    later = subprocess.run([sys.executable, "-m", "metrics", "reviews", "--since", "2999-01-01"], cwd=ROOT, env=store_env,
                           capture_output=True, text=True, check=True)  # fmt: skip
    assert later.stdout == ""
    stats = json.loads(subprocess.run([sys.executable, "-m", "metrics", "stats"], cwd=ROOT, env=store_env,
                                      capture_output=True, text=True, check=True).stdout)  # fmt: skip
    assert (stats["reviewed"], stats["reviews"], stats["schema_version"]) == ({"money": 1, "households": 0}, 1, 6)
    file = tmp_path / "gold.jsonl"
    done = subprocess.run([sys.executable, "-m", "metrics", "reviews", "export", "--gold", str(file)], cwd=ROOT,
                          env=store_env, capture_output=True, text=True, check=True)  # fmt: skip
    assert json.loads(done.stdout) == {"articles": 1, "items": 3, "out": str(file), "without_text": 0}
    nowhere = str(tmp_path / "khong" / "g.jsonl")
    missing = subprocess.run([sys.executable, "-m", "metrics", "reviews", "export", "--gold", nowhere], cwd=ROOT,
                             env=store_env, capture_output=True, text=True)  # fmt: skip
    assert missing.returncode == 2 and "không tồn tại" in missing.stderr and not (tmp_path / "khong").exists()
    score = subprocess.run([sys.executable, "-m", "parsers", "score", str(file)], cwd=ROOT, capture_output=True, text=True,
                           check=True)  # fmt: skip
    result = json.loads(score.stdout)
    # The parsers still read 5 tỷ where the reviewer wrote 6 tỷ: the correction is a test the parsers now fail.
    assert (result["money"]["tp"], result["money"]["fp"], result["money"]["fn"]) == (1, 1, 1)
    assert result["households"]["f1"] == 1.0 and result["year"]["accuracy"] == 1.0
    assert result["dev_metrics"]["counted"]["f1"] < 1.0


def test_excluding_the_first_report_lets_the_later_one_count_and_undo_restores(store):
    """The same figure in two articles counts once; a reviewer's "not counted" is never undone by duplicate marking."""
    first = "Tin 1\nNăm 2021, Ủy ban MTTQ tỉnh Nghệ An vận động được 5 tỷ đồng cho Quỹ “Vì người nghèo”.\n"
    second = "Tin 2\nNăm 2021, Ủy ban MTTQ tỉnh Nghệ An tiếp nhận 5 tỷ đồng cho Quỹ “Vì người nghèo”.\n"
    rows = [{"id": "dau", "published": "2021-01-01", "text": first}, {"id": "sau", "published": "2021-02-01", "text": second}]
    ingest_uploads(store, [("a.jsonl", "\n".join(map(json.dumps, rows)).encode())])
    assert _totals(store) == {"raised": 5e9}
    dau = _money(store, "dau").iloc[0]
    one = reviews.review(store, _ref(dau), "excluded", "lan", None, {"not_counted": "duplicate"})
    later = _money(store, "sau").iloc[0]
    assert _totals(store) == {"raised": 5e9} and bool(later["counted"]) and not bool(_money(store, "dau").iloc[0]["counted"])
    third = {"id": "ba", "published": "2021-03-01", "text": second.replace("Tin 2", "Tin 3")}
    ingest_uploads(store, [("c.jsonl", json.dumps(third).encode())])  # the group is marked again
    assert not bool(_money(store, "dau").iloc[0]["counted"]) and _money(store, "ba").iloc[0]["duplicate_of"] == "sau"
    assert _totals(store) == {"raised": 5e9}
    reviews.undo(store, _ref(dau), "lan", one)
    assert bool(_money(store, "dau").iloc[0]["counted"]) and _money(store, "sau").iloc[0]["not_counted"] == "duplicate"
    assert _money(store, "ba").iloc[0]["duplicate_of"] == "dau" and _totals(store) == {"raised": 5e9}
