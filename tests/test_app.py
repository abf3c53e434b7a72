"""Every page renders (sample data and empty store); filters change figures; download gives filtered rows."""

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parents[1]
HELPERS = ("__init__.py", "cards.py", "common.py", "charts.py", "layout.py", "review_box.py", "safe_text.py",
           "sample_notice.py", "sources.py", "url_state.py")  # fmt: skip  # not pages
PAGES = sorted(p.name for p in (ROOT / "app_pages").glob("*.py") if p.name not in HELPERS)


def test_every_page_file_is_registered():
    app = (ROOT / "app.py").read_text(encoding="utf-8")
    assert all(f"app_pages/{p}" in app for p in PAGES)


@pytest.fixture
def store(app_store):
    return app_store


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_sample_data(store, page):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page(f"app_pages/{page}").run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]


@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_empty_store(store, page, monkeypatch):
    monkeypatch.setattr("metrics.storage.ensure_sample", lambda store: None)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page(f"app_pages/{page}").run()
    assert not at.exception, at.exception


def test_filter_changes_figures(store):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("app_pages/du_lieu.py").run()
    before = at.markdown[0].value
    at.multiselect(key="f_provinces").set_value(["Hà Nội"]).run()
    assert at.markdown[0].value != before
    assert at.query_params["tinh"] == ["Hà Nội"] or at.query_params["tinh"] == "Hà Nội"


def test_download_holds_exactly_the_filtered_rows(store):
    import csv
    import io

    from metrics import export, storage
    from metrics.aggregate import Filters

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("app_pages/du_lieu.py").run()
    at.multiselect(key="f_provinces").set_value(["Hà Nội"]).run()
    shown = int(at.markdown[0].value.split("**")[1].replace(".", ""))
    # The page hands download_button a callable that builds this file from the same filters.
    opened = storage.open_store()
    data = export.to_csv_bytes(opened.facts(Filters(provinces=("Hà Nội",)), details=True))
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert all(r["Câu gốc"] and r["Tiêu đề"] for r in rows)
    assert 0 < shown == len(rows) < opened.count_facts()["facts"]
    assert {r["Tỉnh/thành (lúc đó)"] for r in rows} == {"Hà Nội"}


def test_page_error_is_a_message_not_a_traceback(store, monkeypatch):
    def broken(*args, **kwargs):
        raise ValueError("hỏng")

    monkeypatch.setattr("metrics.store.Store.totals_by_action", broken)
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert not at.exception
    assert "Trang gặp lỗi" in at.error[0].value and "hỏng" in at.error[0].value


def test_switch_to_2025_units(store):
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    assert "Hải Dương" in at.multiselect(key="f_provinces").options
    at.toggle(key="f_2025").set_value(True).run()
    options = at.multiselect(key="f_provinces").options
    assert "Hải Dương" not in options and "Hải Phòng" in options and "Tuyên Quang" in options
    assert at.query_params["dg"] in ("2025", ["2025"])
    at.switch_page("app_pages/theo_dia_phuong.py").run()
    assert not at.exception


def test_import_page_needs_an_editor(store):
    from metrics import accounts, storage

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("app_pages/nhap_du_lieu.py").run()
    assert not at.get("file_uploader") and "Chỉ biên tập viên" in at.info[0].value
    at.text_input(key="auth_name").set_value("admin")
    at.text_input(key="auth_password").set_value("admin")
    at.button[0].click().run()
    assert at.error[0].value == "Sai tài khoản hoặc mật khẩu." and not at.get("file_uploader")  # no default account
    accounts.add_user(storage.open_store(), "lan", "editor", "một mật khẩu dài")
    accounts.add_user(storage.open_store(), "minh", "viewer", "mật khẩu của minh")
    at.text_input(key="auth_name").set_value("minh")
    at.text_input(key="auth_password").set_value("mật khẩu của minh")
    at.button[0].click().run()
    assert not at.get("file_uploader")  # signed in, but a viewer
    at.button(key="auth_out").click().run()
    at.text_input(key="auth_name").set_value("lan")
    at.text_input(key="auth_password").set_value("một mật khẩu dài")
    at.button[0].click().run()
    assert at.get("file_uploader") and not at.error
    assert "lan" in at.caption[0].value


def test_user_add_on_the_command_line(store, monkeypatch):
    import subprocess
    import sys

    from metrics import accounts, storage

    def add(*args, password):
        return subprocess.run([sys.executable, "-m", "metrics", "user", "add", *args, "--password-stdin"], cwd=ROOT,
                              input=password + "\n", capture_output=True, text=True)  # fmt: skip

    short = add("lan", "--role", "editor", password="ngắn")
    assert short.returncode == 2 and "mật khẩu cần ít nhất 8 ký tự" in short.stderr and "Traceback" not in short.stderr
    assert add("lan", "--role", "editor", password="đủ dài rồi đấy").returncode == 0
    opened = storage.open_store()
    assert accounts.sign_in(opened, "lan", "đủ dài rồi đấy") == "editor"
    assert accounts.sign_in(opened, "lan", "sai") is None
    assert opened.rows("SELECT password_hash FROM users")[0][0].startswith("$2")  # bcrypt, never the password


def test_overview_cards_add_counted_figures_only(store):
    """The headline cards equal a sum computed apart, in pandas, over the counted facts of the latest counted year."""
    from metrics import storage
    from metrics.formatting import vnd

    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    facts = storage.open_store().facts()
    counted = facts[facts["counted"] & (facts["currency"] == "VND")]
    latest = int(counted["year"].max())
    assert (~facts["counted"]).sum() > 0  # the sample has figures that must not be added
    for label, action in (("Tiền vận động", "raised"), ("Tiền hỗ trợ, chi", "given")):
        rows = counted[(counted["year"] == latest) & (counted["action"] == action)]
        inexact = set(rows["qualifier"].where(~rows["range"].eq("low"), "over")) - {"exact"}
        bound = {frozenset(): "exact", frozenset({"over"}): "at_least", frozenset({"under"}): "under"}.get(
            frozenset(inexact), "about"
        )  # "hơn" with "gần" is neither at least nor under
        (card,) = [m for m in at.metric if m.label == f"{label} ({latest})"]
        assert card.value == vnd(float(rows["value_vnd"].sum()), bound)
        assert not card.value.startswith("ít nhất") or inexact == {"over"}


def test_data_page_shows_figures_without_a_year(store):
    """Most real articles carry no year: the Dữ liệu page lists their figures blank, never an error."""
    from metrics.ingest import ingest_uploads
    from metrics.storage import open_store

    s = open_store(store / "mttq.duckdb")
    ingest_uploads(s, [("khong_nam.txt", "Tin\nỦy ban MTTQ xã trao 5 triệu đồng cho hộ nghèo.".encode())])
    s.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("app_pages/du_lieu.py").run()
    assert not at.exception, at.exception
    assert not at.error, [e.value for e in at.error]


def test_article_text_is_shown_as_text(store):
    """A title or sentence holding markdown or HTML shows as text: no image loads, no link appears."""
    from metrics.ingest import ingest_uploads
    from metrics.storage import open_store

    hostile = "Tin ![x](https://evil.example/a.png) <a href='https://evil.example'>bấm</a>\nỦy ban MTTQ xã trao 5 triệu đồng [bấm](https://evil.example)."
    s = open_store(store / "mttq.duckdb")
    ingest_uploads(s, [("doc_hai.txt", hostile.encode())])
    s.close()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60).run()
    at.switch_page("app_pages/du_lieu.py").run()
    assert not at.exception, at.exception
    shown = " ".join(str(m.value) for m in [*at.markdown, *at.caption])
    assert "evil" in shown  # the text is there
    assert "](https://evil" not in shown and "<a href" not in shown and "![" not in shown
