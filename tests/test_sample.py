"""The sample corpus: announced on every page while stored, removed exactly, and only by an editor."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from metrics import storage
from metrics.ingest import ingest_uploads

ROOT = Path(__file__).resolve().parents[1]
PAGES = ["tong_quan.py", "theo_nam.py", "theo_dia_phuong.py", "chien_dich.py", "du_lieu.py", "nhap_du_lieu.py"]
# A real article, and one that reports a sample article's figure again (a likely duplicate while the sample is there).
REAL = ("that.txt", "Hội nghị tổng kết\nNăm 2023, Ủy ban MTTQ tỉnh Nghệ An vận động được 7 tỷ đồng cho Quỹ “Vì người nghèo”.")


def _echo() -> tuple[str, bytes]:
    """The first sample article published again later, under another title with one more sentence."""
    import json

    first = json.loads((storage.SAMPLE / "du_lieu_mau.jsonl").read_text(encoding="utf-8").splitlines()[0])
    line = {**first, "id": "nhac-lai", "title": "Tin đăng lại", "published": "2030-01-01", "text": first["text"] + " Hết."}
    return "nhac_lai.jsonl", json.dumps(line, ensure_ascii=False).encode()


def test_remove_sample_takes_exactly_the_sample(store):
    storage.ensure_sample(store)
    ingest_uploads(store, [(REAL[0], REAL[1].encode()), _echo()])
    facts = store.facts()
    echo = facts[facts["article_id"] == "nhac-lai"]
    repeated = set(echo.loc[echo["likely_duplicate"].astype(bool), "start_offset"])
    assert repeated  # while the sample is there, its report came first
    kept = facts[~facts["article_id"].str.startswith("mau-")]
    assert storage.sample_count(store) == 51 and len(kept)
    assert storage.remove_sample(store, "biên tập viên") == 51
    assert storage.sample_count(store) == 0
    left = store.facts()
    key = ["article_id", "kind", "text", "start_offset"]
    assert left[key].to_dict("records") == kept[key].to_dict("records")
    assert not left["likely_duplicate"].astype(bool).any()
    echo = left[(left["article_id"] == "nhac-lai") & left["start_offset"].isin(repeated)]
    assert len(echo) == len(repeated) and echo["counted"].all()  # the first report now: counted
    assert store.rows("SELECT count(*) FROM articles")[0][0] == 2
    for table in ("campaigns", "skipped"):
        orphans = f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT id FROM articles)"
        assert store.rows(orphans)[0][0] == 0, table


def test_removed_sample_is_not_loaded_again(store):
    storage.ensure_sample(store)
    storage.remove_sample(store, "biên tập viên")
    assert storage.ensure_sample(store) is None
    assert store.rows("SELECT count(*) FROM articles")[0][0] == 0


def _app(user_role: str | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    if user_role:
        at.session_state["signed_in"] = ("lan", user_role)
    return at


@pytest.mark.parametrize("page", PAGES)
def test_banner_on_every_page_while_the_sample_is_stored(app_store, page):
    at = _app()
    at.switch_page(f"app_pages/{page}").run()
    assert any("Dữ liệu mẫu" in w.value and "51 bài mẫu" in w.value for w in at.warning)
    assert not [b for b in at.button if b.key == "sample_remove"]  # nobody signed in: no removal


def test_a_viewer_cannot_remove_the_sample(app_store):
    at = _app("viewer").run()
    assert not [b for b in at.button if b.key == "sample_remove"]


def test_editor_removes_the_sample_after_confirming(app_store):
    at = _app("editor").run()
    at.button(key="sample_remove").click().run()
    assert storage.sample_count(storage.open_store()) == 51  # asked, not yet done
    assert "Xóa 51 bài mẫu" in at.error[0].value
    at.button(key="sample_remove_yes").click().run()
    assert not at.exception
    assert storage.sample_count(storage.open_store()) == 0
    assert not any("Dữ liệu mẫu" in w.value for w in at.warning)
    assert any("Đã xóa 51 bài mẫu" in s.value for s in at.success)
    assert any("Chưa có dữ liệu" in i.value for i in at.info)  # an empty store, and the sample does not come back


def test_cancel_keeps_the_sample(app_store):
    at = _app("editor").run()
    at.button(key="sample_remove").click().run()
    at.button(key="sample_remove_no").click().run()
    assert storage.sample_count(storage.open_store()) == 51 and [b for b in at.button if b.key == "sample_remove"]
