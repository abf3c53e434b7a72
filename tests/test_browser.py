"""Real browser: streamlit run app.py, every page in headless Chromium at desktop and phone width, screenshots;
clicks on charts, Back, downloads, and articles written to inject markup."""

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = "/usr/bin/chromium"
PAGES = ["", "theo_nam", "theo_dia_phuong", "chien_dich", "du_lieu", "kiem_tra", "nhap_du_lieu"]
CHART_PAGES = ("", "theo_nam", "theo_dia_phuong", "chien_dich")
DESKTOP, PHONE = {"width": 1440, "height": 900}, {"width": 390, "height": 844}
EVIL = "evil.example"


@contextlib.contextmanager
def _serve(data_dir: Path):
    """The app on a free local port over data_dir; yields (url, server log path)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    log = data_dir / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "app.py", "--server.port", str(port),
                                 "--server.address", "127.0.0.1", "--server.headless", "true"],
                                cwd=ROOT, env={**os.environ, "MTTQ_DATA_DIR": str(data_dir)}, stdout=out, stderr=out)  # fmt: skip
        url = f"http://127.0.0.1:{port}"
        for _ in range(120):
            try:
                urllib.request.urlopen(url + "/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.5)
        try:
            yield url, log
        finally:
            proc.terminate()
            proc.wait(timeout=10)


@pytest.fixture(scope="module")
def chromium():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium chromium-driver; .ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu",
                                    "--disable-background-networking"])  # fmt: skip
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(chromium, tmp_path_factory):
    with _serve(tmp_path_factory.mktemp("data")) as (url, log):
        yield url, log


def _goto(page, url: str, wait_chart: bool = False) -> None:
    page.goto(url, wait_until="networkidle")
    page.wait_for_selector("h1", timeout=60_000)
    if wait_chart:
        page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    _settle(page)


def _settle(page) -> None:
    """Waits until Streamlit has finished the run (its status widget gone) and the page stopped moving."""
    time.sleep(0.5)
    page.wait_for_selector("[data-testid='stStatusWidget']", state="detached", timeout=60_000)
    time.sleep(1)


def _no_error(page, name: str) -> None:
    assert page.locator("[data-testid='stException']").count() == 0, name
    assert page.locator("[data-testid='stAlertContentError']").count() == 0, name


def test_every_page_in_chromium(server, chromium):
    url, log = server
    shots = ROOT / "screenshots"
    shots.mkdir(exist_ok=True)
    for size, suffix in ((DESKTOP, ""), (PHONE, "_phone")):
        page = chromium.new_page(viewport=size)
        for name in PAGES:
            _goto(page, f"{url}/{name}", wait_chart=name in CHART_PAGES)
            _no_error(page, name)
            page.screenshot(path=str(shots / f"{name or 'tong_quan'}{suffix}.png"), full_page=True)
        page.close()
    text = log.read_text(errors="replace")
    assert "Traceback" not in text and "ArrowInvalid" not in text, text[-3000:]


def _facts_shown(page) -> int:
    """The Dữ liệu page's count of facts ("**164** số liệu; …"), not the sample banner's bold words."""
    line = page.get_by_test_id("stMarkdown").filter(has_text="được cộng vào tổng").last
    return int(line.locator("strong").first.inner_text().replace(".", ""))


def test_download_is_the_filtered_rows(server, chromium):
    """A real click on "Tải CSV" with a province filter in the URL gives exactly those rows."""
    import csv
    import io

    url, _ = server
    page = chromium.new_page(viewport=DESKTOP)
    _goto(page, f"{url}/du_lieu?tinh=H%C3%A0+N%E1%BB%99i")
    shown = _facts_shown(page)
    with page.expect_download(timeout=60_000) as download:
        page.get_by_text("Tải CSV").click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == shown > 0 and {r["Tỉnh/thành (lúc đó)"] for r in rows} == {"Hà Nội"}
    assert all(r["Câu gốc"] for r in rows)
    page.close()


def _bars(page, chart: int = 0) -> list[dict]:
    """Bounding boxes of the drawn bars (height above zero) of a chart."""
    paths = page.locator(".js-plotly-plot").nth(chart).locator(".bars path")
    boxes = [paths.nth(i).bounding_box() for i in range(paths.count())]
    return [b for b in boxes if b and b["height"] > 0.5 and b["width"] > 0.5]


def test_half_year_bars_are_drawn(server, chromium):
    url, _ = server
    page = chromium.new_page(viewport=DESKTOP)
    _goto(page, f"{url}/theo_nam?ky_theo=period", wait_chart=True)
    ticks = page.locator(".js-plotly-plot").first.locator(".xtick text").all()
    labelled = {t.text_content(): t for t in ticks}
    assert "6 tháng đầu 2019" in labelled and "Năm 2021" in labelled
    half = labelled["6 tháng đầu 2019"].bounding_box()
    centre = half["x"] + half["width"] / 2
    assert any(b["x"] - 5 <= centre <= b["x"] + b["width"] + 5 for b in _bars(page)), "no bar above 6 tháng đầu 2019"
    page.close()


def test_clicking_a_bar_shows_its_sentences_and_back_returns(server, chromium):
    url, _ = server
    page = chromium.new_page(viewport=DESKTOP)
    _goto(page, f"{url}/", wait_chart=True)
    page.locator(".js-plotly-plot").first.scroll_into_view_if_needed()  # below the cards
    time.sleep(0.5)
    tallest = max(_bars(page), key=lambda b: b["height"])  # 2021, raised
    page.mouse.move(tallest["x"] + tallest["width"] / 2, tallest["y"] + tallest["height"] / 2)
    time.sleep(0.5)
    hover = page.locator(".hoverlayer").first.text_content()
    assert "2021 · Vận động, tiếp nhận" in hover and "tỷ đồng" in hover and "=" not in hover
    page.mouse.click(tallest["x"] + tallest["width"] / 2, tallest["y"] + tallest["height"] / 2)
    panel = page.locator(".st-key-clicked_panel")
    panel.locator("mark").first.wait_for(timeout=30_000)  # sentences with their figure highlighted
    assert "2021 · Vận động, tiếp nhận" in panel.inner_text()
    panel.get_by_role("link").last.click()
    page.wait_for_url("**/du_lieu?**", timeout=30_000)
    _settle(page)
    assert "nam=2021" in page.url and "hd=raised" in page.url
    assert _facts_shown(page) > 0
    page.go_back()
    page.wait_for_selector(".js-plotly-plot", timeout=30_000)
    _settle(page)
    assert page.locator("h1").inner_text().startswith("Tổng quan") and "nam=" not in page.url
    assert page.get_by_test_id("stSidebar").locator("[data-baseweb='tag']").count() == 0  # no filter chosen again
    page.close()


def test_map_bubble_is_the_province_total_and_opens_its_sentences(server, chromium):
    """The largest bubble sits at its province's coordinates, says its counted total, and a click shows its facts."""
    from metrics import storage
    from metrics.aggregate import Filters
    from metrics.formatting import vnd

    url, log = server
    page = chromium.new_page(viewport=PHONE)
    _goto(page, f"{url}/theo_dia_phuong", wait_chart=True)
    bubbles = page.locator(".js-plotly-plot").first.locator(".scatterlayer .trace").nth(1).locator(".point")
    boxes = [bubbles.nth(i).bounding_box() for i in range(bubbles.count())]
    assert len(boxes) > 3
    big = max(boxes, key=lambda b: b["width"])
    opened = storage.open_store(log.parent / "mttq.duckdb")
    raised = opened.totals("money", ("province",), Filters()).query("action == 'raised'")
    opened.close()
    top = raised.sort_values("total").iloc[-1]
    page.mouse.move(big["x"] + big["width"] / 2, big["y"] + big["height"] / 2)
    time.sleep(0.5)
    hover = page.locator(".hoverlayer").first.text_content()
    assert f"{top['province']} · Vận động, tiếp nhận" in hover and vnd(top["total"], top["bound"]) in hover
    caption = page.get_by_text("Diện tích bong bóng").inner_text()
    assert f"lớn nhất: {top['province']}, {vnd(top['total'], top['bound'])}." in caption
    page.mouse.click(big["x"] + big["width"] / 2, big["y"] + big["height"] / 2)
    panel = page.locator(".st-key-clicked_panel")
    panel.locator("mark").first.wait_for(timeout=30_000)
    assert panel.inner_text().startswith(f"{top['province']} · Vận động, tiếp nhận")
    panel.get_by_role("link").last.click()
    page.wait_for_url("**/du_lieu?**", timeout=30_000)
    assert "hd=raised" in page.url and "tinh=" in page.url
    page.close()


def test_phone_table_toolbar_and_legend_leave_text_alone(server, chromium):
    """At 390 px: a table's toolbar covers neither the text above nor the headings; legends sit below the chart."""
    url, _ = server
    page = chromium.new_page(viewport=PHONE)
    _goto(page, f"{url}/du_lieu")
    table = page.get_by_test_id("stDataFrame").first
    box = table.bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + 60)
    time.sleep(0.5)
    assert page.get_by_test_id("stElementToolbar").first.get_by_label("Download as CSV").is_hidden()  # "Tải CSV" is all rows
    toolbar = page.get_by_test_id("stElementToolbar").first.bounding_box()
    above = page.get_by_test_id("stMarkdown").filter(has_text="được cộng vào tổng").last.bounding_box()  # just above
    assert toolbar["y"] + toolbar["height"] <= box["y"] + 1 and toolbar["y"] >= above["y"] + above["height"]
    _goto(page, f"{url}/", wait_chart=True)
    chart = page.locator(".js-plotly-plot").first
    legend, plot = chart.locator(".legend").bounding_box(), chart.locator(".nsewdrag").first.bounding_box()
    assert legend["y"] >= plot["y"] + plot["height"] and plot["width"] > 0.7 * PHONE["width"]
    page.close()


def test_filter_lists_and_chart_toolbar_speak_vietnamese(server, chromium):
    url, _ = server
    page = chromium.new_page(viewport=DESKTOP)
    _goto(page, f"{url}/")
    page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").nth(1).click()
    dropdown = page.get_by_test_id("stMultiSelectDropdown")
    dropdown.get_by_role("option").first.wait_for(timeout=10_000)
    assert "Hà Nội" in dropdown.inner_text() and "Select all" not in dropdown.inner_text()
    page.keyboard.type("zzzz")
    time.sleep(0.5)
    message = dropdown.get_by_role("option").locator("span").first
    shown = message.evaluate("e => getComputedStyle(e, '::after').content + getComputedStyle(e).fontSize")
    assert shown == '"Không có lựa chọn nào khớp"0px'  # the English "No results" hidden, the Vietnamese shown
    _goto(page, f"{url}/theo_nam", wait_chart=True)
    buttons = page.locator(".js-plotly-plot").first.locator(".modebar-btn")
    tips = [b.evaluate("e => getComputedStyle(e, '::after').content") for b in buttons.all()]
    assert tips == ['"Tải ảnh biểu đồ (PNG)"', '"Phóng to toàn màn hình"']  # nothing else on the chart's toolbar
    page.close()


def test_given_has_its_own_scale_and_a_guessed_address_opens_its_page(server, chromium):
    url, _ = server
    page = chromium.new_page(viewport=DESKTOP)
    _goto(page, f"{url}/", wait_chart=True)
    raised, given = _bars(page, 0), _bars(page, 1)
    assert max(b["height"] for b in given) > 0.8 * max(b["height"] for b in raised)  # never a sliver beside raised
    _goto(page, f"{url}/kiem_tra_so_lieu?nam=2021")  # the page's title written as its address
    assert page.locator("h1").inner_text() == "Kiểm tra số liệu" and "/kiem_tra?" in page.url and "nam=2021" in page.url
    assert "Page not found" not in page.locator("body").inner_text()
    _goto(page, f"{url}/theo_dia_phuong", wait_chart=True)
    assert page.get_by_test_id("stSelectbox").locator("input").get_attribute("placeholder") == "Chọn tỉnh/thành"
    page.close()


CAMPAIGN = f"<a href=https://{EVIL}/c>Vì dân</a>"  # a campaign name as the parser reads it from the text below
HOSTILE = [
    {
        "id": f"![id](https://{EVIL}/id.png)",
        "title": f"Tin ![tiêu đề](https://{EVIL}/t.png) <img src=https://{EVIL}/t2.png> [bấm](javascript:alert(1))",
        "url": "javascript:alert(1)",
        "published": "2024-03-06",
        "text": f"Ngày 5/3/2024, Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn phát động Quỹ “{CAMPAIGN}” và đã vận động được "
        f"3 tỷ đồng ủng hộ Quỹ “{CAMPAIGN}”. Năm 2024, Ủy ban MTTQ tỉnh Bắc Kạn trao 200 triệu đồng từ Quỹ "
        f"“![Ảnh](https://{EVIL}/c.png)” ![ảnh](https://{EVIL}/s.png) cho 20 hộ nghèo, xem [chi tiết](javascript:alert(1)) "
        f"tại www.{EVIL}/tin hoặc <img src=https://{EVIL}/s2.png>.",
    },
    {  # the same figure again: flagged as a likely duplicate of the article above, whose id is shown
        "id": "ban-sao",
        "title": "Bắc Kạn vận động Quỹ",
        "published": "2024-03-08",
        "text": f"Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn cho biết năm 2024 đã vận động được 3 tỷ đồng ủng hộ Quỹ “{CAMPAIGN}”.",
    },
]


@pytest.fixture(scope="module")
def hostile_server(chromium, tmp_path_factory):
    from metrics import storage
    from metrics.aggregate import Filters
    from metrics.ingest import ingest_uploads

    data = tmp_path_factory.mktemp("hostile")
    opened = storage.open_store(data / "mttq.duckdb")
    storage.ensure_sample(opened)
    lines = "\n".join(json.dumps(a, ensure_ascii=False) for a in HOSTILE).encode()
    assert len(ingest_uploads(opened, [("bai.jsonl", lines)]).added) == 2
    in_bac_kan = opened.facts(Filters(provinces=("Bắc Kạn",)))  # in the facts page's order
    duplicate_row = int(in_bac_kan.index[in_bac_kan["likely_duplicate"].astype(bool)][0])
    opened.close()
    with _serve(data) as (url, log):
        yield url, log, duplicate_row


# Attributes that load or link something; a label's own text (Plotly's data-unformatted) is no link.
_MARKUP_FOUND = """() => [...document.querySelectorAll('*')].flatMap(e => [...e.attributes]
    .filter(a => ['href', 'xlink:href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'style']
                 .includes(a.name.toLowerCase()))
    .filter(a => a.value.includes('evil.example') || a.value.trim().toLowerCase().startsWith('javascript:'))
    .map(a => e.tagName + ' ' + a.name + '=' + a.value))"""


def _select_row(page, row: int) -> None:
    """Clicks a row's tick box in st.dataframe (drawn on a canvas, so by position)."""
    grid = page.locator("[data-testid='stDataFrame']").first.bounding_box()
    row_height = 35
    page.mouse.click(grid["x"] + 18, grid["y"] + row_height * (row + 1.5))
    _settle(page)


def test_injected_markup_stays_text(hostile_server, chromium):
    url, _, duplicate_row = hostile_server
    page = chromium.new_page(viewport=DESKTOP)
    elsewhere: list[str] = []
    page.on("request", lambda r: elsewhere.append(r.url) if not r.url.startswith((url, "data:", "blob:")) else None)
    views = [f"{url}/{name}" for name in PAGES] + [
        f"{url}/du_lieu?tinh=B%E1%BA%AFc+K%E1%BA%A1n",
        f"{url}/chien_dich?tinh=B%E1%BA%AFc+K%E1%BA%A1n",
        f"{url}/theo_nam?chia=campaign&tinh=B%E1%BA%AFc+K%E1%BA%A1n",
    ]
    for view in views:
        _goto(page, view)
        _no_error(page, view)
        for chart in page.locator(".js-plotly-plot").all():  # hover text is drawn only on hover
            for bar in chart.locator(".bars path, .points path").all()[:6]:
                box = bar.bounding_box()
                if box and box["height"] > 0.5:
                    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
                    time.sleep(0.2)
                    assert page.evaluate(_MARKUP_FOUND) == [], view
        assert page.evaluate(_MARKUP_FOUND) == [], view
        if "du_lieu?tinh" in view:
            body = page.locator("[data-testid='stMain']").inner_text().replace("\u2060", "")
            assert f"![tiêu đề](https://{EVIL}/t.png)" in body  # shown literally, as the article wrote it
            assert page.get_by_text("Mở bài gốc").count() == 0  # a javascript: link is no link
            _select_row(page, duplicate_row)
            warning = page.get_by_text("Có thể trùng với bài")
            warning.wait_for(timeout=30_000)
            assert f"![id](https://{EVIL}/id.png)" in warning.inner_text().replace("\u2060", "")
            assert page.evaluate(_MARKUP_FOUND) == [], view
    page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").nth(2).locator("input").click()  # campaigns
    time.sleep(1)
    assert CAMPAIGN in page.locator("[role='listbox']").inner_text()
    assert page.evaluate(_MARKUP_FOUND) == []
    page.close()
    assert elsewhere == [], elsewhere


@pytest.fixture(scope="module")
def editor_server(chromium, tmp_path_factory):
    from metrics import accounts, storage

    data = tmp_path_factory.mktemp("editor")
    opened = storage.open_store(data / "mttq.duckdb")
    storage.ensure_sample(opened)
    accounts.add_user(opened, "lan", "editor", "một mật khẩu dài")
    opened.close()
    with _serve(data) as served:
        yield served


def test_import_page_reports_each_file(editor_server, chromium, tmp_path):
    from datetime import datetime, timedelta

    from metrics.formatting import VIETNAM

    url, _ = editor_server
    files = {
        "bai_that.jsonl": '{"id": "t1", "title": "Tin thật", "text": "Ngày 3/4/2024, Ủy ban MTTQ tỉnh Nghệ An trao 50 triệu '
        'đồng cho 10 hộ nghèo."}\n{"id": "t2", "text": "Ủy ban MTTQ tỉnh Nghệ An vận động được 2 tỷ đồng năm 2024."}\n{"id": x\n',
        "hong.txt": "\x00\x01\x02 nhị phân",
        "bao_cao.pdf": "%PDF-1.4",
        f"![x](https:{EVIL} f.png).txt": "Ủy ban MTTQ xã Tân Lập trao 1 triệu đồng.",
    }
    paths = [ROOT / "sample_data" / "du_lieu_mau.jsonl"]
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        paths.append(tmp_path / name)
    page = chromium.new_page(viewport=DESKTOP)
    _goto(page, f"{url}/nhap_du_lieu")
    page.get_by_label("Tài khoản").fill("lan")
    page.get_by_label("Mật khẩu").fill("một mật khẩu dài")
    page.get_by_role("button", name="Đăng nhập").click()
    page.get_by_text("Kéo thả tệp").wait_for(timeout=30_000)
    assert "Tối đa 100 MB mỗi tệp" in page.get_by_test_id("stMain").inner_text()
    page.get_by_test_id("stFileUploaderDropzoneInput").set_input_files([str(p) for p in paths])
    page.get_by_role("button", name="Nhập vào kho").click()
    table = page.get_by_test_id("stTable")
    table.wait_for(timeout=120_000)
    _settle(page)
    rows = {
        r[0]: r[1:] for r in (row.all_inner_texts() for row in [tr.locator("td, th") for tr in table.locator("tbody tr").all()])
    }
    assert rows["du_lieu_mau.jsonl"][:3] == ["0", "51", "0"]
    assert rows["bai_that.jsonl"][:3] == ["2", "0", "1"] and "dòng 3" in rows["bai_that.jsonl"][4]
    assert "JSON không hợp lệ" in rows["bai_that.jsonl"][4]
    assert rows["hong.txt"][:3] == ["0", "0", "1"] and "không phải văn bản" in rows["hong.txt"][4]
    assert rows["bao_cao.pdf"][:3] == ["0", "0", "1"] and "loại tệp không đọc được" in rows["bao_cao.pdf"][4]
    assert "not allowed" not in page.get_by_test_id("stFileUploader").inner_text()
    hostile = [name for name in rows if "evil" in name.replace("\u2060", "")]
    assert hostile and rows[hostile[0]][0] == "1"
    assert page.evaluate(_MARKUP_FOUND) == []
    assert page.get_by_text("Kho vẫn còn dữ liệu mẫu").count() == 1  # offered once real articles come in
    page.locator(".st-key-nh_sample_remove button").click()
    page.get_by_role("button", name="Xác nhận xóa").wait_for(timeout=30_000)  # the report survived the rerun
    _settle(page)
    assert page.get_by_test_id("stTable").count() == 1
    shown = page.get_by_text("Lần nhập gần nhất").inner_text().split(": ")[1].split(" (")[0]
    moment = datetime.strptime(shown, "%d/%m/%Y %H:%M").replace(tzinfo=VIETNAM)
    assert abs(datetime.now(VIETNAM) - moment) < timedelta(minutes=3)  # Vietnam's time, not UTC
    page.close()
