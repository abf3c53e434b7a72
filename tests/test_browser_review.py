"""Real browser, the Kiểm tra số liệu page: a visitor sees the queue but no buttons; an editor signs in, confirms
a figure and goes on to the next in one click, corrects one, and the share checked goes up. Screenshots at desktop
and phone width (in $MTTQ_SHOTS, default ./screenshots)."""

import os
from pathlib import Path

import pytest
from test_browser import DESKTOP, PHONE, ROOT, _goto, _no_error, _serve, _settle, chromium  # noqa: F401

SHOTS = Path(os.environ.get("MTTQ_SHOTS") or ROOT / "screenshots")


@pytest.fixture(scope="module")
def review_server(chromium, tmp_path_factory):  # noqa: F811
    from metrics import accounts, storage

    data = tmp_path_factory.mktemp("review")
    opened = storage.open_store(data / "mttq.duckdb")
    storage.ensure_sample(opened)
    accounts.add_user(opened, "lan", "editor", "mật khẩu dài")
    opened.close()
    with _serve(data) as (url, log):
        yield url, log, data


def _card_figure(page) -> str:
    return page.locator(".st-key-kt_card h3").first.inner_text().strip()


def _checked_share(page) -> str:
    return page.get_by_test_id("stMetricValue").first.inner_text().strip()


def test_review_page_in_chromium(review_server, chromium):  # noqa: F811
    url, log, data = review_server
    SHOTS.mkdir(parents=True, exist_ok=True)
    page = chromium.new_page(viewport=DESKTOP)
    _goto(page, f"{url}/kiem_tra")
    _no_error(page, "kiem_tra")
    assert page.get_by_role("button", name="Đúng — sang số tiếp theo").count() == 0  # a visitor only sees
    page.screenshot(path=str(SHOTS / "kiem_tra_nguoi_xem.png"), full_page=True)
    page.get_by_text("Đăng nhập", exact=True).first.click()
    page.get_by_label("Tài khoản").fill("lan")
    page.get_by_label("Mật khẩu").fill("mật khẩu dài")
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_role("button", name="Đúng — sang số tiếp theo").wait_for(timeout=30_000)
    _settle(page)
    first, share = _card_figure(page), _checked_share(page)
    assert page.locator(".st-key-kt_card mark").count() >= 1 and share == "0 %"
    page.screenshot(path=str(SHOTS / "kiem_tra_1440x900.png"))
    page.get_by_role("button", name="Đúng — sang số tiếp theo").click()
    page.get_by_text(f"Đã xác nhận {first}").wait_for(timeout=30_000)
    _settle(page)
    second = _card_figure(page)
    assert second != first and _checked_share(page) != "0 %"
    # Correct the next figure: one more tỷ.
    page.get_by_text("Sửa số liệu").click()
    amount = page.get_by_role("textbox", name="Số tiền (đồng)")
    value = int(amount.input_value().replace(".", ""))
    amount.fill(f"{value + 1_000_000_000:,}".replace(",", "."))
    page.get_by_role("textbox", name="Ghi chú").first.fill("bài ghi sai")
    page.get_by_role("button", name="Lưu sửa đổi").click()
    page.get_by_text("Đã lưu sửa đổi").wait_for(timeout=30_000)
    _settle(page)
    _no_error(page, "kiem_tra sau khi sửa")
    third = _card_figure(page)
    page.locator("h1").first.click()  # out of the form: the shortcut confirms and goes on
    _settle(page)
    page.keyboard.press("Control+Enter")
    page.get_by_text("Đã xác nhận", exact=False).first.wait_for(timeout=30_000)
    _settle(page)
    assert _card_figure(page) != third
    page.screenshot(path=str(SHOTS / "kiem_tra_sau_khi_sua_1440x900.png"))
    page.get_by_text("Đọc cả bài").click()  # the whole article, its paragraphs, the figure marked in place
    article = page.get_by_test_id("stExpander").filter(has_text="Đọc cả bài")
    article.locator("mark").first.wait_for(timeout=30_000)
    assert article.locator("p").count() >= 2 and article.locator("mark").count() == 1
    page.get_by_text("Đọc cả bài").click()
    page.get_by_test_id("stDataFrame").first.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "kiem_tra_hang_cho_1440x900.png"))
    page.get_by_test_id("stSidebar").get_by_text("Dữ liệu", exact=True).click()  # the same session on Dữ liệu
    page.get_by_role("button", name="Đúng").first.wait_for(timeout=30_000)
    _settle(page)
    _no_error(page, "du_lieu")
    page.get_by_text("Câu gốc").first.scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "du_lieu_kiem_tra_1440x900.png"))
    page.get_by_test_id("stSidebar").get_by_text("Kiểm tra số liệu", exact=True).click()
    page.get_by_role("button", name="Đúng — sang số tiếp theo").wait_for(timeout=30_000)
    _settle(page)
    page.set_viewport_size(PHONE)  # the same editor on a phone
    _settle(page)
    page.locator("h1").first.scroll_into_view_if_needed()
    _no_error(page, "kiem_tra phone")
    page.screenshot(path=str(SHOTS / "kiem_tra_390x844.png"))
    page.get_by_role("button", name="Đúng — sang số tiếp theo").scroll_into_view_if_needed()
    page.screenshot(path=str(SHOTS / "kiem_tra_nut_390x844.png"))
    page.close()
    from metrics import reviews, storage

    store = storage.open_store(data / "mttq.duckdb")
    log_rows = reviews.log_records(reviews.log_frame(store))
    assert [(r["verdict"], r["user"]) for r in log_rows] == [("confirmed", "lan"), ("corrected", "lan"), ("confirmed", "lan")]
    assert log_rows[1]["after"]["value_vnd"] == value + 1_000_000_000
    store.close()
    text = log.read_text(errors="replace")
    assert "Traceback" not in text, text[-3000:]
