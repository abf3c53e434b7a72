"""The Kiểm tra số liệu page: an editor confirms and corrects figures and the totals follow; a viewer only sees;
the queue puts large counted money first, then doubtful figures."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from metrics import review_queue, reviews, storage
from metrics.aggregate import Filters
from metrics.formatting import vnd
from metrics.labels import BOUND_LABELS

ROOT = Path(__file__).resolve().parents[1]
PAGE = "app_pages/kiem_tra.py"


def _app(signed_in: tuple[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    if signed_in:
        at.session_state["signed_in"] = signed_in
    at.run()
    return at


def _store(folder: Path):
    return storage.open_store(folder / "mttq.duckdb")


def _card_figure(at: AppTest) -> str:
    return next(m.value for m in at.markdown if m.value.startswith("### ")).removeprefix("### ")


def _year_total(store, year: int, action: str = "raised") -> float:
    totals = store.totals("money", ["year"])
    return float(totals[(totals["year"] == year) & (totals["action"] == action)]["total"].sum())


def test_editor_confirms_then_corrects_and_the_totals_follow(app_store):
    at = _app(("lan", "editor"))
    at.switch_page(PAGE).run()
    assert not at.exception
    store = _store(app_store)
    first = review_queue.queue(store).iloc[0]
    year = int(first["year"])
    before = _year_total(store, year, first["action"])
    assert at.metric[0].value == "0 %"
    at.button(key="kt_ok").click().run()
    assert not at.exception and at.success and "Đã xác nhận" in at.success[0].value
    assert store.rows("SELECT reviewed_by, review_state FROM facts WHERE review_id IS NOT NULL") == [("lan", "confirmed")]
    assert at.metric[0].value not in ("0 %", "") and _year_total(store, year, first["action"]) == before  # same total
    # The next figure is on the card: correct its amount.
    second = review_queue.queue(store).iloc[0]
    assert second["start_offset"] != first["start_offset"] or second["article_id"] != first["article_id"]
    new_value = int(second["value_vnd"]) + 1_000_000_000
    second_year, action = int(second["year"]), second["action"]
    before = _year_total(store, second_year, action)
    (amount,) = [t for t in at.text_input if t.label == "Số tiền (đồng)"]
    amount.set_value(f"{new_value:,}".replace(",", "."))
    [t for t in at.text_input if t.label == "Ghi chú"][0].set_value("bài ghi sai")
    next(b for b in at.button if b.label == "Lưu sửa đổi").click().run()
    assert not at.exception and "Đã lưu sửa đổi" in at.success[0].value
    expected = _year_total(store, second_year, action)
    assert expected == before + 1e9
    log = reviews.log_records(reviews.log_frame(store))
    assert [(r["verdict"], r["user"], r["note"]) for r in log] == [("confirmed", "lan", None),
                                                                   ("corrected", "lan", "bài ghi sai")]  # fmt: skip
    assert log[1]["after"]["value_vnd"] == new_value and log[1]["before"]["value_vnd"] == new_value - 1_000_000_000
    # The overview's card of that year shows the corrected total.
    at.switch_page("app_pages/tong_quan.py").run()
    at.multiselect(key="f_years").set_value([second_year]).run()
    label = "Tiền vận động" if action == "raised" else "Tiền hỗ trợ, chi"
    card = next(m for m in at.metric if m.label == f"{label} ({second_year})")
    assert card.value in {vnd(expected, b) for b in BOUND_LABELS} and card.value not in {vnd(before, b) for b in BOUND_LABELS}
    assert any("Đã kiểm tra" in c.value for c in at.caption)


def test_undo_on_the_data_page_brings_the_figure_back(app_store):
    at = _app(("lan", "editor"))
    at.switch_page("app_pages/du_lieu.py").run()
    store = _store(app_store)
    at.button(key="dl_ok").click().run()
    assert not at.exception and store.rows("SELECT count(*) FROM facts WHERE review_id IS NOT NULL")[0][0] == 1
    assert "Đúng — kiểm tra bởi lan" in at.success[-1].value.replace("**", "")
    at.button(key="dl_undo").click().run()
    assert not at.exception and store.rows("SELECT count(*) FROM facts WHERE review_id IS NOT NULL")[0][0] == 0
    assert [r["verdict"] for r in reviews.log_records(reviews.log_frame(store))] == ["confirmed", "undone"]


def test_viewer_sees_the_review_and_the_reviewer_but_cannot_review(app_store):
    at = _app()
    at.switch_page(PAGE).run()
    assert not at.exception
    assert not [b for b in at.button if b.key in ("kt_ok", "kt_undo")]
    assert not [b for b in at.button if b.label in ("Lưu sửa đổi", "Loại số liệu")]
    assert any("Chỉ biên tập viên" in c.value for c in at.caption)
    store = _store(app_store)
    first = store.facts(details=True).iloc[0]  # the row the data page shows first
    reviews.review(store, reviews.FactRef(first["article_id"], first["kind"], int(first["start_offset"])), "excluded",
                   "lan", None, {"not_counted": "misread"})  # fmt: skip
    at.switch_page("app_pages/du_lieu.py").run()
    assert not at.exception
    assert any("Đã loại" in w.value and "kiểm tra bởi lan" in w.value for w in at.warning)
    assert not [b for b in at.button if b.key in ("dl_ok", "dl_undo")]


def test_a_second_editor_sees_the_first_ones_review_before_overwriting(app_store):
    first_editor, second_editor = _app(("lan", "editor")), _app(("minh", "editor"))
    for at in (first_editor, second_editor):
        at.switch_page(PAGE).run()
    assert _card_figure(first_editor) == _card_figure(second_editor)
    first_editor.button(key="kt_ok").click().run()
    second_editor.button(key="kt_ok").click().run()
    assert not second_editor.exception
    assert any("lan vừa kiểm tra số liệu này" in e.value for e in second_editor.error)
    store = _store(app_store)
    assert store.rows("SELECT user_name FROM reviews") == [("lan",)]


NO_YEAR = "Tin vắn\nỦy ban MTTQ xã Tân Lập trao 5 triệu đồng cho 2 hộ nghèo."  # counted; no year, no province


@pytest.mark.parametrize("signed_in", [None, ("lan", "editor")])
def test_queue_order_large_counted_money_first_then_doubtful(app_store, signed_in):
    from metrics.ingest import ingest_uploads

    store = _store(app_store)
    storage.ensure_sample(store)
    ingest_uploads(store, [("khong_nam.txt", NO_YEAR.encode())])
    at = _app(signed_in)
    at.switch_page(PAGE).run()
    table = at.dataframe[0].value
    amounts = [int(s.removesuffix(" đồng").replace(".", "")) for s in table["Số liệu"]]
    assert set(table["Vì sao cần kiểm tra"]) == {review_queue.QUEUE_REASONS[1]} and amounts == sorted(amounts, reverse=True)
    assert _card_figure(at).replace("&#46;", ".") == table["Số liệu"].iloc[0]
    counted = store.facts(Filters(kinds=("money",), counted_only=True))
    assert amounts[0] == counted["value_vnd"].max()
    # The doubtful ones: counted figures only (one that adds nothing wastes a reviewer's time), by how doubtful.
    at.radio(key="kt_order").set_value("dang_ngo").run()
    table = at.dataframe[0].value
    why = table["Vì sao cần kiểm tra"].tolist()
    ranks = {text: rank for rank, text in review_queue.QUEUE_REASONS.items()}
    assert why and why == sorted(why, key=ranks.get) and set(why) <= {review_queue.QUEUE_REASONS[r] for r in (2, 4)}
    doubtful = review_queue.queue(store, limit=len(why), doubtful_only=True)
    assert why == doubtful["why"].tolist() and doubtful["counted"].all()
    assert "5.000.000 đồng" in table["Số liệu"].tolist()
    waiting = review_queue.queue(store, limit=10_000)
    assert (~waiting["counted"] & waiting["tier"].isin([2, 3, 4])).any()  # doubtful, not counted: in the other queue
    assert review_queue.queue(store, limit=10_000, doubtful_only=True)["counted"].all()


def test_sidebar_filter_only_checked_figures(app_store):
    at = _app()
    at.switch_page("app_pages/du_lieu.py").run()
    store = _store(app_store)
    first = store.facts(details=True).iloc[0]
    reviews.review(store, reviews.FactRef(first["article_id"], first["kind"], int(first["start_offset"])), "confirmed",
                   "lan", None)  # fmt: skip
    at.toggle(key="f_reviewed").set_value(True).run()
    assert not at.exception and at.markdown[0].value.startswith("**1** số liệu")
    assert at.dataframe[0].value["Kiểm tra"].tolist() == ["Đúng — lan"]
    at.switch_page("app_pages/tong_quan.py").run()
    assert not at.exception and any("Đã kiểm tra" in c.value for c in at.caption)


def test_the_last_review_can_be_undone_after_the_queue_moved_on(app_store):
    at = _app(("lan", "editor"))
    at.switch_page(PAGE).run()
    first = _card_figure(at)
    at.button(key="kt_ok").click().run()
    assert _card_figure(at) != first
    at.button(key="kt_undo_last").click().run()
    assert not at.exception and "Đã hoàn tác" in at.success[0].value and _card_figure(at) == first
    store = _store(app_store)
    assert [r["verdict"] for r in reviews.log_records(reviews.log_frame(store))] == ["confirmed", "undone"]
    assert store.rows("SELECT count(*) FROM facts WHERE review_id IS NOT NULL")[0][0] == 0


def test_editor_excludes_a_figure_and_the_total_drops(app_store):
    at = _app(("lan", "editor"))
    at.switch_page(PAGE).run()
    store = _store(app_store)
    first = review_queue.queue(store).iloc[0]
    year, action, amount = int(first["year"]), first["action"], float(first["value_vnd"])
    before = _year_total(store, year, action)
    (why,) = [s for s in at.selectbox if s.label == "Lý do"]
    why.set_value("misread")
    next(b for b in at.button if b.label == "Loại số liệu").click().run()
    assert not at.exception and "Đã loại" in at.success[0].value
    assert _year_total(store, year, action) == before - amount
    (row,) = store.rows("SELECT review_state, not_counted, reviewed_by FROM facts WHERE review_id IS NOT NULL")
    assert row == ("excluded", "misread", "lan")


def _ingest_dated(folder: Path, *rows: tuple[str, str]) -> None:
    import json

    from metrics.ingest import ingest_uploads

    lines = [json.dumps({"id": f"bai-{i}", "published": day, "text": text}, ensure_ascii=False)
             for i, (day, text) in enumerate(rows)]  # fmt: skip
    ingest_uploads(_store(folder), [("bai.jsonl", "\n".join(lines).encode())])


def test_the_card_says_where_the_figures_own_year_comes_from_and_a_national_figure_is_national(app_store):
    _ingest_dated(
        app_store,
        ("2019-08-07", "Tin\nNăm 2019, đến hết tháng 7, Quỹ Vì người nghèo Trung ương tiếp nhận trên 43 tỷ đồng. Trong năm "
                       "2018, các tổ chức và cá nhân đã ủng hộ Quỹ Vì người nghèo Trung ương 945 tỷ đồng."),
        ("2021-01-05", "Tin\nHội nghị tổng kết công tác năm 2020 của Ủy ban MTTQ tỉnh Nghệ An. Ủy ban MTTQ tỉnh Nghệ An "
                       "đã trao 3 tỷ đồng cho hộ nghèo."),
    )  # fmt: skip
    at = _app()
    at.switch_page(PAGE).run()
    assert _card_figure(at) == "945&#46;000&#46;000&#46;000 đồng"
    caption = next(c.value for c in at.caption if c.value.startswith("Bài:"))
    assert caption.endswith("Năm lấy từ: câu của số liệu («Trong năm 2018»).")  # not the article's "Năm 2019"
    facts = next(m.value for m in at.markdown if m.value.startswith("Mức:"))
    assert "Tỉnh/thành: **Toàn quốc**" in facts and "không rõ" not in facts
    table = at.dataframe[0].value
    assert dict(zip(table["Số liệu"], table["Tỉnh/thành"], strict=True)) == {
        "945.000.000.000 đồng": "Toàn quốc", "43.000.000.000 đồng": "Toàn quốc", "3.000.000.000 đồng": "Nghệ An"}  # fmt: skip
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.switch_page(PAGE)
    at.query_params["tinh"] = "Nghệ An"
    at.run()
    caption = next(c.value for c in at.caption if c.value.startswith("Bài:"))
    assert _card_figure(at) == "3&#46;000&#46;000&#46;000 đồng"  # its year is its article's, not in its sentence
    assert caption.endswith("Năm lấy từ: năm của bài: tổng kết công tác năm 2020.")
